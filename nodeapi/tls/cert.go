package tls

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/hex"
	"math/big"
	"net"
	"strings"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/buffer"
)

var attrNames = map[string]string{
	"2.5.4.6":                    "C",
	"2.5.4.8":                    "ST",
	"2.5.4.7":                    "L",
	"2.5.4.10":                   "O",
	"2.5.4.11":                   "OU",
	"2.5.4.3":                    "CN",
	"2.5.4.5":                    "serialNumber",
	"2.5.4.9":                    "street",
	"2.5.4.17":                   "postalCode",
	"2.5.4.4":                    "SN",
	"2.5.4.42":                   "GN",
	"2.5.4.12":                   "title",
	"2.5.4.46":                   "dnQualifier",
	"0.9.2342.19200300.100.1.25": "DC",
	"1.2.840.113549.1.9.1":       "emailAddress",
	"0.9.2342.19200300.100.1.1":  "UID",
	"2.5.4.15":                   "businessCategory",
	"2.5.4.41":                   "name",
	"2.5.4.43":                   "initials",
	"2.5.4.44":                   "generationQualifier",
	"2.5.4.65":                   "pseudonym",
	"2.5.29.17":                  "subjectAltName", // as a name attribute (Node's alice.crt has one)
}

// nameObject is a distinguished name as Node shows it: {C, ST, O, CN, …},
// repeated attributes as arrays, in the certificate's order.
func (s *state) nameObject(raw []byte) *goja.Object {
	o := s.rt.NewObject()
	var rdns pkix.RDNSequence
	if _, err := asn1.Unmarshal(raw, &rdns); err != nil {
		return o
	}
	for _, set := range rdns {
		for _, atv := range set {
			oid := atv.Type.String()
			name, ok := attrNames[oid]
			if !ok {
				name = oid
			}
			val, _ := atv.Value.(string)
			if old := o.Get(name); old != nil {
				if arr, ok := old.Export().([]any); ok {
					o.Set(name, s.rt.NewArray(append(arr, val)...))
				} else {
					o.Set(name, s.rt.NewArray(old.String(), val))
				}
				continue
			}
			o.Set(name, val)
		}
	}
	return o
}

func colonHex(b []byte) string {
	h := strings.ToUpper(hex.EncodeToString(b))
	var sb strings.Builder
	for i := 0; i < len(h); i += 2 {
		if i > 0 {
			sb.WriteByte(':')
		}
		sb.WriteString(h[i : i+2])
	}
	return sb.String()
}

// subjectAltName renders the SAN extension as OpenSSL does, in order.
func subjectAltName(c *x509.Certificate) string {
	var raw []byte
	for _, e := range c.Extensions {
		if e.Id.Equal(asn1.ObjectIdentifier{2, 5, 29, 17}) {
			raw = e.Value
		}
	}
	if raw == nil {
		return ""
	}
	var seq asn1.RawValue
	if _, err := asn1.Unmarshal(raw, &seq); err != nil {
		return ""
	}
	var parts []string
	rest := seq.Bytes
	for len(rest) > 0 {
		var v asn1.RawValue
		var err error
		rest, err = asn1.Unmarshal(rest, &v)
		if err != nil {
			break
		}
		switch v.Tag {
		case 1:
			parts = append(parts, "email:"+string(v.Bytes))
		case 2:
			parts = append(parts, "DNS:"+string(v.Bytes))
		case 6:
			parts = append(parts, "URI:"+string(v.Bytes))
		case 7:
			ip := net.IP(v.Bytes)
			if len(v.Bytes) == 16 {
				var hs []string
				for i := 0; i < 16; i += 2 {
					hs = append(hs, strings.ToUpper(new(big.Int).SetBytes(v.Bytes[i:i+2]).Text(16)))
				}
				parts = append(parts, "IP Address:"+strings.Join(hs, ":"))
			} else {
				parts = append(parts, "IP Address:"+ip.String())
			}
		}
	}
	return strings.Join(parts, ", ")
}

const opensslTime = "Jan _2 15:04:05 2006 GMT"

// certObject is getPeerCertificate()'s object for chain[i]; detailed adds
// issuerCertificate links up the chain (a self-signed root links to itself).
func (s *state) certObject(chain []*x509.Certificate, i int, detailed bool) goja.Value {
	rt := s.rt
	c := chain[i]
	o := rt.NewObject()
	o.Set("subject", s.nameObject(c.RawSubject))
	o.Set("issuer", s.nameObject(c.RawIssuer))
	if san := subjectAltName(c); san != "" {
		o.Set("subjectaltname", san)
	}
	if len(c.OCSPServer) > 0 || len(c.IssuingCertificateURL) > 0 {
		// the Authority Information Access extension, as OpenSSL prints it
		ia := rt.NewObject()
		_ = ia.SetPrototype(nil)
		for _, kv := range []struct {
			key  string
			uris []string
		}{{"OCSP - URI", c.OCSPServer}, {"CA Issuers - URI", c.IssuingCertificateURL}} {
			if len(kv.uris) > 0 {
				l := make([]any, len(kv.uris))
				for j, u := range kv.uris {
					l[j] = u
				}
				ia.Set(kv.key, rt.NewArray(l...))
			}
		}
		o.Set("infoAccess", ia)
	}
	o.Set("ca", c.IsCA)
	switch pk := c.PublicKey.(type) {
	case *rsa.PublicKey:
		o.Set("modulus", strings.ToUpper(pk.N.Text(16)))
		o.Set("bits", pk.N.BitLen())
		o.Set("exponent", "0x"+big.NewInt(int64(pk.E)).Text(16))
	case *ecdsa.PublicKey:
		o.Set("bits", pk.Curve.Params().BitSize)
		switch pk.Curve.Params().Name {
		case "P-256":
			o.Set("asn1Curve", "prime256v1")
		case "P-384":
			o.Set("asn1Curve", "secp384r1")
		case "P-521":
			o.Set("asn1Curve", "secp521r1")
		}
		o.Set("nistCurve", pk.Curve.Params().Name)
	case ed25519.PublicKey:
		o.Set("bits", 256)
	}
	if der, err := x509.MarshalPKIXPublicKey(c.PublicKey); err == nil {
		o.Set("pubkey", buffer.New(s.c, der))
	}
	o.Set("valid_from", c.NotBefore.UTC().Format(opensslTime))
	o.Set("valid_to", c.NotAfter.UTC().Format(opensslTime))
	h1 := sha1.Sum(c.Raw)
	h256 := sha256.Sum256(c.Raw)
	h512 := sha512.Sum512(c.Raw)
	o.Set("fingerprint", colonHex(h1[:]))
	o.Set("fingerprint256", colonHex(h256[:]))
	o.Set("fingerprint512", colonHex(h512[:]))
	if len(c.ExtKeyUsage) > 0 || len(c.UnknownExtKeyUsage) > 0 {
		var eku []any
		for _, u := range c.ExtKeyUsage {
			if oid, ok := ekuOIDs[u]; ok {
				eku = append(eku, oid)
			}
		}
		for _, u := range c.UnknownExtKeyUsage {
			eku = append(eku, u.String())
		}
		o.Set("ext_key_usage", rt.NewArray(eku...))
	}
	serial := strings.ToUpper(c.SerialNumber.Text(16))
	if len(serial)%2 == 1 {
		serial = "0" + serial
	}
	o.Set("serialNumber", serial)
	o.Set("raw", buffer.New(s.c, append([]byte(nil), c.Raw...)))
	if detailed {
		if i+1 < len(chain) {
			o.Set("issuerCertificate", s.certObject(chain, i+1, true))
		} else if selfSigned(c) {
			o.Set("issuerCertificate", o)
		}
	}
	return o
}

var ekuOIDs = map[x509.ExtKeyUsage]string{
	x509.ExtKeyUsageAny:             "2.5.29.37.0",
	x509.ExtKeyUsageServerAuth:      "1.3.6.1.5.5.7.3.1",
	x509.ExtKeyUsageClientAuth:      "1.3.6.1.5.5.7.3.2",
	x509.ExtKeyUsageCodeSigning:     "1.3.6.1.5.5.7.3.3",
	x509.ExtKeyUsageEmailProtection: "1.3.6.1.5.5.7.3.4",
	x509.ExtKeyUsageTimeStamping:    "1.3.6.1.5.5.7.3.8",
	x509.ExtKeyUsageOCSPSigning:     "1.3.6.1.5.5.7.3.9",
}
