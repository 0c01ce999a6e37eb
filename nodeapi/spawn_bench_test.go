package nodeapi

import (
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/isonode/isonode/isolate"
	"github.com/isonode/isonode/nodeapi/modkit"
)

func benchHost() *modkit.Host {
	return &modkit.Host{
		Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: io.Discard,
		StdoutFd: -1, StderrFd: -1, Argv: []string{"node"}, ExecPath: "node",
		Env: modkit.NewEnv(nil), Cwd: "/", Title: "node",
	}
}

// BenchmarkIsolateSpawnToExitWithNodeGlobals measures an isolate from
// creation to exit running an empty script with Node's globals ready (the
// `node -e 0` of one isolate).
func BenchmarkIsolateSpawnToExitWithNodeGlobals(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		iso := isolate.New(isolate.Options{})
		res := iso.Run(Start(benchHost(), Main{Code: "0", Name: "[eval]"}))
		if res.Code != 0 || res.Err != nil {
			b.Fatalf("%+v", res)
		}
	}
}

// BenchmarkIsolateSpawnToExitScript is BenchmarkIsolateSpawnToExitWithNodeGlobals
// with the program in a file, run as the main module (`node file.js`).
func BenchmarkIsolateSpawnToExitScript(b *testing.B) {
	script := filepath.Join(b.TempDir(), "main.js")
	if err := os.WriteFile(script, []byte("exports.x = 0;\n"), 0o644); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		iso := isolate.New(isolate.Options{})
		host := benchHost()
		host.Argv = append(host.Argv, script)
		res := iso.Run(Start(host, Main{Script: script}))
		if res.Code != 0 || res.Err != nil {
			b.Fatalf("%+v", res)
		}
	}
}

// BenchmarkLiveIsolateMemory keeps 10,000 isolates with Node's globals set
// up alive at once and reports the Go heap each one holds.
func BenchmarkLiveIsolateMemory(b *testing.B) {
	const n = 10000
	for i := 0; i < b.N; i++ {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		live := make([]*isolate.Isolate, n)
		for j := range live {
			iso := isolate.New(isolate.Options{})
			if err := Setup(iso, benchHost()); err != nil {
				b.Fatal(err)
			}
			live[j] = iso
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/n, "heap-bytes/isolate")
		runtime.KeepAlive(live)
	}
}
