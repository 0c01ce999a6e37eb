package module

import (
	"path/filepath"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/isonode/isonode/internal/fsroot"
	"golang.org/x/sys/unix"
)

// mainFile is a main script as RunMain last read it: its real path and its
// source (BOM and shebang line stripped), with the stat stamp of the path
// it was found at.
type mainFile struct {
	real, content string
	stamp         fileStamp
}

// fileStamp identifies a version of a file: any write, rename over, or
// attribute change gives a new ctime at least.
type fileStamp struct {
	dev, ino     uint64
	size         int64
	mtime, ctime unix.Timespec
}

type mainFileKey struct {
	root *fsroot.Root
	path string
}

// mainFiles caches main scripts process-wide, so that a program forking
// the same module many times reads it once: a hit costs one stat. Any
// goroutine.
var mainFiles = struct {
	sync.Mutex
	m map[mainFileKey]*mainFile
}{m: map[mainFileKey]*mainFile{}}

const maxMainFiles = 256

// racyWindow is how old a file's timestamps must be, when it is read, for
// the read to be cached. File times come from a clock coarser than
// time.Now (a kernel tick, or whole seconds on some file systems), so a
// write made just after the read could carry the very stamp the read saw;
// one made after the window cannot (the "racy git" problem).
func racyWindow(st *unix.Stat_t) time.Duration {
	if st.Mtim.Nsec == 0 && st.Ctim.Nsec == 0 {
		return 2 * time.Second // a file system with whole-second times
	}
	return 50 * time.Millisecond
}

// readMain stats the main script at abs (absolute and clean, in the
// isolate's view of root) and returns its real path and its source, from
// the cache while the file is unchanged. ok is false when abs is not a
// file that module.js would load as the main module the same way (a
// directory, missing, unreadable, not UTF-8).
func readMain(root *fsroot.Root, abs string) (real, content string, ok bool) {
	var st unix.Stat_t
	if err := root.At(abs, true, func(op string) error { return unix.Stat(op, &st) }); err != nil ||
		st.Mode&unix.S_IFMT == unix.S_IFDIR {
		return "", "", false
	}
	stamp := fileStamp{dev: st.Dev, ino: st.Ino, size: st.Size, mtime: st.Mtim, ctime: st.Ctim}
	key := mainFileKey{root, abs}
	mainFiles.Lock()
	f := mainFiles.m[key]
	mainFiles.Unlock()
	if f != nil && f.stamp == stamp {
		return f.real, f.content, true
	}
	start := time.Now()
	real = abs
	if r, err := root.Realpath(abs); err == nil {
		real = r
	}
	data, err := readFile(root, real)
	if err != nil || !utf8.Valid(data) {
		return "", "", false
	}
	content = stripShebang(strings.TrimPrefix(string(data), "\uFEFF"))
	if max(st.Mtim.Nano(), st.Ctim.Nano()) < start.Add(-racyWindow(&st)).UnixNano() {
		mainFiles.Lock()
		if len(mainFiles.m) >= maxMainFiles {
			clear(mainFiles.m)
		}
		mainFiles.m[key] = &mainFile{real: real, content: content, stamp: stamp}
		mainFiles.Unlock()
	}
	return real, content, true
}

// extname is path.extname: the last dot's suffix of the base name, but ”
// for a name whose only dot leads.
func extname(p string) string {
	base := filepath.Base(p)
	if i := strings.LastIndexByte(base, '.'); i > 0 {
		return base[i:]
	}
	return ""
}

// stripShebang turns a leading "#!" line into a comment, as module.js does.
func stripShebang(s string) string {
	if !strings.HasPrefix(s, "#!") {
		return s
	}
	if !strings.Contains(s, "\n") {
		return ""
	}
	return "//" + s[2:]
}
