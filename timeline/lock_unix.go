//go:build unix

package timeline

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"golang.org/x/sys/unix"
)

// lockOutput takes the lock on out: a lock file beside it, held (flock)
// while one process writes the folder, and let go by the system when the
// process ends however it ends, so a killed build never leaves it taken.
// A second build into the same folder fails at once, naming the first,
// rather than clearing the folder the first is writing. The file is
// removed when the lock is let go; a build that locked a file just
// removed finds it no longer at its name, and tries again.
func lockOutput(out string) (unlock func(), err error) {
	name := filepath.Join(filepath.Dir(out), lockPrefix+filepath.Base(out))
	for range 100 {
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE, 0o644)
		if err != nil {
			return nil, fmt.Errorf("output folder: %w", err)
		}
		if err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB); err != nil {
			if errors.Is(err, unix.EWOULDBLOCK) {
				// The holder writes its pid just after it locks: give it
				// a moment to, so the message can name it.
				owner := "another process"
				b := make([]byte, 32)
				for range 20 {
					n, _ := f.ReadAt(b, 0)
					if pid, perr := strconv.Atoi(strings.TrimSpace(string(b[:n]))); perr == nil {
						owner = fmt.Sprintf("pid %d", pid)
						break
					}
					time.Sleep(5 * time.Millisecond)
				}
				f.Close()
				return nil, fmt.Errorf("another timeline build is writing %s (%s): wait for it to finish, or choose another --output", out, owner)
			}
			f.Close()
			return nil, fmt.Errorf("locking the output folder: %w", err)
		}
		held, err1 := f.Stat()
		named, err2 := os.Stat(name)
		if err1 != nil || err2 != nil || !os.SameFile(held, named) {
			f.Close() // locked a file its holder removed as it let go
			continue
		}
		f.Truncate(0)
		f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
		return func() {
			os.Remove(name) // while still held: no one can have locked it
			f.Close()
		}, nil
	}
	return nil, fmt.Errorf("locking the output folder: %s keeps changing", name)
}
