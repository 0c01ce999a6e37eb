package zlib_test

import (
	"testing"

	"github.com/isonode/isonode/nodeapi/nodetest"
)

func TestJSSync(t *testing.T) {
	e := nodetest.New(t)
	cases := map[string]string{
		"var z = require('zlib'); z.gunzipSync(z.gzipSync('héllo')).toString()":                                        "héllo",
		"var z = require('zlib'); z.inflateRawSync(z.deflateRawSync(Buffer.alloc(5000, 1))).length":                    "5000",
		"var z = require('zlib'); z.unzipSync(Buffer.from('eJzT0yMAAGTvBe8=', 'base64')).toString()":                   ".................................",
		"var z = require('zlib'); try { z.inflateSync(Buffer.from('xx')) } catch (e) { e.code + e.errno + e.message }": "Z_DATA_ERROR-3incorrect header check",
		"require('zlib').crc32('hello')": "907060870",
	}
	for src, want := range cases {
		if got := e.Eval(t, src); got != want {
			t.Errorf("%s = %q, want %q", src, got, want)
		}
	}
}
