package process_test

import (
	"io"
	"sort"
	"strings"
	"testing"

	"github.com/isonode/isonode/isolate"
	"github.com/isonode/isonode/nodeapi"
	"github.com/isonode/isonode/nodeapi/modkit"
	"github.com/isonode/isonode/nodeapi/process"
)

// evalJS sets Node up in a new isolate, runs code with nodeapi.Eval and
// returns the completion value as a string.
func evalJS(t *testing.T, code string) string {
	t.Helper()
	host := &modkit.Host{
		Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: io.Discard,
		StdoutFd: -1, StderrFd: -1, Argv: []string{"node"}, ExecPath: "node",
		Env: modkit.NewEnv(nil), Cwd: "/", Title: "node",
	}
	var out string
	res := isolate.New(isolate.Options{}).Run(func(iso *isolate.Isolate) error {
		if err := nodeapi.Setup(iso, host); err != nil {
			return err
		}
		v, err := nodeapi.Eval(iso, code, "[test]")
		if err != nil {
			return err
		}
		out = v.String()
		return nil
	})
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	return out
}

// The lazy stand-in for EventEmitter.prototype must serve exactly the
// properties events.js defines.
func TestEmitterProtoNamesMatchEvents(t *testing.T) {
	got := evalJS(t, `Object.getOwnPropertyNames(require('events').prototype)
		.filter(function (k) { return k !== 'constructor'; }).sort().join()`)
	want := append([]string(nil), process.EmitterProtoNames...)
	sort.Strings(want)
	if got != strings.Join(want, ",") {
		t.Errorf("EventEmitter.prototype has %s\nemitterProtoNames has %s", got, strings.Join(want, ","))
	}
}

// process is an EventEmitter whichever way 'events' gets loaded.
func TestProcessIsEmitter(t *testing.T) {
	for _, code := range []string{
		`process instanceof require('events')`,
		`typeof process.on === 'function' && process instanceof require('events')`,
		`var EE = require('events'); Object.getPrototypeOf(process.constructor.prototype) === EE.prototype`,
	} {
		if got := evalJS(t, code); got != "true" {
			t.Errorf("%s: %s", code, got)
		}
	}
}
