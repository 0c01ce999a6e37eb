// Package crypto is Node's 'crypto' module, built on Go's standard library
// (crypto/*, hash/*): hashes, HMAC, PBKDF2, HKDF, random bytes, AES and 3DES
// ciphers (CBC, ECB, CTR, CFB, CFB8, OFB, GCM), RSA/ECDSA/Ed25519 signing
// and verifying with PEM/DER keys, DSA keys (dsa.go), encrypted PKCS#8 keys
// (pkcs8enc.go), RSA encryption, key generation, ECDH, finite-field
// Diffie-Hellman (dh.go) and PKCS#12 files for tls (pfx.go).
//
// The Go half (this package) holds the state of every Hash, Hmac, Cipher,
// Sign and key object and does all byte work; crypto.js is the API surface
// (argument checks with Node v20's errors, except where v0.10's differ and
// its tests match them: those places say so).
// Strings passed to update() are encoded in Go (buffer.Encode), never by JS
// byte loops. Asynchronous calls (randomBytes, pbkdf2, hkdf,
// generateKeyPair with a callback) run on the shared worker pool
// (reactor.Default) and call back on the loop goroutine.
//
// Not provided, for lack of a Go standard-library implementation: scrypt,
// ripemd160, blake2, sm3, ChaCha20-Poly1305, AES-CCM/OCB/XTS, Blowfish,
// RC2 (so not the RC2-40 bags of old PFX files), and crypto.webcrypto.
package crypto

import (
	crand "crypto/rand"
	"crypto/subtle"
	_ "embed"
	"math/big"
	"unicode/utf8"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/isolate"
	"github.com/isonode/isonode/nodeapi/buffer"
	"github.com/isonode/isonode/nodeapi/modkit"
	"github.com/isonode/isonode/reactor"
)

//go:embed crypto.js
var cryptoJS string

// Module is the registry entry for 'crypto'.
var Module = modkit.Module{Name: "crypto", Native: native, JS: modkit.NewScript("crypto.js", cryptoJS)}

// Constants are crypto.constants (OpenSSL's numbers), which v0.10's
// require('constants') also carried.
var Constants = []struct {
	Name  string
	Value int
}{
	{"DH_CHECK_P_NOT_SAFE_PRIME", 2},
	{"DH_CHECK_P_NOT_PRIME", 1},
	{"DH_UNABLE_TO_CHECK_GENERATOR", 4},
	{"DH_NOT_SUITABLE_GENERATOR", 8},
	{"RSA_PKCS1_PADDING", 1},
	{"RSA_NO_PADDING", 3},
	{"RSA_PKCS1_OAEP_PADDING", 4},
	{"RSA_X931_PADDING", 5},
	{"RSA_PKCS1_PSS_PADDING", 6},
	{"RSA_PSS_SALTLEN_DIGEST", -1},
	{"RSA_PSS_SALTLEN_MAX_SIGN", -2},
	{"RSA_PSS_SALTLEN_AUTO", -2},
	{"POINT_CONVERSION_COMPRESSED", 2},
	{"POINT_CONVERSION_UNCOMPRESSED", 4},
	{"POINT_CONVERSION_HYBRID", 6},
}

// ConstantsObject builds a fresh object holding Constants.
func ConstantsObject(rt *goja.Runtime) *goja.Object {
	o := rt.NewObject()
	for _, c := range Constants {
		_ = o.Set(c.Name, c.Value)
	}
	return o
}

// bytesTypes is how ERR_INVALID_ARG_TYPE names what byte arguments accept.
const bytesTypes = "of type string or an instance of Buffer, TypedArray, or DataView"

type state struct {
	c   *modkit.Context
	rt  *goja.Runtime
	iso *isolate.Isolate
}

// buf wraps Go bytes as a Buffer (no copy).
func (s *state) buf(b []byte) goja.Value {
	if b == nil {
		b = []byte{}
	}
	return buffer.New(s.c, b)
}

// out returns b as a Buffer, or as a string when enc names an encoding.
func (s *state) out(b []byte, enc goja.Value) goja.Value {
	if enc != nil && !goja.IsUndefined(enc) && !goja.IsNull(enc) {
		if e, ok := buffer.ParseEncoding(enc.String()); ok {
			return buffer.DecodeValue(s.rt, b, e)
		}
	}
	return s.buf(b)
}

// encOf parses an input encoding; unknown or missing means utf8.
func encOf(v goja.Value) buffer.Encoding {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return buffer.UTF8
	}
	if e, ok := buffer.ParseEncoding(v.String()); ok {
		return e
	}
	return buffer.UTF8
}

// isString reports whether v is a JS string.
func isString(v goja.Value) bool {
	if v == nil {
		return false
	}
	_, ok := v.Export().(string)
	return ok
}

// bytesOf returns the bytes of a string (encoded with enc) or of a typed
// array / DataView / ArrayBuffer; it throws ERR_INVALID_ARG_TYPE for
// anything else. The result may share memory with the JS value: read only.
// A hex string of odd length throws ERR_INVALID_ARG_VALUE.
// (v0.10's message; v20 says the encoding is invalid for the length).
func (s *state) bytesOf(v goja.Value, enc goja.Value, name string) []byte {
	if isString(v) {
		str := buffer.StrOf(v)
		e := encOf(enc)
		if e == buffer.UTF8 && !str.IsU16 && utf8.ValidString(str.S) {
			return unsafe.Slice(unsafe.StringData(str.S), len(str.S))
		}
		if e == buffer.Hex && str.Len()%2 == 1 {
			panic(modkit.NewError(s.rt, "TypeError", "ERR_INVALID_ARG_VALUE", "Bad input string"))
		}
		return buffer.Encode(str, e)
	}
	if b, ok := buffer.Bytes(s.rt, v); ok {
		return b
	}
	modkit.ThrowInvalidArgType(s.rt, name, bytesTypes, v)
	return nil
}

// updateBytes is bytesOf for the data of an update() call, which throws
// v0.10's "Not a string or buffer" (with v20's code) for other values.
func (s *state) updateBytes(v goja.Value, enc goja.Value) []byte {
	if !isString(v) {
		if _, ok := buffer.Bytes(s.rt, v); !ok {
			panic(modkit.NewError(s.rt, "TypeError", "ERR_INVALID_ARG_TYPE", "Not a string or buffer"))
		}
	}
	return s.bytesOf(v, enc, "data")
}

// ownBytes is bytesOf, copied (safe to keep or use on another goroutine).
func (s *state) ownBytes(v goja.Value, enc goja.Value, name string) []byte {
	b := s.bytesOf(v, enc, name)
	return append([]byte(nil), b...)
}

// handle wraps Go state for JS; unwrap gets it back.
func (s *state) handle(x any) goja.Value { return s.rt.ToValue(x) }

func unwrap[T any](s *state, v goja.Value) T {
	if o, ok := v.(*goja.Object); ok {
		if x, ok := o.Export().(T); ok {
			return x
		}
	}
	panic(s.rt.NewTypeError("Illegal invocation"))
}

// osslError is an OpenSSL-style error: message "error:XXXXXXXX:lib::reason"
// with code ERR_OSSL_…, library and reason.
func (s *state) osslError(code, msg, library, reason string) *goja.Object {
	e := modkit.NewError(s.rt, "Error", "", msg)
	_ = e.Set("library", library)
	_ = e.Set("reason", reason)
	_ = e.Set("code", code)
	return e
}

// async runs work on the pool and calls cb(err, value) on the loop; with cb
// not a function it runs work now and returns the value (or throws).
func (s *state) async(cb goja.Value, kind string, work func() (func() goja.Value, func() *goja.Object)) goja.Value {
	fn, ok := goja.AssertFunction(cb)
	if !ok {
		res, fail := work()
		if fail != nil {
			panic(fail())
		}
		return res()
	}
	reactor.Default().Submit(s.iso, kind, func() func() {
		res, fail := work()
		return func() {
			if fail != nil {
				s.iso.MakeCallback(fn, goja.Undefined(), fail())
				return
			}
			s.iso.MakeCallback(fn, goja.Undefined(), goja.Null(), res())
		}
	})
	return goja.Undefined()
}

func native(c *modkit.Context) (*goja.Object, error) {
	s := &state{c: c, rt: c.RT, iso: c.Iso}
	rt := s.rt
	b := rt.NewObject()
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { _ = b.Set(name, fn) }

	// ---- hashes -----------------------------------------------------------
	names := make([]any, len(hashNames))
	for i, n := range hashNames {
		names[i] = n
	}
	_ = b.Set("hashes", rt.NewArray(names...))
	_ = b.Set("constants", ConstantsObject(rt))
	// hashNew(alg, outputLength) → handle, or null for an unknown digest.
	set("hashNew", func(call goja.FunctionCall) goja.Value {
		alg := lookupDigest(call.Argument(0).String())
		if alg == nil {
			return goja.Null()
		}
		st := &hashState{alg: alg, h: alg.new()}
		if ol := call.Argument(1); !goja.IsUndefined(ol) {
			n := int(ol.ToInteger())
			if alg.xof == 0 && n != st.h.Size() {
				panic(modkit.NewError(rt, "Error", "ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH",
					"error:030000B2:digital envelope routines::not XOF or invalid length"))
			}
			st.outLen = n
		}
		return s.handle(st)
	})
	// hmacNew(alg, key, keyEncoding) → handle, or null for an unknown digest.
	set("hmacNew", func(call goja.FunctionCall) goja.Value {
		alg := lookupDigest(call.Argument(0).String())
		if alg == nil || alg.xof != 0 {
			return goja.Null()
		}
		key := s.bytesOf(call.Argument(1), call.Argument(2), "key")
		return s.handle(&hashState{alg: alg, h: newHMAC(alg, key), hmac: true})
	})
	// hashUpdate(h, data, encoding): throws ERR_CRYPTO_HASH_FINALIZED after digest.
	set("hashUpdate", func(call goja.FunctionCall) goja.Value {
		st := unwrap[*hashState](s, call.Argument(0))
		data := call.Argument(1)
		if st.done {
			panic(modkit.NewError(rt, "Error", "ERR_CRYPTO_HASH_FINALIZED", "Digest already called"))
		}
		st.h.Write(s.updateBytes(data, call.Argument(2)))
		return goja.Undefined()
	})
	// hashDigest(h, encoding) → Buffer or string.
	set("hashDigest", func(call goja.FunctionCall) goja.Value {
		st := unwrap[*hashState](s, call.Argument(0))
		if st.done {
			if st.hmac {
				// Node returns an empty digest on a second Hmac#digest.
				return s.out(nil, call.Argument(1))
			}
			panic(modkit.NewError(rt, "Error", "ERR_CRYPTO_HASH_FINALIZED", "Digest already called"))
		}
		st.done = true
		st.sum = st.digest()
		return s.out(st.sum, call.Argument(1))
	})
	// hashCopy(h, outputLength) → a new handle with the same state.
	set("hashCopy", func(call goja.FunctionCall) goja.Value {
		st := unwrap[*hashState](s, call.Argument(0))
		if st.done {
			panic(modkit.NewError(rt, "Error", "ERR_CRYPTO_HASH_FINALIZED", "Digest already called"))
		}
		h, ok := cloneHash(st.alg, st.h)
		if !ok {
			panic(modkit.NewError(rt, "Error", "", "Digest method not supported"))
		}
		n := &hashState{alg: st.alg, h: h, outLen: st.outLen}
		if ol := call.Argument(1); !goja.IsUndefined(ol) {
			n.outLen = int(ol.ToInteger())
		}
		return s.handle(n)
	})
	// hashOnce(alg, data, encoding, outputEncoding): crypto.hash().
	set("hashOnce", func(call goja.FunctionCall) goja.Value {
		alg := lookupDigest(call.Argument(0).String())
		if alg == nil {
			return goja.Null()
		}
		h := alg.new()
		h.Write(s.bytesOf(call.Argument(1), call.Argument(2), "data"))
		return s.out(h.Sum(nil), call.Argument(3))
	})
	// digestKnown(name) reports whether a digest name is supported.
	set("digestKnown", func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(lookupDigest(call.Argument(0).String()) != nil)
	})

	// ---- key derivation ---------------------------------------------------
	// pbkdf2(password, salt, iterations, keylen, digest, cb)
	set("pbkdf2", func(call goja.FunctionCall) goja.Value {
		pw := s.ownBytes(call.Argument(0), nil, "password")
		salt := s.ownBytes(call.Argument(1), nil, "salt")
		iter := int(call.Argument(2).ToInteger())
		keylen := int(call.Argument(3).ToInteger())
		alg := lookupDigest(call.Argument(4).String())
		if alg == nil || alg.xof != 0 {
			panic(modkit.NewError(rt, "TypeError", "ERR_CRYPTO_INVALID_DIGEST", "Invalid digest: "+call.Argument(4).String()))
		}
		return s.async(call.Argument(5), "crypto.pbkdf2", func() (func() goja.Value, func() *goja.Object) {
			key := pbkdf2Key(alg, pw, salt, iter, keylen)
			return func() goja.Value { return s.buf(key) }, nil
		})
	})
	// hkdf(digest, ikm, salt, info, keylen, cb) → ArrayBuffer
	set("hkdf", func(call goja.FunctionCall) goja.Value {
		alg := lookupDigest(call.Argument(0).String())
		if alg == nil || alg.xof != 0 {
			panic(modkit.NewError(rt, "TypeError", "ERR_CRYPTO_INVALID_DIGEST", "Invalid digest: "+call.Argument(0).String()))
		}
		ikm := s.ownBytes(call.Argument(1), nil, "ikm")
		salt := s.ownBytes(call.Argument(2), nil, "salt")
		info := s.ownBytes(call.Argument(3), nil, "info")
		keylen := int(call.Argument(4).ToInteger())
		return s.async(call.Argument(5), "crypto.hkdf", func() (func() goja.Value, func() *goja.Object) {
			key, err := hkdfKey(alg, ikm, salt, info, keylen)
			if err != nil {
				return nil, func() *goja.Object {
					return modkit.NewError(rt, "RangeError", "ERR_CRYPTO_INVALID_KEYLEN", "Invalid key length")
				}
			}
			return func() goja.Value { return rt.ToValue(rt.NewArrayBuffer(key)) }, nil
		})
	})

	// ---- randomness -------------------------------------------------------
	// randomBytes(size, cb)
	set("randomBytes", func(call goja.FunctionCall) goja.Value {
		n := int(call.Argument(0).ToInteger())
		return s.async(call.Argument(1), "crypto.randomBytes", func() (func() goja.Value, func() *goja.Object) {
			p := make([]byte, n)
			_, _ = crand.Read(p)
			return func() goja.Value { return s.buf(p) }, nil
		})
	})
	// randomFill(view, cb): fills the bytes of a typed array / ArrayBuffer.
	set("randomFill", func(call goja.FunctionCall) goja.Value {
		view := call.Argument(0)
		dst, ok := buffer.Bytes(rt, view)
		if !ok {
			modkit.ThrowInvalidArgType(rt, "buf", "an instance of ArrayBuffer or ArrayBufferView", view)
		}
		fn, async := goja.AssertFunction(call.Argument(1))
		if !async {
			_, _ = crand.Read(dst)
			return view
		}
		n := len(dst)
		reactor.Default().Submit(s.iso, "crypto.randomFill", func() func() {
			p := make([]byte, n)
			_, _ = crand.Read(p)
			return func() {
				copy(dst, p)
				s.iso.MakeCallback(fn, goja.Undefined(), goja.Null(), view)
			}
		})
		return goja.Undefined()
	})
	// randomInt(min, max) → uniform integer in [min, max).
	set("randomInt", func(call goja.FunctionCall) goja.Value {
		lo := call.Argument(0).ToInteger()
		hi := call.Argument(1).ToInteger()
		r, _ := crand.Int(crand.Reader, big.NewInt(hi-lo))
		return rt.ToValue(lo + r.Int64())
	})
	// randomUUID() → RFC 4122 version 4 UUID.
	set("randomUUID", func(call goja.FunctionCall) goja.Value {
		var u [16]byte
		_, _ = crand.Read(u[:])
		u[6] = u[6]&0x0f | 0x40
		u[8] = u[8]&0x3f | 0x80
		const hexd = "0123456789abcdef"
		out := make([]byte, 0, 36)
		for i, c := range u {
			if i == 4 || i == 6 || i == 8 || i == 10 {
				out = append(out, '-')
			}
			out = append(out, hexd[c>>4], hexd[c&15])
		}
		return rt.ToValue(string(out))
	})
	// timingSafeEqual(a, b)
	set("timingSafeEqual", func(call goja.FunctionCall) goja.Value {
		a, ok := buffer.Bytes(rt, call.Argument(0))
		if !ok {
			panic(modkit.NewError(rt, "TypeError", "ERR_INVALID_ARG_TYPE", `The "buf1" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`))
		}
		bb, ok := buffer.Bytes(rt, call.Argument(1))
		if !ok {
			panic(modkit.NewError(rt, "TypeError", "ERR_INVALID_ARG_TYPE", `The "buf2" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`))
		}
		if len(a) != len(bb) {
			panic(modkit.NewError(rt, "RangeError", "ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH", "Input buffers must have the same byte length"))
		}
		return rt.ToValue(subtle.ConstantTimeCompare(a, bb) == 1)
	})

	s.cipherBinding(b)
	s.keyBinding(b)
	s.dhBinding(b)
	return b, nil
}
