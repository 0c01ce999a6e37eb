package metrics

import (
	"testing"

	"github.com/isonode/isonode/reactor"
	"github.com/isonode/isonode/scheduler"
)

func TestReactorSourceReportsShards(t *testing.T) {
	r, err := reactor.NewReactor(2)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	s := scheduler.New()
	url := serve(t, s, Options{Reactor: ReactorSource(r)})
	fams := parse(t, scrape(t, url))
	for _, shard := range []string{"0", "1"} {
		for _, name := range []string{"isonode_reactor_events_total", "isonode_reactor_wakeups_total", "isonode_reactor_batches_total", "isonode_reactor_stale_events_total"} {
			value(t, fams, name, map[string]string{"shard": shard})
		}
	}
	if v := value(t, fams, "isonode_reactor_registrations", nil); v != 0 {
		t.Fatalf("registrations %v", v)
	}
	if _, ok := ReactorSource(nil)(); ok {
		t.Fatal("nil reactor reported")
	}
}
