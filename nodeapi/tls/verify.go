package tls

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/x509"
	"time"
)

// verifyChain verifies the peer's chain against the context's CAs (the
// system's when it has none). Go's crypto/x509 refuses SHA-1 signatures;
// OpenSSL, as Node v0.10 used it, accepts them (and Node's own test
// certificates have them), so a chain Go rejects is tried again by
// legacyChain, which accepts SHA-1 too.
func verifyChain(peer []*x509.Certificate, ctx *secureContext, usage x509.ExtKeyUsage) ([]*x509.Certificate, error) {
	if len(peer) == 0 {
		return nil, &tlsError{"UNABLE_TO_GET_ISSUER_CERT", "unable to get issuer certificate"}
	}
	roots := ctx.roots
	if roots == nil {
		roots = systemRoots()
	}
	inter := x509.NewCertPool()
	for _, c := range peer[1:] {
		inter.AddCert(c)
	}
	chains, err := peer[0].Verify(x509.VerifyOptions{Roots: roots, Intermediates: inter, CurrentTime: time.Now(), KeyUsages: []x509.ExtKeyUsage{usage}})
	if err != nil {
		if chain := legacyChain(peer, ctx.rootCerts); chain != nil {
			return chain, nil
		}
		return nil, err
	}
	return chains[0], nil
}

// maxChainDepth bounds legacyChain's walk.
const maxChainDepth = 10

// legacyChain builds a chain from peer[0] to one of roots by subject and
// signature (SHA-1 allowed), every certificate in its validity period; nil
// when there is none.
func legacyChain(peer, roots []*x509.Certificate) []*x509.Certificate {
	now := time.Now()
	chain := []*x509.Certificate{peer[0]}
	cur := peer[0]
	for depth := 0; depth < maxChainDepth; depth++ {
		if now.Before(cur.NotBefore) || now.After(cur.NotAfter) {
			return nil
		}
		for _, r := range roots {
			if r.Equal(cur) {
				return chain
			}
		}
		var next *x509.Certificate
		for _, list := range [][]*x509.Certificate{roots, peer[1:]} {
			for _, cand := range list {
				if string(cand.RawSubject) == string(cur.RawIssuer) && signedBy(cur, cand) {
					next = cand
					break
				}
			}
			if next != nil {
				break
			}
		}
		if next == nil || next.Equal(cur) {
			return nil
		}
		chain = append(chain, next)
		cur = next
	}
	return nil
}

// signedBy reports whether parent's key signed c, SHA-1 signatures included.
func signedBy(c, parent *x509.Certificate) bool {
	if c.CheckSignatureFrom(parent) == nil {
		return true
	}
	if c.SignatureAlgorithm != x509.SHA1WithRSA && c.SignatureAlgorithm != x509.ECDSAWithSHA1 {
		return false
	}
	h := sha1.Sum(c.RawTBSCertificate)
	switch pub := parent.PublicKey.(type) {
	case *rsa.PublicKey:
		return c.SignatureAlgorithm == x509.SHA1WithRSA && rsa.VerifyPKCS1v15(pub, crypto.SHA1, h[:], c.Signature) == nil
	case *ecdsa.PublicKey:
		return c.SignatureAlgorithm == x509.ECDSAWithSHA1 && ecdsa.VerifyASN1(pub, h[:], c.Signature)
	}
	return false
}

// selfSigned reports a certificate signed by its own key. A self-signed leaf
// without basic constraints (a v3 certificate that does not say it is a CA,
// as test fixtures often are) is self-signed all the same: OpenSSL reports it
// as DEPTH_ZERO_SELF_SIGNED_CERT, while CheckSignatureFrom would refuse it
// as a parent.
func selfSigned(c *x509.Certificate) bool {
	if string(c.RawIssuer) != string(c.RawSubject) {
		return false
	}
	return c.CheckSignature(c.SignatureAlgorithm, c.RawTBSCertificate, c.Signature) == nil || signedBy(c, c)
}
