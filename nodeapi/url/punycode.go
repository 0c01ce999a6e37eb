package url

import (
	"strings"
	"unicode/utf8"
)

// Punycode (RFC 3492) for the host code of both URL parsers.

const (
	pcBase        = 36
	pcTMin        = 1
	pcTMax        = 26
	pcSkew        = 38
	pcDamp        = 700
	pcInitialBias = 72
	pcInitialN    = 128
	pcMaxInt      = 1<<31 - 1
)

func pcAdapt(delta, numPoints int, first bool) int {
	if first {
		delta /= pcDamp
	} else {
		delta /= 2
	}
	delta += delta / numPoints
	k := 0
	for delta > ((pcBase-pcTMin)*pcTMax)/2 {
		delta /= pcBase - pcTMin
		k += pcBase
	}
	return k + (pcBase-pcTMin+1)*delta/(delta+pcSkew)
}

func pcDigit(d int) byte {
	if d < 26 {
		return byte('a' + d)
	}
	return byte('0' + d - 26)
}

// punyEncode encodes a label's code points (lowercase output).
func punyEncode(s string) (string, bool) {
	in := []rune(s)
	var out strings.Builder
	for _, c := range in {
		if c < 0x80 {
			out.WriteRune(c)
		}
	}
	basic := out.Len()
	h := basic
	if basic > 0 {
		out.WriteByte('-')
	}
	n, delta, bias := pcInitialN, 0, pcInitialBias
	for h < len(in) {
		m := pcMaxInt
		for _, c := range in {
			if int(c) >= n && int(c) < m {
				m = int(c)
			}
		}
		if (m - n) > (pcMaxInt-delta)/(h+1) {
			return "", false
		}
		delta += (m - n) * (h + 1)
		n = m
		for _, c := range in {
			if int(c) < n {
				delta++
				if delta > pcMaxInt {
					return "", false
				}
			}
			if int(c) == n {
				q := delta
				for k := pcBase; ; k += pcBase {
					t := k - bias
					if t < pcTMin {
						t = pcTMin
					} else if t > pcTMax {
						t = pcTMax
					}
					if q < t {
						break
					}
					out.WriteByte(pcDigit(t + (q-t)%(pcBase-t)))
					q = (q - t) / (pcBase - t)
				}
				out.WriteByte(pcDigit(q))
				bias = pcAdapt(delta, h+1, h == basic)
				delta = 0
				h++
			}
		}
		delta++
		n++
	}
	return out.String(), true
}

// punyDecode decodes a label; false on malformed input.
func punyDecode(s string) (string, bool) {
	var out []rune
	b := strings.LastIndexByte(s, '-')
	if b > 0 {
		for i := 0; i < b; i++ {
			if s[i] >= 0x80 {
				return "", false
			}
			out = append(out, rune(s[i]))
		}
		b++
	} else {
		b = 0
	}
	n, i, bias := pcInitialN, 0, pcInitialBias
	for in := b; in < len(s); {
		oldi, w := i, 1
		for k := pcBase; ; k += pcBase {
			if in >= len(s) {
				return "", false
			}
			c := s[in]
			in++
			var d int
			switch {
			case c >= '0' && c <= '9':
				d = int(c-'0') + 26
			case c >= 'a' && c <= 'z':
				d = int(c - 'a')
			case c >= 'A' && c <= 'Z':
				d = int(c - 'A')
			default:
				return "", false
			}
			if d > (pcMaxInt-i)/w {
				return "", false
			}
			i += d * w
			t := k - bias
			if t < pcTMin {
				t = pcTMin
			} else if t > pcTMax {
				t = pcTMax
			}
			if d < t {
				break
			}
			if w > pcMaxInt/(pcBase-t) {
				return "", false
			}
			w *= pcBase - t
		}
		l := len(out) + 1
		bias = pcAdapt(i-oldi, l, oldi == 0)
		if i/l > pcMaxInt-n {
			return "", false
		}
		n += i / l
		i %= l
		if n > utf8.MaxRune || (n >= 0xD800 && n <= 0xDFFF) {
			return "", false
		}
		out = append(out, 0)
		copy(out[i+1:], out[i:])
		out[i] = rune(n)
		i++
	}
	return string(out), true
}
