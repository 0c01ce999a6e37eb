package crypto_test

import (
	"strings"
	"testing"

	"github.com/isonode/isonode/nodeapi/nodetest"
)

func TestJS(t *testing.T) {
	e := nodetest.New(t)
	cases := map[string]string{
		"require('crypto').createHash('sha256').update('abc').digest('hex')":                                              "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
		"require('crypto').createHmac('sha1', 'key').update('The quick brown fox jumps over the lazy dog').digest('hex')": "de7c9b85b8b78aa6bc8a7a36f70a90701c9db4d9",
		"require('crypto').pbkdf2Sync('password', 'salt', 1, 20).toString('hex')":                                         "0c60c80f961f0e71f3a9b524af6012062fe037a6",
		"require('crypto').randomBytes(33).length":                                                                        "33",
		"var c = require('crypto'); var k = Buffer.alloc(16), iv = Buffer.alloc(16); var x = c.createCipheriv('aes-128-cbc', k, iv); var ct = Buffer.concat([x.update('hi'), x.final()]); var d = c.createDecipheriv('aes-128-cbc', k, iv); Buffer.concat([d.update(ct), d.final()]).toString()": "hi",
		"var c = require('crypto'); var h = c.createHash('sha1'); h.digest(); try { h.update('x') } catch (e) { e.code }":                                                                                                                                                                        "ERR_CRYPTO_HASH_FINALIZED",
	}
	for src, want := range cases {
		if got := e.Eval(t, src); got != want {
			t.Errorf("%s = %q, want %q", src, got, want)
		}
	}
	// A big string is hashed in Go: its digest equals the Buffer's.
	big := e.Eval(t, "var s = new Array(100001).join('€a'); require('crypto').createHash('sha1').update(s).digest('hex') === require('crypto').createHash('sha1').update(Buffer.from(s)).digest('hex')")
	if big != "true" {
		t.Error("string and buffer digests differ")
	}
	if got := e.Eval(t, "require('crypto').getHashes().join(',')"); !strings.Contains(got, "sha512-256") {
		t.Errorf("getHashes: %s", got)
	}
}

func BenchmarkHashUpdateString(b *testing.B) {
	e := nodetest.New(b)
	if _, err := e.Run("var c = require('crypto'); var s = new Array(1025).join('x');"); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := e.Run("c.createHash('sha256').update(s).digest('hex')"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCreateHash(b *testing.B) {
	e := nodetest.New(b)
	if _, err := e.Run("var c = require('crypto'); function f(n) { for (var i = 0; i < n; i++) c.createHash('md5').update('message number ' + i).digest('hex'); }"); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	if _, err := e.Run("f(" + itoa(b.N) + ")"); err != nil {
		b.Fatal(err)
	}
}

func itoa(n int) string {
	s := ""
	for {
		s = string(rune('0'+n%10)) + s
		n /= 10
		if n == 0 {
			return s
		}
	}
}
