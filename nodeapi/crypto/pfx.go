package crypto

import (
	gocrypto "crypto"
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"errors"
	"hash"
)

// PKCS#12 (PFX) files, RFC 7292, for tls's `pfx` option: the MAC is
// checked (HMAC with SHA-1 or SHA-2, key from the PKCS#12 KDF) and the
// bags decrypted with pbeDecrypt (PBES2, or PKCS#12's 3DES; the RC2-40
// that old OpenSSLs used for certificates is not in Go's library).

var (
	oidData                = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 7, 1}
	oidEncryptedData       = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 7, 6}
	oidKeyBag              = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 12, 10, 1, 1}
	oidShroudedKeyBag      = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 12, 10, 1, 2}
	oidCertBag             = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 12, 10, 1, 3}
	oidX509CertificateType = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 9, 22, 1}
	oidSHA1                = asn1.ObjectIdentifier{1, 3, 14, 3, 2, 26}
	oidSHA256              = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 2, 1}
	oidSHA384              = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 2, 2}
	oidSHA512              = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 2, 3}
)

// Errors of ParsePFX, with OpenSSL's reasons as their text.
var (
	ErrPFXMAC      = errors.New("mac verify failure")
	ErrPFXNotPFX   = errors.New("not enough data")
	ErrPFXEncoding = errors.New("unsupported")
)

type pfxPDU struct {
	Version  int
	AuthSafe contentInfo
	MacData  macData `asn1:"optional"`
}

type contentInfo struct {
	ContentType asn1.ObjectIdentifier
	Content     asn1.RawValue `asn1:"tag:0,explicit,optional"`
}

type macData struct {
	Mac        digestInfo
	MacSalt    []byte
	Iterations int `asn1:"optional,default:1"`
}

type digestInfo struct {
	Algorithm pkix.AlgorithmIdentifier
	Digest    []byte
}

type encryptedData struct {
	Version              int
	EncryptedContentInfo encryptedContentInfo
}

type encryptedContentInfo struct {
	ContentType                asn1.ObjectIdentifier
	ContentEncryptionAlgorithm pkix.AlgorithmIdentifier
	EncryptedContent           []byte `asn1:"tag:0,optional"`
}

type safeBag struct {
	ID         asn1.ObjectIdentifier
	Value      asn1.RawValue  `asn1:"tag:0,explicit"`
	Attributes []pfxAttribute `asn1:"set,optional"`
}

type pfxAttribute struct {
	ID    asn1.ObjectIdentifier
	Value asn1.RawValue `asn1:"set"`
}

type certBag struct {
	ID   asn1.ObjectIdentifier
	Data []byte `asn1:"tag:0,explicit"`
}

// ParsePFX reads a PKCS#12 file: its private key and its certificates (the
// one matching the key first). pass may be nil (no password).
func ParsePFX(data, pass []byte) (key any, certs []*x509.Certificate, err error) {
	var pfx pfxPDU
	if rest, err := asn1.Unmarshal(data, &pfx); err != nil || len(rest) != 0 || !pfx.AuthSafe.ContentType.Equal(oidData) {
		return nil, nil, ErrPFXNotPFX
	}
	var authSafe []byte
	if _, err := asn1.Unmarshal(pfx.AuthSafe.Content.Bytes, &authSafe); err != nil {
		return nil, nil, ErrPFXNotPFX
	}
	if len(pfx.MacData.Mac.Algorithm.Algorithm) > 0 {
		if !pfxMACOK(pfx.MacData, authSafe, pass) {
			return nil, nil, ErrPFXMAC
		}
	}
	var infos []contentInfo
	if _, err := asn1.Unmarshal(authSafe, &infos); err != nil {
		return nil, nil, ErrPFXNotPFX
	}
	if pass == nil {
		pass = []byte{} // no password: decrypt with the empty one
	}
	for _, ci := range infos {
		var contents []byte
		switch {
		case ci.ContentType.Equal(oidData):
			if _, err := asn1.Unmarshal(ci.Content.Bytes, &contents); err != nil {
				return nil, nil, ErrPFXNotPFX
			}
		case ci.ContentType.Equal(oidEncryptedData):
			var ed encryptedData
			if _, err := asn1.Unmarshal(ci.Content.Bytes, &ed); err != nil {
				return nil, nil, ErrPFXNotPFX
			}
			eci := ed.EncryptedContentInfo
			contents, err = pbeDecryptPFX(eci.ContentEncryptionAlgorithm, eci.EncryptedContent, pass)
			if err != nil {
				return nil, nil, err
			}
		default:
			continue
		}
		var bags []safeBag
		if _, err := asn1.Unmarshal(contents, &bags); err != nil {
			return nil, nil, ErrPFXNotPFX
		}
		for _, bag := range bags {
			switch {
			case bag.ID.Equal(oidCertBag):
				var cb certBag
				if _, err := asn1.Unmarshal(bag.Value.Bytes, &cb); err != nil || !cb.ID.Equal(oidX509CertificateType) {
					continue
				}
				c, err := x509.ParseCertificate(cb.Data)
				if err != nil {
					return nil, nil, ErrPFXNotPFX
				}
				certs = append(certs, c)
			case bag.ID.Equal(oidKeyBag):
				if key, err = parsePKCS8(bag.Value.Bytes); err != nil {
					return nil, nil, ErrPFXEncoding
				}
			case bag.ID.Equal(oidShroudedKeyBag):
				var info encryptedPrivateKeyInfo
				if _, err := asn1.Unmarshal(bag.Value.Bytes, &info); err != nil {
					return nil, nil, ErrPFXNotPFX
				}
				der, err := pbeDecryptPFX(info.Algo, info.EncryptedData, pass)
				if err != nil {
					return nil, nil, err
				}
				if key, err = parsePKCS8(der); err != nil {
					return nil, nil, ErrPFXEncoding
				}
			}
		}
	}
	// the certificate of the key first
	if pub, ok := publicOf(key).(interface{ Equal(gocrypto.PublicKey) bool }); ok {
		for i, c := range certs {
			if pub.Equal(c.PublicKey) {
				certs[0], certs[i] = certs[i], certs[0]
				break
			}
		}
	}
	return key, certs, nil
}

// pbeDecryptPFX decrypts a bag, with ParsePFX's errors.
func pbeDecryptPFX(algo pkix.AlgorithmIdentifier, data, pass []byte) ([]byte, error) {
	out, err := pbeDecrypt(algo, data, pass)
	switch err {
	case nil:
		return out, nil
	case ErrBadDecrypt:
		return nil, ErrPFXMAC
	}
	return nil, ErrPFXEncoding
}

// pfxMACOK checks the PFX's MAC over the authenticated safe. OpenSSL
// tries an absent password both as empty and as no password at all.
func pfxMACOK(m macData, authSafe, pass []byte) bool {
	var newHash func() hash.Hash
	switch a := m.Mac.Algorithm.Algorithm; {
	case a.Equal(oidSHA1):
		newHash = sha1.New
	case a.Equal(oidSHA256):
		newHash = sha256.New
	case a.Equal(oidSHA384):
		newHash = sha512.New384
	case a.Equal(oidSHA512):
		newHash = sha512.New
	default:
		return false
	}
	try := func(pw []byte) bool {
		k := pkcs12KDFHash(newHash, pw, m.MacSalt, m.Iterations, 3, newHash().Size())
		mac := hmac.New(newHash, k)
		mac.Write(authSafe)
		return hmac.Equal(mac.Sum(nil), m.Mac.Digest)
	}
	if len(pass) == 0 {
		return try(bmpPassword([]byte{})) || try(nil)
	}
	return try(bmpPassword(pass))
}
