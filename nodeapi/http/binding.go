// Package http is Node's 'http' module: the Go binding of the HTTP/1.1
// parser (nodeapi/http/parser) and the JS half, http.js (servers, clients,
// agents, messages).
//
// # The binding
//
// http.js makes one parser per connection, `new binding.Parser(kind)`
// (binding.REQUEST or binding.RESPONSE), and feeds it the socket's chunks
// with `parser.execute(buffer)`. The whole byte-level work runs in Go; the
// parser calls back into JS once per message part, with compact arguments,
// through functions stored on the parser object:
//
//	onHeadersComplete(versionMajor, versionMinor, rawHeaders, method, url,
//	                  statusCode, statusMessage, upgrade, shouldKeepAlive,
//	                  headers) → 0 | 1 (skip the body: a HEAD response) | 2 (upgrade: CONNECT)
//	onBody(buffer)                        a slice of the buffer given to execute (no copy)
//	onMessageComplete([rawTrailers, trailers])
//
// rawHeaders is the flat [name, value, …] array of the fields as received;
// headers is the object IncomingMessage.headers (lower-cased names, repeated
// fields joined by Node v0.10's rules, parser.HeaderMap). Header names and
// values are decoded as latin1, as Node does. parser.maxHeaderPairs (0: no
// limit) bounds how many fields are kept (Server.maxHeadersCount).
//
// execute returns the number of bytes consumed — less than the buffer's
// length after an Upgrade / CONNECT message, where the new protocol's bytes
// begin — or, for malformed input, an Error "Parse Error" with Node's code
// (HPE_*), reason, bytesParsed and rawPacket, which it returns rather than
// throws (as Node's binding does). finish() ends the connection's input
// (returning such an Error for a truncated message, or undefined);
// reinitialize(kind) makes the parser fresh for a new connection.
//
// A server parser's serve(socket, state, server, fastObjects) makes it
// consume the socket's bytes in Go instead (server.go: the server's hot
// path, with ServerResponse's writeHead and end as natives).
package http

import (
	_ "embed"
	"errors"
	"reflect"
	"strconv"
	"strings"
	"time"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/buffer"
	"github.com/isonode/isonode/nodeapi/http/parser"
	"github.com/isonode/isonode/nodeapi/modkit"
)

//go:embed http.js
var httpJS string

// Module is the registry entry for 'http'.
var Module = modkit.Module{
	Name:   "http",
	Native: newNative,
	JS:     modkit.NewScript("http.js", httpJS),
}

type jsParser struct {
	c   *modkit.Context
	rt  *goja.Runtime
	obj *goja.Object
	p   *parser.Parser

	methods []goja.Value // cached method-name strings, by parser.Method

	// current message
	raw      []goja.Value
	hmap     parser.HeaderMap
	nFields  int
	maxPairs int
	method   parser.Method
	url      goja.Value
	status   int
	reason   goja.Value
	major    int
	minor    int
	trRaw    []goja.Value
	trMap    parser.HeaderMap
	trFields int

	onHeaders, onBody, onComplete cachedFn

	sv  *serverBinding
	srv *serverConn // set when the parser consumes a server connection (serve)

	data []byte       // the slice being executed
	buf  goja.Value   // its Buffer
	args []goja.Value // reusable argument slice

	// begun is when the current message's first byte arrived (zero
	// between messages); headersDone says its header section is complete.
	// The server's request-timeout sweep reads them through timedOut.
	begun       time.Time
	headersDone bool
}

func newNative(c *modkit.Context) (*goja.Object, error) {
	rt := c.RT
	b := rt.NewObject()
	methods := make([]goja.Value, len(parser.METHODS)+1)
	methods[0] = goja.Undefined()
	names := make([]any, len(parser.METHODS))
	for i, m := range parser.METHODS {
		methods[i+1] = rt.ToValue(m)
		names[i] = m
	}
	_ = b.Set("REQUEST", 0)
	_ = b.Set("RESPONSE", 1)
	_ = b.Set("methods", rt.NewArray(names...))
	codes := rt.NewObject()
	for code := 100; code < 600; code++ {
		if s, ok := parser.STATUS_CODES[code]; ok {
			_ = codes.Set(itoa(code), s)
		}
	}
	_ = b.Set("STATUS_CODES", codes)
	_ = b.Set("maxHeaderSize", parser.DefaultMaxHeaderBytes)
	flags := make([]byte, 1)
	_ = b.Set("headerFlags", buffer.New(c, flags))
	var date dateCache
	sv := &serverBinding{c: c, rt: rt, date: &date, statusText: map[int]goja.Value{}, requestName: rt.ToValue("request")}
	_ = b.Set("serverSetup", func(call goja.FunctionCall) goja.Value {
		sv.setup(call.Argument(0).ToObject(rt))
		return goja.Undefined()
	})
	_ = b.Set("serverWriteHead", sv.writeHead)
	_ = b.Set("serverEnd", sv.end)
	_ = b.Set("headerLines", func(call goja.FunctionCall) goja.Value {
		head, mask, flat := headerLines(rt, call.Argument(0), call.Argument(1))
		if head != nil {
			head, flags[0] = completeHeader(head, mask, byte(call.Argument(2).ToInteger()), &date)
			return rt.ToValue(string(head))
		}
		if flat != nil {
			vals := make([]any, len(flat))
			for i, v := range flat {
				vals[i] = v
			}
			return rt.NewArray(vals...)
		}
		return goja.Null()
	})
	_ = b.Set("chunk", func(call goja.FunctionCall) goja.Value {
		// An ASCII chunk is a string (what the socket writes fastest), any
		// other a Buffer of its UTF-8 bytes. b is not used after this.
		b := chunkBytes(call.Argument(0).String(), call.Argument(1).String(), call.Argument(2).String())
		for _, x := range b {
			if x >= 0x80 {
				return buffer.New(c, b)
			}
		}
		return rt.ToValue(unsafe.String(unsafe.SliceData(b), len(b)))
	})
	_ = b.Set("Parser", func(call goja.ConstructorCall) *goja.Object {
		jp := &jsParser{c: c, rt: rt, obj: call.This, methods: methods, sv: sv}
		cfg := parser.Config{}
		if v := call.Argument(1); !goja.IsUndefined(v) {
			cfg.MaxHeaderBytes = int(v.ToInteger())
		}
		jp.p = parser.New(kindOf(call.Argument(0)), jp, cfg)
		jp.install()
		return nil
	})
	return b, nil
}

// Bits of the mask renderFields reports: which fields that shape the rest
// of the header the given fields include.
const (
	hasContentLength = 2
	hasDate          = 8
)

// Bits of headerLines' third argument: the message's state that decides the
// fields it adds itself (see OutgoingMessage._completeHeader in http.js).
const (
	optSendDate       = 1  // sendDate
	optKeepAlive      = 2  // shouldKeepAlive
	optAgent          = 4  // a client request with an agent
	optHasBody        = 8  // _hasBody
	optChunkedDefault = 16 // useChunkedEncodingByDefault
	optRemovedTE      = 32 // removeHeader('transfer-encoding') was called
)

// Bits headerLines reports in binding.headerFlags[0] after completing a
// header: what the message must record.
const (
	outLast       = 1 // _last: the connection closes after this message
	outChunked    = 2 // chunkedEncoding = true
	outNotChunked = 4 // chunkedEncoding = false
)

// completeHeader adds to head (the first line and the given fields, none of
// them Connection or Transfer-Encoding) the fields the message decides
// itself and the blank line, as _completeHeader does, and reports the out*
// bits.
func completeHeader(head []byte, mask, opts byte, date *dateCache) ([]byte, byte) {
	var out byte
	if opts&optSendDate != 0 && mask&hasDate == 0 {
		head = append(head, "Date: "...)
		head = append(head, date.get()...)
		head = append(head, "\r\n"...)
	}
	if opts&optKeepAlive != 0 && (mask&hasContentLength != 0 || opts&(optChunkedDefault|optAgent) != 0) {
		head = append(head, "Connection: keep-alive\r\n"...)
	} else {
		head = append(head, "Connection: close\r\n"...)
		out |= outLast
	}
	if mask&hasContentLength == 0 {
		switch {
		case opts&optHasBody == 0:
			out |= outNotChunked
		case opts&optChunkedDefault == 0, opts&optRemovedTE != 0:
			out |= outLast
		default:
			head = append(head, "Transfer-Encoding: chunked\r\n"...)
			out |= outChunked
		}
	}
	return append(head, "\r\n"...), out
}

// dateCache is the Date field's value, made once a second.
type dateCache struct {
	sec int64
	s   string
}

func (d *dateCache) get() string {
	now := time.Now()
	if sec := now.Unix(); sec != d.sec || d.s == "" {
		d.sec = sec
		d.s = now.UTC().Format("Mon, 02 Jan 2006 15:04:05 GMT")
	}
	return d.s
}

// chunkBytes is the binding's chunk(head, data, tail): one chunk of the
// chunked coding, UTF-8 encoded, preceded by head (the message's header
// when it goes with this chunk, else "") and followed by tail (the last
// chunk and trailers when the message ends).
func chunkBytes(head, data, tail string) []byte {
	b := make([]byte, 0, len(head)+len(data)+len(tail)+12)
	b = append(b, head...)
	b = strconv.AppendInt(b, int64(len(data)), 16)
	b = append(b, "\r\n"...)
	b = append(b, data...)
	b = append(b, "\r\n"...)
	return append(b, tail...)
}

// headerLines is the fast path of OutgoingMessage._storeHeader: the first
// line followed by one "Name: value\r\n" line per field of headers (a flat
// [name, value, …] array or a plain object of fields), with the fields
// validated as validateHeaderName / validateHeaderValue do. It declines
// (head nil), leaving the work to the JS path, whenever that path could do
// something other than append the lines: a name that is not a token or a
// value that is invalid (JS throws), a value that is neither a string nor a
// number (arrays, objects), a non-ASCII character anywhere (so the result is
// ASCII: _headerAscii), an odd flat array, and the fields whose value the JS
// path inspects (Connection, Transfer-Encoding, Expect). mask tells of
// Content-Length and Date. When it declines an object, flat is the fields it
// read, [name, value, …], for the JS path to use: an object's properties are
// read once, as flattenHeaders would (getters run once). The binding's
// headerLines(firstLine, headers, opts) completes what this renders with
// completeHeader and returns the whole header, or else flat or null.
func headerLines(rt *goja.Runtime, first, headers goja.Value) (head []byte, mask byte, flat []goja.Value) {
	if goja.IsUndefined(headers) || goja.IsNull(headers) {
		head, mask = renderFields(first, nil)
		return head, mask, nil
	}
	o, isObj := headers.(*goja.Object)
	if !isObj {
		return nil, 0, nil
	}
	switch o.ClassName() {
	case "Array":
		n := int(o.Get("length").ToInteger())
		if n%2 != 0 {
			return nil, 0, nil
		}
		flat = make([]goja.Value, n)
		for i := range flat {
			flat[i] = o.Get(itoa(i))
		}
		head, mask = renderFields(first, flat)
		return head, mask, nil
	case "Object":
		keys := o.Keys()
		flat = make([]goja.Value, 0, 2*len(keys))
		for _, k := range keys {
			flat = append(flat, rt.ToValue(k), o.Get(k))
		}
		if head, mask = renderFields(first, flat); head != nil {
			return head, mask, nil
		}
		return nil, 0, flat
	}
	return nil, 0, nil
}

// renderFields is headerLines over a flat [name, value, …] list: the header
// lines, or nil to decline.
func renderFields(first goja.Value, flat []goja.Value) (head []byte, mask byte) {
	fs, isStr := first.(goja.String)
	if !isStr {
		return nil, 0
	}
	line := fs.String()
	for i := 0; i < len(line); i++ {
		if line[i] >= 0x80 {
			return nil, 0
		}
	}
	b := make([]byte, 0, len(line)+128)
	b = append(b, line...)
	for i := 0; i+1 < len(flat); i += 2 {
		n, isStr := flat[i].(goja.String)
		if !isStr {
			return nil, 0
		}
		ns := n.String()
		value := flat[i+1]
		if value == nil || !isToken(ns) {
			return nil, 0
		}
		var vs string
		if v, isStr := value.(goja.String); isStr {
			vs = v.String()
			for i := 0; i < len(vs); i++ {
				if c := vs[i]; c != '\t' && (c < 0x20 || c > 0x7e) {
					return nil, 0
				}
			}
		} else if k := value.ExportType(); k != nil && (k.Kind() == reflect.Int64 || k.Kind() == reflect.Float64) {
			vs = value.String()
		} else {
			return nil, 0
		}
		switch {
		case strings.EqualFold(ns, "connection"), strings.EqualFold(ns, "transfer-encoding"), strings.EqualFold(ns, "expect"):
			return nil, 0
		case strings.EqualFold(ns, "content-length"):
			mask |= hasContentLength
		case strings.EqualFold(ns, "date"):
			mask |= hasDate
		}
		b = append(b, ns...)
		b = append(b, ": "...)
		b = append(b, vs...)
		b = append(b, "\r\n"...)
	}
	return b, mask
}

// isToken reports whether s is a non-empty HTTP token (tokenRe of http.js).
func isToken(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		case strings.IndexByte("^_`-!#$%&'*+.|~", c) >= 0:
		default:
			return false
		}
	}
	return true
}

func kindOf(v goja.Value) parser.Kind {
	if v.ToInteger() == 1 {
		return parser.Response
	}
	return parser.Request
}

func (jp *jsParser) install() {
	o := jp.obj
	rt := jp.rt
	_ = o.Set("maxHeaderPairs", 0)
	_ = o.Set("execute", func(call goja.FunctionCall) goja.Value {
		v := call.Argument(0)
		data, ok := buffer.Bytes(rt, v)
		if !ok {
			modkit.ThrowInvalidArgType(rt, "buffer", "an instance of Buffer or Uint8Array", v)
		}
		return jp.execute(v, data)
	})
	_ = o.Set("finish", func(call goja.FunctionCall) goja.Value {
		jp.buf = nil
		jp.data = nil
		if err := jp.p.Finish(); err != nil {
			var pe *parser.Error
			if errors.As(err, &pe) {
				return jp.parseError(pe, 0, nil)
			}
		}
		return goja.Undefined()
	})
	_ = o.Set("reinitialize", func(call goja.FunctionCall) goja.Value {
		jp.p.Reset(kindOf(call.Argument(0)), jp)
		jp.resetMessage()
		jp.begun = time.Time{}
		return goja.Undefined()
	})
	// timedOut(headersTimeout, requestTimeout) says whether the message
	// being received has taken longer than headersTimeout ms to complete
	// its header section, or requestTimeout ms to complete (0 = no limit).
	_ = o.Set("timedOut", func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(jp.timedOut(call.Argument(0).ToFloat(), call.Argument(1).ToFloat(), time.Now()))
	})
	_ = o.Set("pause", func(call goja.FunctionCall) goja.Value { jp.p.Pause(); return goja.Undefined() })
	_ = o.Set("resume", func(call goja.FunctionCall) goja.Value { jp.p.Resume(); return goja.Undefined() })
	_ = o.Set("serve", func(call goja.FunctionCall) goja.Value { return jp.sv.serve(jp, call) })
	// unserve(): the socket's bytes come through execute again.
	_ = o.Set("unserve", func(call goja.FunctionCall) goja.Value {
		if jp.srv != nil {
			jp.srv.cn.Consume(nil)
		}
		return goja.Undefined()
	})
	_ = o.Set("close", func(call goja.FunctionCall) goja.Value {
		jp.srv = nil
		jp.resetMessage()
		jp.begun = time.Time{}
		jp.buf, jp.data = nil, nil
		return goja.Undefined()
	})
}

func (jp *jsParser) resetMessage() {
	jp.raw = jp.raw[:0]
	jp.hmap.Reset()
	jp.nFields = 0
	jp.trRaw = jp.trRaw[:0]
	jp.trMap.Reset()
	jp.trFields = 0
	jp.url, jp.reason = nil, nil
}

// execute parses data; v is its Buffer, or nil when there is none (one is
// made for a parse error's rawPacket).
func (jp *jsParser) execute(v goja.Value, data []byte) goja.Value {
	jp.buf, jp.data = v, data
	defer func() { jp.buf, jp.data = nil, nil }()
	mp := jp.obj.Get("maxHeaderPairs")
	jp.maxPairs = 0
	if mp != nil {
		jp.maxPairs = int(mp.ToInteger())
	}
	n, err := jp.p.Execute(data)
	if err != nil {
		var pe *parser.Error
		if errors.As(err, &pe) {
			if pe == parser.ErrUpgrade || pe == parser.ErrPaused {
				return jp.rt.ToValue(n)
			}
			if v == nil {
				v = buffer.New(jp.c, data)
			}
			return jp.parseError(pe, n, v)
		}
	}
	return jp.rt.ToValue(n)
}

// parseError builds Node's parse error.
func (jp *jsParser) parseError(pe *parser.Error, n int, raw goja.Value) goja.Value {
	e := modkit.NewError(jp.rt, "Error", pe.Code, "Parse Error")
	_ = e.Set("reason", pe.Reason)
	_ = e.Set("bytesParsed", n)
	if raw != nil {
		_ = e.Set("rawPacket", raw)
	}
	return e
}

// latin1 turns bytes into a JS string, one character per byte.
func (jp *jsParser) latin1(b []byte) goja.Value {
	for _, c := range b {
		if c >= 0x80 {
			r := make([]rune, len(b))
			for i, c := range b {
				r[i] = rune(c)
			}
			return jp.rt.ToValue(string(r))
		}
	}
	return jp.rt.ToValue(string(b))
}

func latin1String(b []byte) string {
	for _, c := range b {
		if c >= 0x80 {
			r := make([]rune, len(b))
			for i, c := range b {
				r[i] = rune(c)
			}
			return string(r)
		}
	}
	return string(b)
}

// cachedFn is the callable of the function a parser callback property
// last held (goja.AssertFunction makes a new closure per call).
type cachedFn struct {
	obj *goja.Object
	fn  goja.Callable
}

// fn returns the function of property name, or nil.
func (jp *jsParser) fn(name string, c *cachedFn) goja.Callable {
	o, _ := jp.obj.Get(name).(*goja.Object)
	if o == nil {
		return nil
	}
	if o != c.obj {
		f, ok := goja.AssertFunction(o)
		if !ok {
			return nil
		}
		c.obj, c.fn = o, f
	}
	return c.fn
}

func (jp *jsParser) call(f goja.Callable, args ...goja.Value) goja.Value {
	r, err := f(jp.obj, args...)
	if err != nil {
		panic(err)
	}
	return r
}

// MessageBegin implements parser.Handler.
func (jp *jsParser) MessageBegin() {
	jp.resetMessage()
	jp.begun, jp.headersDone = time.Now(), false
}

// timedOut is the timedOut method at now; the limits are in ms.
func (jp *jsParser) timedOut(headersLimit, requestLimit float64, now time.Time) bool {
	if jp.begun.IsZero() {
		return false
	}
	ms := float64(now.Sub(jp.begun)) / float64(time.Millisecond)
	return (!jp.headersDone && headersLimit > 0 && ms >= headersLimit) || (requestLimit > 0 && ms >= requestLimit)
}

// RequestLine implements parser.Handler.
func (jp *jsParser) RequestLine(m parser.Method, url []byte, major, minor int) {
	jp.method, jp.major, jp.minor = m, major, minor
	jp.url = jp.rt.ToValue(string(url))
}

// StatusLine implements parser.Handler.
func (jp *jsParser) StatusLine(major, minor, code int, reason []byte) {
	jp.major, jp.minor, jp.status = major, minor, code
	jp.reason = jp.latin1(reason)
}

// Header implements parser.Handler.
func (jp *jsParser) Header(name, value []byte) {
	if jp.maxPairs > 0 && jp.nFields >= jp.maxPairs {
		return
	}
	jp.nFields++
	val := latin1String(value)
	jp.raw = append(jp.raw, jp.latin1(name), jp.rt.ToValue(val))
	jp.hmap.Add(name, val)
}

func (jp *jsParser) headerObject(m *parser.HeaderMap) *goja.Object {
	o := jp.rt.NewObject()
	for i := range m.Fields {
		f := &m.Fields[i]
		if f.IsArray {
			vals := make([]any, len(f.Values))
			for j, s := range f.Values {
				vals[j] = s
			}
			_ = o.Set(f.Name, jp.rt.NewArray(vals...))
		} else {
			_ = o.Set(f.Name, f.Value)
		}
	}
	return o
}

// HeadersComplete implements parser.Handler.
func (jp *jsParser) HeadersComplete(h *parser.Head) parser.Action {
	jp.headersDone = true
	if jp.srv != nil && jp.srv.headersComplete(jp, h) {
		return parser.ActionNormal
	}
	f := jp.fn("onHeadersComplete", &jp.onHeaders)
	if f == nil {
		return parser.ActionNormal
	}
	rt := jp.rt
	args := jp.args[:0]
	raw := jp.rawArray()
	url, reason := jp.url, jp.reason
	if url == nil {
		url = goja.Undefined()
	}
	if reason == nil {
		reason = goja.Undefined()
	}
	var method, status goja.Value = goja.Undefined(), goja.Undefined()
	if jp.p.Kind() == parser.Request {
		method = jp.methods[jp.method]
	} else {
		status = rt.ToValue(jp.status)
	}
	args = append(args,
		rt.ToValue(jp.major), rt.ToValue(jp.minor), raw, method, url,
		status, reason, rt.ToValue(h.Upgrade), rt.ToValue(h.KeepAlive),
		jp.headerObject(&jp.hmap))
	jp.args = args[:0]
	r := jp.call(f, args...)
	for i := range args {
		args[i] = nil
	}
	switch r.ToInteger() {
	case 1:
		return parser.ActionSkipBody
	case 2:
		return parser.ActionUpgrade
	}
	return parser.ActionNormal
}

// rawArray is the message's rawHeaders array.
func (jp *jsParser) rawArray() *goja.Object {
	vals := make([]any, len(jp.raw))
	for i, v := range jp.raw {
		vals[i] = v
	}
	return jp.rt.NewArray(vals...)
}

// Body implements parser.Handler.
func (jp *jsParser) Body(data []byte) {
	if len(data) == 0 {
		return
	}
	f := jp.fn("onBody", &jp.onBody)
	if f == nil {
		return
	}
	if !within(data, jp.data) {
		data = append([]byte(nil), data...)
	}
	jp.call(f, buffer.New(jp.c, data))
}

// within reports whether s lies inside the memory of outer.
func within(s, outer []byte) bool {
	if len(outer) == 0 || len(s) == 0 {
		return false
	}
	a := uintptr(unsafe.Pointer(unsafe.SliceData(s)))
	o := uintptr(unsafe.Pointer(unsafe.SliceData(outer)))
	return a >= o && a+uintptr(len(s)) <= o+uintptr(len(outer))
}

// Trailer implements parser.Handler.
func (jp *jsParser) Trailer(name, value []byte) {
	if jp.maxPairs > 0 && jp.trFields >= jp.maxPairs {
		return
	}
	jp.trFields++
	val := latin1String(value)
	jp.trRaw = append(jp.trRaw, jp.latin1(name), jp.rt.ToValue(val))
	jp.trMap.Add(name, val)
}

// MessageComplete implements parser.Handler.
func (jp *jsParser) MessageComplete(keepAlive bool) {
	jp.begun = time.Time{}
	if jp.srv != nil && jp.srv.messageComplete(jp) {
		return
	}
	f := jp.fn("onMessageComplete", &jp.onComplete)
	if f == nil {
		return
	}
	if len(jp.trRaw) == 0 {
		jp.call(f)
		return
	}
	vals := make([]any, len(jp.trRaw))
	for i, v := range jp.trRaw {
		vals[i] = v
	}
	jp.call(f, jp.rt.NewArray(vals...), jp.headerObject(&jp.trMap))
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b [20]byte
	n := len(b)
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	return string(b[n:])
}
