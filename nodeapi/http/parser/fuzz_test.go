package parser

import (
	"math/rand"
	"testing"
)

// fuzzCheck parses data whole and split, and fails on any difference. Bounds
// of consumed counts and error offsets are checked (by panicking) inside
// parseSplit; a panic anywhere fails the fuzz target.
func fuzzCheck(t *testing.T, kind Kind, data []byte, seed uint32) {
	cfg := Config{}
	if seed&1 != 0 {
		cfg = Config{MaxHeaderBytes: 300, MaxHeaders: 8, MaxChunkExtBytes: 40}
	}
	var action func(*Head) Action
	if kind == Response {
		switch (seed >> 1) % 3 {
		case 1:
			action = skipBody
		case 2:
			action = connectOK
		}
	}
	whole := parseSplit(kind, cfg, data, action)
	cut := int(seed>>3) % (len(data) + 1)
	if got := parseSplit(kind, cfg, data, action, cut); !sameResult(got, whole) {
		t.Fatalf("split at %d differs:\n%v\nwhole:\n%v", cut, got, whole)
	}
	rng := rand.New(rand.NewSource(int64(seed)))
	var cuts []int
	for pos := 0; pos < len(data); {
		pos += 1 + rng.Intn(8)
		cuts = append(cuts, pos)
	}
	if got := parseSplit(kind, cfg, data, action, cuts...); !sameResult(got, whole) {
		t.Fatalf("random split %v differs:\n%v\nwhole:\n%v", cuts, got, whole)
	}
}

func addSeeds(f *testing.F, kind Kind) {
	for i, c := range cases {
		if c.kind == kind {
			f.Add([]byte(c.in), uint32(i*7919))
		}
	}
	for i, c := range badCases {
		if c.kind == kind && len(c.in) < 2048 {
			f.Add([]byte(c.in), uint32(i*104729))
		}
	}
}

func FuzzParseRequest(f *testing.F) {
	addSeeds(f, Request)
	f.Fuzz(func(t *testing.T, data []byte, seed uint32) { fuzzCheck(t, Request, data, seed) })
}

func FuzzParseResponse(f *testing.F) {
	addSeeds(f, Response)
	f.Add([]byte("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n1\r\na\r\n0\r\n\r\nHTTP/1.1 204 x\r\n\r\n"), uint32(5))
	f.Fuzz(func(t *testing.T, data []byte, seed uint32) { fuzzCheck(t, Response, data, seed) })
}
