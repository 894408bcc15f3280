//go:build !linux

package redisproc

import "syscall"

// sysProcAttr has no portable "die with the parent" outside Linux; Close
// (and t.Cleanup in redistest) is the only reaper there.
func sysProcAttr() *syscall.SysProcAttr { return nil }
