package metrics

import "github.com/isonode/isonode/reactor"

// ReactorSource adapts an epoll reactor for Options.Reactor; r may be nil
// (no reactor started), and then nothing is reported.
func ReactorSource(r *reactor.Reactor) func() (ReactorStats, bool) {
	return func() (ReactorStats, bool) {
		if r == nil {
			return ReactorStats{}, false
		}
		st := r.Stats()
		out := ReactorStats{Registered: st.Registered, Shards: make([]ShardStats, len(st.Shards))}
		for i, sh := range st.Shards {
			out.Shards[i] = ShardStats{Events: sh.Events, Wakeups: sh.Wakeups, Batches: sh.Batches, Stale: sh.Stale}
		}
		return out, true
	}
}
