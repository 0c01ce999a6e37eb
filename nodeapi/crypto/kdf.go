package crypto

import (
	"crypto/hkdf"
	"crypto/pbkdf2"
	"hash"
)

// pbkdf2Key derives keylen bytes with PBKDF2-HMAC (RFC 8018).
func pbkdf2Key(alg *digestAlg, pw, salt []byte, iter, keylen int) []byte {
	if keylen == 0 {
		return []byte{}
	}
	key, err := pbkdf2.Key(alg.new, string(pw), salt, iter, keylen)
	if err != nil {
		panic(err)
	}
	return key
}

// hkdfKey derives keylen bytes with HKDF (RFC 5869).
func hkdfKey(alg *digestAlg, ikm, salt, info []byte, keylen int) ([]byte, error) {
	if keylen == 0 {
		return []byte{}, nil
	}
	return hkdf.Key(func() hash.Hash { return alg.new() }, ikm, salt, string(info), keylen)
}
