package timeline

import (
	"os"

	"golang.org/x/sys/unix"
)

// topDirFlag is chattr's T (FS_TOPDIR_FL): ext4's Orlov allocator places
// each folder made in such a folder in a block group of its own, chosen
// from the folder's name, instead of its parent's.
const topDirFlag = 0x00020000

// spreadFolders asks the file system to place the folders made in dir
// away from dir's own block group (see dirWriter). It is only a hint:
// on file systems without the flag it does nothing, and errors are
// ignored.
func spreadFolders(dir string) {
	f, err := os.Open(dir)
	if err != nil {
		return
	}
	defer f.Close()
	flags, err := unix.IoctlGetUint32(int(f.Fd()), unix.FS_IOC_GETFLAGS)
	if err != nil {
		return
	}
	unix.IoctlSetPointerInt(int(f.Fd()), unix.FS_IOC_SETFLAGS, int(flags|topDirFlag))
}
