//go:build !linux

package timeline

// spreadFolders is a placement hint Linux's ext4 takes (spread_linux.go);
// elsewhere there is none to give.
func spreadFolders(dir string) {}
