package parser

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// recorder is a Handler that logs events as text; consecutive body pieces are
// merged so that the log does not depend on how the input was split.
type recorder struct {
	p      *Parser
	ev     []string
	body   []byte
	action func(h *Head) Action
}

func (r *recorder) flush() {
	if len(r.body) > 0 {
		r.ev = append(r.ev, "body "+strconv.Quote(string(r.body)))
		r.body = r.body[:0]
	}
}

func (r *recorder) MessageBegin() { r.flush(); r.ev = append(r.ev, "begin") }

func (r *recorder) RequestLine(m Method, url []byte, major, minor int) {
	r.ev = append(r.ev, fmt.Sprintf("req %s %s %d.%d", m, url, major, minor))
}

func (r *recorder) StatusLine(major, minor, code int, reason []byte) {
	r.ev = append(r.ev, fmt.Sprintf("res %d.%d %d %q", major, minor, code, reason))
}

func (r *recorder) Header(name, value []byte) {
	r.ev = append(r.ev, fmt.Sprintf("h %s: %q", name, value))
}

func (r *recorder) HeadersComplete(h *Head) Action {
	var b strings.Builder
	b.WriteString("hc")
	if h.ContentLength >= 0 {
		fmt.Fprintf(&b, " cl=%d", h.ContentLength)
	}
	for _, f := range []struct {
		on   bool
		name string
	}{{h.Chunked, "chunked"}, {h.KeepAlive, "ka"}, {h.Upgrade, "upgrade"}, {h.ExpectContinue, "expect"}} {
		if f.on {
			b.WriteString(" " + f.name)
		}
	}
	r.ev = append(r.ev, b.String())
	if r.action != nil {
		return r.action(h)
	}
	return ActionNormal
}

func (r *recorder) Body(data []byte) {
	if len(data) == 0 {
		r.ev = append(r.ev, "EMPTY BODY CALL")
	}
	r.body = append(r.body, data...)
}

func (r *recorder) Trailer(name, value []byte) {
	r.flush()
	r.ev = append(r.ev, fmt.Sprintf("t %s: %q", name, value))
}

func (r *recorder) MessageComplete(ka bool) {
	r.flush()
	if ka {
		r.ev = append(r.ev, "done ka")
	} else {
		r.ev = append(r.ev, "done close")
	}
}

// result is everything observable about parsing one input.
type result struct {
	events   string
	code     string // error code, "" if none
	offset   int64  // error offset
	consumed int    // total consumed (meaningful without a parse error)
	upgraded bool
	eof      string // result of Finish: "" ok, else code
}

func (r result) String() string {
	return fmt.Sprintf("events:\n%s\ncode=%q offset=%d consumed=%d upgraded=%v eof=%q",
		r.events, r.code, r.offset, r.consumed, r.upgraded, r.eof)
}

// parseSplit parses input, fed in pieces cut at the given increasing
// offsets, and returns what happened.
func parseSplit(kind Kind, cfg Config, input []byte, action func(*Head) Action, cuts ...int) result {
	rec := &recorder{action: action}
	p := New(kind, rec, cfg)
	rec.p = p
	var res result
	prev := 0
	cuts = append(cuts, len(input))
	for _, c := range cuts {
		if c < prev {
			c = prev
		}
		if c > len(input) {
			c = len(input)
		}
		piece := input[prev:c]
		n, err := p.Execute(piece)
		if n < 0 || n > len(piece) {
			panic(fmt.Sprintf("consumed %d of %d", n, len(piece)))
		}
		res.consumed += n
		if err != nil {
			if errors.Is(err, ErrUpgrade) {
				res.upgraded = true
				break
			}
			var pe *Error
			if !errors.As(err, &pe) {
				panic("not *Error")
			}
			res.code, res.offset = pe.Code, pe.Offset
			if pe.Offset < 0 || pe.Offset > int64(len(input)) {
				panic(fmt.Sprintf("offset %d out of range", pe.Offset))
			}
			break
		}
		if n != len(piece) {
			panic("short consume without error")
		}
		prev = c
	}
	if res.code == "" && !res.upgraded {
		if err := p.Finish(); err != nil {
			res.eof = err.(*Error).Code
		}
	}
	rec.flush()
	res.events = strings.Join(rec.ev, "\n")
	return res
}
