package fsroot_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/isonode/isonode/internal/fsroot"
	"golang.org/x/sys/unix"
)

// layout makes root/{file.txt, dir/inner.txt} plus escape attempts: an
// absolute symlink to the real /etc, a relative one climbing out, and a
// secret file beside the root.
func layout(t *testing.T) (*fsroot.Root, string) {
	t.Helper()
	base := t.TempDir()
	dir := filepath.Join(base, "root")
	must(t, os.MkdirAll(filepath.Join(dir, "dir"), 0o755))
	must(t, os.WriteFile(filepath.Join(dir, "file.txt"), []byte("inside"), 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "dir", "inner.txt"), []byte("inner"), 0o644))
	must(t, os.WriteFile(filepath.Join(base, "secret.txt"), []byte("outside"), 0o644))
	must(t, os.Symlink("/etc", filepath.Join(dir, "etc-link")))
	must(t, os.Symlink("../secret.txt", filepath.Join(dir, "up-link")))
	must(t, os.Symlink("/file.txt", filepath.Join(dir, "dir", "abs-inside")))
	r, err := fsroot.OpenDir(dir)
	if err == fsroot.ErrUnsupported {
		t.Skip(err)
	}
	must(t, err)
	t.Cleanup(func() { r.Close() })
	return r, dir
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func read(t *testing.T, r *fsroot.Root, p string) (string, error) {
	t.Helper()
	fd, err := r.Open(p, unix.O_RDONLY, 0)
	if err != nil {
		return "", err
	}
	defer unix.Close(fd)
	buf := make([]byte, 64)
	n, err := unix.Read(fd, buf)
	return string(buf[:n]), err
}

func TestPathsStayInsideTheRoot(t *testing.T) {
	r, _ := layout(t)
	for p, want := range map[string]string{
		"/file.txt":              "inside",
		"file.txt":               "inside",
		"/dir/../file.txt":       "inside",
		"/../../../../file.txt":  "inside",
		"/dir/abs-inside":        "inside", // "/file.txt" means the root's
		"/dir/inner.txt":         "inner",
		"/../secret.txt":         "ENOENT",
		"/up-link":               "ENOENT", // ../secret.txt cannot climb out
		"/etc-link/hostname":     "ENOENT", // /etc is the root's /etc
		"/etc-link/../../../etc": "ENOENT",
	} {
		got, err := read(t, r, p)
		if err != nil {
			got = unix.ErrnoName(err.(unix.Errno))
		}
		if got != want {
			t.Errorf("%s: got %q, want %q", p, got, want)
		}
	}
}

func TestResolveWithoutFollowLeavesTheLastComponent(t *testing.T) {
	r, dir := layout(t)
	var target string
	must(t, r.At("/up-link", false, func(p string) (err error) { target, err = os.Readlink(p); return err }))
	if target != "../secret.txt" {
		t.Fatalf("readlink: %q", target)
	}
	must(t, r.At("/dir/new", false, func(p string) error { return unix.Mkdir(p, 0o755) }))
	if st, err := os.Stat(filepath.Join(dir, "dir", "new")); err != nil || !st.IsDir() {
		t.Fatalf("mkdir through the root: %v", err)
	}
	if err := r.At("/missing/x", false, func(string) error { return nil }); err != unix.ENOENT {
		t.Fatalf("missing parent: %v", err)
	}
}

func TestResolveFollowStatsTheTarget(t *testing.T) {
	r, dir := layout(t)
	var st, want unix.Stat_t
	must(t, r.At("/dir/abs-inside", true, func(p string) error { return unix.Stat(p, &st) }))
	must(t, unix.Stat(filepath.Join(dir, "file.txt"), &want))
	if st.Ino != want.Ino {
		t.Fatal("followed link is not the root's /file.txt")
	}
}

func TestCreateInsideTheRoot(t *testing.T) {
	r, dir := layout(t)
	// a mode without O_CREAT is ignored, as open(2) ignores it
	fd, err := r.Open("/file.txt", unix.O_RDONLY, 0o666)
	must(t, err)
	unix.Close(fd)
	fd, err = r.Open("/dir/../made.txt", unix.O_WRONLY|unix.O_CREAT|unix.O_EXCL, 0o600)
	must(t, err)
	unix.Close(fd)
	if _, err := os.Stat(filepath.Join(dir, "made.txt")); err != nil {
		t.Fatal(err)
	}
	// creating through a symlink that points outside lands inside
	must(t, os.Symlink("/../../made-outside.txt", filepath.Join(dir, "out")))
	fd, err = r.Open("/out", unix.O_WRONLY|unix.O_CREAT, 0o600)
	must(t, err)
	unix.Close(fd)
	if _, err := os.Stat(filepath.Join(filepath.Dir(dir), "made-outside.txt")); err == nil {
		t.Fatal("a file was created outside the root")
	}
	if _, err := os.Stat(filepath.Join(dir, "made-outside.txt")); err != nil {
		t.Fatal(err)
	}
}

func TestRealpathIsVirtual(t *testing.T) {
	r, _ := layout(t)
	for p, want := range map[string]string{"/dir/abs-inside": "/file.txt", "/dir/..": "/", "/etc-link/..": "/"} {
		if got, err := r.Realpath(p); err != nil || got != want {
			t.Errorf("Realpath(%q) = %q, %v; want %q", p, got, err, want)
		}
	}
	if _, err := r.Realpath("/etc-link/passwd"); err != unix.ENOENT {
		t.Errorf("Realpath through the absolute link: %v", err)
	}
}

func TestNilRootIsTheHostFileSystem(t *testing.T) {
	var r *fsroot.Root
	dir := t.TempDir()
	p := filepath.Join(dir, "f")
	fd, err := r.Open(p, unix.O_WRONLY|unix.O_CREAT, 0o644)
	must(t, err)
	unix.Close(fd)
	var st unix.Stat_t
	must(t, r.At(p, false, func(op string) error { return unix.Lstat(op, &st) }))
	if real, err := r.Realpath(p); err != nil || real != p {
		t.Fatalf("Realpath: %q %v", real, err)
	}
}

func TestVirtualMapsRealPathsBack(t *testing.T) {
	r, dir := layout(t)
	for real, want := range map[string]string{dir: "/", dir + "/a/b": "/a/b"} {
		if got, ok := r.Virtual(real); !ok || got != want {
			t.Errorf("Virtual(%q) = %q, %v", real, got, ok)
		}
	}
	if _, ok := r.Virtual(dir + "x/y"); ok {
		t.Error("a sibling directory is not inside the root")
	}
}
