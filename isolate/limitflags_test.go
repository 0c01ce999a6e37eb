package isolate

import "testing"

func TestExecArgvSetsTheLimitsItNames(t *testing.T) {
	base := Options{MaxCallDepth: 500, MaxMemory: 1 << 30}
	cases := []struct {
		argv        []string
		depth       int
		memory      int64
		description string
	}{
		{nil, 500, 1 << 30, "none: the parent's"},
		{[]string{"--expose-gc", "--max-old-space-size=16"}, 500, 16 << 20, "memory in MB"},
		{[]string{"--max_old_space_size", "24"}, 500, 24 << 20, "underscores, value apart"},
		{[]string{"--stack-size=900"}, 900, 1 << 30, "call depth"},
		{[]string{"--stack_size=0"}, 500, 1 << 30, "0 keeps the depth"},
		{[]string{"--max-old-space-size=abc", "--stack-size=-3"}, 500, 1 << 30, "bad values ignored"},
		{[]string{"--harmony", "24"}, 500, 1 << 30, "other flags' values untouched"},
		{[]string{"--max-old-space-size=9223372036854775807"}, 500, (1<<43 - 1) << 20, "huge MB saturate"},
	}
	for _, c := range cases {
		got := base.WithExecArgv(c.argv)
		if got.MaxCallDepth != c.depth || got.MaxMemory != c.memory {
			t.Errorf("%s: %v gave depth %d memory %d, want %d %d", c.description, c.argv, got.MaxCallDepth, got.MaxMemory, c.depth, c.memory)
		}
	}
}
