package url

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// This file is the WHATWG URL Standard's basic URL parser, written from the
// spec's state machine. It works on code points (lone surrogates in the JS
// input have already become U+FFFD, as USVString conversion does).

// Record is a parsed URL (the spec's "URL record").
type Record struct {
	Scheme   string
	Username string
	Password string
	HasHost  bool
	Host     string // serialized host (IPv6 in brackets)
	Port     int    // -1: null
	Opaque   bool   // path is an opaque path (Path[0] holds it)
	Path     []string
	HasQuery bool
	Query    string
	HasFrag  bool
	Fragment string
}

type state int

const (
	stNone state = iota
	stSchemeStart
	stScheme
	stNoScheme
	stSpecialRelativeOrAuthority
	stPathOrAuthority
	stRelative
	stRelativeSlash
	stSpecialAuthoritySlashes
	stSpecialAuthorityIgnoreSlashes
	stAuthority
	stHost
	stHostname
	stPort
	stFile
	stFileSlash
	stFileHost
	stPathStart
	stPath
	stOpaquePath
	stQuery
	stFragment
)

var specialPorts = map[string]int{"ftp": 21, "file": -1, "http": 80, "https": 443, "ws": 80, "wss": 443}

// IsSpecial reports whether scheme is one of the spec's special schemes.
func IsSpecial(scheme string) bool { _, ok := specialPorts[scheme]; return ok }

func defaultPort(scheme string) int {
	if p, ok := specialPorts[scheme]; ok {
		return p
	}
	return -1
}

func (r *Record) special() bool { return IsSpecial(r.Scheme) }

func (r *Record) clone() *Record {
	c := *r
	c.Path = append([]string(nil), r.Path...)
	return &c
}

// Percent-encode sets.
type encodeSet func(c rune) bool

func c0Set(c rune) bool { return c < 0x20 || c > 0x7E }
func fragmentSet(c rune) bool {
	return c0Set(c) || c == ' ' || c == '"' || c == '<' || c == '>' || c == '`'
}
func querySet(c rune) bool {
	return c0Set(c) || c == ' ' || c == '"' || c == '#' || c == '<' || c == '>'
}
func specialQuerySet(c rune) bool { return querySet(c) || c == '\'' }
func pathSet(c rune) bool {
	return querySet(c) || c == '?' || c == '`' || c == '{' || c == '}'
}
func userinfoSet(c rune) bool {
	return pathSet(c) || c == '/' || c == ':' || c == ';' || c == '=' || c == '@' ||
		(c >= '[' && c <= '^') || c == '|'
}
func componentSet(c rune) bool {
	return userinfoSet(c) || (c >= '$' && c <= '&') || c == '+' || c == ','
}
func formSet(c rune) bool {
	return componentSet(c) || c == '!' || (c >= '\'' && c <= ')') || c == '~'
}

const upperHex = "0123456789ABCDEF"

func appendEncoded(b *strings.Builder, c rune, set encodeSet) {
	if !set(c) {
		b.WriteRune(c)
		return
	}
	var buf [4]byte
	n := utf8.EncodeRune(buf[:], c)
	for _, x := range buf[:n] {
		b.WriteByte('%')
		b.WriteByte(upperHex[x>>4])
		b.WriteByte(upperHex[x&15])
	}
}

// PercentEncode encodes s with the given set.
func PercentEncode(s string, set encodeSet) string {
	var b strings.Builder
	for _, c := range s {
		appendEncoded(&b, c, set)
	}
	return b.String()
}

// PercentDecode decodes valid %XX sequences into bytes.
func PercentDecode(s string) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			out = append(out, unhexByte(s[i+1])<<4|unhexByte(s[i+2]))
			i += 2
			continue
		}
		out = append(out, c)
	}
	return out
}

func isHex(c byte) bool {
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
}

func unhexByte(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

func isASCIIAlpha(c rune) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }
func isASCIIDigit(c rune) bool { return c >= '0' && c <= '9' }
func isASCIIAlnum(c rune) bool { return isASCIIAlpha(c) || isASCIIDigit(c) }

func lowerASCII(c rune) rune {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}

func isSingleDot(s string) bool { return s == "." || strings.EqualFold(s, "%2e") }
func isDoubleDot(s string) bool {
	switch strings.ToLower(s) {
	case "..", ".%2e", "%2e.", "%2e%2e":
		return true
	}
	return false
}

func isWindowsDriveLetter(s string) bool {
	return len(s) == 2 && isASCIIAlpha(rune(s[0])) && (s[1] == ':' || s[1] == '|')
}
func isNormalizedDriveLetter(s string) bool {
	return len(s) == 2 && isASCIIAlpha(rune(s[0])) && s[1] == ':'
}

// startsWithDriveLetter: the code points from i start with a Windows
// drive letter followed by EOF or one of / \ ? #.
func startsWithDriveLetter(in []rune, i int) bool {
	if i+1 >= len(in) || !isASCIIAlpha(in[i]) || (in[i+1] != ':' && in[i+1] != '|') {
		return false
	}
	if i+2 == len(in) {
		return true
	}
	switch in[i+2] {
	case '/', '\\', '?', '#':
		return true
	}
	return false
}

func (r *Record) shortenPath() {
	if r.Scheme == "file" && len(r.Path) == 1 && isNormalizedDriveLetter(r.Path[0]) {
		return
	}
	if len(r.Path) > 0 {
		r.Path = r.Path[:len(r.Path)-1]
	}
}

func (r *Record) hasCredentials() bool { return r.Username != "" || r.Password != "" }

// CannotHaveCredentialsOrPort is the spec's "cannot have a
// username/password/port".
func (r *Record) CannotHaveCredentialsOrPort() bool {
	return !r.HasHost || r.Host == "" || r.Scheme == "file"
}

// Parse runs the basic URL parser on input with an optional base.
func Parse(input string, base *Record) (*Record, bool) {
	r, ok := basicParse(input, base, nil, stNone)
	if !ok {
		return nil, false
	}
	return r, true
}

func trimC0Space(s string) string {
	return strings.TrimFunc(s, func(c rune) bool { return c <= 0x20 })
}

func stripTabNewline(s string) string {
	if !strings.ContainsAny(s, "\t\n\r") {
		return s
	}
	return strings.Map(func(c rune) rune {
		if c == '\t' || c == '\n' || c == '\r' {
			return -1
		}
		return c
	}, s)
}

// basicParse is the spec's basic URL parser. With url non-nil it modifies
// url in place (state override); the bool is false on failure.
func basicParse(input string, base *Record, url *Record, override state) (*Record, bool) {
	if url == nil {
		url = &Record{Port: -1}
		input = trimC0Space(input)
	}
	input = stripTabNewline(input)
	in := []rune(input)
	st := override
	if st == stNone {
		st = stSchemeStart
	}
	var buf strings.Builder
	atSeen, insideBrackets, passwordSeen := false, false, false
	const eof = rune(-1)
	at := func(i int) rune {
		if i < len(in) && i >= 0 {
			return in[i]
		}
		return eof
	}
	for p := 0; ; p++ {
		c := at(p)
		switch st {
		case stSchemeStart:
			if c != eof && isASCIIAlpha(c) {
				buf.WriteRune(lowerASCII(c))
				st = stScheme
			} else if override == stNone {
				st = stNoScheme
				p--
			} else {
				return url, false
			}
		case stScheme:
			if c != eof && (isASCIIAlnum(c) || c == '+' || c == '-' || c == '.') {
				buf.WriteRune(lowerASCII(c))
			} else if c == ':' {
				b := buf.String()
				if override != stNone {
					if url.special() != IsSpecial(b) {
						return url, true
					}
					if (url.hasCredentials() || url.Port >= 0) && b == "file" {
						return url, true
					}
					if url.Scheme == "file" && url.HasHost && url.Host == "" {
						return url, true
					}
				}
				url.Scheme = b
				if override != stNone {
					if url.Port == defaultPort(url.Scheme) {
						url.Port = -1
					}
					return url, true
				}
				buf.Reset()
				switch {
				case url.Scheme == "file":
					st = stFile
				case url.special() && base != nil && base.Scheme == url.Scheme:
					st = stSpecialRelativeOrAuthority
				case url.special():
					st = stSpecialAuthoritySlashes
				case at(p+1) == '/':
					st = stPathOrAuthority
					p++
				default:
					url.Opaque = true
					url.Path = []string{""}
					st = stOpaquePath
				}
			} else if override == stNone {
				buf.Reset()
				st = stNoScheme
				p = -1
			} else {
				return url, false
			}
		case stNoScheme:
			if base == nil || (base.Opaque && c != '#') {
				return url, false
			} else if base.Opaque && c == '#' {
				url.Scheme = base.Scheme
				url.Path = append([]string(nil), base.Path...)
				url.Opaque = true
				url.HasQuery, url.Query = base.HasQuery, base.Query
				url.HasFrag, url.Fragment = true, ""
				st = stFragment
			} else if base.Scheme != "file" {
				st = stRelative
				p--
			} else {
				st = stFile
				p--
			}
		case stSpecialRelativeOrAuthority:
			if c == '/' && at(p+1) == '/' {
				st = stSpecialAuthorityIgnoreSlashes
				p++
			} else {
				st = stRelative
				p--
			}
		case stPathOrAuthority:
			if c == '/' {
				st = stAuthority
			} else {
				st = stPath
				p--
			}
		case stRelative:
			url.Scheme = base.Scheme
			if c == '/' {
				st = stRelativeSlash
			} else if url.special() && c == '\\' {
				st = stRelativeSlash
			} else {
				url.Username, url.Password = base.Username, base.Password
				url.HasHost, url.Host, url.Port = base.HasHost, base.Host, base.Port
				url.Path = append([]string(nil), base.Path...)
				url.HasQuery, url.Query = base.HasQuery, base.Query
				if c == '?' {
					url.HasQuery, url.Query = true, ""
					st = stQuery
				} else if c == '#' {
					url.HasFrag, url.Fragment = true, ""
					st = stFragment
				} else if c != eof {
					url.HasQuery, url.Query = false, ""
					url.shortenPath()
					st = stPath
					p--
				}
			}
		case stRelativeSlash:
			if url.special() && (c == '/' || c == '\\') {
				st = stSpecialAuthorityIgnoreSlashes
			} else if c == '/' {
				st = stAuthority
			} else {
				url.Username, url.Password = base.Username, base.Password
				url.HasHost, url.Host, url.Port = base.HasHost, base.Host, base.Port
				st = stPath
				p--
			}
		case stSpecialAuthoritySlashes:
			if c == '/' && at(p+1) == '/' {
				st = stSpecialAuthorityIgnoreSlashes
				p++
			} else {
				st = stSpecialAuthorityIgnoreSlashes
				p--
			}
		case stSpecialAuthorityIgnoreSlashes:
			if c != '/' && c != '\\' {
				st = stAuthority
				p--
			}
		case stAuthority:
			if c == '@' {
				b := buf.String()
				if atSeen {
					b = "%40" + b
				}
				atSeen = true
				for _, cp := range b {
					if cp == ':' && !passwordSeen {
						passwordSeen = true
						continue
					}
					var e strings.Builder
					appendEncoded(&e, cp, userinfoSet)
					if passwordSeen {
						url.Password += e.String()
					} else {
						url.Username += e.String()
					}
				}
				buf.Reset()
			} else if c == eof || c == '/' || c == '?' || c == '#' || (url.special() && c == '\\') {
				if atSeen && buf.Len() == 0 {
					return url, false
				}
				p -= utf8.RuneCountInString(buf.String()) + 1
				buf.Reset()
				st = stHost
			} else {
				buf.WriteRune(c)
			}
		case stHost, stHostname:
			if override != stNone && url.Scheme == "file" {
				p--
				st = stFileHost
			} else if c == ':' && !insideBrackets {
				if buf.Len() == 0 {
					return url, false
				}
				if override == stHostname {
					return url, false
				}
				h, ok := parseHost(buf.String(), !url.special())
				if !ok {
					return url, false
				}
				url.HasHost, url.Host = true, h
				buf.Reset()
				st = stPort
			} else if c == eof || c == '/' || c == '?' || c == '#' || (url.special() && c == '\\') {
				p--
				if url.special() && buf.Len() == 0 {
					return url, false
				} else if override != stNone && buf.Len() == 0 && (url.hasCredentials() || url.Port >= 0) {
					return url, false
				}
				h, ok := parseHost(buf.String(), !url.special())
				if !ok {
					return url, false
				}
				url.HasHost, url.Host = true, h
				buf.Reset()
				st = stPathStart
				if override != stNone {
					return url, true
				}
			} else {
				if c == '[' {
					insideBrackets = true
				}
				if c == ']' {
					insideBrackets = false
				}
				buf.WriteRune(c)
			}
		case stPort:
			if c != eof && isASCIIDigit(c) {
				buf.WriteRune(c)
			} else if c == eof || c == '/' || c == '?' || c == '#' || (url.special() && c == '\\') || override != stNone {
				if buf.Len() != 0 {
					port, err := strconv.Atoi(buf.String())
					if err != nil || port > 65535 {
						return url, false
					}
					if port == defaultPort(url.Scheme) {
						url.Port = -1
					} else {
						url.Port = port
					}
					buf.Reset()
					if override != stNone {
						return url, true
					}
				}
				if override != stNone {
					return url, false
				}
				st = stPathStart
				p--
			} else {
				return url, false
			}
		case stFile:
			url.Scheme = "file"
			url.HasHost, url.Host = true, ""
			if c == '/' || c == '\\' {
				st = stFileSlash
			} else if base != nil && base.Scheme == "file" {
				url.HasHost, url.Host = base.HasHost, base.Host
				url.Path = append([]string(nil), base.Path...)
				url.HasQuery, url.Query = base.HasQuery, base.Query
				if c == '?' {
					url.HasQuery, url.Query = true, ""
					st = stQuery
				} else if c == '#' {
					url.HasFrag, url.Fragment = true, ""
					st = stFragment
				} else if c != eof {
					url.HasQuery, url.Query = false, ""
					if !startsWithDriveLetter(in, p) {
						url.shortenPath()
					} else {
						url.Path = nil
					}
					st = stPath
					p--
				}
			} else {
				st = stPath
				p--
			}
		case stFileSlash:
			if c == '/' || c == '\\' {
				st = stFileHost
			} else {
				if base != nil && base.Scheme == "file" {
					url.HasHost, url.Host = base.HasHost, base.Host
					if !startsWithDriveLetter(in, p) && len(base.Path) > 0 && isNormalizedDriveLetter(base.Path[0]) {
						url.Path = append(url.Path, base.Path[0])
					}
				}
				st = stPath
				p--
			}
		case stFileHost:
			if c == eof || c == '/' || c == '\\' || c == '?' || c == '#' {
				p--
				b := buf.String()
				if override == stNone && isWindowsDriveLetter(b) {
					st = stPath
				} else if b == "" {
					url.HasHost, url.Host = true, ""
					if override != stNone {
						return url, true
					}
					st = stPathStart
				} else {
					h, ok := parseHost(b, false)
					if !ok {
						return url, false
					}
					if h == "localhost" {
						h = ""
					}
					url.HasHost, url.Host = true, h
					if override != stNone {
						return url, true
					}
					buf.Reset()
					st = stPathStart
				}
			} else {
				buf.WriteRune(c)
			}
		case stPathStart:
			if url.special() {
				st = stPath
				if c != '/' && c != '\\' {
					p--
				}
			} else if override == stNone && c == '?' {
				url.HasQuery, url.Query = true, ""
				st = stQuery
			} else if override == stNone && c == '#' {
				url.HasFrag, url.Fragment = true, ""
				st = stFragment
			} else if c != eof {
				st = stPath
				if c != '/' {
					p--
				}
			} else if override != stNone && !url.HasHost {
				url.Path = append(url.Path, "")
			}
		case stPath:
			if c == eof || c == '/' || (url.special() && c == '\\') || (override == stNone && (c == '?' || c == '#')) {
				b := buf.String()
				slash := c == '/' || (url.special() && c == '\\')
				if isDoubleDot(b) {
					url.shortenPath()
					if !slash {
						url.Path = append(url.Path, "")
					}
				} else if isSingleDot(b) && !slash {
					url.Path = append(url.Path, "")
				} else if !isSingleDot(b) {
					if url.Scheme == "file" && len(url.Path) == 0 && isWindowsDriveLetter(b) {
						b = b[:1] + ":"
					}
					url.Path = append(url.Path, b)
				}
				buf.Reset()
				if c == '?' {
					url.HasQuery, url.Query = true, ""
					st = stQuery
				}
				if c == '#' {
					url.HasFrag, url.Fragment = true, ""
					st = stFragment
				}
			} else {
				appendEncoded(&buf, c, pathSet)
			}
		case stOpaquePath:
			if c == '?' {
				url.HasQuery, url.Query = true, ""
				st = stQuery
			} else if c == '#' {
				url.HasFrag, url.Fragment = true, ""
				st = stFragment
			} else if c != eof {
				var e strings.Builder
				appendEncoded(&e, c, c0Set)
				url.Path[0] += e.String()
			}
		case stQuery:
			if (override == stNone && c == '#') || c == eof {
				set := querySet
				if url.special() {
					set = specialQuerySet
				}
				url.Query += PercentEncode(buf.String(), set)
				buf.Reset()
				if c == '#' {
					url.HasFrag, url.Fragment = true, ""
					st = stFragment
				}
			} else if c != eof {
				buf.WriteRune(c)
			}
		case stFragment:
			if c != eof {
				var e strings.Builder
				appendEncoded(&e, c, fragmentSet)
				url.Fragment += e.String()
			}
		}
		if p >= len(in) {
			break
		}
	}
	return url, true
}

// Href is the URL serializer; excludeFragment drops the fragment.
func (r *Record) Href(excludeFragment bool) string {
	var b strings.Builder
	b.WriteString(r.Scheme)
	b.WriteByte(':')
	if r.HasHost {
		b.WriteString("//")
		if r.hasCredentials() {
			b.WriteString(r.Username)
			if r.Password != "" {
				b.WriteByte(':')
				b.WriteString(r.Password)
			}
			b.WriteByte('@')
		}
		b.WriteString(r.Host)
		if r.Port >= 0 {
			b.WriteByte(':')
			b.WriteString(strconv.Itoa(r.Port))
		}
	}
	if !r.HasHost && !r.Opaque && len(r.Path) > 1 && r.Path[0] == "" {
		b.WriteString("/.")
	}
	b.WriteString(r.Pathname())
	if r.HasQuery {
		b.WriteByte('?')
		b.WriteString(r.Query)
	}
	if !excludeFragment && r.HasFrag {
		b.WriteByte('#')
		b.WriteString(r.Fragment)
	}
	return b.String()
}

// Pathname is the URL path serializer.
func (r *Record) Pathname() string {
	if r.Opaque {
		if len(r.Path) == 0 {
			return ""
		}
		return r.Path[0]
	}
	var b strings.Builder
	for _, s := range r.Path {
		b.WriteByte('/')
		b.WriteString(s)
	}
	return b.String()
}

// Origin is the ASCII serialization of the URL's origin.
func (r *Record) Origin() string {
	switch r.Scheme {
	case "blob":
		if inner, ok := Parse(r.Pathname(), nil); ok && (inner.Scheme == "http" || inner.Scheme == "https") {
			return inner.Origin()
		}
		return "null"
	case "ftp", "http", "https", "ws", "wss":
		s := r.Scheme + "://" + r.Host
		if r.Port >= 0 {
			s += ":" + strconv.Itoa(r.Port)
		}
		return s
	}
	return "null"
}

// HostPort is the URL's host getter value.
func (r *Record) HostPort() string {
	if !r.HasHost {
		return ""
	}
	if r.Port >= 0 {
		return r.Host + ":" + strconv.Itoa(r.Port)
	}
	return r.Host
}

// Setters of the URL API (spec §6.1). Each modifies r; failures leave the
// relevant parts untouched, as the spec's setters do.

// SetProtocol is the protocol setter.
func (r *Record) SetProtocol(v string) {
	basicParse(v+":", nil, r, stSchemeStart)
}

// SetUsername is the username setter.
func (r *Record) SetUsername(v string) {
	if r.CannotHaveCredentialsOrPort() {
		return
	}
	r.Username = PercentEncode(v, userinfoSet)
}

// SetPassword is the password setter.
func (r *Record) SetPassword(v string) {
	if r.CannotHaveCredentialsOrPort() {
		return
	}
	r.Password = PercentEncode(v, userinfoSet)
}

func (r *Record) tryOverride(v string, st state) {
	c := r.clone()
	if res, ok := basicParse(v, nil, c, st); ok {
		*r = *res
	}
}

// SetHost is the host setter.
func (r *Record) SetHost(v string) {
	if r.Opaque {
		return
	}
	r.tryOverride(v, stHost)
}

// SetHostname is the hostname setter.
func (r *Record) SetHostname(v string) {
	if r.Opaque {
		return
	}
	r.tryOverride(v, stHostname)
}

// SetPort is the port setter.
func (r *Record) SetPort(v string) {
	if r.CannotHaveCredentialsOrPort() {
		return
	}
	if v == "" {
		r.Port = -1
		return
	}
	r.tryOverride(v, stPort)
}

// SetPathname is the pathname setter.
func (r *Record) SetPathname(v string) {
	if r.Opaque {
		return
	}
	c := r.clone()
	c.Path = nil
	if res, ok := basicParse(v, nil, c, stPathStart); ok {
		*r = *res
	}
}

// SetSearch is the search setter.
func (r *Record) SetSearch(v string) {
	if v == "" {
		r.HasQuery, r.Query = false, ""
		r.stripOpaqueTrailingSpaces()
		return
	}
	v = strings.TrimPrefix(v, "?")
	c := r.clone()
	c.HasQuery, c.Query = true, ""
	if res, ok := basicParse(v, nil, c, stQuery); ok {
		*r = *res
	}
}

// SetHash is the hash setter.
func (r *Record) SetHash(v string) {
	if v == "" {
		r.HasFrag, r.Fragment = false, ""
		r.stripOpaqueTrailingSpaces()
		return
	}
	v = strings.TrimPrefix(v, "#")
	c := r.clone()
	c.HasFrag, c.Fragment = true, ""
	if res, ok := basicParse(v, nil, c, stFragment); ok {
		*r = *res
	}
}

func (r *Record) stripOpaqueTrailingSpaces() {
	if !r.Opaque || r.HasFrag || r.HasQuery || len(r.Path) == 0 {
		return
	}
	r.Path[0] = strings.TrimRight(r.Path[0], " ")
}
