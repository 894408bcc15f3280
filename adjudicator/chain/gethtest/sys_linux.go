package gethtest

import (
	"os"
	"syscall"
)

// sysProcAttr makes the kernel kill geth when the process that started it dies, so a test
// binary killed by -timeout does not leak nodes. Pdeathsig is tied to the starting OS
// thread; the Go runtime only retires threads whose goroutine exits while locked to them,
// which nothing on this path does.
func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}

// lockFile takes an exclusive advisory lock on path, waiting for it, so concurrent test
// processes build geth once. The kernel drops the lock if the process dies.
func lockFile(path string) (unlock func(), err error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, err
	}
	for {
		err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}
