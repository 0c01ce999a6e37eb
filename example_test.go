package isonode_test

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/isonode/isonode"
)

// Run code and scripts from Go: every call is its own isolate, and a
// context bounds it.
func Example() {
	rt, err := isonode.New(isonode.Options{Stdout: os.Stdout})
	if err != nil {
		panic(err)
	}
	defer rt.Close()

	// the completion value, JSON-encoded (promises are awaited)
	v, err := rt.Eval(context.Background(), "Promise.resolve([1, 2, 3].map(function (x) { return x * x }))")
	fmt.Println(v, err)

	// a script's output goes to Options.Stdout; a Go module is require-able
	// (see Register); the context stops a runaway script
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	p := rt.Spawn(ctx, isonode.Spec{Code: "console.log(require('greeter').greet('embedder')); while (true) {}"})
	_, err = p.Wait()
	fmt.Println(err)
	// Output:
	// [1,4,9] <nil>
	// hello, embedder
	// context deadline exceeded
}
