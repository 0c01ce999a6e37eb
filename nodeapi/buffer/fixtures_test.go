package buffer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFixtures runs the conformance fixtures with the hand-built test
// environment (no module loader), so the module is checked on its own.
func TestFixtures(t *testing.T) {
	files, _ := filepath.Glob("../../tests/conformance/buffer/*.js")
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(f, ".js") + ".stdout")
			if err != nil {
				t.Skip("no golden")
			}
			e := newTestEnv(t)
			got, err := e.run(string(src))
			if err != nil {
				t.Fatalf("uncaught: %v\noutput so far:\n%s", err, got)
			}
			if got != string(want) {
				gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
				for i := 0; i < len(gl) || i < len(wl); i++ {
					var g, w string
					if i < len(gl) {
						g = gl[i]
					}
					if i < len(wl) {
						w = wl[i]
					}
					if g != w {
						t.Errorf("line %d:\n got: %s\nwant: %s", i+1, g, w)
					}
				}
			}
		})
	}
}
