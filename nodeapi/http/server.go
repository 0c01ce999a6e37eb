package http

import (
	"strconv"
	"strings"
	"time"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/buffer"
	"github.com/isonode/isonode/nodeapi/http/parser"
	"github.com/isonode/isonode/nodeapi/modkit"
	"github.com/isonode/isonode/nodeapi/net"
)

// The server's hot path in Go.
//
// A server connection's bytes go from the socket to the parser in Go
// (net.Conn.Consume), and for the common request — no Upgrade, no Expect,
// not pipelined behind an unfinished response, the server's own message
// classes — the IncomingMessage and ServerResponse are made here, with the
// same own properties, in the same order, as their JS constructors give
// them, and 'request' is emitted from here. ServerResponse's writeHead and
// end are natives that do the common case here — the header rendered by
// headerLines, the header and body written to the socket in one write(2)
// when nothing else is queued, 'finish' and resOnFinish's bookkeeping on the
// next tick — and call http.js's own functions for everything else, before
// changing anything. The objects' state stays in their JS properties (the
// JS paths, user code and middleware see and change the same fields);
// reading and writing them from Go costs a fraction of interpreting the
// same JS in goja. Loop goroutine only, like the rest of the binding.
//
// http.js hands this file its classes and slow paths once, through
// binding.serverSetup, and each connection through binding.serve.
type serverBinding struct {
	c  *modkit.Context
	rt *goja.Runtime

	incomingProto, responseProto, readableStateProto *goja.Object

	// http.js functions: the slow paths and the rare cases
	socketOnError, socketUpgrade, queuedWrite, resOnFinish, startIdleSweep goja.Callable
	jsWriteHead, jsEnd                                                     goja.Callable

	// The methods the fast paths stand in for: where a response or a
	// socket has others (a wrapper, a patched prototype), the natives
	// call them or leave the work to http.js.
	nativeWriteHead, implicitHeader, assignSocket, detachSocket, socketWrite *goja.Object

	lastSocket *goja.Object // connOf's cache
	lastConn   *net.Conn

	finishTick  goja.Callable // the tick after a response went out whole
	requestName goja.Value    // "request"
	date        *dateCache
	statusText  map[int]goja.Value
}

// serverConn is the Go half of one consumed server connection (the JS half
// is http.js's connection state object).
type serverConn struct {
	sv                        *serverBinding
	cn                        *net.Conn
	state, socket, server, po *goja.Object // po: the parser's JS object
	fastObjects               bool         // the server uses http's own IncomingMessage and ServerResponse
	emit                      cachedFn     // server.emit
}

func (sv *serverBinding) setup(o *goja.Object) {
	fn := func(name string) goja.Callable {
		f, ok := goja.AssertFunction(o.Get(name))
		if !ok {
			panic(sv.rt.NewTypeError("serverSetup: " + name + " is not a function"))
		}
		return f
	}
	proto := func(name string) *goja.Object {
		return o.Get(name).ToObject(sv.rt).Get("prototype").ToObject(sv.rt)
	}
	sv.incomingProto = proto("IncomingMessage")
	sv.responseProto = proto("ServerResponse")
	sv.readableStateProto = proto("ReadableState")
	sv.socketOnError = fn("socketOnError")
	sv.socketUpgrade = fn("socketUpgrade")
	sv.queuedWrite = fn("queuedWrite")
	sv.resOnFinish = fn("resOnFinish")
	sv.startIdleSweep = fn("startIdleSweep")
	sv.jsWriteHead = fn("writeHead")
	sv.jsEnd = fn("end")
	method := func(o *goja.Object, name string) *goja.Object {
		m, _ := o.Get(name).(*goja.Object)
		return m
	}
	sv.nativeWriteHead = method(sv.responseProto, "writeHead")
	sv.implicitHeader = method(sv.responseProto, "_implicitHeader")
	sv.assignSocket = method(sv.responseProto, "assignSocket")
	sv.detachSocket = method(sv.responseProto, "detachSocket")
	sv.socketWrite = method(o, "socketWrite")
	sv.finishTick = func(_ goja.Value, args ...goja.Value) (goja.Value, error) {
		sv.finish(args[0].(*goja.Object))
		return goja.Undefined(), nil
	}
}

// serve is a server parser's serve(socket, state, server, fastObjects): it
// makes the parser consume socket in Go and reports whether it could (a
// socket that is not one of this isolate's net sockets — a TLS socket, a
// user's stream — keeps feeding the parser through 'data' events).
// fastObjects says the server makes http's own IncomingMessage and
// ServerResponse, with the default high-water mark.
func (sv *serverBinding) serve(jp *jsParser, call goja.FunctionCall) goja.Value {
	po := jp.obj
	socket, _ := call.Argument(0).(*goja.Object)
	if socket == nil {
		return sv.rt.ToValue(false)
	}
	id := socket.Get("_id")
	if id == nil {
		return sv.rt.ToValue(false)
	}
	rs, _ := socket.Get("_readableState").(*goja.Object)
	if rs == nil || !isFalse(rs.Get("ended")) || !modkit.IsNullish(rs.Get("decoder")) {
		return sv.rt.ToValue(false) // (its 'end' would come before its data; it decodes)
	}
	cn := net.ConnOf(sv.c.Iso, id.ToInteger())
	if cn == nil {
		return sv.rt.ToValue(false)
	}
	sc := &serverConn{sv: sv, cn: cn, po: po, socket: socket,
		state: call.Argument(1).ToObject(sv.rt), server: call.Argument(2).ToObject(sv.rt),
		fastObjects: call.Argument(3).ToBoolean()}
	jp.srv = sc
	if rs.Get("length").ToInteger() == 0 {
		cn.Consume(func(data []byte) { sc.consume(jp, data) })
		return sv.rt.ToValue(true)
	}
	// The JS Socket starts reading in its constructor, before 'connection':
	// what it read already reaches the parser first, on the next tick (as
	// it would through 'data' events). Consuming starts now (so that taking
	// those bytes does not make the JS Socket read more itself), but what
	// it reads until that tick waits behind them.
	var held [][]byte
	holding := true
	cn.Consume(func(data []byte) {
		if holding {
			held = append(held, data)
			return
		}
		sc.consume(jp, data)
	})
	read, ok := goja.AssertFunction(socket.Get("read"))
	if !ok {
		panic(sv.rt.NewTypeError("socket.read is not a function"))
	}
	early, _ := invoke(read, socket).Export().([]byte)
	sv.c.Iso.NextTick(func(goja.Value, ...goja.Value) (goja.Value, error) {
		holding = false
		sc.consume(jp, early)
		for _, d := range held {
			sc.consume(jp, d)
		}
		held = nil
		return goja.Undefined(), nil
	})
	return sv.rt.ToValue(true)
}

// consume is socketOnData for a consumed connection.
func (sc *serverConn) consume(jp *jsParser, data []byte) {
	if jp.srv != sc { // the parser was freed (error, upgrade, close)
		return
	}
	if v := sc.state.Get("idleSince"); v != nil && v.ToFloat() != 0 {
		_ = sc.state.Set("idleSince", 0)
	}
	ret := jp.execute(nil, data)
	if e, ok := ret.(*goja.Object); ok {
		invoke(sc.sv.socketOnError, goja.Undefined(), sc.state, e)
		return
	}
	if req, _ := sc.po.Get("incoming").(*goja.Object); req != nil {
		if up := req.Get("upgrade"); up != nil && up.ToBoolean() {
			sc.cn.Consume(nil)
			invoke(sc.sv.socketUpgrade, goja.Undefined(), sc.state, buffer.New(sc.sv.c, data), ret)
		}
	}
}

// invoke calls f with this and args from Go code that JS called (a throw
// propagates to JS as a panic, as goja expects of native functions).
func invoke(f goja.Callable, this goja.Value, args ...goja.Value) goja.Value {
	r, err := f(this, args...)
	if err != nil {
		panic(err)
	}
	return r
}

// headersComplete makes the request and its response and emits 'request',
// as parserOnHeadersComplete and parserOnIncoming do, and reports whether
// it did; when it did not (an Upgrade, Expect, a response still pending
// before this one, the server's own message classes), nothing has changed
// and the JS path takes the message.
func (sc *serverConn) headersComplete(jp *jsParser, h *parser.Head) bool {
	if !sc.fastObjects || h.Upgrade {
		return false
	}
	if _, expect := jp.hmap.Get("expect"); expect {
		return false
	}
	socket := sc.socket
	if m := socket.Get("_httpMessage"); m != nil && !goja.IsNull(m) && !goja.IsUndefined(m) {
		return false
	}
	if !sc.sv.is(sc.sv.responseProto, "assignSocket", sc.sv.assignSocket) {
		return false // patched: it runs, through http.js
	}
	rt := sc.sv.rt
	req := rt.CreateObject(sc.sv.incomingProto)
	// Readable's constructor without options: its state, then Stream's,
	// which is EventEmitter's (the fixture
	// http/server_request_objects_custom_classes keeps this in step with
	// stream.js and events.js).
	_ = req.Set("_readableState", rt.CreateObject(sc.sv.readableStateProto))
	initEmitter(rt, req)
	_ = req.Set("socket", socket)
	_ = req.Set("headers", jp.headerObject(&jp.hmap))
	_ = req.Set("rawHeaders", jp.rawArray())
	_ = req.Set("httpVersionMajor", h.Major)
	_ = req.Set("httpVersionMinor", h.Minor)
	_ = req.Set("httpVersion", httpVersion(h.Major, h.Minor))
	if jp.url != nil {
		_ = req.Set("url", jp.url)
	}
	_ = req.Set("method", jp.methods[jp.method])
	_ = req.Set("upgrade", false)
	_ = sc.po.Set("incoming", req)
	push(sc.state.Get("incoming"), req)

	res := rt.CreateObject(sc.sv.responseProto)
	initEmitter(rt, res)
	// (socket: null until assignSocket below gives it the socket)
	_ = res.Set("socket", socket)
	_ = res.Set("req", req)
	if jp.method == parser.MethodHEAD {
		_ = res.Set("_hasBody", false)
	}
	if h.Major < 1 || h.Minor < 1 {
		chunked := false
		if te, ok := jp.hmap.Get("te"); ok {
			chunked = tokenListHas(te.Value, "chunked")
		}
		_ = res.Set("useChunkedEncodingByDefault", chunked)
		_ = res.Set("shouldKeepAlive", false)
	}
	if !h.KeepAlive || h.Major < 1 || h.Minor < 1 {
		// (the prototype's default is true)
		_ = res.Set("shouldKeepAlive", h.KeepAlive)
	}
	_ = res.Set("_connState", sc.state)
	// assignSocket: nothing can listen for 'socket' on a response this new,
	// and nothing is buffered to flush.
	_ = socket.Set("_httpMessage", res)

	emit := sc.emitFn()
	invoke(emit, sc.server, sc.sv.requestName, req, res)
	return true
}

func (sc *serverConn) emitFn() goja.Callable {
	o, _ := sc.server.Get("emit").(*goja.Object)
	if o != sc.emit.obj {
		f, ok := goja.AssertFunction(o)
		if !ok {
			panic(sc.sv.rt.NewTypeError("server.emit is not a function"))
		}
		sc.emit.obj, sc.emit.fn = o, f
	}
	return sc.emit.fn
}

// initEmitter is EventEmitter's constructor for a new object.
func initEmitter(rt *goja.Runtime, o *goja.Object) {
	_ = o.Set("_events", rt.CreateObject(nil))
	_ = o.Set("_eventsCount", 0)
	_ = o.Set("_maxListeners", goja.Undefined())
}

// push appends v to the JS array arr.
func push(arr goja.Value, v goja.Value) {
	a, _ := arr.(*goja.Object)
	if a == nil {
		return
	}
	_ = a.Set(strconv.FormatInt(a.Get("length").ToInteger(), 10), v)
}

func httpVersion(major, minor int) string {
	if major == 1 && minor == 1 {
		return "1.1"
	}
	return strconv.Itoa(major) + "." + strconv.Itoa(minor)
}

// tokenListHas reports whether the comma/space separated list s has tok
// (/(?:^|\W)tok(?:$|\W)/i).
func tokenListHas(s, tok string) bool {
	for i := 0; i+len(tok) <= len(s); i++ {
		if (i == 0 || !isWordByte(s[i-1])) && strings.EqualFold(s[i:i+len(tok)], tok) &&
			(i+len(tok) == len(s) || !isWordByte(s[i+len(tok)])) {
			return true
		}
	}
	return false
}

func isWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// messageComplete is parserOnMessageComplete for a request nobody has
// touched as a stream yet (no listeners for its data, not read, no
// decoder): push(null) on such a stream only marks it ended (the
// 'readable' it schedules reaches no listener, and later readers find it
// ended), so that is what happens here. It reports whether it did.
func (sc *serverConn) messageComplete(jp *jsParser) bool {
	if len(jp.trRaw) > 0 {
		return false
	}
	req, _ := sc.po.Get("incoming").(*goja.Object)
	if req == nil {
		return false
	}
	rs, _ := req.Get("_readableState").(*goja.Object)
	if rs == nil || !isFalse(req.Get("upgrade")) || !pristine(req, rs) {
		return false
	}
	_ = req.Set("complete", true)
	_ = rs.Set("ended", true)
	if nr := rs.Get("needReadable"); nr == nil || nr.ToBoolean() {
		_ = rs.Set("needReadable", false)
	}
	_ = rs.Set("emittedReadable", true)
	if p := sc.socket.Get("_httpPaused"); p != nil && p.ToBoolean() && !pipelinePaused(sc.state) {
		sc.resumeSocket()
	}
	return true
}

// resumeSocket is http.js's readStart for the connection's socket.
func (sc *serverConn) resumeSocket() {
	_ = sc.socket.Set("_httpPaused", false)
	if d := sc.socket.Get("destroyed"); d == nil || !d.ToBoolean() {
		if f, ok := goja.AssertFunction(sc.socket.Get("resume")); ok {
			invoke(f, sc.socket)
		}
	}
}

func pipelinePaused(state *goja.Object) bool {
	v := state.Get("pipelinePaused")
	return v != nil && v.ToBoolean()
}

func isFalse(v goja.Value) bool { return v != nil && !v.ToBoolean() }

// pristine reports whether nobody has used req as a stream: nothing
// buffered or read, not flowing, no decoder, no 'data', 'end' or
// 'readable' listeners.
func pristine(req, rs *goja.Object) bool {
	if !pristineEnded(req, rs) {
		return false
	}
	if f := rs.Get("flowing"); f == nil || !goja.IsNull(f) {
		return false
	}
	for _, name := range [...]string{"ended", "calledRead", "destroyed"} {
		if v := rs.Get(name); v == nil || v.ToBoolean() {
			return false
		}
	}
	d := rs.Get("decoder")
	return d != nil && goja.IsNull(d)
}

// ---- ServerResponse#writeHead and #end ------------------------------------

// writeHead is ServerResponse#writeHead: this file does the common case
// (a numeric status, no headers set with setHeader, fields headerLines
// renders) and http.js's writeHead the rest.
func (sv *serverBinding) writeHead(call goja.FunctionCall) goja.Value {
	res, _ := call.This.(*goja.Object)
	if res == nil || !sv.storeHead(res, call.Argument(0), call.Argument(1), call.Argument(2)) {
		return invoke(sv.jsWriteHead, call.This, call.Arguments...)
	}
	return res
}

// storeHead renders res's header for writeHead(status, reason, headers)
// and reports whether it did; when it did not, res is unchanged.
func (sv *serverBinding) storeHead(res *goja.Object, statusV, reasonV, objV goja.Value) bool {
	if h := res.Get("_header"); h == nil || h.ToBoolean() {
		return false
	}
	var status int
	switch n := statusV.Export().(type) {
	case int64:
		status = int(n)
	case float64:
		if n != float64(int(n)) {
			return false
		}
		status = int(n)
	default:
		return false
	}
	if status < 100 || status > 999 {
		return false
	}
	var reason goja.Value
	headers := objV
	if rs, isStr := reasonV.(goja.String); isStr {
		for _, c := range rs.String() {
			if c == '\r' || c == '\n' {
				return false
			}
		}
		reason = rs
	} else {
		headers = reasonV
		if !goja.IsUndefined(objV) {
			headers = objV
		}
		if m := res.Get("statusMessage"); m != nil && m.ToBoolean() {
			s := m.String()
			for i := 0; i < len(s); i++ {
				if s[i] == '\r' || s[i] == '\n' {
					return false
				}
			}
		} else {
			reason = sv.reasonOf(status)
		}
	}
	set, _ := res.Get("_headers").(*goja.Object) // the fields setHeader set
	if set != nil && !modkit.IsNullish(headers) {
		return false // http.js merges the two
	}
	if ho, isObj := headers.(*goja.Object); isObj && ho.ClassName() == "Array" {
		return false
	}
	for _, name := range [...]string{"_expect_continue", "_headerSent"} {
		if v := res.Get(name); v == nil || v.ToBoolean() {
			return false
		}
	}
	opts, ok := sv.headerOpts(res, status)
	if !ok {
		return false
	}
	msg := reason
	if msg == nil {
		msg = res.Get("statusMessage")
	}
	first := sv.rt.ToValue("HTTP/1.1 " + strconv.Itoa(status) + " " + msg.String() + "\r\n")
	var head []byte
	var mask byte
	if set != nil {
		head, mask = renderFields(first, setFields(set, res))
	} else {
		head, mask, _ = headerLines(sv.rt, first, headers)
	}
	if head == nil {
		return false
	}
	head, out := completeHeader(head, mask, opts, sv.date)
	if reason != nil {
		_ = res.Set("statusMessage", reason)
	}
	if cur := res.Get("statusCode"); cur == nil || cur.ToInteger() != int64(status) {
		_ = res.Set("statusCode", status)
	}
	if bodiless(status) {
		if hb := res.Get("_hasBody"); hb != nil && hb.ToBoolean() {
			_ = res.Set("_hasBody", false)
		}
	}
	if out&outLast != 0 {
		_ = res.Set("_last", true)
	}
	if out&outChunked != 0 {
		_ = res.Set("chunkedEncoding", true)
	} else if out&outNotChunked != 0 {
		if c := res.Get("chunkedEncoding"); c == nil || c.ToBoolean() {
			_ = res.Set("chunkedEncoding", false)
		}
	}
	_ = res.Set("_header", unsafe.String(unsafe.SliceData(head), len(head))) // head is not used after this
	return true
}

// setFields is _renderHeaders: the fields set with setHeader, as a flat
// [name, value, …] list with the names as they were given.
func setFields(set, res *goja.Object) []goja.Value {
	names, _ := res.Get("_headerNames").(*goja.Object)
	if names == nil {
		return nil
	}
	keys := set.Keys()
	flat := make([]goja.Value, 0, 2*len(keys))
	for _, k := range keys {
		flat = append(flat, names.Get(k), set.Get(k))
	}
	return flat
}

// headerOpts reads the state headerLines' options describe (as _storeHeader
// does), the body decided by status as writeHead does.
func (sv *serverBinding) headerOpts(res *goja.Object, status int) (byte, bool) {
	var opts byte
	truth := func(name string, bit byte) {
		if v := res.Get(name); v != nil && v.ToBoolean() {
			opts |= bit
		}
	}
	truth("sendDate", optSendDate)
	truth("shouldKeepAlive", optKeepAlive)
	truth("agent", optAgent)
	truth("_hasBody", optHasBody)
	truth("useChunkedEncodingByDefault", optChunkedDefault)
	if bodiless(status) {
		opts &^= optHasBody
	}
	if rh := res.Get("_removedHeader"); rh == nil || !goja.IsNull(rh) {
		return 0, false
	}
	return opts, true
}

func bodiless(status int) bool {
	return status == 204 || status == 304 || (status >= 100 && status <= 199)
}

func (sv *serverBinding) reasonOf(status int) goja.Value {
	if v, ok := sv.statusText[status]; ok {
		return v
	}
	s, ok := parser.STATUS_CODES[status]
	if !ok {
		s = "unknown"
	}
	v := sv.rt.ToValue(s)
	sv.statusText[status] = v
	return v
}

// end is ServerResponse#end: this file does the common case (no callback,
// the response owns its idle socket, nothing buffered or in flight) —
// the header and body leave in one write and 'finish' follows on the next
// tick — and http.js's end the rest.
func (sv *serverBinding) end(call goja.FunctionCall) goja.Value {
	res, _ := call.This.(*goja.Object)
	if res == nil || !sv.endNow(res, call.Argument(0), call.Argument(1), len(call.Arguments) > 2) {
		return invoke(sv.jsEnd, call.This, call.Arguments...)
	}
	return res
}

func (sv *serverBinding) endNow(res *goja.Object, data, enc goja.Value, hasCb bool) bool {
	if hasCb {
		return false
	}
	var body []byte
	switch d := data.(type) {
	case goja.String:
		e := buffer.UTF8
		if !goja.IsUndefined(enc) && !goja.IsNull(enc) {
			if _, isFn := goja.AssertFunction(enc); isFn {
				return false
			}
			var ok bool
			if e, ok = buffer.ParseEncoding(enc.String()); !ok {
				return false
			}
		}
		body = buffer.Encode(buffer.StrOf(d), e)
	case *goja.Object:
		b, ok := d.Export().([]byte) // a Buffer or Uint8Array
		if !ok {
			return false
		}
		body = b
	default:
		if !goja.IsUndefined(data) && !goja.IsNull(data) {
			return false
		}
	}
	if f := res.Get("finished"); f == nil || f.ToBoolean() {
		return false
	}
	socket, _ := res.Get("socket").(*goja.Object)
	if socket == nil || res.Get("_connState") == nil {
		return false
	}
	if m, _ := socket.Get("_httpMessage").(*goja.Object); m != res {
		return false
	}
	if n := res.Get("_pendingWrites"); n == nil || n.ToInteger() != 0 {
		return false
	}
	if out, _ := res.Get("output").(*goja.Object); out == nil || out.Get("length").ToInteger() != 0 {
		return false
	}
	if hs := res.Get("_headerSent"); hs == nil || hs.ToBoolean() {
		return false
	}
	cn := sv.connOf(socket)
	if cn == nil || !cn.WriteReady(socket) || !sv.is(socket, "write", sv.socketWrite) {
		return false
	}
	if h := res.Get("_header"); h == nil || !h.ToBoolean() {
		if !sv.is(res, "writeHead", sv.nativeWriteHead) || !sv.is(res, "_implicitHeader", sv.implicitHeader) {
			// a wrapped writeHead (on-headers and the like) runs first
			f, ok := goja.AssertFunction(res.Get("_implicitHeader"))
			if !ok {
				return false
			}
			invoke(f, res)
			if h := res.Get("_header"); h == nil || !h.ToBoolean() || !cn.WriteReady(socket) {
				return false
			}
			if hs := res.Get("_headerSent"); hs == nil || hs.ToBoolean() {
				return false
			}
		} else if !sv.storeHead(res, res.Get("statusCode"), goja.Undefined(), goja.Undefined()) {
			return false
		}
	}
	header := res.Get("_header").String()
	for i := 0; i < len(header); i++ {
		if header[i] >= 0x80 {
			return false // a latin1 header: http.js sends it apart from the body
		}
	}
	if hb := res.Get("_hasBody"); hb == nil || !hb.ToBoolean() {
		body = nil
	}
	chunked := false
	if c := res.Get("chunkedEncoding"); c != nil && c.ToBoolean() {
		chunked = true
	}
	trailer := ""
	if t := res.Get("_trailer"); t != nil {
		trailer = t.String()
	}
	msg := make([]byte, 0, len(header)+len(body)+len(trailer)+16)
	msg = append(msg, header...)
	if chunked {
		if len(body) > 0 {
			msg = strconv.AppendInt(msg, int64(len(body)), 16)
			msg = append(msg, "\r\n"...)
			msg = append(msg, body...)
			msg = append(msg, "\r\n"...)
		}
		msg = append(msg, "0\r\n"...)
		msg = append(msg, trailer...)
		msg = append(msg, "\r\n"...)
	} else {
		msg = append(msg, body...)
	}
	_ = res.Set("_headerSent", true)
	_ = res.Set("finished", true)
	queued, werr := cn.Write(socket, msg)
	switch {
	case werr != nil:
		// as Socket#write: the socket is destroyed with the error, and
		// the response never finishes
		if f, ok := goja.AssertFunction(socket.Get("destroy")); ok {
			invoke(f, socket, werr)
		}
	case queued:
		invoke(sv.queuedWrite, goja.Undefined(), res, socket)
	default:
		sv.c.Iso.NextTick(sv.finishTick, res)
	}
	return true
}

// is reports whether o's property name is the function want.
func (sv *serverBinding) is(o *goja.Object, name string, want *goja.Object) bool {
	f, _ := o.Get(name).(*goja.Object)
	return f != nil && f == want
}

// connOf returns socket's net.Conn: the last one asked for when it is the
// same socket and still open.
func (sv *serverBinding) connOf(socket *goja.Object) *net.Conn {
	if socket == sv.lastSocket && sv.lastConn.Open() {
		return sv.lastConn
	}
	id := socket.Get("_id")
	if id == nil {
		return nil
	}
	cn := net.ConnOf(sv.c.Iso, id.ToInteger())
	if cn != nil {
		sv.lastSocket, sv.lastConn = socket, cn
	}
	return cn
}

// finish runs on the tick after end wrote res whole: maybeEmitFinish, then
// resOnFinish's bookkeeping for the usual case (the request first in line,
// the connection staying open, no response queued behind this one), else
// http.js's resOnFinish.
func (sv *serverBinding) finish(res *goja.Object) {
	if f := res.Get("_finishEmitted"); f == nil || f.ToBoolean() {
		return
	}
	socket, _ := res.Get("socket").(*goja.Object)
	if socket == nil {
		return
	}
	if m, _ := socket.Get("_httpMessage").(*goja.Object); m != res {
		return
	}
	_ = res.Set("_finishEmitted", true)
	sv.emitIfListened(res, "prefinish")
	sv.emitIfListened(res, "finish")
	state, _ := res.Get("_connState").(*goja.Object)
	req, _ := res.Get("req").(*goja.Object)
	if state == nil || req == nil {
		return
	}
	if !sv.finishHere(state, socket, req, res) {
		invoke(sv.resOnFinish, goja.Undefined(), state, req, res)
	}
}

// finishHere is resOnFinish's common case; it reports false, changing
// nothing, for the others.
func (sv *serverBinding) finishHere(state, socket, req, res *goja.Object) bool {
	if l := res.Get("_last"); l == nil || l.ToBoolean() || !sv.is(res, "detachSocket", sv.detachSocket) {
		return false
	}
	list, _ := state.Get("incoming").(*goja.Object)
	outgoing, _ := state.Get("outgoing").(*goja.Object)
	if list == nil || outgoing == nil || outgoing.Get("length").ToInteger() != 0 ||
		list.Get("length").ToInteger() != 1 {
		return false
	}
	if first, _ := list.Get("0").(*goja.Object); first != req {
		return false
	}
	rs, _ := req.Get("_readableState").(*goja.Object)
	if rs == nil {
		return false
	}
	// nothing to drain: a complete request nobody read, with nothing left
	if c := req.Get("complete"); c == nil || !c.ToBoolean() || !isFalse(req.Get("_consuming")) ||
		!isFalse(rs.Get("resumeScheduled")) || !pristineEnded(req, rs) {
		return false
	}
	_ = list.Set("length", 0)
	_ = socket.Set("_httpMessage", goja.Null())
	_ = res.Set("socket", goja.Null())
	server, _ := state.Get("server").(*goja.Object)
	if server == nil {
		return true
	}
	if ka := server.Get("keepAliveTimeout"); ka != nil && ka.ToBoolean() && isFalse(state.Get("closed")) {
		_ = state.Set("idleSince", float64(time.Now().UnixMilli()))
		if s := server.Get("_idleSweep"); s == nil || !s.ToBoolean() {
			invoke(sv.startIdleSweep, goja.Undefined(), server)
		}
	}
	return true
}

// pristineEnded is the part of pristine that still holds for an untouched
// request once its end was recorded: no listeners for its data, nothing
// buffered.
func pristineEnded(req, rs *goja.Object) bool {
	ev, _ := req.Get("_events").(*goja.Object)
	if ev == nil {
		return false
	}
	for _, name := range [...]string{"data", "end", "readable"} {
		if v := ev.Get(name); v != nil && !goja.IsUndefined(v) {
			return false
		}
	}
	n := rs.Get("length")
	return n != nil && n.ToInteger() == 0
}

// emitIfListened emits a no-argument event on o when o's _events has
// listeners for it.
func (sv *serverBinding) emitIfListened(o *goja.Object, name string) {
	ev, _ := o.Get("_events").(*goja.Object)
	if ev == nil {
		return
	}
	if v := ev.Get(name); v == nil || goja.IsUndefined(v) {
		return
	}
	if f, ok := goja.AssertFunction(o.Get("emit")); ok {
		invoke(f, o, sv.rt.ToValue(name))
	}
}
