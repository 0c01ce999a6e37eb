// Package parser is an incremental (push) HTTP/1.1 message parser for
// requests and responses, written from RFC 9112 (message syntax) and RFC 9110
// (semantics), in the spirit of Node's http_parser/llhttp. It is a plain Go
// library (no JavaScript engine): the http module builds on it.
//
// # Use
//
// Make a parser with New(Request, h, cfg) or New(Response, h, cfg) and feed it
// the bytes of a connection with Execute, in slices of any size (a byte at a
// time works). The parser calls the Handler's methods as it recognises the
// parts of each message:
//
//	MessageBegin                       first byte of a message
//	RequestLine / StatusLine           the start line (method, URL, version / version, code, reason)
//	Header …                           each header field, raw name and value, in order
//	HeadersComplete → Action           end of the header section, with the framing facts (Head)
//	Body …                             body bytes (de-chunked), in pieces
//	Trailer …                          each trailer field of a chunked body
//	MessageComplete(keepAlive)         end of the message
//
// Several messages may follow each other in one Execute (pipelining). At the
// end of the connection call Finish: it ends a body delimited by the close of
// the connection, or reports a truncated message.
//
// The []byte arguments of the callbacks are valid only during the call. They
// are sub-slices of the slice given to Execute (no copy) unless the token was
// split across Execute calls, in which case they point into the parser's own
// buffer (the parser copies a start line, header line or chunk-size line only
// when it does not arrive in one piece; body bytes are never copied).
//
// # Results of Execute
//
// Execute returns the number of bytes consumed and an error. The error is
// nil when all bytes were consumed; an *Error with a Node-style code
// (HPE_INVALID_METHOD, …) and the offset of the offending byte when the input
// is malformed (the parser then stays failed); ErrUpgrade when a message
// switched protocols (Upgrade, CONNECT): the returned count is where the new
// protocol's bytes start; ErrPaused when a callback called Pause.
//
// # Strictness
//
// The parser is strict where leniency allows request smuggling or response
// splitting, and otherwise follows Node v20's llhttp in its default (strict)
// mode:
//
//   - Lines end with CRLF. A bare LF ends nothing (HPE_CR_EXPECTED, or
//     HPE_INVALID_VERSION after a start line's version); a CR not followed by
//     LF is an error (HPE_LF_EXPECTED). Empty lines before a message are
//     skipped.
//   - Methods are matched exactly against METHODS (HPE_INVALID_METHOD).
//     Request targets are visible ASCII only (HPE_INVALID_URL).
//     Only HTTP/0.9, 1.0, 1.1 and 2.0 are accepted (HPE_INVALID_VERSION), and
//     only 1.1 is keep-alive by default; "HTTP/" is case-sensitive (HPE_INVALID_CONSTANT). Status codes are three digits
//     (HPE_INVALID_STATUS).
//   - Header names are tokens: whitespace before the colon, an empty name, a
//     missing colon or any other non-token byte is HPE_INVALID_HEADER_TOKEN.
//     Header values may hold SP, HTAB, visible ASCII and bytes ≥ 0x80; NUL, DEL
//     and other controls are HPE_INVALID_HEADER_TOKEN. Obsolete line folding
//     (a line starting with SP or HTAB) is rejected, as RFC 9112 §5.2 allows
//     (HPE_INVALID_HEADER_TOKEN), except in a response, where a client must
//     accept it: there each continuation line is joined to the field's value
//     trimmed and without a separator, as v0.10 did (not for Content-Length or
//     Transfer-Encoding).
//     Leading and trailing whitespace of values is removed.
//   - Content-Length must be 1*DIGIT within int64 (HPE_INVALID_CONTENT_LENGTH);
//     a second Content-Length field, even with the same value, is
//     HPE_UNEXPECTED_CONTENT_LENGTH (as llhttp; RFC 9110 §8.6 permits
//     rejecting it).
//   - Content-Length together with Transfer-Encoding is rejected, in requests
//     and responses (HPE_INVALID_TRANSFER_ENCODING when Transfer-Encoding comes
//     second, HPE_INVALID_CONTENT_LENGTH when Content-Length does) — the
//     choice llhttp makes in its non-lenient mode; RFC 9112 §6.3 allows it.
//   - Transfer-Encoding: "chunked" may appear once and only as the final
//     coding. In a request anything else is HPE_INVALID_TRANSFER_ENCODING (RFC
//     9112 §6.3 item 4). In a response whose final coding is not chunked the
//     body runs to the end of the connection. An HTTP/1.0 message with
//     Transfer-Encoding is parsed as chunked and is never keep-alive.
//   - Chunk sizes are 1*HEXDIG (no whitespace) within int64
//     (HPE_INVALID_CHUNK_SIZE); chunk extensions are checked for control bytes
//     (HPE_STRICT) and otherwise ignored; a chunk's data must be followed by
//     CRLF (HPE_STRICT).
//   - After a message that is not keep-alive, any further byte other than CR
//     or LF is HPE_CLOSED_CONNECTION.
//
// # Limits
//
// Config.MaxHeaderBytes (default 80 KiB) bounds the start line plus header
// section of a message, and separately its trailer section; the request
// target is bounded by it. Config.MaxHeaders bounds the number of header
// fields, and separately of trailer fields; its default, 20480, is as many
// fields ("a:" CRLF) as fit in the default MaxHeaderBytes, so that by default
// only the size counts, as in v0.10's parser and llhttp. Exceeding either is
// HPE_HEADER_OVERFLOW. Config.MaxChunkExtBytes (default 16 KiB) bounds a
// chunk-size line (HPE_CHUNK_EXTENSIONS_OVERFLOW). The parser's memory is
// therefore bounded by the largest of these limits.
package parser

import "bytes"

// Kind says whether a parser reads requests or responses.
type Kind uint8

// Parser kinds.
const (
	Request Kind = iota
	Response
)

// Action is what HeadersComplete tells the parser to do with the body.
type Action uint8

// Actions returned by Handler.HeadersComplete (the values of llhttp's
// on_headers_complete return codes).
const (
	// ActionNormal: the body is framed as the headers say.
	ActionNormal Action = iota
	// ActionSkipBody: the message has no body whatever the headers say;
	// for a response to a HEAD request.
	ActionSkipBody
	// ActionUpgrade: the message ends with its headers and the connection
	// switches protocols (Execute returns ErrUpgrade); for a 2xx response to
	// CONNECT.
	ActionUpgrade
)

// Head holds the facts about a message known when its header section is
// complete. The parser owns it; it is valid until the next message begins.
type Head struct {
	Method       Method // requests
	StatusCode   int    // responses
	Major, Minor int    // HTTP version

	// ContentLength is the value of the Content-Length field, or -1.
	ContentLength int64
	// Chunked: the body uses the chunked transfer coding.
	Chunked bool
	// TransferEncoding: a Transfer-Encoding field is present.
	TransferEncoding bool
	// KeepAlive: the connection persists after this message (HTTP/1.1 unless
	// `Connection: close`; HTTP/1.0 only with `Connection: keep-alive`; never
	// when the body is delimited by the end of the connection). Computed for
	// ActionNormal; the keepAlive argument of MessageComplete is final.
	KeepAlive bool
	// Upgrade: the message switches protocols (CONNECT request, or Upgrade
	// field with `Connection: upgrade` on a request or a 101 response). The
	// body, if any, is still parsed for requests (not for CONNECT).
	Upgrade bool
	// ExpectContinue: a request carries `Expect: 100-continue`.
	ExpectContinue bool
	// ConnectionClose, ConnectionKeepAlive, ConnectionUpgrade: the tokens
	// found in Connection fields.
	ConnectionClose, ConnectionKeepAlive, ConnectionUpgrade bool
	// NumHeaders is the number of header fields.
	NumHeaders int
}

// Handler receives the parts of messages. Slices are valid only during the
// call. A method may call the parser's Pause.
type Handler interface {
	// MessageBegin is called at the first byte of a message.
	MessageBegin()
	// RequestLine is called for a request's start line.
	RequestLine(method Method, url []byte, major, minor int)
	// StatusLine is called for a response's start line; reason may be empty.
	StatusLine(major, minor, code int, reason []byte)
	// Header is called for each header field, with the name as received and
	// the value without surrounding whitespace.
	Header(name, value []byte)
	// HeadersComplete is called at the end of the header section.
	HeadersComplete(h *Head) Action
	// Body is called with body bytes (de-chunked), possibly many times.
	Body(data []byte)
	// Trailer is called for each trailer field of a chunked body.
	Trailer(name, value []byte)
	// MessageComplete is called at the end of each message; keepAlive says
	// whether the connection may carry another message.
	MessageComplete(keepAlive bool)
}

// NopHandler implements Handler by doing nothing; embed it to implement only
// some methods.
type NopHandler struct{}

// MessageBegin does nothing.
func (NopHandler) MessageBegin() {}

// RequestLine does nothing.
func (NopHandler) RequestLine(Method, []byte, int, int) {}

// StatusLine does nothing.
func (NopHandler) StatusLine(int, int, int, []byte) {}

// Header does nothing.
func (NopHandler) Header(_, _ []byte) {}

// HeadersComplete returns ActionNormal.
func (NopHandler) HeadersComplete(*Head) Action { return ActionNormal }

// Body does nothing.
func (NopHandler) Body([]byte) {}

// Trailer does nothing.
func (NopHandler) Trailer(_, _ []byte) {}

// MessageComplete does nothing.
func (NopHandler) MessageComplete(bool) {}

// Default limits.
const (
	DefaultMaxHeaderBytes   = 80 * 1024
	DefaultMaxHeaders       = DefaultMaxHeaderBytes / 4
	DefaultMaxChunkExtBytes = 16 * 1024
)

// Config holds the parser's limits; zero fields take the defaults.
type Config struct {
	// MaxHeaderBytes bounds the start line and header section (CRLFs
	// included) of a message, and separately its trailer section.
	MaxHeaderBytes int
	// MaxHeaders bounds the number of header fields, and separately of
	// trailer fields, of a message.
	MaxHeaders int
	// MaxChunkExtBytes bounds a chunk-size line (size, extensions, CRLF).
	MaxChunkExtBytes int
}

type state uint8

const (
	stIdle state = iota
	stStartLine
	stHeaderLine
	stBodyLength
	stBodyEOF
	stChunkSize
	stChunkData
	stChunkCR
	stChunkLF
	stTrailerLine
	stClosed
	stUpgraded
)

// Parser is an incremental HTTP/1.x parser. It is not safe for concurrent use.
type Parser struct {
	kind  Kind
	h     Handler
	cfg   Config
	state state

	abs       int64  // absolute offset of data[0] in the current Execute
	lineStart int64  // absolute offset of the line being read
	partial   bool   // buf holds the beginning of the current line
	buf       []byte // partial line
	fold      []byte // a response's held field line, continuations joined
	foldStart int64  // offset of the held field line
	held      bool   // fold holds a field line not yet delivered

	hdrBytes int // bytes of the current start line + header section (or trailers)
	nFields  int // fields in the current header (or trailer) section
	idle     int // empty-line bytes skipped before the current message

	head      Head
	clSeen    bool
	teChunked int  // number of "chunked" codings seen
	teLast    bool // the last coding seen is "chunked"
	teBad     bool // a coding follows "chunked"
	hasUpg    bool // an Upgrade field is present
	remaining int64
	keepAlive bool
	upgrade   bool
	paused    bool
	err       *Error
}

// New returns a parser of the given kind calling h.
func New(kind Kind, h Handler, cfg Config) *Parser {
	if cfg.MaxHeaderBytes <= 0 {
		cfg.MaxHeaderBytes = DefaultMaxHeaderBytes
	}
	if cfg.MaxHeaders <= 0 {
		cfg.MaxHeaders = DefaultMaxHeaders
	}
	if cfg.MaxChunkExtBytes <= 0 {
		cfg.MaxChunkExtBytes = DefaultMaxChunkExtBytes
	}
	return &Parser{kind: kind, h: h, cfg: cfg}
}

// Reset makes p a fresh parser of the given kind and handler, keeping its
// limits and buffer (for parser reuse).
func (p *Parser) Reset(kind Kind, h Handler) {
	buf := p.buf[:0]
	*p = Parser{kind: kind, h: h, cfg: p.cfg, buf: buf}
}

// Kind returns the parser's kind.
func (p *Parser) Kind() Kind { return p.kind }

// Head returns the current (or last) message's head.
func (p *Parser) Head() *Head { return &p.head }

// Pause, called from a callback, stops Execute once the current step (a line,
// a piece of body) is handled: Execute returns the bytes consumed so far and
// ErrPaused, and keeps returning (0, ErrPaused) until Resume. (A message
// without body still completes in the step of its header section's end.)
func (p *Parser) Pause() { p.paused = true }

// Resume undoes Pause.
func (p *Parser) Resume() { p.paused = false }

// Paused reports whether the parser is paused.
func (p *Parser) Paused() bool { return p.paused }

// Upgraded reports whether the parser stopped at a protocol switch.
func (p *Parser) Upgraded() bool { return p.state == stUpgraded }

// Err returns the parse error the parser failed with, if any.
func (p *Parser) Err() *Error { return p.err }

// Idle reports whether the parser is between messages (nothing of a next
// message has been seen).
func (p *Parser) Idle() bool { return p.err == nil && (p.state == stIdle || p.state == stClosed) }

func (p *Parser) fail(code, reason string, off int64) *Error {
	p.err = newError(code, reason, off)
	return p.err
}

// Finish tells the parser the connection ended. It completes a body delimited
// by the end of the connection (calling MessageComplete) and returns nil
// between messages; in the middle of a message it returns an
// HPE_INVALID_EOF_STATE error.
func (p *Parser) Finish() error {
	if p.err != nil {
		return p.err
	}
	switch p.state {
	case stIdle, stClosed, stUpgraded:
		return nil
	case stBodyEOF:
		p.keepAlive = false
		p.messageDone()
		return nil
	}
	return p.fail(CodeInvalidEOFState, "Invalid EOF state", p.abs)
}

// Execute parses data, calling the handler, and returns how many bytes it
// consumed and nil, or an error (see the package documentation). With a parse
// error the count is the position in data of the offending byte (0 if that
// byte arrived in an earlier call).
func (p *Parser) Execute(data []byte) (int, error) {
	if p.err != nil {
		return 0, p.err
	}
	if p.state == stUpgraded {
		return 0, ErrUpgrade
	}
	n, err := p.execute(data)
	p.abs += int64(n)
	if err != nil {
		return n, err
	}
	return n, nil
}

// errAt returns e with the count of bytes of data consumed before it.
func (p *Parser) errAt(e *Error, n int) (int, *Error) {
	c := e.Offset - p.abs
	if c < 0 {
		c = 0
	}
	if c > int64(n) {
		c = int64(n)
	}
	return int(c), e
}

func (p *Parser) execute(data []byte) (int, *Error) {
	i := 0
	for i < len(data) {
		if p.paused {
			return i, ErrPaused
		}
		switch p.state {
		case stIdle:
			c := data[i]
			if c == '\r' || c == '\n' {
				p.idle++
				if p.idle > p.cfg.MaxHeaderBytes {
					return p.errAt(p.fail(CodeHeaderOverflow, "Header overflow", p.abs+int64(i)), len(data))
				}
				i++
				continue
			}
			p.beginMessage()
			p.h.MessageBegin()

		case stClosed:
			c := data[i]
			if c == '\r' || c == '\n' {
				i++
				continue
			}
			return p.errAt(p.fail(CodeClosedConnection, "Data after `Connection: close`", p.abs+int64(i)), len(data))

		case stStartLine, stHeaderLine, stTrailerLine:
			if p.held && !p.partial && !isOWS(data[i]) {
				// the held field line has no continuation
				if err := p.releaseHeld(); err != nil {
					return p.errAt(err, len(data))
				}
			}
			line, next, e := p.readLine(data, i, p.cfg.MaxHeaderBytes-p.hdrBytes, CodeHeaderOverflow, "Header overflow")
			if e != nil {
				return p.errAt(e, len(data))
			}
			if line == nil {
				// A request's method is known bad before its line ends (as
				// in Node's parser): reject it without waiting for more.
				if p.state == stStartLine && p.kind == Request && methodMismatch(p.buf) >= 0 {
					return p.errAt(p.badMethod(p.buf), len(data))
				}
				return len(data), nil
			}
			p.hdrBytes += len(line) + 1
			i = next
			var err *Error
			switch p.state {
			case stStartLine:
				if p.kind == Request {
					err = p.requestLine(line)
				} else {
					err = p.statusLine(line)
				}
				if err == nil {
					p.state = stHeaderLine
				}
			case stHeaderLine:
				switch {
				case p.kind == Response:
					err = p.responseLine(line, data, i)
				case len(line) == 1 && line[0] == '\r':
					err = p.headersComplete()
				default:
					err = p.fieldLine(line, false)
				}
				if err == nil && p.state == stUpgraded {
					return i, ErrUpgrade
				}
			case stTrailerLine:
				if len(line) == 1 && line[0] == '\r' {
					if p.messageDone() {
						return i, ErrUpgrade
					}
				} else {
					err = p.fieldLine(line, true)
				}
			}
			if err != nil {
				return p.errAt(err, len(data))
			}

		case stBodyLength, stChunkData:
			n := len(data) - i
			if int64(n) > p.remaining {
				n = int(p.remaining)
			}
			p.remaining -= int64(n)
			p.h.Body(data[i : i+n])
			i += n
			if p.remaining == 0 {
				if p.state == stChunkData {
					p.state = stChunkCR
				} else if p.messageDone() {
					return i, ErrUpgrade
				}
			}

		case stBodyEOF:
			p.h.Body(data[i:])
			i = len(data)

		case stChunkCR, stChunkLF:
			want := byte('\r')
			if p.state == stChunkLF {
				want = '\n'
			}
			if data[i] != want {
				return p.errAt(p.fail(CodeStrict, "Expected CRLF after chunk data", p.abs+int64(i)), len(data))
			}
			i++
			if p.state == stChunkCR {
				p.state = stChunkLF
			} else {
				p.state = stChunkSize
			}

		case stChunkSize:
			line, next, e := p.readLine(data, i, p.cfg.MaxChunkExtBytes, CodeChunkExtensionsOverflow, "Chunk extensions overflow")
			if e != nil {
				return p.errAt(e, len(data))
			}
			if line == nil {
				// a bad byte fails at once, not when the line ends (as
				// llhttp: a peer that sends only "W" gets its 400 now)
				if err := p.chunkSizePrefix(p.buf); err != nil {
					return p.errAt(err, len(data))
				}
				return len(data), nil
			}
			i = next
			if err := p.chunkSize(line); err != nil {
				return p.errAt(err, len(data))
			}
		}
	}
	if p.paused {
		return i, ErrPaused
	}
	return i, nil
}

// readLine reads the line starting at data[i] (or continuing the partial line
// in p.buf). It returns the line without its LF and the index after the LF; or
// a nil line when data ended first (the part was saved); or an error with the
// given code when the line (LF included) would exceed limit bytes.
func (p *Parser) readLine(data []byte, i, limit int, code, reason string) ([]byte, int, *Error) {
	if !p.partial {
		p.lineStart = p.abs + int64(i)
		if limit <= 0 {
			return nil, 0, p.fail(code, reason, p.lineStart)
		}
		w := data[i:]
		if len(w) > limit {
			w = w[:limit]
		}
		if j := bytes.IndexByte(w, '\n'); j >= 0 {
			return data[i : i+j], i + j + 1, nil
		}
		if len(data)-i >= limit {
			return nil, 0, p.fail(code, reason, p.lineStart+int64(limit))
		}
		p.buf = append(p.buf[:0], data[i:]...)
		p.partial = true
		return nil, len(data), nil
	}
	rem := limit - len(p.buf)
	w := data[i:]
	if len(w) > rem {
		w = w[:rem]
	}
	if j := bytes.IndexByte(w, '\n'); j >= 0 {
		p.buf = append(p.buf, data[i:i+j]...)
		p.partial = false
		return p.buf, i + j + 1, nil
	}
	if len(data)-i >= rem {
		return nil, 0, p.fail(code, reason, p.lineStart+int64(limit))
	}
	p.buf = append(p.buf, data[i:]...)
	return nil, len(data), nil
}

func (p *Parser) beginMessage() {
	p.state = stStartLine
	p.held = false
	p.hdrBytes = 0
	p.nFields = 0
	p.idle = 0
	p.head = Head{ContentLength: -1}
	p.clSeen = false
	p.teChunked = 0
	p.teLast = false
	p.teBad = false
	p.hasUpg = false
	p.remaining = 0
	p.keepAlive = false
	p.upgrade = false
}

// Byte classes.
const (
	clToken = 1 << iota // tchar (RFC 9110 §5.6.2)
	clValue             // field-vchar, SP, HTAB (RFC 9110 §5.5)
	clURL               // visible ASCII
)

var classes = func() (t [256]uint8) {
	for c := 0x21; c < 0x7f; c++ {
		t[c] |= clURL | clValue
	}
	for c := 0x80; c < 0x100; c++ {
		t[c] |= clValue
	}
	t[' '] |= clValue
	t['\t'] |= clValue
	for c := '0'; c <= '9'; c++ {
		t[c] |= clToken
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] |= clToken
		t[c-'a'+'A'] |= clToken
	}
	for _, c := range "!#$%&'*+-.^_`|~" {
		t[c] |= clToken
	}
	return
}()

// responseLine handles a line of a response's header section. A client must
// accept obsolete line folding (RFC 9112 §5.2): a field line is held while
// the line after it may be a continuation (it starts with SP or HTAB, or data
// ended first), and each continuation is joined to its value, trimmed and
// without a separator, as v0.10's parser did. Content-Length and
// Transfer-Encoding are never held, so a continuation of one is an error.
func (p *Parser) responseLine(line, data []byte, i int) *Error {
	if p.held {
		if len(line) > 0 && isOWS(line[0]) {
			return p.appendContinuation(line) // execute releases it at a line not a continuation
		}
		if err := p.releaseHeld(); err != nil {
			return err
		}
	}
	if len(line) == 1 && line[0] == '\r' {
		return p.headersComplete()
	}
	if (i < len(data) && !isOWS(data[i])) || len(line) == 0 || isOWS(line[0]) || line[len(line)-1] != '\r' {
		return p.fieldLine(line, false)
	}
	if colon := bytes.IndexByte(line, ':'); colon < 0 ||
		equalFold(line[:colon], "content-length") || equalFold(line[:colon], "transfer-encoding") {
		return p.fieldLine(line, false)
	}
	p.fold = append(p.fold[:0], line[:len(line)-1]...)
	p.foldStart = p.lineStart
	p.held = true
	return nil
}

// appendContinuation joins a continuation line to the held field line.
func (p *Parser) appendContinuation(line []byte) *Error {
	n := len(line)
	if line[n-1] != '\r' {
		return p.fail(CodeCRExpected, "Missing expected CR after header value", p.lineStart+int64(n))
	}
	a, b := 0, n-1
	for a < b && isOWS(line[a]) {
		a++
	}
	for b > a && isOWS(line[b-1]) {
		b--
	}
	for k := a; k < b; k++ {
		if classes[line[k]]&clValue == 0 {
			return p.fail(CodeInvalidHeaderToken, "Invalid header value char", p.lineStart+int64(k))
		}
	}
	p.fold = append(p.fold, line[a:b]...)
	return nil
}

// releaseHeld delivers the held field line.
func (p *Parser) releaseHeld() *Error {
	p.held = false
	p.fold = append(p.fold, '\r')
	p.lineStart = p.foldStart
	return p.fieldLine(p.fold, false)
}

// version parses "HTTP/d.d" at the start of s.
func (p *Parser) version(s []byte, off int64) (major, minor int, err *Error) {
	const name = "HTTP/"
	for k := 0; k < len(name); k++ {
		if k >= len(s) || s[k] != name[k] {
			return 0, 0, p.fail(CodeInvalidConstant, "Expected HTTP/", off+int64(k))
		}
	}
	switch {
	case len(s) < 6 || !isDigit(s[5]):
		return 0, 0, p.fail(CodeInvalidVersion, "Invalid HTTP version", off+5)
	case len(s) < 7 || s[6] != '.':
		return 0, 0, p.fail(CodeInvalidVersion, "Invalid HTTP version", off+6)
	case len(s) < 8 || !isDigit(s[7]):
		return 0, 0, p.fail(CodeInvalidVersion, "Invalid HTTP version", off+7)
	}
	major, minor = int(s[5]-'0'), int(s[7]-'0')
	switch major*10 + minor {
	case 9, 10, 11, 20: // 0.9, 1.0, 1.1 and 2.0, as llhttp
	default:
		return 0, 0, p.fail(CodeInvalidVersion, "Invalid HTTP version", off+5)
	}
	return major, minor, nil
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// methodMismatch returns the offset in b, the start of a request line, of
// the first byte with which b stops being the start of a known method
// followed by a space, or -1 while it still may be. As in Node's parser, a
// bad method is reported at that byte.
func methodMismatch(b []byte) int {
	n := 0
	for _, name := range METHODS {
		k := 0
		for k < len(b) && k < len(name) && b[k] == name[k] {
			k++
		}
		if k == len(b) || (k == len(name) && b[k] == ' ') {
			return -1
		}
		if k > n {
			n = k
		}
	}
	return n
}

func (p *Parser) requestLine(line []byte) *Error {
	off := p.lineStart
	// method
	k := 0
	for k < len(line) && line[k] != ' ' {
		if classes[line[k]]&clToken == 0 || k >= maxMethodLen {
			return p.badMethod(line)
		}
		k++
	}
	m := LookupMethod(line[:k])
	if m == MethodUnknown || k == len(line) {
		return p.badMethod(line)
	}
	for k < len(line) && line[k] == ' ' {
		k++
	}
	// request-target
	u := k
	for k < len(line) && line[k] != ' ' {
		if classes[line[k]]&clURL == 0 {
			if line[k] == '\r' && k == len(line)-1 && k > u { // no version (HTTP/0.9 is not supported)
				return p.fail(CodeInvalidConstant, "Expected HTTP/", off+int64(k))
			}
			return p.fail(CodeInvalidURL, "Invalid character in URL", off+int64(k))
		}
		k++
	}
	if k == u {
		return p.fail(CodeInvalidURL, "Invalid URL", off+int64(k))
	}
	if k == len(line) {
		return p.fail(CodeInvalidConstant, "Expected HTTP/", off+int64(k))
	}
	url := line[u:k]
	k++
	major, minor, err := p.version(line[k:], off+int64(k))
	if err != nil {
		return err
	}
	k += 8
	if k >= len(line) || line[k] != '\r' {
		return p.fail(CodeInvalidVersion, "Expected CRLF after version", off+int64(k))
	}
	if k != len(line)-1 {
		return p.fail(CodeLFExpected, "Missing expected LF after CR", off+int64(k+1))
	}
	p.head.Method, p.head.Major, p.head.Minor = m, major, minor
	p.h.RequestLine(m, url, major, minor)
	return nil
}

// badMethod fails the request line line for its method.
func (p *Parser) badMethod(line []byte) *Error {
	k := methodMismatch(line)
	if k < 0 {
		k = len(line)
	}
	return p.fail(CodeInvalidMethod, "Invalid method encountered", p.lineStart+int64(k))
}

func (p *Parser) statusLine(line []byte) *Error {
	off := p.lineStart
	major, minor, err := p.version(line, off)
	if err != nil {
		return err
	}
	k := 8
	if k >= len(line) || line[k] != ' ' {
		return p.fail(CodeInvalidVersion, "Expected SP after version", off+int64(k))
	}
	k++
	code := 0
	for d := 0; d < 3; d++ {
		if k >= len(line) || !isDigit(line[k]) {
			return p.fail(CodeInvalidStatus, "Invalid status code", off+int64(k))
		}
		code = code*10 + int(line[k]-'0')
		k++
	}
	if k < len(line) && line[k] == ' ' {
		k++
	} else if k >= len(line) || line[k] != '\r' {
		return p.fail(CodeInvalidStatus, "Invalid response status", off+int64(k))
	}
	r := k
	for k < len(line) && line[k] != '\r' {
		if classes[line[k]]&clValue == 0 {
			return p.fail(CodeInvalidStatus, "Invalid character in status reason", off+int64(k))
		}
		k++
	}
	if k == len(line) {
		return p.fail(CodeCRExpected, "Missing expected CR after response line", off+int64(k))
	}
	if k != len(line)-1 {
		return p.fail(CodeLFExpected, "Missing expected LF after CR", off+int64(k+1))
	}
	p.head.StatusCode, p.head.Major, p.head.Minor = code, major, minor
	p.h.StatusLine(major, minor, code, line[r:k])
	return nil
}

// fieldLine parses a header (or trailer) field line.
func (p *Parser) fieldLine(line []byte, trailer bool) *Error {
	off := p.lineStart
	p.nFields++
	if p.nFields > p.cfg.MaxHeaders {
		return p.fail(CodeHeaderOverflow, "Too many header fields", off)
	}
	n := len(line)
	if n == 0 {
		return p.fail(CodeCRExpected, "Missing expected CR after header value", off)
	}
	if line[0] == ' ' || line[0] == '\t' {
		return p.fail(CodeInvalidHeaderToken, "Unexpected whitespace (obsolete line folding)", off)
	}
	k := 0
	for k < n && classes[line[k]]&clToken != 0 {
		k++
	}
	if k == n || line[k] != ':' || k == 0 {
		if k < n && line[k] == '\r' && k != n-1 {
			return p.fail(CodeLFExpected, "Missing expected LF after CR", off+int64(k+1))
		}
		return p.fail(CodeInvalidHeaderToken, "Invalid header token", off+int64(k))
	}
	name := line[:k]
	k++
	for k < n && (line[k] == ' ' || line[k] == '\t') {
		k++
	}
	v := k
	for k < n && classes[line[k]]&clValue != 0 {
		k++
	}
	switch {
	case k == n:
		return p.fail(CodeCRExpected, "Missing expected CR after header value", off+int64(n))
	case line[k] != '\r':
		return p.fail(CodeInvalidHeaderToken, "Invalid header value char", off+int64(k))
	case k != n-1:
		return p.fail(CodeLFExpected, "Missing expected LF after header value", off+int64(k+1))
	}
	end := k
	for end > v && isOWS(line[end-1]) {
		end--
	}
	value := line[v:end]
	if trailer {
		p.h.Trailer(name, value)
		return nil
	}
	p.head.NumHeaders++
	if err := p.fieldSemantics(name, value, off+int64(v)); err != nil {
		return err
	}
	p.h.Header(name, value)
	return nil
}

// equalFold reports whether b equals the lower-case ASCII string s, ignoring
// ASCII case.
func equalFold(b []byte, s string) bool {
	if len(b) != len(s) {
		return false
	}
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != s[i] {
			return false
		}
	}
	return true
}

func isOWS(c byte) bool { return c == ' ' || c == '\t' }

// listElements calls f for each non-empty element of a comma-separated list
// (RFC 9110 §5.6.1), trimmed of whitespace.
func listElements(v []byte, f func(e []byte) bool) bool {
	for len(v) > 0 {
		j := bytes.IndexByte(v, ',')
		var e []byte
		if j < 0 {
			e, v = v, nil
		} else {
			e, v = v[:j], v[j+1:]
		}
		for len(e) > 0 && isOWS(e[0]) {
			e = e[1:]
		}
		for len(e) > 0 && isOWS(e[len(e)-1]) {
			e = e[:len(e)-1]
		}
		if len(e) > 0 && !f(e) {
			return false
		}
	}
	return true
}

func (p *Parser) fieldSemantics(name, value []byte, off int64) *Error {
	switch len(name) {
	case len("content-length"):
		if !equalFold(name, "content-length") {
			return nil
		}
		if p.head.TransferEncoding {
			return p.fail(CodeInvalidContentLength, "Content-Length can't be present with Transfer-Encoding", off)
		}
		if p.clSeen {
			return p.fail(CodeUnexpectedContentLength, "Duplicate Content-Length", off)
		}
		if len(value) == 0 {
			return p.fail(CodeInvalidContentLength, "Empty Content-Length", off)
		}
		var n int64
		for k, c := range value {
			if !isDigit(c) {
				return p.fail(CodeInvalidContentLength, "Invalid character in Content-Length", off+int64(k))
			}
			if n > (1<<63-1-int64(c-'0'))/10 {
				return p.fail(CodeInvalidContentLength, "Content-Length overflow", off+int64(k))
			}
			n = n*10 + int64(c-'0')
		}
		p.clSeen = true
		p.head.ContentLength = n
	case len("transfer-encoding"):
		if !equalFold(name, "transfer-encoding") {
			return nil
		}
		if p.clSeen {
			return p.fail(CodeInvalidTransferEncoding, "Transfer-Encoding can't be present with Content-Length", off)
		}
		p.head.TransferEncoding = true
		listElements(value, func(e []byte) bool {
			// transfer-coding = token *( OWS ";" OWS transfer-parameter )
			t := e
			if j := bytes.IndexByte(t, ';'); j >= 0 {
				t = t[:j]
				for len(t) > 0 && isOWS(t[len(t)-1]) {
					t = t[:len(t)-1]
				}
			}
			if p.teChunked > 0 {
				// chunked must be the final coding, applied once
				p.teBad = true
			}
			p.teLast = equalFold(t, "chunked")
			if p.teLast {
				p.teChunked++
			}
			return true
		})
		if p.teBad && p.kind == Request {
			return p.fail(CodeInvalidTransferEncoding, "Invalid `Transfer-Encoding` header value", off)
		}
	case len("connection"):
		if !equalFold(name, "connection") {
			return nil
		}
		listElements(value, func(e []byte) bool {
			switch {
			case equalFold(e, "close"):
				p.head.ConnectionClose = true
			case equalFold(e, "keep-alive"):
				p.head.ConnectionKeepAlive = true
			case equalFold(e, "upgrade"):
				p.head.ConnectionUpgrade = true
			}
			return true
		})
	case len("upgrade"):
		if equalFold(name, "upgrade") {
			p.hasUpg = true
		}
	case len("expect"):
		if equalFold(name, "expect") && equalFold(value, "100-continue") {
			p.head.ExpectContinue = true
		}
	}
	return nil
}

type framing uint8

const (
	frameNone framing = iota
	frameLength
	frameChunked
	frameEOF
)

func (p *Parser) framing(skip bool) framing {
	h := &p.head
	if p.kind == Response {
		c := h.StatusCode
		if skip || (c >= 100 && c < 200) || c == 204 || c == 304 {
			return frameNone
		}
	}
	if h.TransferEncoding {
		if p.teLast && !p.teBad {
			return frameChunked
		}
		return frameEOF // responses only; requests were rejected
	}
	if p.clSeen {
		if h.ContentLength == 0 {
			return frameNone
		}
		return frameLength
	}
	if p.kind == Response {
		return frameEOF
	}
	return frameNone
}

func (p *Parser) computeKeepAlive(f framing) bool {
	h := &p.head
	ka := h.ConnectionKeepAlive && !h.ConnectionClose
	http11 := h.Major == 1 && h.Minor == 1
	if http11 {
		ka = !h.ConnectionClose
	}
	if f == frameEOF || (!http11 && h.TransferEncoding) {
		ka = false
	}
	return ka
}

func (p *Parser) headersComplete() *Error {
	h := &p.head
	off := p.lineStart
	if p.kind == Request && h.TransferEncoding && !p.teLast {
		return p.fail(CodeInvalidTransferEncoding, "Request has invalid `Transfer-Encoding`", off)
	}
	if p.kind == Request {
		h.Upgrade = h.Method == MethodCONNECT || (p.hasUpg && h.ConnectionUpgrade)
	} else {
		h.Upgrade = h.StatusCode == 101 && p.hasUpg && h.ConnectionUpgrade
	}
	h.Chunked = p.framing(false) == frameChunked
	h.KeepAlive = p.computeKeepAlive(p.framing(false))
	act := p.h.HeadersComplete(h)
	if act == ActionUpgrade {
		h.Upgrade = true
	}
	f := p.framing(act == ActionSkipBody)
	p.keepAlive = p.computeKeepAlive(f)
	p.upgrade = h.Upgrade
	if act == ActionUpgrade || (p.kind == Request && h.Method == MethodCONNECT) || (p.kind == Response && h.Upgrade) {
		p.messageDone()
		return nil
	}
	switch f {
	case frameNone:
		p.messageDone()
	case frameLength:
		p.state = stBodyLength
		p.remaining = h.ContentLength
	case frameChunked:
		p.state = stChunkSize
	case frameEOF:
		p.state = stBodyEOF
	}
	return nil
}

// messageDone ends the current message; it reports whether the connection
// switched protocols.
func (p *Parser) messageDone() bool {
	ka := p.keepAlive
	interim := p.kind == Response && p.head.StatusCode >= 100 && p.head.StatusCode < 200 && !p.upgrade
	switch {
	case p.upgrade:
		p.state = stUpgraded
	case ka || interim:
		p.state = stIdle
	default:
		p.state = stClosed
	}
	p.h.MessageComplete(ka)
	return p.upgrade
}

// chunkSizePrefix checks the part of a chunk-size line received so far:
// hex digits up to a ';' (extensions) or the CR.
func (p *Parser) chunkSizePrefix(part []byte) *Error {
	for k, c := range part {
		switch {
		case c >= '0' && c <= '9', c >= 'a' && c <= 'f', c >= 'A' && c <= 'F':
		case k > 0 && (c == ';' || c == '\r'):
			return nil
		default:
			return p.fail(CodeInvalidChunkSize, "Invalid character in chunk size", p.lineStart+int64(k))
		}
	}
	return nil
}

func (p *Parser) chunkSize(line []byte) *Error {
	off := p.lineStart
	n := len(line)
	var size int64
	k := 0
	for k < n {
		c := line[k]
		var d byte
		switch {
		case c >= '0' && c <= '9':
			d = c - '0'
		case c >= 'a' && c <= 'f':
			d = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			d = c - 'A' + 10
		default:
			goto done
		}
		if size > (1<<63-1)>>4 {
			return p.fail(CodeInvalidChunkSize, "Chunk size overflow", off+int64(k))
		}
		size = size<<4 | int64(d)
		k++
	}
done:
	if k == n {
		return p.fail(CodeCRExpected, "Missing expected CR after chunk size", off+int64(k))
	}
	if k == 0 || (line[k] != ';' && line[k] != '\r') {
		return p.fail(CodeInvalidChunkSize, "Invalid character in chunk size", off+int64(k))
	}
	if line[k] == ';' {
		for k++; k < n-1; k++ {
			if classes[line[k]]&clValue == 0 {
				return p.fail(CodeStrict, "Invalid character in chunk extensions", off+int64(k))
			}
		}
	}
	if line[n-1] != '\r' {
		return p.fail(CodeCRExpected, "Missing expected CR after chunk size", off+int64(n))
	}
	if k != n-1 {
		return p.fail(CodeLFExpected, "Missing expected LF after CR", off+int64(k+1))
	}
	if size == 0 {
		p.state = stTrailerLine
		p.hdrBytes = 0
		p.nFields = 0
		return nil
	}
	p.remaining = size
	p.state = stChunkData
	return nil
}
