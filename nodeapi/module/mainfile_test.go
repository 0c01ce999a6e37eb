package module

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// A main script is read from the cache only while its stat stamp is
// unchanged, and a read made while the file's times are too recent to tell
// a same-size rewrite apart is not cached.
func TestReadMainCache(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "main.js")
	write := func(src string) {
		t.Helper()
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	read := func(want string) {
		t.Helper()
		real, content, ok := readMain(nil, p)
		if !ok || real != p || content != want {
			t.Fatalf("readMain = %q, %q, %v; want %q", real, content, ok, want)
		}
	}
	cached := func() bool {
		mainFiles.Lock()
		defer mainFiles.Unlock()
		return mainFiles.m[mainFileKey{nil, p}] != nil
	}
	write("#!/usr/bin/env node\nexports.v = 1;")
	read("///usr/bin/env node\nexports.v = 1;")
	if cached() {
		t.Fatal("a file written just now was cached")
	}
	time.Sleep(60 * time.Millisecond)
	read("///usr/bin/env node\nexports.v = 1;")
	if !cached() {
		t.Fatal("an unchanged older file was not cached")
	}
	read("///usr/bin/env node\nexports.v = 1;")
	// same size, new content: the new ctime misses the cache
	write("#!/usr/bin/env node\nexports.v = 2;")
	read("///usr/bin/env node\nexports.v = 2;")
	write("#!/usr/bin/env node\nexports.v = 3;")
	read("///usr/bin/env node\nexports.v = 3;")
	if _, _, ok := readMain(nil, dir); ok {
		t.Fatal("a directory was read as a main script")
	}
	if _, _, ok := readMain(nil, filepath.Join(dir, "missing.js")); ok {
		t.Fatal("a missing file was read as a main script")
	}
}
