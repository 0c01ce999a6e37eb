package crypto

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/md5"
	"crypto/rc4"
	"crypto/subtle"
	"strings"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/modkit"
)

// cipherSpec is one supported cipher.
type cipherSpec struct {
	name          string
	keyLen, ivLen int
	mode          string // cbc ecb ctr cfb cfb8 ofb gcm rc4
	des           bool   // DES (8-byte key) or 3DES (16 or 24), else AES
}

var cipherList = func() []cipherSpec {
	var l []cipherSpec
	for _, bits := range []int{128, 192, 256} {
		for _, m := range []string{"cbc", "cfb", "cfb8", "ctr", "ecb", "gcm", "ofb"} {
			iv := 16
			switch m {
			case "ecb":
				iv = 0
			case "gcm":
				iv = 12
			}
			l = append(l, cipherSpec{name: "aes-" + itoa(bits) + "-" + m, keyLen: bits / 8, ivLen: iv, mode: m})
		}
	}
	l = append(l,
		cipherSpec{name: "des-ede3-cbc", keyLen: 24, ivLen: 8, mode: "cbc", des: true},
		cipherSpec{name: "des-ede3-ecb", keyLen: 24, ivLen: 0, mode: "ecb", des: true},
		cipherSpec{name: "des-ede3-cfb", keyLen: 24, ivLen: 8, mode: "cfb", des: true},
		cipherSpec{name: "des-ede3-ofb", keyLen: 24, ivLen: 8, mode: "ofb", des: true},
		cipherSpec{name: "des-ede-cbc", keyLen: 16, ivLen: 8, mode: "cbc", des: true},
		cipherSpec{name: "des-ede-ecb", keyLen: 16, ivLen: 0, mode: "ecb", des: true},
		cipherSpec{name: "des-cbc", keyLen: 8, ivLen: 8, mode: "cbc", des: true},
		cipherSpec{name: "des-ecb", keyLen: 8, ivLen: 0, mode: "ecb", des: true},
		cipherSpec{name: "des-cfb", keyLen: 8, ivLen: 8, mode: "cfb", des: true},
		cipherSpec{name: "des-ofb", keyLen: 8, ivLen: 8, mode: "ofb", des: true},
		cipherSpec{name: "rc4", keyLen: 16, mode: "rc4"},
		cipherSpec{name: "rc4-40", keyLen: 5, mode: "rc4"},
	)
	return l
}()

var cipherAliases = map[string]string{
	"aes128": "aes-128-cbc", "aes192": "aes-192-cbc", "aes256": "aes-256-cbc",
	"id-aes128-gcm": "aes-128-gcm", "id-aes192-gcm": "aes-192-gcm", "id-aes256-gcm": "aes-256-gcm",
	"des3": "des-ede3-cbc", "des-ede3": "des-ede3-ecb", "des-ede": "des-ede-ecb", "des": "des-cbc",
}

// cipherNames is what getCiphers() returns.
var cipherNames = func() []string {
	var l []string
	for _, c := range cipherList {
		l = append(l, c.name)
	}
	l = append(l, "aes128", "aes192", "aes256", "des", "des-ede", "des-ede3", "des3",
		"id-aes128-GCM", "id-aes192-GCM", "id-aes256-GCM")
	sortStrings(l)
	return l
}()

var cipherIndex = func() map[string]*cipherSpec {
	m := map[string]*cipherSpec{}
	for i := range cipherList {
		m[cipherList[i].name] = &cipherList[i]
	}
	return m
}()

func lookupCipher(name string) *cipherSpec {
	l := strings.ToLower(name)
	if a, ok := cipherAliases[l]; ok {
		l = a
	}
	return cipherIndex[l]
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}

func sortStrings(l []string) {
	for i := 1; i < len(l); i++ {
		for j := i; j > 0 && l[j] < l[j-1]; j-- {
			l[j], l[j-1] = l[j-1], l[j]
		}
	}
}

// cipherState is a Cipher or Decipher object's Go half.
type cipherState struct {
	spec    *cipherSpec
	decrypt bool
	block   cipher.Block
	mode    cipher.BlockMode // cbc, ecb
	stream  cipher.Stream    // ctr, cfb, ofb, cfb8, gcm (12-byte IV)
	pad     bool
	pending []byte // partial block (block modes)
	final   bool

	// GCM
	aead    cipher.AEAD
	iv      []byte
	aad     []byte
	all     []byte // the plaintext so far (its tag is computed at final)
	ct      []byte // non-12-byte IV: input held until final
	tag     []byte
	tagLen  int
	tagSet  bool
	hasData bool
}

type ecb struct {
	b       cipher.Block
	decrypt bool
}

func (e ecb) BlockSize() int { return e.b.BlockSize() }
func (e ecb) CryptBlocks(dst, src []byte) {
	bs := e.b.BlockSize()
	for i := 0; i < len(src); i += bs {
		if e.decrypt {
			e.b.Decrypt(dst[i:i+bs], src[i:i+bs])
		} else {
			e.b.Encrypt(dst[i:i+bs], src[i:i+bs])
		}
	}
}

// cfb8 is CFB with an 8-bit shift register.
type cfb8 struct {
	b       cipher.Block
	reg     []byte
	tmp     []byte
	decrypt bool
}

func (c *cfb8) XORKeyStream(dst, src []byte) {
	for i := range src {
		c.b.Encrypt(c.tmp, c.reg)
		in := src[i]
		out := in ^ c.tmp[0]
		dst[i] = out
		copy(c.reg, c.reg[1:])
		if c.decrypt {
			c.reg[len(c.reg)-1] = in
		} else {
			c.reg[len(c.reg)-1] = out
		}
	}
}

func newBlock(spec *cipherSpec, key []byte) cipher.Block {
	if spec.des && len(key) == 8 {
		b, err := des.NewCipher(key)
		if err != nil {
			panic(err)
		}
		return b
	}
	if spec.des {
		k := key
		if len(k) == 16 {
			k = append(append([]byte(nil), key...), key[:8]...)
		}
		b, err := des.NewTripleDESCipher(k)
		if err != nil {
			panic(err)
		}
		return b
	}
	b, err := aes.NewCipher(key)
	if err != nil {
		panic(err)
	}
	return b
}

// evpBytesToKey is OpenSSL's EVP_BytesToKey with MD5, one iteration, no salt.
func evpBytesToKey(pass []byte, keyLen, ivLen int) (key, iv []byte) {
	var out, prev []byte
	for len(out) < keyLen+ivLen {
		h := md5.New()
		h.Write(prev)
		h.Write(pass)
		prev = h.Sum(nil)
		out = append(out, prev...)
	}
	return out[:keyLen], out[keyLen : keyLen+ivLen]
}

func (s *state) newCipher(spec *cipherSpec, key, iv []byte, decrypt bool, tagLen int) *cipherState {
	rt := s.rt
	if len(key) != spec.keyLen {
		panic(modkit.NewError(rt, "RangeError", "ERR_CRYPTO_INVALID_KEYLEN", "Invalid key length"))
	}
	if spec.mode == "gcm" {
		if len(iv) == 0 {
			panic(modkit.NewError(rt, "TypeError", "ERR_CRYPTO_INVALID_IV", "Invalid initialization vector"))
		}
	} else if iv != nil && len(iv) != spec.ivLen {
		panic(modkit.NewError(rt, "TypeError", "ERR_CRYPTO_INVALID_IV", "Invalid initialization vector"))
	} else if iv == nil && spec.ivLen != 0 {
		panic(modkit.NewError(rt, "TypeError", "ERR_CRYPTO_INVALID_IV", "Invalid initialization vector"))
	}
	iv = append([]byte(nil), iv...)
	st := &cipherState{spec: spec, decrypt: decrypt, pad: true, iv: iv}
	if spec.mode == "rc4" {
		c, err := rc4.NewCipher(key)
		if err != nil {
			panic(modkit.NewError(rt, "RangeError", "ERR_CRYPTO_INVALID_KEYLEN", "Invalid key length"))
		}
		st.stream = c
		return st
	}
	st.block = newBlock(spec, key)
	switch spec.mode {
	case "cbc":
		if decrypt {
			st.mode = cipher.NewCBCDecrypter(st.block, iv)
		} else {
			st.mode = cipher.NewCBCEncrypter(st.block, iv)
		}
	case "ecb":
		st.mode = ecb{b: st.block, decrypt: decrypt}
	case "ctr":
		st.stream = cipher.NewCTR(st.block, iv)
	case "ofb":
		st.stream = cipher.NewOFB(st.block, iv) //nolint:staticcheck // OFB is what Node offers
	case "cfb":
		if decrypt {
			st.stream = cipher.NewCFBDecrypter(st.block, iv) //nolint:staticcheck
		} else {
			st.stream = cipher.NewCFBEncrypter(st.block, iv) //nolint:staticcheck
		}
	case "cfb8":
		st.stream = &cfb8{b: st.block, reg: append([]byte(nil), iv...), tmp: make([]byte, len(iv)), decrypt: decrypt}
	case "gcm":
		if tagLen == 0 {
			tagLen = 16
		}
		if tagLen < 4 || tagLen > 16 || (tagLen < 12 && tagLen != 4 && tagLen != 8) {
			panic(modkit.NewError(rt, "TypeError", "ERR_CRYPTO_INVALID_AUTH_TAG", "Invalid authentication tag length: "+itoa(tagLen)))
		}
		st.tagLen = tagLen
		var err error
		if len(iv) == 12 {
			st.aead, err = cipher.NewGCM(st.block)
			ctr := make([]byte, 16)
			copy(ctr, iv)
			ctr[15] = 2
			st.stream = cipher.NewCTR(st.block, ctr)
		} else {
			st.aead, err = cipher.NewGCMWithNonceSize(st.block, len(iv))
		}
		if err != nil {
			panic(modkit.NewError(rt, "TypeError", "ERR_CRYPTO_INVALID_IV", "Invalid initialization vector"))
		}
	}
	return st
}

func (s *state) badState(msg string) *goja.Object {
	return modkit.NewError(s.rt, "Error", "", msg)
}

func (s *state) cipherUpdate(st *cipherState, in []byte) []byte {
	if st.final {
		panic(s.badState("Trying to add data in unsupported state"))
	}
	st.hasData = true
	if st.spec.mode == "gcm" {
		if st.stream == nil { // IV not 12 bytes: everything happens at final
			st.ct = append(st.ct, in...)
			return nil
		}
		out := make([]byte, len(in))
		st.stream.XORKeyStream(out, in)
		if st.decrypt {
			st.all = append(st.all, out...)
		} else {
			st.all = append(st.all, in...)
		}
		return out
	}
	if st.stream != nil {
		out := make([]byte, len(in))
		st.stream.XORKeyStream(out, in)
		return out
	}
	bs := st.block.BlockSize()
	data := in
	if len(st.pending) > 0 {
		data = append(st.pending, in...)
	}
	n := len(data) / bs * bs
	if st.decrypt && st.pad && n == len(data) && n > 0 {
		n -= bs
	}
	out := make([]byte, n)
	st.mode.CryptBlocks(out, data[:n])
	st.pending = append([]byte(nil), data[n:]...)
	return out
}

func (s *state) wrongFinalBlock() *goja.Object {
	return s.osslError("ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH", "error:1C80006B:Provider routines::wrong final block length",
		"Provider routines", "wrong final block length")
}

func (s *state) cipherFinal(st *cipherState) []byte {
	if st.final {
		panic(modkit.NewError(s.rt, "Error", "ERR_CRYPTO_INVALID_STATE", "Invalid state"))
	}
	st.final = true
	switch st.spec.mode {
	case "gcm":
		return s.gcmFinal(st)
	case "cbc", "ecb":
	default:
		return nil
	}
	bs := st.block.BlockSize()
	if !st.decrypt {
		data := st.pending
		if st.pad {
			p := bs - len(data)%bs
			for i := 0; i < p; i++ {
				data = append(data, byte(p))
			}
		} else if len(data) != 0 {
			panic(s.wrongFinalBlock())
		}
		out := make([]byte, len(data))
		st.mode.CryptBlocks(out, data)
		return out
	}
	if !st.pad {
		if len(st.pending) != 0 {
			panic(s.wrongFinalBlock())
		}
		return nil
	}
	if len(st.pending) != bs {
		panic(s.wrongFinalBlock())
	}
	out := make([]byte, bs)
	st.mode.CryptBlocks(out, st.pending)
	p := int(out[bs-1])
	if p == 0 || p > bs {
		panic(s.badDecrypt())
	}
	for _, c := range out[bs-p:] {
		if int(c) != p {
			panic(s.badDecrypt())
		}
	}
	return out[:bs-p]
}

func (s *state) badDecrypt() *goja.Object {
	return s.osslError("ERR_OSSL_BAD_DECRYPT", "error:1C800064:Provider routines::bad decrypt", "Provider routines", "bad decrypt")
}

func (s *state) gcmFinal(st *cipherState) []byte {
	authFail := func() *goja.Object { return s.badState("Unsupported state or unable to authenticate data") }
	var out []byte
	if st.stream == nil {
		if st.decrypt {
			ks := st.aead.Seal(nil, st.iv, make([]byte, len(st.ct)), nil)[:len(st.ct)]
			out = make([]byte, len(st.ct))
			subtle.XORBytes(out, st.ct, ks)
			st.all = out
		} else {
			st.all = st.ct
			out = st.aead.Seal(nil, st.iv, st.all, st.aad)[:len(st.all)]
		}
	}
	sealed := st.aead.Seal(nil, st.iv, st.all, st.aad)
	full := sealed[len(st.all):]
	if !st.decrypt {
		st.tag = full[:st.tagLen]
		return out
	}
	if !st.tagSet || subtle.ConstantTimeCompare(full[:len(st.tag)], st.tag) != 1 {
		panic(authFail())
	}
	return out
}

func (s *state) cipherBinding(b *goja.Object) {
	rt := s.rt
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { _ = b.Set(name, fn) }
	names := make([]any, len(cipherNames))
	for i, n := range cipherNames {
		names[i] = n
	}
	_ = b.Set("ciphers", rt.NewArray(names...))
	// cipherInfo(name) → {name, keyLength, ivLength, mode, blockSize} or undefined.
	set("cipherInfo", func(call goja.FunctionCall) goja.Value {
		spec := lookupCipher(call.Argument(0).String())
		if spec == nil {
			return goja.Undefined()
		}
		o := rt.NewObject()
		mode := spec.mode
		switch mode {
		case "cfb8":
			mode = "cfb"
		case "rc4":
			mode = "stream"
		}
		_ = o.Set("mode", mode)
		_ = o.Set("name", spec.name)
		_ = o.Set("nid", 0)
		bs := 16
		if spec.des {
			bs = 8
		}
		switch spec.mode {
		case "cbc", "ecb":
			_ = o.Set("blockSize", bs)
		case "rc4": // a stream cipher: OpenSSL reports no block size
		default:
			_ = o.Set("blockSize", 1)
		}
		if spec.ivLen > 0 {
			_ = o.Set("ivLength", spec.ivLen)
		}
		_ = o.Set("keyLength", spec.keyLen)
		return o
	})
	// cipherNew(name, key, iv, decrypt, authTagLength, keyEnc, ivEnc) → handle
	// (iv null: the legacy password form, key is the password).
	set("cipherNew", func(call goja.FunctionCall) goja.Value {
		spec := lookupCipher(call.Argument(0).String())
		if spec == nil {
			panic(modkit.NewError(rt, "Error", "ERR_CRYPTO_UNKNOWN_CIPHER", "Unknown cipher"))
		}
		decrypt := call.Argument(3).ToBoolean()
		tagLen := 0
		if v := call.Argument(4); !goja.IsUndefined(v) {
			tagLen = int(v.ToInteger())
		}
		var key, iv []byte
		if call.Argument(7).ToBoolean() { // legacy createCipher(alg, password)
			pw := s.bytesOf(call.Argument(1), call.Argument(5), "password")
			key, iv = evpBytesToKey(pw, spec.keyLen, spec.ivLen)
			if spec.ivLen == 0 {
				iv = nil
			}
		} else {
			key = s.bytesOf(call.Argument(1), call.Argument(5), "key")
			if ivv := call.Argument(2); !goja.IsNull(ivv) && !goja.IsUndefined(ivv) {
				iv = s.bytesOf(ivv, call.Argument(6), "iv")
				if iv == nil {
					iv = []byte{}
				}
			}
		}
		return s.handle(s.newCipher(spec, key, iv, decrypt, tagLen))
	})
	set("cipherUpdate", func(call goja.FunctionCall) goja.Value {
		st := unwrap[*cipherState](s, call.Argument(0))
		return s.buf(s.cipherUpdate(st, s.updateBytes(call.Argument(1), call.Argument(2))))
	})
	set("cipherFinal", func(call goja.FunctionCall) goja.Value {
		st := unwrap[*cipherState](s, call.Argument(0))
		return s.buf(s.cipherFinal(st))
	})
	set("cipherSetAutoPadding", func(call goja.FunctionCall) goja.Value {
		st := unwrap[*cipherState](s, call.Argument(0))
		if st.final {
			panic(modkit.NewError(rt, "Error", "ERR_CRYPTO_INVALID_STATE", "Invalid state for operation setAutoPadding"))
		}
		st.pad = call.Argument(1).ToBoolean()
		return goja.Undefined()
	})
	set("cipherSetAAD", func(call goja.FunctionCall) goja.Value {
		st := unwrap[*cipherState](s, call.Argument(0))
		if st.spec.mode != "gcm" || st.final || st.hasData {
			panic(modkit.NewError(rt, "Error", "ERR_CRYPTO_INVALID_STATE", "Invalid state for operation setAAD"))
		}
		st.aad = append(st.aad, s.bytesOf(call.Argument(1), call.Argument(2), "buffer")...)
		return goja.Undefined()
	})
	set("cipherGetAuthTag", func(call goja.FunctionCall) goja.Value {
		st := unwrap[*cipherState](s, call.Argument(0))
		if st.spec.mode != "gcm" || st.decrypt || st.tag == nil {
			panic(modkit.NewError(rt, "Error", "ERR_CRYPTO_INVALID_STATE", "Invalid state for operation getAuthTag"))
		}
		return s.buf(append([]byte(nil), st.tag...))
	})
	set("cipherSetAuthTag", func(call goja.FunctionCall) goja.Value {
		st := unwrap[*cipherState](s, call.Argument(0))
		if st.spec.mode != "gcm" || !st.decrypt || st.final || st.tagSet {
			panic(modkit.NewError(rt, "Error", "ERR_CRYPTO_INVALID_STATE", "Invalid state for operation setAuthTag"))
		}
		tag := s.bytesOf(call.Argument(1), call.Argument(2), "buffer")
		n := len(tag)
		if n < 4 || n > 16 || (n < 12 && n != 4 && n != 8) {
			panic(modkit.NewError(rt, "TypeError", "ERR_CRYPTO_INVALID_AUTH_TAG", "Invalid authentication tag length: "+itoa(n)))
		}
		st.tag = append([]byte(nil), tag...)
		st.tagSet = true
		return goja.Undefined()
	})
}
