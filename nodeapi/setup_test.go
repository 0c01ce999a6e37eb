package nodeapi

import (
	"testing"

	"github.com/isonode/isonode/isolate"
)

// Setup leaves the modules behind process and the globals unloaded: they
// load on first use (events alone would be a fifth of an isolate's startup).
func TestSetupLoadsNoOptionalModule(t *testing.T) {
	res := isolate.New(isolate.Options{}).Run(func(iso *isolate.Isolate) error {
		if err := Setup(iso, benchHost()); err != nil {
			return err
		}
		for _, name := range []string{"events", "console", "timers", "buffer", "util", "module"} {
			if _, ok := envOf(iso).cache[name]; ok {
				t.Errorf("Setup loaded %q", name)
			}
		}
		return nil
	})
	if res.Err != nil {
		t.Fatal(res.Err)
	}
}
