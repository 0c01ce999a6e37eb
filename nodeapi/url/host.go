package url

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Host parsing (WHATWG URL §3.5): IPv6, IPv4, opaque hosts and domains.

func isForbiddenHost(c rune) bool {
	switch c {
	case 0, '\t', '\n', '\r', ' ', '#', '/', ':', '<', '>', '?', '@', '[', '\\', ']', '^', '|':
		return true
	}
	return false
}

func isForbiddenDomain(c rune) bool {
	return isForbiddenHost(c) || c <= 0x1F || c == '%' || c == 0x7F
}

// parseHost returns the serialized host.
func parseHost(input string, isOpaque bool) (string, bool) {
	if strings.HasPrefix(input, "[") {
		if !strings.HasSuffix(input, "]") || len(input) < 2 {
			return "", false
		}
		addr, ok := parseIPv6(input[1 : len(input)-1])
		if !ok {
			return "", false
		}
		return "[" + serializeIPv6(addr) + "]", true
	}
	if isOpaque {
		for _, c := range input {
			if isForbiddenHost(c) {
				return "", false
			}
		}
		return PercentEncode(input, c0Set), true
	}
	dec := PercentDecode(input)
	domain := utf8Lossy(dec)
	domain = strings.TrimPrefix(domain, "\uFEFF")
	ascii, ok := DomainToASCII(domain, false)
	if !ok {
		return "", false
	}
	for _, c := range ascii {
		if isForbiddenDomain(c) {
			return "", false
		}
	}
	if endsInNumber(ascii) {
		v4, ok := parseIPv4(ascii)
		if !ok {
			return "", false
		}
		return serializeIPv4(v4), true
	}
	return ascii, true
}

func endsInNumber(s string) bool {
	parts := strings.Split(s, ".")
	if parts[len(parts)-1] == "" {
		if len(parts) == 1 {
			return false
		}
		parts = parts[:len(parts)-1]
	}
	last := parts[len(parts)-1]
	if last != "" && strings.Trim(last, "0123456789") == "" {
		return true
	}
	_, ok := parseIPv4Number(last)
	return ok
}

func parseIPv4Number(s string) (uint64, bool) {
	if s == "" {
		return 0, false
	}
	base := 10
	if len(s) >= 2 && (s[:2] == "0x" || s[:2] == "0X") {
		s, base = s[2:], 16
	} else if len(s) >= 2 && s[0] == '0' {
		s, base = s[1:], 8
	}
	if s == "" {
		return 0, true
	}
	var n uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		var d int
		switch {
		case c >= '0' && c <= '9':
			d = int(c - '0')
		case c >= 'a' && c <= 'f':
			d = int(c-'a') + 10
		case c >= 'A' && c <= 'F':
			d = int(c-'A') + 10
		default:
			return 0, false
		}
		if d >= base {
			return 0, false
		}
		if n > math.MaxUint64/32 {
			n = math.MaxUint64 / 32 // saturate: far above any valid value
			continue
		}
		n = n*uint64(base) + uint64(d)
	}
	return n, true
}

func parseIPv4(s string) (uint32, bool) {
	parts := strings.Split(s, ".")
	if parts[len(parts)-1] == "" && len(parts) > 1 {
		parts = parts[:len(parts)-1]
	}
	if len(parts) > 4 {
		return 0, false
	}
	nums := make([]uint64, len(parts))
	for i, p := range parts {
		n, ok := parseIPv4Number(p)
		if !ok {
			return 0, false
		}
		nums[i] = n
	}
	for _, n := range nums[:len(nums)-1] {
		if n > 255 {
			return 0, false
		}
	}
	last := nums[len(nums)-1]
	if last >= uint64(1)<<(8*(5-len(nums))) {
		return 0, false
	}
	v := last
	for i, n := range nums[:len(nums)-1] {
		v += n << (8 * (3 - i))
	}
	return uint32(v), true
}

func serializeIPv4(v uint32) string {
	return strconv.Itoa(int(v>>24)) + "." + strconv.Itoa(int(v>>16&255)) + "." +
		strconv.Itoa(int(v>>8&255)) + "." + strconv.Itoa(int(v&255))
}

func parseIPv6(s string) ([8]uint16, bool) {
	var addr [8]uint16
	in := []byte(s)
	piece, compress := 0, -1
	p := 0
	at := func(i int) int {
		if i < len(in) {
			return int(in[i])
		}
		return -1
	}
	if at(p) == ':' {
		if at(p+1) != ':' {
			return addr, false
		}
		p += 2
		piece++
		compress = piece
	}
	for at(p) != -1 {
		if piece == 8 {
			return addr, false
		}
		if at(p) == ':' {
			if compress != -1 {
				return addr, false
			}
			p++
			piece++
			compress = piece
			continue
		}
		value, length := 0, 0
		for length < 4 && at(p) != -1 && isHex(in[p]) {
			value = value*16 + int(unhexByte(in[p]))
			p++
			length++
		}
		if at(p) == '.' {
			if length == 0 {
				return addr, false
			}
			p -= length
			if piece > 6 {
				return addr, false
			}
			seen := 0
			for at(p) != -1 {
				v4 := -1
				if seen > 0 {
					if at(p) == '.' && seen < 4 {
						p++
					} else {
						return addr, false
					}
				}
				if at(p) == -1 || !isASCIIDigit(rune(at(p))) {
					return addr, false
				}
				for at(p) != -1 && isASCIIDigit(rune(at(p))) {
					n := at(p) - '0'
					if v4 == -1 {
						v4 = n
					} else if v4 == 0 {
						return addr, false
					} else {
						v4 = v4*10 + n
					}
					if v4 > 255 {
						return addr, false
					}
					p++
				}
				addr[piece] = addr[piece]*0x100 + uint16(v4)
				seen++
				if seen == 2 || seen == 4 {
					piece++
				}
			}
			if seen != 4 {
				return addr, false
			}
			break
		} else if at(p) == ':' {
			p++
			if at(p) == -1 {
				return addr, false
			}
		} else if at(p) != -1 {
			return addr, false
		}
		addr[piece] = uint16(value)
		piece++
	}
	if compress != -1 {
		swaps := piece - compress
		piece = 7
		for piece != 0 && swaps > 0 {
			addr[piece], addr[compress+swaps-1] = addr[compress+swaps-1], addr[piece]
			piece--
			swaps--
		}
	} else if piece != 8 {
		return addr, false
	}
	return addr, true
}

func serializeIPv6(a [8]uint16) string {
	// Longest run (>1) of zero pieces, first on ties.
	best, bestLen := -1, 1
	for i := 0; i < 8; {
		if a[i] != 0 {
			i++
			continue
		}
		j := i
		for j < 8 && a[j] == 0 {
			j++
		}
		if j-i > bestLen {
			best, bestLen = i, j-i
		}
		i = j
	}
	var b strings.Builder
	ignore0 := false
	for i := 0; i < 8; i++ {
		if ignore0 && a[i] == 0 {
			continue
		}
		ignore0 = false
		if best == i {
			if i == 0 {
				b.WriteString("::")
			} else {
				b.WriteString(":")
			}
			ignore0 = true
			continue
		}
		b.WriteString(strconv.FormatUint(uint64(a[i]), 16))
		if i != 7 {
			b.WriteByte(':')
		}
	}
	return b.String()
}

// mapDomainRune approximates the UTS #46 mapping table for the common
// cases: dots, full-width ASCII, ignored code points and lowercasing. It
// returns -1 to drop the code point.
func mapDomainRune(c rune) rune {
	switch {
	case c == 0x3002 || c == 0xFF0E || c == 0xFF61:
		return '.'
	case c >= 0xFF01 && c <= 0xFF5E:
		return unicode.ToLower(c - 0xFEE0)
	case c == 0xAD || c == 0x200B || c == 0x2060 || c == 0xFEFF || c == 0x034F ||
		(c >= 0x180B && c <= 0x180D) || (c >= 0xFE00 && c <= 0xFE0F):
		return -1
	}
	return unicode.ToLower(c)
}

// mapDomain applies mapDomainRune plus the one-to-many mappings that
// matter in practice.
func mapDomain(s string) string {
	s = strings.ReplaceAll(s, "\u0130", "i\u0307")
	return strings.Map(mapDomainRune, s)
}

// DomainToASCII is UTS #46 ToASCII with the URL Standard's flags
// (CheckHyphens=false, Transitional=false, VerifyDnsLength=beStrict). The
// mapping step is approximated (see mapDomainRune; no NFC normalization).
func DomainToASCII(domain string, beStrict bool) (string, bool) {
	ascii := true
	for i := 0; i < len(domain); i++ {
		if domain[i] >= 0x80 {
			ascii = false
			break
		}
	}
	var mapped string
	if ascii {
		mapped = strings.ToLower(domain)
	} else {
		mapped = mapDomain(domain)
	}
	labels := strings.Split(mapped, ".")
	for i, l := range labels {
		if strings.HasPrefix(l, "xn--") {
			dec, ok := punyDecode(l[4:])
			if !ok || dec == "" || !validLabel(dec) {
				return "", false
			}
			// A label must be in canonical (already mapped) form.
			if strings.Map(mapDomainRune, dec) != dec {
				return "", false
			}
			isASCII := true
			for _, c := range dec {
				if c >= 0x80 {
					isASCII = false
				}
			}
			if isASCII {
				return "", false
			}
			continue
		}
		if !validLabel(l) {
			return "", false
		}
		nonASCII := false
		for _, c := range l {
			if c >= 0x80 {
				nonASCII = true
				break
			}
		}
		if nonASCII {
			enc, ok := punyEncode(l)
			if !ok {
				return "", false
			}
			labels[i] = "xn--" + enc
		}
	}
	out := strings.Join(labels, ".")
	if beStrict {
		if len(out) > 253 || len(out) == 0 {
			return "", false
		}
		for _, l := range labels {
			if len(l) > 63 || len(l) == 0 {
				return "", false
			}
		}
	}
	return out, true
}

// validLabel checks a (Unicode) label: no joiners where ContextJ forbids
// them (approximated: ZWJ/ZWNJ only after a virama are allowed, which we
// do not track, so they are rejected), no U+FFFD, valid UTF-8, and no
// combining mark at the start.
func validLabel(l string) bool {
	if !utf8.ValidString(l) {
		return false
	}
	for i, c := range l {
		if c == 0x200C || c == 0x200D || c == 0xFFFD {
			return false
		}
		if i == 0 && unicode.Is(unicode.M, c) {
			return false
		}
		// Disallowed in UTS #46: controls, private use, surrogates and
		// unassigned code points.
		if c >= 0x80 && (unicode.Is(unicode.Cc, c) || unicode.Is(unicode.Co, c) ||
			!unicode.In(c, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S, unicode.Zs, unicode.Cf)) {
			return false
		}
	}
	return true
}

// DomainToUnicode is UTS #46 ToUnicode: xn-- labels are decoded.
func DomainToUnicode(domain string) (string, bool) {
	mapped := mapDomain(domain)
	labels := strings.Split(mapped, ".")
	ok := true
	for i, l := range labels {
		if strings.HasPrefix(l, "xn--") {
			dec, good := punyDecode(l[4:])
			if good && validLabel(dec) {
				labels[i] = dec
			} else {
				ok = false
			}
		}
	}
	return strings.Join(labels, "."), ok
}
