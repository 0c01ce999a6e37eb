package crypto

import (
	"crypto/dsa" //nolint:staticcheck // DSA keys are still part of Node's API (createSign('DSS1'))
	crand "crypto/rand"
	"crypto/x509/pkix"
	"encoding/asn1"
	"errors"
	"math/big"
)

// DSA: the key formats crypto/x509 does not parse (OpenSSL's "DSA PRIVATE
// KEY" and PKCS#8 DSA private keys; x509.ParsePKIXPublicKey reads DSA
// public keys) and signatures in DER, on crypto/dsa.

var oidDSA = asn1.ObjectIdentifier{1, 2, 840, 10040, 4, 1}

// opensslDSAKey is the "DSA PRIVATE KEY" structure.
type opensslDSAKey struct {
	Version       int
	P, Q, G, Y, X *big.Int
}

var errNotDSA = errors.New("not a DSA key")

// parseDSAPrivate parses OpenSSL's traditional DSA private key (DER).
func parseDSAPrivate(der []byte) (*dsa.PrivateKey, error) {
	var k opensslDSAKey
	if rest, err := asn1.Unmarshal(der, &k); err != nil || len(rest) != 0 {
		return nil, errNotDSA
	}
	return &dsa.PrivateKey{PublicKey: dsa.PublicKey{Parameters: dsa.Parameters{P: k.P, Q: k.Q, G: k.G}, Y: k.Y}, X: k.X}, nil
}

type pkcs8 struct {
	Version    int
	Algo       pkix.AlgorithmIdentifier
	PrivateKey []byte
}

type dsaParams struct{ P, Q, G *big.Int }

// parsePKCS8DSA parses a PKCS#8 DSA private key (DER); errNotDSA for
// other algorithms.
func parsePKCS8DSA(der []byte) (*dsa.PrivateKey, error) {
	var p pkcs8
	if _, err := asn1.Unmarshal(der, &p); err != nil || !p.Algo.Algorithm.Equal(oidDSA) {
		return nil, errNotDSA
	}
	var params dsaParams
	if _, err := asn1.Unmarshal(p.Algo.Parameters.FullBytes, &params); err != nil {
		return nil, errNotDSA
	}
	x := new(big.Int)
	if _, err := asn1.Unmarshal(p.PrivateKey, &x); err != nil {
		return nil, errNotDSA
	}
	k := &dsa.PrivateKey{PublicKey: dsa.PublicKey{Parameters: dsa.Parameters(params)}, X: x}
	k.Y = new(big.Int).Exp(k.G, x, k.P)
	return k, nil
}

// dsaDigest truncates a digest to the byte length of q (FIPS 186-3 4.6).
func dsaDigest(q *big.Int, digest []byte) []byte {
	if n := (q.BitLen() + 7) / 8; len(digest) > n {
		return digest[:n]
	}
	return digest
}

// dsaSign signs a digest; the signature is DER SEQUENCE {r, s}.
func dsaSign(k *dsa.PrivateKey, digest []byte) ([]byte, error) {
	r, s, err := dsa.Sign(crand.Reader, k, dsaDigest(k.Q, digest))
	if err != nil {
		return nil, err
	}
	return asn1.Marshal(ecSig{r, s})
}

// dsaVerify checks a DER signature over a digest.
func dsaVerify(k *dsa.PublicKey, digest, sig []byte) bool {
	var rs ecSig
	if rest, err := asn1.Unmarshal(sig, &rs); err != nil || len(rest) != 0 {
		return false
	}
	return dsa.Verify(k, dsaDigest(k.Q, digest), rs.R, rs.S)
}
