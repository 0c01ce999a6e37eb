package dns

import (
	"testing"
	"time"
)

func TestLookupLiteralsHostsAndInvalid(t *testing.T) {
	if a, code := Lookup("127.0.0.1", 0); code != "" || len(a) != 1 || a[0].String() != "127.0.0.1" {
		t.Fatalf("literal: %v %q", a, code)
	}
	if _, code := Lookup("::1", 4); code != "ENOTFOUND" {
		t.Fatalf("v6 literal with family 4: %q", code)
	}
	if a, code := Lookup("localhost", 4); code != "" || len(a) == 0 || !a[0].IsLoopback() {
		t.Fatalf("localhost: %v %q", a, code)
	}
	start := time.Now()
	if _, code := Lookup("nothing.invalid", 0); code != "ENOTFOUND" {
		t.Fatalf(".invalid: %q", code)
	}
	if _, code := Resolve("nothing.invalid", "MX", time.Second, nil); code != "ENOTFOUND" {
		t.Fatalf("resolve .invalid: %q", code)
	}
	if time.Since(start) > 100*time.Millisecond {
		t.Fatalf(".invalid names must fail without a query")
	}
	if _, code := Resolve("x.example", "SOA", time.Second, nil); code != "ENOTIMP" {
		t.Fatalf("SOA: %q", code)
	}
}

func TestResolveTimesOutOnAnUnreachableServer(t *testing.T) {
	start := time.Now()
	// 192.0.2.0/24 is TEST-NET-1: nothing answers there.
	_, code := Resolve("example.com", "A", 200*time.Millisecond, []string{"192.0.2.1"})
	if code == "" {
		t.Fatal("want an error")
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("took %v", d)
	}
}

func TestArpaToIP(t *testing.T) {
	for in, want := range map[string]string{
		"4.3.2.1.in-addr.arpa": "1.2.3.4",
		"1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.ip6.arpa.": "::1",
		"10.0.0.1": "10.0.0.1",
	} {
		if got, ok := arpaToIP(in); !ok || got != want {
			t.Errorf("arpaToIP(%q) = %q %v, want %q", in, got, ok, want)
		}
	}
	if _, ok := arpaToIP("example.com"); ok {
		t.Error("example.com is no arpa name")
	}
}
