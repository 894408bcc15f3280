//go:build !linux

package gethtest

import "syscall"

// sysProcAttr has no portable "die with the parent" outside Linux; t.Cleanup is the only
// reaper there.
func sysProcAttr() *syscall.SysProcAttr { return nil }

// lockFile does not lock outside Linux. Concurrent processes may then build geth twice;
// the atomic rename still keeps every reader on a complete binary.
func lockFile(string) (unlock func(), err error) { return func() {}, nil }
