package crypto

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/pbkdf2"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/x509/pkix"
	"encoding/asn1"
	"errors"
	"hash"
	"math/big"
	"unicode/utf16"
)

// Encrypted PKCS#8 ("ENCRYPTED PRIVATE KEY", RFC 5958) as OpenSSL writes
// it: PBES2 (RFC 8018: PBKDF2 with HMAC-SHA1/SHA-2, then AES-CBC or
// DES-EDE3-CBC) and PKCS#12's pbeWithSHAAnd3-KeyTripleDES-CBC (RFC 7292
// appendix B's key derivation, also what PFX files use). The primitives
// are Go's; this is the ASN.1 plumbing and the PKCS#12 KDF, which Go's
// standard library lacks.

var (
	oidPBES2          = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 5, 13}
	oidPBKDF2         = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 5, 12}
	oidPBEWithSHA3DES = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 12, 1, 3}
	oidHMACSHA1       = asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 7}
	oidHMACSHA224     = asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 8}
	oidHMACSHA256     = asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 9}
	oidHMACSHA384     = asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 10}
	oidHMACSHA512     = asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 11}
	oidAES128CBC      = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 1, 2}
	oidAES192CBC      = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 1, 22}
	oidAES256CBC      = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 1, 42}
	oidDESEDE3CBC     = asn1.ObjectIdentifier{1, 2, 840, 113549, 3, 7}
)

var errUnsupportedPBE = errors.New("unsupported encryption")

type encryptedPrivateKeyInfo struct {
	Algo          pkix.AlgorithmIdentifier
	EncryptedData []byte
}

type pbes2Params struct {
	KDF    pkix.AlgorithmIdentifier
	Scheme pkix.AlgorithmIdentifier
}

type pbkdf2Params struct {
	Salt      []byte
	Iter      int
	KeyLength int                      `asn1:"optional"`
	PRF       pkix.AlgorithmIdentifier `asn1:"optional"`
}

type pbeParams struct {
	Salt []byte
	Iter int
}

// decryptPKCS8 decrypts an EncryptedPrivateKeyInfo to the PKCS#8 DER inside.
func decryptPKCS8(der, pass []byte) ([]byte, error) {
	var info encryptedPrivateKeyInfo
	if _, err := asn1.Unmarshal(der, &info); err != nil {
		return nil, errUnsupportedKey
	}
	return pbeDecrypt(info.Algo, info.EncryptedData, pass)
}

// pbeDecrypt decrypts data with a password-based encryption scheme
// (PBES2 or PKCS#12 3DES) and strips the PKCS#7 padding; a wrong
// password is ErrBadDecrypt.
func pbeDecrypt(algo pkix.AlgorithmIdentifier, data, pass []byte) ([]byte, error) {
	var block cipher.Block
	var iv []byte
	switch {
	case algo.Algorithm.Equal(oidPBES2):
		var p pbes2Params
		if _, err := asn1.Unmarshal(algo.Parameters.FullBytes, &p); err != nil || !p.KDF.Algorithm.Equal(oidPBKDF2) {
			return nil, errUnsupportedPBE
		}
		var kp pbkdf2Params
		if _, err := asn1.Unmarshal(p.KDF.Parameters.FullBytes, &kp); err != nil {
			return nil, errUnsupportedPBE
		}
		prf := sha1.New
		switch a := kp.PRF.Algorithm; {
		case len(a) == 0 || a.Equal(oidHMACSHA1):
		case a.Equal(oidHMACSHA224):
			prf = sha256.New224
		case a.Equal(oidHMACSHA256):
			prf = sha256.New
		case a.Equal(oidHMACSHA384):
			prf = sha512.New384
		case a.Equal(oidHMACSHA512):
			prf = sha512.New
		default:
			return nil, errUnsupportedPBE
		}
		keyLen := 0
		switch a := p.Scheme.Algorithm; {
		case a.Equal(oidAES128CBC):
			keyLen = 16
		case a.Equal(oidAES192CBC):
			keyLen = 24
		case a.Equal(oidAES256CBC):
			keyLen = 32
		case a.Equal(oidDESEDE3CBC):
			keyLen = 24
		default:
			return nil, errUnsupportedPBE
		}
		if _, err := asn1.Unmarshal(p.Scheme.Parameters.FullBytes, &iv); err != nil {
			return nil, errUnsupportedPBE
		}
		key, err := pbkdf2.Key(prf, string(pass), kp.Salt, kp.Iter, keyLen)
		if err != nil {
			return nil, errUnsupportedPBE
		}
		if p.Scheme.Algorithm.Equal(oidDESEDE3CBC) {
			block, err = des.NewTripleDESCipher(key)
		} else {
			block, err = aes.NewCipher(key)
		}
		if err != nil {
			return nil, errUnsupportedPBE
		}
	case algo.Algorithm.Equal(oidPBEWithSHA3DES):
		var p pbeParams
		if _, err := asn1.Unmarshal(algo.Parameters.FullBytes, &p); err != nil {
			return nil, errUnsupportedPBE
		}
		pw := bmpPassword(pass)
		key := pkcs12KDF(pw, p.Salt, p.Iter, 1, 24)
		iv = pkcs12KDF(pw, p.Salt, p.Iter, 2, 8)
		var err error
		if block, err = des.NewTripleDESCipher(key); err != nil {
			return nil, errUnsupportedPBE
		}
	default:
		return nil, errUnsupportedPBE
	}
	bs := block.BlockSize()
	if len(iv) != bs || len(data) == 0 || len(data)%bs != 0 {
		return nil, ErrBadDecrypt
	}
	out := make([]byte, len(data))
	cipher.NewCBCDecrypter(block, iv).CryptBlocks(out, data)
	n := int(out[len(out)-1])
	if n == 0 || n > bs {
		return nil, ErrBadDecrypt
	}
	for _, c := range out[len(out)-n:] {
		if int(c) != n {
			return nil, ErrBadDecrypt
		}
	}
	return out[:len(out)-n], nil
}

// bmpPassword is a password as PKCS#12 feeds it to its KDF: UTF-16BE with
// a terminating NUL (RFC 7292 appendix B.1).
func bmpPassword(pass []byte) []byte {
	if pass == nil {
		return nil
	}
	u := utf16.Encode([]rune(string(pass)))
	out := make([]byte, 0, 2*len(u)+2)
	for _, c := range u {
		out = append(out, byte(c>>8), byte(c))
	}
	return append(out, 0, 0)
}

// pkcs12KDF is RFC 7292 appendix B.2 with SHA-1 (block size v = 64): id
// 1 derives keys, 2 IVs, 3 MAC keys.
func pkcs12KDF(pass, salt []byte, iter int, id byte, n int) []byte {
	return pkcs12KDFHash(sha1.New, pass, salt, iter, id, n)
}

// pkcs12KDFHash is pkcs12KDF with another hash (PFX MACs use the MAC's).
func pkcs12KDFHash(newHash func() hash.Hash, pass, salt []byte, iter int, id byte, n int) []byte {
	v := newHash().BlockSize()
	fill := func(b []byte) []byte {
		if len(b) == 0 {
			return nil
		}
		out := make([]byte, v*((len(b)+v-1)/v))
		for i := range out {
			out[i] = b[i%len(b)]
		}
		return out
	}
	d := make([]byte, v)
	for i := range d {
		d[i] = id
	}
	in := append(fill(salt), fill(pass)...)
	var out []byte
	one := big.NewInt(1)
	for len(out) < n {
		h := newHash()
		h.Write(d)
		h.Write(in)
		a := h.Sum(nil)
		for j := 1; j < iter; j++ {
			h.Reset()
			h.Write(a)
			a = h.Sum(a[:0])
		}
		out = append(out, a...)
		if len(out) >= n {
			break
		}
		// B = A repeated to v bytes; each v-byte block I_j = (I_j + B + 1) mod 2^(8v)
		bb := new(big.Int).SetBytes(fill(a)[:v])
		bb.Add(bb, one)
		mod := new(big.Int).Lsh(one, uint(8*v))
		for j := 0; j < len(in); j += v {
			x := new(big.Int).SetBytes(in[j : j+v])
			x.Add(x, bb).Mod(x, mod)
			x.FillBytes(in[j : j+v])
		}
	}
	return out[:n]
}
