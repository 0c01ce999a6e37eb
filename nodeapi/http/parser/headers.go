package parser

import "strings"

// JoinMode selects the rules by which repeated header fields are combined
// into IncomingMessage.headers.
type JoinMode uint8

// Join modes.
const (
	// JoinV010 is Node v0.10's IncomingMessage._addHeaderLine: set-cookie
	// values collect in an array; accept, accept-charset, accept-encoding,
	// accept-language, connection, cookie, pragma, link, www-authenticate,
	// proxy-authenticate, sec-websocket-extensions, sec-websocket-protocol and
	// every x-* field are joined with ", "; for any other field the first
	// value wins and later ones are dropped.
	JoinV010 JoinMode = iota
	// JoinCurrent is current Node's (documented under message.headers):
	// set-cookie values collect in an array; cookie values are joined with
	// "; "; later values of age, authorization, content-length, content-type,
	// etag, expires, from, host, if-modified-since, if-unmodified-since,
	// last-modified, location, max-forwards, proxy-authorization, referer,
	// retry-after, server and user-agent are dropped; any other field is
	// joined with ", ".
	JoinCurrent
)

// JoinRule says what happens to a repeated header field.
type JoinRule uint8

// Join rules.
const (
	// JoinComma appends ", " and the new value.
	JoinComma JoinRule = iota
	// JoinSemicolon appends "; " and the new value.
	JoinSemicolon
	// JoinArray collects all values in an array (even a single one).
	JoinArray
	// JoinDrop keeps the first value.
	JoinDrop
)

var v010Comma = map[string]bool{
	"accept": true, "accept-charset": true, "accept-encoding": true,
	"accept-language": true, "connection": true, "cookie": true,
	"pragma": true, "link": true, "www-authenticate": true,
	"proxy-authenticate": true, "sec-websocket-extensions": true,
	"sec-websocket-protocol": true,
}

var currentDrop = map[string]bool{
	"age": true, "authorization": true, "content-length": true,
	"content-type": true, "etag": true, "expires": true, "from": true,
	"host": true, "if-modified-since": true, "if-unmodified-since": true,
	"last-modified": true, "location": true, "max-forwards": true,
	"proxy-authorization": true, "referer": true, "retry-after": true,
	"server": true, "user-agent": true,
}

// HeaderJoinRule returns the rule for the lower-cased field name under mode.
func HeaderJoinRule(mode JoinMode, lowerName string) JoinRule {
	if lowerName == "set-cookie" {
		return JoinArray
	}
	if mode == JoinCurrent {
		switch {
		case lowerName == "cookie":
			return JoinSemicolon
		case currentDrop[lowerName]:
			return JoinDrop
		}
		return JoinComma
	}
	if v010Comma[lowerName] || strings.HasPrefix(lowerName, "x-") {
		return JoinComma
	}
	return JoinDrop
}

// commonNames are lower-case field names LowerHeaderName returns without
// allocating.
var commonNames = []string{
	"accept", "accept-charset", "accept-encoding", "accept-language",
	"accept-ranges", "access-control-allow-origin", "age", "allow",
	"authorization", "cache-control", "connection", "content-disposition",
	"content-encoding", "content-language", "content-length",
	"content-location", "content-range", "content-type", "cookie", "date",
	"dnt", "etag", "expect", "expires", "forwarded", "from", "host",
	"if-match", "if-modified-since", "if-none-match", "if-range",
	"if-unmodified-since", "keep-alive", "last-modified", "link", "location",
	"max-forwards", "origin", "pragma", "proxy-authenticate",
	"proxy-authorization", "proxy-connection", "range", "referer",
	"retry-after", "sec-fetch-dest", "sec-fetch-mode", "sec-fetch-site",
	"sec-websocket-accept", "sec-websocket-extensions", "sec-websocket-key",
	"sec-websocket-protocol", "sec-websocket-version", "server",
	"set-cookie", "te", "trailer", "transfer-encoding", "upgrade",
	"upgrade-insecure-requests", "user-agent", "vary", "via",
	"www-authenticate", "x-forwarded-for", "x-forwarded-host",
	"x-forwarded-proto", "x-powered-by", "x-requested-with",
}

// namesByLen indexes commonNames by length.
var namesByLen = func() (t [32][]string) {
	for _, n := range commonNames {
		if len(n) < len(t) {
			t[len(n)] = append(t[len(n)], n)
		}
	}
	return
}()

// LowerHeaderName returns name in ASCII lower case, as IncomingMessage.headers
// keys are. Common field names are returned without allocating.
func LowerHeaderName(name []byte) string {
	if len(name) < len(namesByLen) {
		for _, c := range namesByLen[len(name)] {
			if equalFold(name, c) {
				return c
			}
		}
	}
	b := make([]byte, len(name))
	for i, c := range name {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return string(b)
}

// HeaderField is one key of a HeaderMap: a lower-cased name and either a
// string value or, for JoinArray fields, a list of values.
type HeaderField struct {
	Name    string
	Value   string
	Values  []string
	IsArray bool
}

// HeaderMap builds IncomingMessage.headers (or .trailers) from raw fields,
// keeping the order in which keys first appeared (the property order of the JS
// object). The zero value uses JoinV010.
type HeaderMap struct {
	Mode   JoinMode
	Fields []HeaderField
	index  map[string]int
}

// Add adds a raw field, applying the join rules.
func (m *HeaderMap) Add(name []byte, value string) {
	key := LowerHeaderName(name)
	if i, ok := m.lookup(key); ok {
		f := &m.Fields[i]
		switch HeaderJoinRule(m.Mode, key) {
		case JoinArray:
			f.Values = append(f.Values, value)
		case JoinComma:
			f.Value += ", " + value
		case JoinSemicolon:
			f.Value += "; " + value
		}
		return
	}
	f := HeaderField{Name: key, Value: value}
	if HeaderJoinRule(m.Mode, key) == JoinArray {
		f.IsArray, f.Value, f.Values = true, "", []string{value}
	}
	if len(m.Fields) >= 8 {
		if m.index == nil {
			m.index = make(map[string]int, 16)
			for i, g := range m.Fields {
				m.index[g.Name] = i
			}
		}
		m.index[key] = len(m.Fields)
	}
	m.Fields = append(m.Fields, f)
}

func (m *HeaderMap) lookup(key string) (int, bool) {
	if m.index != nil {
		i, ok := m.index[key]
		return i, ok
	}
	for i := range m.Fields {
		if m.Fields[i].Name == key {
			return i, true
		}
	}
	return 0, false
}

// Get returns the field with the lower-cased name key.
func (m *HeaderMap) Get(key string) (HeaderField, bool) {
	if i, ok := m.lookup(key); ok {
		return m.Fields[i], true
	}
	return HeaderField{}, false
}

// Reset empties m, keeping its mode and storage.
func (m *HeaderMap) Reset() {
	m.Fields = m.Fields[:0]
	m.index = nil
}
