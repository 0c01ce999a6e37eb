package tls

import (
	"crypto"
	"crypto/rand"
	gotls "crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"strings"
	"sync"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/buffer"
	nodecrypto "github.com/isonode/isonode/nodeapi/crypto"
	"github.com/isonode/isonode/nodeapi/modkit"
)

// secureContext is what tls.createSecureContext makes: a certificate and
// key, the trusted CAs and the protocol settings. Immutable once built, so
// handshake goroutines may read it.
type secureContext struct {
	cert         *gotls.Certificate
	roots        *x509.CertPool      // nil: the system roots
	rootCerts    []*x509.Certificate // what roots holds (for legacy verification)
	cipherSuites []uint16            // nil: nodeDefaultSuites
	minVersion   uint16
	maxVersion   uint16
	preferServer bool
	ticketKeys   [][32]byte // a server's session ticket keys (random, made once)
}

// cipherNames maps Go's cipher suites to OpenSSL's names (as Node reports
// them). TLS 1.3 suites have the same name in both.
var cipherNames = map[uint16]string{
	gotls.TLS_AES_128_GCM_SHA256:                        "TLS_AES_128_GCM_SHA256",
	gotls.TLS_AES_256_GCM_SHA384:                        "TLS_AES_256_GCM_SHA384",
	gotls.TLS_CHACHA20_POLY1305_SHA256:                  "TLS_CHACHA20_POLY1305_SHA256",
	gotls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256:         "ECDHE-RSA-AES128-GCM-SHA256",
	gotls.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384:         "ECDHE-RSA-AES256-GCM-SHA384",
	gotls.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256:       "ECDHE-ECDSA-AES128-GCM-SHA256",
	gotls.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384:       "ECDHE-ECDSA-AES256-GCM-SHA384",
	gotls.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256:   "ECDHE-RSA-CHACHA20-POLY1305",
	gotls.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256: "ECDHE-ECDSA-CHACHA20-POLY1305",
	gotls.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA:            "ECDHE-RSA-AES128-SHA",
	gotls.TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA:            "ECDHE-RSA-AES256-SHA",
	gotls.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA:          "ECDHE-ECDSA-AES128-SHA",
	gotls.TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA:          "ECDHE-ECDSA-AES256-SHA",
	gotls.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256:         "ECDHE-RSA-AES128-SHA256",
	gotls.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256:       "ECDHE-ECDSA-AES128-SHA256",
	gotls.TLS_RSA_WITH_AES_128_GCM_SHA256:               "AES128-GCM-SHA256",
	gotls.TLS_RSA_WITH_AES_256_GCM_SHA384:               "AES256-GCM-SHA384",
	gotls.TLS_RSA_WITH_AES_128_CBC_SHA:                  "AES128-SHA",
	gotls.TLS_RSA_WITH_AES_256_CBC_SHA:                  "AES256-SHA",
	gotls.TLS_RSA_WITH_AES_128_CBC_SHA256:               "AES128-SHA256",
	gotls.TLS_RSA_WITH_3DES_EDE_CBC_SHA:                 "DES-CBC3-SHA",
	gotls.TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA:           "ECDHE-RSA-DES-CBC3-SHA",
}

func cipherName(id uint16) string {
	if n, ok := cipherNames[id]; ok {
		return n
	}
	return gotls.CipherSuiteName(id)
}

// parseCiphers maps an OpenSSL cipher list to Go's TLS 1.2 suites. Names
// Go does not implement, TLS 1.3 names (not configurable in Go) and
// OpenSSL's keywords and operators (HIGH, !aNULL, …) are ignored; a list
// that names only unknown suites is Node's "No cipher match". only12
// reports a list of TLS 1.2 suite names alone (no TLS 1.3 names, no
// keywords).
func parseCiphers(list string) (suites []uint16, only12 bool, err error) {
	byName := make(map[string]uint16, len(cipherNames))
	for id, n := range cipherNames {
		byName[n] = id
		byName[gotls.CipherSuiteName(id)] = id
	}
	var out []uint16
	named, tls13, keyword := 0, 0, 0
	for _, tok := range strings.FieldsFunc(list, func(r rune) bool { return r == ':' || r == ',' || r == ' ' }) {
		if strings.HasPrefix(tok, "TLS_") && !strings.Contains(tok, "_WITH_") {
			tls13++
			continue
		}
		if tok == "" || strings.ContainsAny(tok[:1], "!-+@") || strings.ToUpper(tok) == tok && !strings.Contains(tok, "-") {
			keyword++
			continue
		}
		named++
		if id, ok := byName[tok]; ok {
			out = append(out, id)
		}
	}
	if len(out) == 0 && keyword == 0 && tls13 == 0 {
		return nil, false, errNoCipherMatch
	}
	if len(out) == 0 {
		return nil, false, nil
	}
	return out, keyword == 0 && tls13 == 0, nil
}

// nodeDefaultSuites is what a context without `ciphers` offers and
// accepts in TLS 1.2: Go's suites plus AES with RSA key exchange, which
// OpenSSL's HIGH in Node's default list has (Go counts them insecure and
// leaves them out; servers that only have them exist). crypto/tls still
// prefers the ECDHE suites.
var nodeDefaultSuites = sync.OnceValue(func() []uint16 {
	var out []uint16
	for _, cs := range gotls.CipherSuites() {
		for _, v := range cs.SupportedVersions {
			if v == gotls.VersionTLS12 {
				out = append(out, cs.ID)
				break
			}
		}
	}
	return append(out, gotls.TLS_RSA_WITH_AES_128_GCM_SHA256, gotls.TLS_RSA_WITH_AES_256_GCM_SHA384,
		gotls.TLS_RSA_WITH_AES_128_CBC_SHA, gotls.TLS_RSA_WITH_AES_256_CBC_SHA)
})

type tlsError struct{ code, msg string }

func (e *tlsError) Error() string { return e.msg }

var errNoCipherMatch = &tlsError{"ERR_SSL_NO_CIPHER_MATCH", "No cipher match"}

func versionOf(name string) (uint16, bool) {
	switch name {
	case "TLSv1":
		return gotls.VersionTLS10, true
	case "TLSv1.1":
		return gotls.VersionTLS11, true
	case "TLSv1.2":
		return gotls.VersionTLS12, true
	case "TLSv1.3":
		return gotls.VersionTLS13, true
	}
	return 0, false
}

func versionName(v uint16) string {
	switch v {
	case gotls.VersionTLS10:
		return "TLSv1"
	case gotls.VersionTLS11:
		return "TLSv1.1"
	case gotls.VersionTLS12:
		return "TLSv1.2"
	case gotls.VersionTLS13:
		return "TLSv1.3"
	}
	return "unknown"
}

// bytesOf is a string's or a Buffer's bytes.
func (s *state) bytesOf(v goja.Value) []byte {
	if str, ok := v.Export().(string); ok {
		return []byte(str)
	}
	b, ok := buffer.Bytes(s.rt, v)
	if !ok {
		panic(modkit.NewError(s.rt, "TypeError", "ERR_INVALID_ARG_TYPE", "The argument must be a string or a Buffer"))
	}
	return b
}

func (s *state) throwErr(code, msg string) {
	panic(modkit.NewError(s.rt, "Error", code, msg))
}

// parseKey reads the first private key of a PEM text (crypto's parser:
// encrypted PEM and encrypted PKCS#8 are decrypted with the passphrase).
func (s *state) parseKey(data []byte, pass []byte, hasPass bool) crypto.Signer {
	if !hasPass {
		pass = nil
	} else if pass == nil {
		pass = []byte{}
	}
	key, err := nodecrypto.ParsePrivateKey(data, pass)
	if err == nodecrypto.ErrNeedPassphrase || err == nodecrypto.ErrBadDecrypt {
		s.throwErr("ERR_OSSL_BAD_DECRYPT", "error:1C800064:Provider routines::bad decrypt")
	}
	signer, ok := key.(crypto.Signer)
	if err != nil || !ok {
		s.throwErr("ERR_OSSL_UNSUPPORTED", "error:1E08010C:DECODER routines::unsupported")
	}
	return signer
}

func (s *state) parseCerts(data []byte) []*x509.Certificate {
	var out []*x509.Certificate
	rest := data
	for {
		var blk *pem.Block
		blk, rest = pem.Decode(rest)
		if blk == nil {
			break
		}
		if blk.Type != "CERTIFICATE" && blk.Type != "TRUSTED CERTIFICATE" && blk.Type != "X509 CERTIFICATE" {
			continue
		}
		c, err := x509.ParseCertificate(blk.Bytes)
		if err != nil {
			s.throwErr("ERR_OSSL_PEM_ASN1_LIB", "error:0488000D:PEM routines::ASN1 lib")
		}
		out = append(out, c)
	}
	if len(out) == 0 {
		if c, err := x509.ParseCertificate(data); err == nil {
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		s.throwErr("ERR_OSSL_PEM_NO_START_LINE", "error:0480006C:PEM routines::no start line")
	}
	return out
}

// newContext builds a secureContext from the options tls.js normalized:
// {keys: [{pem, passphrase}], certs: [pem], ca: [pem] | undefined,
// ciphers, minVersion, maxVersion, honorCipherOrder}.
func (s *state) newContext(o *goja.Object) *secureContext {
	ctx := &secureContext{minVersion: gotls.VersionTLS12, maxVersion: gotls.VersionTLS13, ticketKeys: make([][32]byte, 1)}
	if _, err := rand.Read(ctx.ticketKeys[0][:]); err != nil {
		panic(err)
	}
	var signers []crypto.Signer
	if v := o.Get("keys"); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
		arr := v.ToObject(s.rt)
		n := int(arr.Get("length").ToInteger())
		for i := 0; i < n; i++ {
			k := arr.Get(itoa(i)).ToObject(s.rt)
			pv := k.Get("passphrase")
			hasPass := pv != nil && !goja.IsUndefined(pv) && !goja.IsNull(pv)
			var pass []byte
			if hasPass {
				pass = s.bytesOf(pv)
			}
			signers = append(signers, s.parseKey(s.bytesOf(k.Get("pem")), pass, hasPass))
		}
	}
	var chain, pfxCAs []*x509.Certificate
	if v := o.Get("pfx"); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
		arr := v.ToObject(s.rt)
		n := int(arr.Get("length").ToInteger())
		for i := 0; i < n; i++ {
			p := arr.Get(itoa(i)).ToObject(s.rt)
			var pass []byte
			if pv := p.Get("passphrase"); pv != nil && !goja.IsUndefined(pv) && !goja.IsNull(pv) {
				pass = s.bytesOf(pv)
			}
			key, certs, err := nodecrypto.ParsePFX(s.bytesOf(p.Get("buf")), pass)
			if err != nil {
				panic(modkit.NewError(s.rt, "Error", "", err.Error())) // OpenSSL's reason, as Node reports it
			}
			if signer, ok := key.(crypto.Signer); ok && len(certs) > 0 {
				signers = append(signers, signer)
				chain = append(chain, certs[0])
				pfxCAs = append(pfxCAs, certs[1:]...)
			} else {
				pfxCAs = append(pfxCAs, certs...)
			}
		}
	}
	if v := o.Get("certs"); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
		arr := v.ToObject(s.rt)
		n := int(arr.Get("length").ToInteger())
		for i := 0; i < n; i++ {
			chain = append(chain, s.parseCerts(s.bytesOf(arr.Get(itoa(i))))...)
		}
	}
	if len(chain) > 0 && len(signers) > 0 {
		var key crypto.Signer
		for _, sg := range signers {
			if pk, ok := sg.Public().(interface{ Equal(crypto.PublicKey) bool }); ok && pk.Equal(chain[0].PublicKey) {
				key = sg
				break
			}
		}
		if key == nil {
			s.throwErr("ERR_OSSL_X509_KEY_VALUES_MISMATCH", "error:05800074:x509 certificate routines::key values mismatch")
		}
		c := &gotls.Certificate{PrivateKey: key, Leaf: chain[0]}
		for _, x := range chain {
			c.Certificate = append(c.Certificate, x.Raw)
		}
		ctx.cert = c
	}
	if v := o.Get("ca"); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
		pool := x509.NewCertPool()
		arr := v.ToObject(s.rt)
		n := int(arr.Get("length").ToInteger())
		for i := 0; i < n; i++ {
			for _, c := range s.parseCerts(s.bytesOf(arr.Get(itoa(i)))) {
				pool.AddCert(c)
				ctx.rootCerts = append(ctx.rootCerts, c)
			}
		}
		ctx.roots = pool
	}
	if len(pfxCAs) > 0 {
		// a PFX's other certificates are trusted too, and sent as the chain
		if ctx.roots == nil {
			ctx.roots = systemRoots().Clone()
		}
		for _, c := range pfxCAs {
			ctx.roots.AddCert(c)
			ctx.rootCerts = append(ctx.rootCerts, c)
			if ctx.cert != nil {
				ctx.cert.Certificate = append(ctx.cert.Certificate, c.Raw)
			}
		}
	}
	// v0.10 differs: it had no TLS 1.3, so a list of TLS 1.2 suites chose
	// the connection's suite; such a list still keeps to TLS 1.2 unless
	// maxVersion is given (v20 negotiates TLS 1.3 with its own suites).
	only12 := false
	if v := o.Get("ciphers"); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
		var err error
		ctx.cipherSuites, only12, err = parseCiphers(v.String())
		if err != nil {
			s.throwErr(errNoCipherMatch.code, errNoCipherMatch.msg)
		}
	}
	for _, k := range []string{"minVersion", "maxVersion"} {
		v := o.Get(k)
		if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
			continue
		}
		ver, ok := versionOf(v.String())
		if !ok {
			panic(modkit.NewError(s.rt, "TypeError", "ERR_TLS_INVALID_PROTOCOL_VERSION", "'"+v.String()+"' is not a valid TLS protocol version"))
		}
		if k == "minVersion" {
			ctx.minVersion = ver
		} else {
			ctx.maxVersion = ver
		}
	}
	if only12 && !o.Get("maxVersionSet").ToBoolean() && ctx.minVersion <= gotls.VersionTLS12 && ctx.maxVersion > gotls.VersionTLS12 {
		ctx.maxVersion = gotls.VersionTLS12
	}
	if ctx.minVersion > ctx.maxVersion {
		panic(modkit.NewError(s.rt, "TypeError", "ERR_TLS_PROTOCOL_VERSION_CONFLICT", "TLS protocol version "+versionName(ctx.minVersion)+" conflicts with secureProtocol"))
	}
	ctx.preferServer = o.Get("honorCipherOrder") != nil && o.Get("honorCipherOrder").ToBoolean()
	return ctx
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

// systemRoots is the OS trust store, loaded once (any goroutine).
var systemRoots = sync.OnceValue(func() *x509.CertPool {
	p, err := x509.SystemCertPool()
	if err != nil || p == nil {
		p = x509.NewCertPool()
	}
	return p
})
