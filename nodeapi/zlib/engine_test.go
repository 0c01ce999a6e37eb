package zlib

import (
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"math/rand"
	"runtime"
	"testing"
	"time"
)

func testData(n int) []byte {
	r := rand.New(rand.NewSource(1))
	b := make([]byte, n)
	for i := range b {
		if i%3 == 0 {
			b[i] = byte(r.Intn(256))
		} else {
			b[i] = byte('a' + i%7)
		}
	}
	return b
}

// feed writes in in pieces of size step, then finishes.
func feed(t *testing.T, e engine, in []byte, step int) ([]byte, error) {
	t.Helper()
	var out []byte
	for i := 0; i < len(in); i += step {
		end := i + step
		if end > len(in) {
			end = len(in)
		}
		o, err := e.write(in[i:end], zNoFlush)
		out = append(out, o...)
		if err != nil {
			return out, err
		}
	}
	o, err := e.write(nil, zFinish)
	return append(out, o...), err
}

func TestRoundTripChunked(t *testing.T) {
	data := testData(100000)
	pairs := [][2]int{{modeDeflate, modeInflate}, {modeGzip, modeGunzip}, {modeDeflateRaw, modeInflateRaw},
		{modeDeflate, modeUnzip}, {modeGzip, modeUnzip}}
	for _, p := range pairs {
		for _, step := range []int{1, 7, 4096, 1 << 20} {
			c, err := feed(t, newEngine(options{mode: p[0], level: -1}), data, 4096)
			if err != nil {
				t.Fatal(err)
			}
			d, err := feed(t, newEngine(options{mode: p[1]}), c, step)
			if err != nil {
				t.Fatalf("mode %d step %d: %v", p[1], step, err)
			}
			if !bytes.Equal(d, data) {
				t.Fatalf("mode %d step %d: round trip differs (%d bytes)", p[1], step, len(d))
			}
		}
	}
}

func TestStdlibCompatible(t *testing.T) {
	data := testData(5000)
	c, _ := feed(t, newEngine(options{mode: modeGzip, level: 9}), data, 1000)
	r, err := gzip.NewReader(bytes.NewReader(c))
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if _, err := got.ReadFrom(r); err != nil || !bytes.Equal(got.Bytes(), data) {
		t.Fatalf("gzip reader: %v", err)
	}
	c, _ = feed(t, newEngine(options{mode: modeDeflate, level: 1}), data, 1000)
	zr, err := zlib.NewReader(bytes.NewReader(c))
	if err != nil {
		t.Fatal(err)
	}
	got.Reset()
	if _, err := got.ReadFrom(zr); err != nil || !bytes.Equal(got.Bytes(), data) {
		t.Fatalf("zlib reader: %v", err)
	}
	// and the other way: the standard library's gzip, decoded by ours
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Name = "name.txt"
	w.Comment = "comment"
	w.Extra = []byte{1, 2, 3}
	w.Write(data)
	w.Close()
	d, err := feed(t, newEngine(options{mode: modeGunzip}), buf.Bytes(), 100)
	if err != nil || !bytes.Equal(d, data) {
		t.Fatalf("gunzip of header fields: %v", err)
	}
}

func TestErrors(t *testing.T) {
	good, _ := feed(t, newEngine(options{mode: modeDeflate, level: -1}), []byte("hello hello hello"), 100)
	cases := []struct {
		mode int
		in   []byte
		want *zError
	}{
		{modeInflate, []byte("garbage"), errHeader},
		{modeGunzip, []byte("garbage"), errHeader},
		{modeInflateRaw, []byte{0xff, 0xff}, errBlockType},
		{modeInflate, good[:len(good)-2], errUnexpected},
		{modeInflate, nil, errUnexpected},
		{modeInflate, append(append([]byte(nil), good[:len(good)-1]...), good[len(good)-1]^1), errDataCheck},
	}
	for i, c := range cases {
		_, err := feed(t, newEngine(options{mode: c.mode}), c.in, 3)
		if err != c.want {
			t.Errorf("case %d: got %v, want %v", i, err, c.want)
		}
	}
}

func TestDictionary(t *testing.T) {
	dict := []byte("a shared dictionary")
	data := []byte("dictionary words shared, a dictionary")
	c, _ := feed(t, newEngine(options{mode: modeDeflate, level: -1, dict: dict}), data, 100)
	if _, err := feed(t, newEngine(options{mode: modeInflate}), c, 100); err != errNeedDict {
		t.Fatalf("got %v, want missing dictionary", err)
	}
	if _, err := feed(t, newEngine(options{mode: modeInflate, dict: []byte("x")}), c, 100); err != errBadDict {
		t.Fatalf("got %v, want bad dictionary", err)
	}
	d, err := feed(t, newEngine(options{mode: modeInflate, dict: dict}), c, 5)
	if err != nil || !bytes.Equal(d, data) {
		t.Fatalf("got %q, %v", d, err)
	}
}

// A decoder abandoned mid-stream stops its goroutine when closed.
func TestCloseStopsGoroutine(t *testing.T) {
	c, _ := feed(t, newEngine(options{mode: modeGzip, level: -1}), testData(10000), 1000)
	before := runtime.NumGoroutine()
	var es []engine
	for i := 0; i < 50; i++ {
		e := newEngine(options{mode: modeGunzip})
		if _, err := e.write(c[:len(c)/2], zNoFlush); err != nil {
			t.Fatal(err)
		}
		es = append(es, e)
	}
	for _, e := range es {
		e.close()
	}
	deadline := time.Now().Add(2 * time.Second)
	for runtime.NumGoroutine() > before+5 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before+5 {
		t.Fatalf("%d goroutines left, started with %d", n, before)
	}
}

func BenchmarkGzip(b *testing.B) {
	data := testData(1 << 20)
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		e := newEngine(options{mode: modeGzip, level: -1})
		e.write(data, zFinish)
	}
}

func BenchmarkGunzip(b *testing.B) {
	data := testData(1 << 20)
	c, _ := newEngine(options{mode: modeGzip, level: -1}).write(data, zFinish)
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		e := newEngine(options{mode: modeGunzip})
		e.write(c, zFinish)
	}
}
