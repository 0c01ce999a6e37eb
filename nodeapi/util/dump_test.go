package util_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/isonode/isonode/nodeapi/assert"
	"github.com/isonode/isonode/nodeapi/util"
	"github.com/isonode/isonode/nodeapi/util/utiltest"
)

// TestDump runs $DUMP_FIXTURE and prints its stdout (a developer aid for
// writing goldens).
func TestDump(t *testing.T) {
	f := os.Getenv("DUMP_FIXTURE")
	if f == "" {
		t.Skip("DUMP_FIXTURE not set")
	}
	src, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	e := utiltest.New(util.Module, assert.Module)
	msg := e.Run(f, string(src))
	fmt.Print(e.Stdout.String())
	if msg != "" {
		fmt.Println("UNCAUGHT:", msg)
	}
	if e.Stderr.Len() > 0 {
		fmt.Print("STDERR:", e.Stderr.String())
	}
}
