package crypto

import (
	gocrypto "crypto"
	"crypto/dsa" //nolint:staticcheck // see dsa.go
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	crand "crypto/rand"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/x509"
	"encoding/asn1"
	"encoding/pem"
	"errors"
	"math/big"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/modkit"
)

// keyState is a KeyObject's Go half.
type keyState struct {
	kind   string // "secret", "public", "private"
	secret []byte
	pub    any // *rsa.PublicKey, *ecdsa.PublicKey, ed25519.PublicKey, *ecdh.PublicKey
	priv   any // *rsa.PrivateKey, *ecdsa.PrivateKey, ed25519.PrivateKey, *ecdh.PrivateKey
}

func (k *keyState) asymType() string {
	switch k.pub.(type) {
	case *rsa.PublicKey:
		return "rsa"
	case *ecdsa.PublicKey:
		return "ec"
	case ed25519.PublicKey:
		return "ed25519"
	case *ecdh.PublicKey:
		return "x25519"
	case *dsa.PublicKey:
		return "dsa"
	}
	return ""
}

func curveName(c elliptic.Curve) string {
	switch c {
	case elliptic.P224():
		return "secp224r1"
	case elliptic.P256():
		return "prime256v1"
	case elliptic.P384():
		return "secp384r1"
	case elliptic.P521():
		return "secp521r1"
	}
	return ""
}

func curveOf(name string) elliptic.Curve {
	switch name {
	case "prime256v1", "P-256", "secp256r1":
		return elliptic.P256()
	case "secp384r1", "P-384":
		return elliptic.P384()
	case "secp521r1", "P-521":
		return elliptic.P521()
	case "secp224r1", "P-224":
		return elliptic.P224()
	}
	return nil
}

func ecdhCurveOf(name string) ecdh.Curve {
	switch name {
	case "prime256v1", "P-256", "secp256r1":
		return ecdh.P256()
	case "secp384r1", "P-384":
		return ecdh.P384()
	case "secp521r1", "P-521":
		return ecdh.P521()
	}
	return nil
}

func publicOf(priv any) any {
	switch k := priv.(type) {
	case *rsa.PrivateKey:
		return &k.PublicKey
	case *ecdsa.PrivateKey:
		return &k.PublicKey
	case ed25519.PrivateKey:
		return k.Public()
	case *ecdh.PrivateKey:
		return k.PublicKey()
	case *dsa.PrivateKey:
		return &k.PublicKey
	}
	return nil
}

var errUnsupportedKey = errors.New("unsupported")

// parsePrivate parses a PEM or DER private key. typ is the DER type
// ("pkcs1", "pkcs8", "sec1") when the input is DER.
func parsePrivate(data []byte, format, typ string, pass []byte) (any, error) {
	if format == "der" {
		switch typ {
		case "pkcs1":
			return x509.ParsePKCS1PrivateKey(data)
		case "sec1":
			return x509.ParseECPrivateKey(data)
		default:
			return parsePKCS8(data)
		}
	}
	rest := data
	for {
		var blk *pem.Block
		blk, rest = pem.Decode(rest)
		if blk == nil {
			return nil, errUnsupportedKey
		}
		der := blk.Bytes
		if x509.IsEncryptedPEMBlock(blk) { //nolint:staticcheck // legacy PEM encryption, as OpenSSL reads it
			if pass == nil {
				return nil, ErrNeedPassphrase
			}
			var err error
			der, err = x509.DecryptPEMBlock(blk, pass) //nolint:staticcheck
			if err != nil {
				return nil, ErrBadDecrypt
			}
		}
		switch blk.Type {
		case "RSA PRIVATE KEY":
			return x509.ParsePKCS1PrivateKey(der)
		case "EC PRIVATE KEY":
			return x509.ParseECPrivateKey(der)
		case "PRIVATE KEY":
			return parsePKCS8(der)
		case "DSA PRIVATE KEY":
			return parseDSAPrivate(der)
		case "ENCRYPTED PRIVATE KEY":
			if pass == nil {
				return nil, ErrNeedPassphrase
			}
			plain, err := decryptPKCS8(der, pass)
			if err != nil {
				return nil, err
			}
			return parsePKCS8(plain)
		}
	}
}

// parsePKCS8 parses a PKCS#8 private key, DSA included.
func parsePKCS8(der []byte) (any, error) {
	k, err := x509.ParsePKCS8PrivateKey(der)
	if err != nil {
		if dk, derr := parsePKCS8DSA(der); derr == nil {
			return dk, nil
		}
	}
	return k, err
}

// ParsePrivateKey parses the first private key of a PEM text (PKCS#1,
// SEC 1, PKCS#8, DSA; legacy-encrypted PEM or encrypted PKCS#8 with pass)
// for other modules (tls). Errors: ErrNeedPassphrase, ErrBadDecrypt, or
// another for an unsupported or malformed key.
func ParsePrivateKey(data, pass []byte) (any, error) {
	return parsePrivate(data, "pem", "", pass)
}

// Errors of ParsePrivateKey: an encrypted key without a passphrase, and a
// wrong passphrase.
var (
	ErrNeedPassphrase = errors.New("passphrase required")
	ErrBadDecrypt     = errors.New("bad decrypt")
)

// parsePublic parses a PEM or DER public key or certificate, or derives the
// public key of a private key.
func parsePublic(data []byte, format, typ string, pass []byte) (any, error) {
	if format == "der" {
		switch typ {
		case "pkcs1":
			return x509.ParsePKCS1PublicKey(data)
		default:
			return x509.ParsePKIXPublicKey(data)
		}
	}
	rest := data
	for {
		var blk *pem.Block
		blk, rest = pem.Decode(rest)
		if blk == nil {
			return nil, errUnsupportedKey
		}
		switch blk.Type {
		case "PUBLIC KEY":
			return x509.ParsePKIXPublicKey(blk.Bytes)
		case "RSA PUBLIC KEY":
			return x509.ParsePKCS1PublicKey(blk.Bytes)
		case "CERTIFICATE":
			c, err := x509.ParseCertificate(blk.Bytes)
			if err != nil {
				return nil, err
			}
			return c.PublicKey, nil
		case "RSA PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY", "DSA PRIVATE KEY", "ENCRYPTED PRIVATE KEY":
			p, err := parsePrivate(data, format, typ, pass)
			if err != nil {
				return nil, err
			}
			return publicOf(p), nil
		}
	}
}

func (s *state) keyError(err error) *goja.Object {
	switch err {
	case ErrNeedPassphrase:
		return modkit.NewError(s.rt, "TypeError", "ERR_MISSING_PASSPHRASE", "Passphrase required for encrypted key")
	case ErrBadDecrypt:
		return s.osslError("ERR_OSSL_BAD_DECRYPT", "error:1C800064:Provider routines::bad decrypt", "Provider routines", "bad decrypt")
	}
	return s.osslError("ERR_OSSL_UNSUPPORTED", "error:1E08010C:DECODER routines::unsupported", "DECODER routines", "unsupported")
}

// hashFor maps a digest to crypto.Hash for signatures.
func hashFor(alg *digestAlg) gocrypto.Hash {
	if alg == nil {
		return 0
	}
	switch alg.name {
	case "md5":
		return gocrypto.MD5
	case "sha1":
		return gocrypto.SHA1
	case "sha224":
		return gocrypto.SHA224
	case "sha256":
		return gocrypto.SHA256
	case "sha384":
		return gocrypto.SHA384
	case "sha512":
		return gocrypto.SHA512
	case "sha512-224":
		return gocrypto.SHA512_224
	case "sha512-256":
		return gocrypto.SHA512_256
	case "sha3-224":
		return gocrypto.SHA3_224
	case "sha3-256":
		return gocrypto.SHA3_256
	case "sha3-384":
		return gocrypto.SHA3_384
	case "sha3-512":
		return gocrypto.SHA3_512
	case "md5-sha1":
		return gocrypto.MD5SHA1
	}
	return 0
}

// Node's RSA padding constants.
const (
	rsaPKCS1Padding     = 1
	rsaNoPadding        = 3
	rsaPKCS1OAEPPadding = 4
	rsaPKCS1PSSPadding  = 6
)

type signOpts struct {
	padding    int
	saltLength int
	p1363      bool
}

func (s *state) sign(priv any, alg *digestAlg, digest, data []byte, o signOpts) []byte {
	invalidDigest := func() { panic(modkit.NewError(s.rt, "TypeError", "ERR_CRYPTO_INVALID_DIGEST", "Invalid digest")) }
	switch k := priv.(type) {
	case *rsa.PrivateKey:
		h := hashFor(alg)
		if h == 0 && alg != nil {
			invalidDigest()
		}
		var sig []byte
		var err error
		if o.padding == rsaPKCS1PSSPadding {
			salt := o.saltLength
			if salt == -2 {
				salt = rsa.PSSSaltLengthAuto
			} else if salt == -1 {
				salt = rsa.PSSSaltLengthEqualsHash
			}
			sig, err = rsa.SignPSS(crand.Reader, k, h, digest, &rsa.PSSOptions{SaltLength: salt, Hash: h})
		} else {
			sig, err = rsa.SignPKCS1v15(nil, k, h, digest)
		}
		if err != nil {
			// v0.10 (OpenSSL 1.0) names the function in the message; tests match it.
			panic(s.osslError("ERR_OSSL_RSA_DIGEST_TOO_BIG_FOR_RSA_KEY", "error:04075070:rsa routines:RSA_sign:digest too big for rsa key", "rsa routines", "digest too big for rsa key"))
		}
		return sig
	case *ecdsa.PrivateKey:
		sig, err := ecdsa.SignASN1(crand.Reader, k, digest)
		if err != nil {
			panic(s.keyError(err))
		}
		if o.p1363 {
			return derToP1363(sig, (k.Curve.Params().BitSize+7)/8)
		}
		return sig
	case ed25519.PrivateKey:
		return ed25519.Sign(k, data)
	case *dsa.PrivateKey:
		sig, err := dsaSign(k, digest)
		if err != nil {
			panic(s.keyError(err))
		}
		return sig
	}
	panic(s.osslError("ERR_OSSL_EVP_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE",
		"error:03000096:digital envelope routines::operation not supported for this keytype",
		"digital envelope routines", "operation not supported for this keytype"))
}

func (s *state) verify(pub any, alg *digestAlg, digest, data, sig []byte, o signOpts) bool {
	switch k := pub.(type) {
	case *rsa.PublicKey:
		h := hashFor(alg)
		if o.padding == rsaPKCS1PSSPadding {
			salt := o.saltLength
			if salt == -2 {
				salt = rsa.PSSSaltLengthAuto
			} else if salt == -1 {
				salt = rsa.PSSSaltLengthEqualsHash
			}
			return rsa.VerifyPSS(k, h, digest, sig, &rsa.PSSOptions{SaltLength: salt, Hash: h}) == nil
		}
		return rsa.VerifyPKCS1v15(k, h, digest, sig) == nil
	case *ecdsa.PublicKey:
		if o.p1363 {
			sig = p1363ToDER(sig)
			if sig == nil {
				return false
			}
		}
		return ecdsa.VerifyASN1(k, digest, sig)
	case ed25519.PublicKey:
		return ed25519.Verify(k, data, sig)
	case *dsa.PublicKey:
		return dsaVerify(k, digest, sig)
	}
	panic(s.osslError("ERR_OSSL_EVP_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE",
		"error:03000096:digital envelope routines::operation not supported for this keytype",
		"digital envelope routines", "operation not supported for this keytype"))
}

type ecSig struct{ R, S *big.Int }

func derToP1363(der []byte, n int) []byte {
	var sig ecSig
	if _, err := asn1.Unmarshal(der, &sig); err != nil {
		return der
	}
	out := make([]byte, 2*n)
	sig.R.FillBytes(out[:n])
	sig.S.FillBytes(out[n:])
	return out
}

func p1363ToDER(b []byte) []byte {
	if len(b)%2 != 0 || len(b) == 0 {
		return nil
	}
	n := len(b) / 2
	der, err := asn1.Marshal(ecSig{new(big.Int).SetBytes(b[:n]), new(big.Int).SetBytes(b[n:])})
	if err != nil {
		return nil
	}
	return der
}

// exportKey encodes a key: format "pem" or "der", type pkcs1/pkcs8/spki/sec1.
func exportKey(k *keyState, format, typ string) ([]byte, error) {
	var der []byte
	var pemType string
	var err error
	if k.kind == "private" {
		switch typ {
		case "pkcs1":
			rk, ok := k.priv.(*rsa.PrivateKey)
			if !ok {
				return nil, errUnsupportedKey
			}
			der, pemType = x509.MarshalPKCS1PrivateKey(rk), "RSA PRIVATE KEY"
		case "sec1":
			ek, ok := k.priv.(*ecdsa.PrivateKey)
			if !ok {
				return nil, errUnsupportedKey
			}
			der, err = x509.MarshalECPrivateKey(ek)
			pemType = "EC PRIVATE KEY"
		default:
			der, err = x509.MarshalPKCS8PrivateKey(k.priv)
			pemType = "PRIVATE KEY"
		}
	} else {
		switch typ {
		case "pkcs1":
			rk, ok := k.pub.(*rsa.PublicKey)
			if !ok {
				return nil, errUnsupportedKey
			}
			der, pemType = x509.MarshalPKCS1PublicKey(rk), "RSA PUBLIC KEY"
		default:
			der, err = x509.MarshalPKIXPublicKey(k.pub)
			pemType = "PUBLIC KEY"
		}
	}
	if err != nil {
		return nil, err
	}
	if format == "der" {
		return der, nil
	}
	return pem.EncodeToMemory(&pem.Block{Type: pemType, Bytes: der}), nil
}

// rsaRaw computes c^e mod n (publicDecrypt) on a public key.
func rsaRaw(k *rsa.PublicKey, c []byte) []byte {
	m := new(big.Int).Exp(new(big.Int).SetBytes(c), big.NewInt(int64(k.E)), k.N)
	return m.FillBytes(make([]byte, k.Size()))
}

func (s *state) keyBinding(b *goja.Object) {
	rt := s.rt
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { _ = b.Set(name, fn) }
	str := func(v goja.Value) string {
		if goja.IsUndefined(v) || goja.IsNull(v) {
			return ""
		}
		return v.String()
	}
	var pass = func(v goja.Value) []byte {
		if goja.IsUndefined(v) || goja.IsNull(v) {
			return nil
		}
		return s.ownBytes(v, nil, "passphrase")
	}
	// keyParse(kind, data, format, type, passphrase) → handle. kind is
	// "private", "public" or "secret".
	set("keyParse", func(call goja.FunctionCall) goja.Value {
		kind := call.Argument(0).String()
		data := s.bytesOf(call.Argument(1), nil, "key")
		format, typ := str(call.Argument(2)), str(call.Argument(3))
		k := &keyState{kind: kind}
		var err error
		switch kind {
		case "secret":
			k.secret = append([]byte(nil), data...)
		case "private":
			k.priv, err = parsePrivate(data, format, typ, pass(call.Argument(4)))
			if err == nil {
				k.pub = publicOf(k.priv)
			}
		default:
			k.pub, err = parsePublic(data, format, typ, pass(call.Argument(4)))
		}
		if err != nil {
			panic(s.keyError(err))
		}
		if k.kind != "secret" && k.pub == nil {
			panic(s.keyError(errUnsupportedKey))
		}
		return s.handle(k)
	})
	// keyPublic(handle) → the public half of a private key.
	set("keyPublic", func(call goja.FunctionCall) goja.Value {
		k := unwrap[*keyState](s, call.Argument(0))
		return s.handle(&keyState{kind: "public", pub: k.pub})
	})
	// keyInfo(handle) → {type, asymmetricKeyType, details…}
	set("keyInfo", func(call goja.FunctionCall) goja.Value {
		k := unwrap[*keyState](s, call.Argument(0))
		o := rt.NewObject()
		_ = o.Set("type", k.kind)
		if k.kind == "secret" {
			_ = o.Set("size", len(k.secret))
			return o
		}
		_ = o.Set("asymmetricKeyType", k.asymType())
		d := rt.NewObject()
		switch p := k.pub.(type) {
		case *rsa.PublicKey:
			_ = d.Set("modulusLength", p.N.BitLen())
			_ = d.Set("publicExponent", rt.ToValue(big.NewInt(int64(p.E))))
		case *ecdsa.PublicKey:
			_ = d.Set("namedCurve", curveName(p.Curve))
		}
		_ = o.Set("details", d)
		return o
	})
	// keyExport(handle, format, type) → Buffer (der, secret) or string (pem).
	set("keyExport", func(call goja.FunctionCall) goja.Value {
		k := unwrap[*keyState](s, call.Argument(0))
		if k.kind == "secret" {
			return s.buf(append([]byte(nil), k.secret...))
		}
		format := str(call.Argument(1))
		out, err := exportKey(k, format, str(call.Argument(2)))
		if err != nil {
			panic(modkit.NewError(rt, "Error", "ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS", "The selected key encoding "+str(call.Argument(2))+" can only be used for RSA keys."))
		}
		if format == "der" {
			return s.buf(out)
		}
		return rt.ToValue(string(out))
	})
	// keyEquals(a, b)
	set("keyEquals", func(call goja.FunctionCall) goja.Value {
		a := unwrap[*keyState](s, call.Argument(0))
		c := unwrap[*keyState](s, call.Argument(1))
		if a.kind != c.kind {
			return rt.ToValue(false)
		}
		if a.kind == "secret" {
			return rt.ToValue(string(a.secret) == string(c.secret))
		}
		type eq interface{ Equal(gocrypto.PublicKey) bool }
		if e, ok := a.pub.(eq); ok {
			return rt.ToValue(e.Equal(c.pub))
		}
		return rt.ToValue(false)
	})
	// sign(handle, digestName|null, data, padding, saltLength, p1363, hashState|null) → Buffer
	set("sign", func(call goja.FunctionCall) goja.Value {
		k := unwrap[*keyState](s, call.Argument(0))
		if k.kind != "private" {
			panic(s.keyError(errUnsupportedKey))
		}
		alg, digest, data := s.signInput(call)
		o := signOpts{padding: int(call.Argument(3).ToInteger()), saltLength: int(call.Argument(4).ToInteger()), p1363: call.Argument(5).ToBoolean()}
		return s.buf(s.sign(k.priv, alg, digest, data, o))
	})
	// verify(handle, digestName|null, data, padding, saltLength, p1363, hashState|null, signature) → bool
	set("verify", func(call goja.FunctionCall) goja.Value {
		k := unwrap[*keyState](s, call.Argument(0))
		alg, digest, data := s.signInput(call)
		sig := s.bytesOf(call.Argument(7), nil, "signature")
		o := signOpts{padding: int(call.Argument(3).ToInteger()), saltLength: int(call.Argument(4).ToInteger()), p1363: call.Argument(5).ToBoolean()}
		return rt.ToValue(s.verify(k.pub, alg, digest, data, sig, o))
	})
	// rsaCrypt(handle, op, data, padding, oaepHash, oaepLabel): op is
	// publicEncrypt, privateDecrypt, privateEncrypt or publicDecrypt.
	set("rsaCrypt", func(call goja.FunctionCall) goja.Value {
		k := unwrap[*keyState](s, call.Argument(0))
		op := call.Argument(1).String()
		data := s.bytesOf(call.Argument(2), nil, "buffer")
		padding := int(call.Argument(3).ToInteger())
		var h = sha1.New()
		if v := call.Argument(4); !goja.IsUndefined(v) && !goja.IsNull(v) {
			alg := lookupDigest(v.String())
			if alg == nil {
				panic(modkit.NewError(rt, "TypeError", "ERR_OSSL_EVP_INVALID_DIGEST", "Invalid digest used"))
			}
			h = alg.new()
		}
		var label []byte
		if v := call.Argument(5); !goja.IsUndefined(v) && !goja.IsNull(v) {
			label = s.bytesOf(v, nil, "oaepLabel")
		}
		var pub *rsa.PublicKey
		var priv *rsa.PrivateKey
		if p, ok := k.pub.(*rsa.PublicKey); ok {
			pub = p
		}
		if p, ok := k.priv.(*rsa.PrivateKey); ok {
			priv = p
		}
		if pub == nil || (op == "privateDecrypt" || op == "privateEncrypt") && priv == nil {
			panic(s.keyError(errUnsupportedKey))
		}
		var out []byte
		var err error
		switch op {
		case "publicEncrypt":
			switch padding {
			case rsaPKCS1Padding:
				out, err = rsa.EncryptPKCS1v15(crand.Reader, pub, data)
			case rsaNoPadding:
				if len(data) != pub.Size() {
					err = errUnsupportedKey
				} else {
					out = rsaRaw(pub, data)
				}
			default:
				out, err = rsa.EncryptOAEP(h, crand.Reader, pub, data, label)
			}
		case "privateDecrypt":
			switch padding {
			case rsaPKCS1Padding:
				out, err = rsa.DecryptPKCS1v15(nil, priv, data)
			case rsaNoPadding:
				var m *big.Int
				m, err = rawDecrypt(priv, data)
				if err == nil {
					out = m.FillBytes(make([]byte, priv.Size()))
				}
			default:
				out, err = rsa.DecryptOAEP(h, nil, priv, data, label)
			}
		case "privateEncrypt":
			out, err = rsa.SignPKCS1v15(nil, priv, 0, data)
		case "publicDecrypt":
			if len(data) != pub.Size() {
				err = errUnsupportedKey
				break
			}
			em := rsaRaw(pub, data)
			out, err = unpadType1(em)
		}
		if err != nil {
			panic(s.osslError("ERR_OSSL_RSA_OAEP_DECODING_ERROR", "error:02000079:rsa routines::oaep decoding error", "rsa routines", "oaep decoding error"))
		}
		return s.buf(out)
	})
	// generateKeyPair(type, modulusLength, publicExponent, namedCurve, cb) → [pub, priv] handles
	set("generateKeyPair", func(call goja.FunctionCall) goja.Value {
		typ := call.Argument(0).String()
		bits := int(call.Argument(1).ToInteger())
		e := int(call.Argument(2).ToInteger())
		curve := str(call.Argument(3))
		var ec elliptic.Curve
		if typ == "ec" {
			ec = curveOf(curve)
			if ec == nil {
				panic(modkit.NewError(rt, "TypeError", "ERR_CRYPTO_INVALID_CURVE", "Invalid EC curve name"))
			}
		}
		return s.async(call.Argument(4), "crypto.generateKeyPair", func() (func() goja.Value, func() *goja.Object) {
			var priv any
			var err error
			switch typ {
			case "rsa":
				if e == 65537 || e == 0 {
					priv, err = rsa.GenerateKey(crand.Reader, bits)
				} else {
					err = errUnsupportedKey
				}
			case "ec":
				priv, err = ecdsa.GenerateKey(ec, crand.Reader)
			case "ed25519":
				_, priv, err = ed25519.GenerateKey(crand.Reader)
			case "x25519":
				priv, err = ecdh.X25519().GenerateKey(crand.Reader)
			default:
				err = errUnsupportedKey
			}
			if err != nil {
				return nil, func() *goja.Object { return s.keyError(err) }
			}
			return func() goja.Value {
				return rt.NewArray(s.handle(&keyState{kind: "public", pub: publicOf(priv)}),
					s.handle(&keyState{kind: "private", priv: priv, pub: publicOf(priv)}))
			}, nil
		})
	})

	// ---- ECDH ---------------------------------------------------------------
	curves := []any{"prime256v1", "secp384r1", "secp521r1"}
	_ = b.Set("curves", rt.NewArray(curves...))
	// ecdhNew(curve) → handle or null
	set("ecdhNew", func(call goja.FunctionCall) goja.Value {
		c := ecdhCurveOf(call.Argument(0).String())
		if c == nil {
			return goja.Null()
		}
		return s.handle(&ecdhState{curve: c, name: call.Argument(0).String()})
	})
	set("ecdhGenerate", func(call goja.FunctionCall) goja.Value {
		st := unwrap[*ecdhState](s, call.Argument(0))
		k, err := st.curve.GenerateKey(crand.Reader)
		if err != nil {
			panic(s.keyError(err))
		}
		st.priv = k
		return goja.Undefined()
	})
	// ecdhSetPrivate(h, bytes)
	set("ecdhSetPrivate", func(call goja.FunctionCall) goja.Value {
		st := unwrap[*ecdhState](s, call.Argument(0))
		k, err := st.curve.NewPrivateKey(s.ownBytes(call.Argument(1), nil, "privateKey"))
		if err != nil {
			panic(modkit.NewError(rt, "Error", "ERR_CRYPTO_INVALID_KEYTYPE", "Private key is not valid for specified curve."))
		}
		st.priv = k
		return goja.Undefined()
	})
	// ecdhGet(h, "public"|"private", compressed) → Buffer
	set("ecdhGet", func(call goja.FunctionCall) goja.Value {
		st := unwrap[*ecdhState](s, call.Argument(0))
		if st.priv == nil {
			panic(modkit.NewError(rt, "Error", "ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY", "Failed to get ECDH key"))
		}
		if call.Argument(1).String() == "private" {
			return s.buf(st.priv.Bytes())
		}
		pub := st.priv.PublicKey().Bytes()
		if call.Argument(2).ToBoolean() {
			if c := curveOf(st.name); c != nil {
				x, y := elliptic.Unmarshal(c, pub) //nolint:staticcheck
				if x != nil {
					pub = elliptic.MarshalCompressed(c, x, y)
				}
			}
		}
		return s.buf(pub)
	})
	// ecdhCompute(h, otherPublic) → Buffer
	set("ecdhCompute", func(call goja.FunctionCall) goja.Value {
		st := unwrap[*ecdhState](s, call.Argument(0))
		other := s.ownBytes(call.Argument(1), nil, "key")
		if len(other) > 0 && (other[0] == 2 || other[0] == 3) {
			if c := curveOf(st.name); c != nil {
				if x, y := elliptic.UnmarshalCompressed(c, other); x != nil {
					other = elliptic.Marshal(c, x, y) //nolint:staticcheck
				}
			}
		}
		pk, err := st.curve.NewPublicKey(other)
		if err != nil || st.priv == nil {
			panic(modkit.NewError(rt, "Error", "ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY", "Public key is not valid for specified curve"))
		}
		sec, err := st.priv.ECDH(pk)
		if err != nil {
			panic(modkit.NewError(rt, "Error", "ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY", "Public key is not valid for specified curve"))
		}
		return s.buf(sec)
	})
}

type ecdhState struct {
	curve ecdh.Curve
	name  string
	priv  *ecdh.PrivateKey
}

// signInput returns the digest to sign: from a Sign/Verify object's hash
// state (argument 6) or by hashing data (argument 2) with the digest named
// by argument 1 (null: no digest, for Ed25519).
func (s *state) signInput(call goja.FunctionCall) (*digestAlg, []byte, []byte) {
	if hv := call.Argument(6); !goja.IsNull(hv) && !goja.IsUndefined(hv) {
		st := unwrap[*hashState](s, hv)
		if st.done {
			panic(modkit.NewError(s.rt, "Error", "ERR_CRYPTO_INVALID_STATE", "Not initialised"))
		}
		st.done = true
		return st.alg, st.h.Sum(nil), nil
	}
	data := s.bytesOf(call.Argument(2), nil, "data")
	an := call.Argument(1)
	if goja.IsNull(an) || goja.IsUndefined(an) {
		return nil, data, data
	}
	alg := lookupDigest(an.String())
	if alg == nil {
		panic(modkit.NewError(s.rt, "TypeError", "ERR_CRYPTO_INVALID_DIGEST", "Invalid digest: "+an.String()))
	}
	h := alg.new()
	h.Write(data)
	return alg, h.Sum(nil), data
}

func rawDecrypt(priv *rsa.PrivateKey, c []byte) (*big.Int, error) {
	ci := new(big.Int).SetBytes(c)
	if ci.Cmp(priv.N) >= 0 {
		return nil, errUnsupportedKey
	}
	return new(big.Int).Exp(ci, priv.D, priv.N), nil
}

// unpadType1 strips PKCS#1 v1.5 block type 1 padding.
func unpadType1(em []byte) ([]byte, error) {
	if len(em) < 11 || em[0] != 0 || em[1] != 1 {
		return nil, errUnsupportedKey
	}
	for i := 2; i < len(em); i++ {
		switch em[i] {
		case 0xff:
			continue
		case 0:
			if i < 10 {
				return nil, errUnsupportedKey
			}
			return em[i+1:], nil
		default:
			return nil, errUnsupportedKey
		}
	}
	return nil, errUnsupportedKey
}
