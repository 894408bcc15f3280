package redisproc

import "syscall"

// sysProcAttr makes the kernel kill redis-server when the process that
// started it dies, so a test binary killed by -timeout does not leak
// servers. Pdeathsig is tied to the starting OS thread; the Go runtime only
// retires threads whose goroutine exits while locked to them, which
// nothing on this path does.
func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
