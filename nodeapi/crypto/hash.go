package crypto

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"encoding"
	"hash"
	"strings"
)

// digestAlg is one supported message digest.
type digestAlg struct {
	name string // canonical lower-case name ("sha256")
	new  func() hash.Hash
	xof  int // default output length of an extendable-output function, else 0
	// cryptoHash is the crypto.Hash for signatures (0 when signing with it is not supported).
	sig int
}

var digestList = []digestAlg{
	{name: "md5", new: md5.New},
	{name: "sha", new: newSHA0}, // v0.10's SHA-0
	{name: "sha1", new: sha1.New},
	{name: "sha224", new: sha256.New224},
	{name: "sha256", new: sha256.New},
	{name: "sha384", new: sha512.New384},
	{name: "sha512", new: sha512.New},
	{name: "sha512-224", new: sha512.New512_224},
	{name: "sha512-256", new: sha512.New512_256},
	{name: "sha3-224", new: func() hash.Hash { return sha3.New224() }},
	{name: "sha3-256", new: func() hash.Hash { return sha3.New256() }},
	{name: "sha3-384", new: func() hash.Hash { return sha3.New384() }},
	{name: "sha3-512", new: func() hash.Hash { return sha3.New512() }},
	{name: "md5-sha1", new: newMD5SHA1},
	{name: "shake128", new: func() hash.Hash { return &shake{s: sha3.NewSHAKE128(), n: 16, mk: sha3.NewSHAKE128} }, xof: 16},
	{name: "shake256", new: func() hash.Hash { return &shake{s: sha3.NewSHAKE256(), n: 32, mk: sha3.NewSHAKE256} }, xof: 32},
}

// digestAliases maps the lower-cased spellings OpenSSL accepts to canonical names.
var digestAliases = map[string]string{
	"rsa-md5": "md5", "md5withrsaencryption": "md5", "ssl3-md5": "md5",
	"rsa-sha1": "sha1", "rsa-sha1-2": "sha1", "sha1withrsaencryption": "sha1", "ssl3-sha1": "sha1",
	"sha-1": "sha1", "rsa-sha": "sha",
	"dss1": "sha1", "dsa": "sha1", "dsa-sha": "sha1", "dsa-sha1": "sha1", "ecdsa-with-sha1": "sha1",
	"rsa-sha224": "sha224", "sha224withrsaencryption": "sha224", "sha-224": "sha224", "sha2-224": "sha224",
	"rsa-sha256": "sha256", "sha256withrsaencryption": "sha256", "sha-256": "sha256", "sha2-256": "sha256",
	"rsa-sha384": "sha384", "sha384withrsaencryption": "sha384", "sha-384": "sha384", "sha2-384": "sha384",
	"rsa-sha512": "sha512", "sha512withrsaencryption": "sha512", "sha-512": "sha512", "sha2-512": "sha512",
	"rsa-sha512/224": "sha512-224", "sha512-224withrsaencryption": "sha512-224", "sha-512/224": "sha512-224",
	"sha2-512/224": "sha512-224", "sha512/224": "sha512-224",
	"rsa-sha512/256": "sha512-256", "sha512-256withrsaencryption": "sha512-256", "sha-512/256": "sha512-256",
	"sha2-512/256": "sha512-256", "sha512/256": "sha512-256",
	"rsa-sha3-224": "sha3-224", "id-rsassa-pkcs1-v1_5-with-sha3-224": "sha3-224",
	"rsa-sha3-256": "sha3-256", "id-rsassa-pkcs1-v1_5-with-sha3-256": "sha3-256",
	"rsa-sha3-384": "sha3-384", "id-rsassa-pkcs1-v1_5-with-sha3-384": "sha3-384",
	"rsa-sha3-512": "sha3-512", "id-rsassa-pkcs1-v1_5-with-sha3-512": "sha3-512",
}

// hashNames is what getHashes() returns: Node's names for the digests above
// (with v0.10's DSA and SHA-0 names), sorted as JS sorts strings.
var hashNames = []string{
	"DSA", "DSA-SHA", "DSA-SHA1", "RSA-MD5", "RSA-SHA", "RSA-SHA1", "RSA-SHA1-2", "RSA-SHA224", "RSA-SHA256", "RSA-SHA3-224", "RSA-SHA3-256",
	"RSA-SHA3-384", "RSA-SHA3-512", "RSA-SHA384", "RSA-SHA512", "RSA-SHA512/224", "RSA-SHA512/256",
	"dss1", "ecdsa-with-SHA1", "id-rsassa-pkcs1-v1_5-with-sha3-224", "id-rsassa-pkcs1-v1_5-with-sha3-256",
	"id-rsassa-pkcs1-v1_5-with-sha3-384", "id-rsassa-pkcs1-v1_5-with-sha3-512",
	"md5", "md5-sha1", "md5WithRSAEncryption", "sha", "sha1", "sha1WithRSAEncryption", "sha224",
	"sha224WithRSAEncryption", "sha256", "sha256WithRSAEncryption", "sha3-224", "sha3-256", "sha3-384",
	"sha3-512", "sha384", "sha384WithRSAEncryption", "sha512", "sha512-224", "sha512-224WithRSAEncryption",
	"sha512-256", "sha512-256WithRSAEncryption", "sha512WithRSAEncryption", "shake128", "shake256",
	"ssl3-md5", "ssl3-sha1",
}

var digestIndex = func() map[string]*digestAlg {
	m := make(map[string]*digestAlg, len(digestList))
	for i := range digestList {
		m[digestList[i].name] = &digestList[i]
	}
	return m
}()

// lookupDigest finds a digest by any name Node accepts (case-insensitive).
func lookupDigest(name string) *digestAlg {
	if d, ok := digestIndex[name]; ok {
		return d
	}
	l := strings.ToLower(name)
	if a, ok := digestAliases[l]; ok {
		l = a
	}
	return digestIndex[l]
}

// hashState is a Hash or Hmac object's Go half.
type hashState struct {
	alg  *digestAlg
	h    hash.Hash
	done bool
	hmac bool
	// outLen is the requested output length of a XOF (shake*), else 0.
	outLen int
	sum    []byte
}

func (s *hashState) digest() []byte {
	if sh, ok := s.h.(*shake); ok && s.outLen > 0 {
		sh.n = s.outLen
	}
	return s.h.Sum(nil)
}

// clone copies a hash mid-stream through its binary marshaling.
func cloneHash(alg *digestAlg, h hash.Hash) (hash.Hash, bool) {
	m, ok := h.(encoding.BinaryMarshaler)
	if !ok {
		return nil, false
	}
	st, err := m.MarshalBinary()
	if err != nil {
		return nil, false
	}
	n := alg.new()
	u, ok := n.(encoding.BinaryUnmarshaler)
	if !ok || u.UnmarshalBinary(st) != nil {
		return nil, false
	}
	return n, true
}

func newHMAC(alg *digestAlg, key []byte) hash.Hash {
	return hmac.New(alg.new, key)
}

// md5sha1 is OpenSSL's "md5-sha1": the two digests concatenated.
type md5sha1 struct{ a, b hash.Hash }

func newMD5SHA1() hash.Hash { return &md5sha1{md5.New(), sha1.New()} }

func (m *md5sha1) Write(p []byte) (int, error) { m.a.Write(p); return m.b.Write(p) }
func (m *md5sha1) Sum(b []byte) []byte         { return m.b.Sum(m.a.Sum(b)) }
func (m *md5sha1) Reset()                      { m.a.Reset(); m.b.Reset() }
func (m *md5sha1) Size() int                   { return 36 }
func (m *md5sha1) BlockSize() int              { return 64 }

func (m *md5sha1) MarshalBinary() ([]byte, error) {
	x, err := m.a.(encoding.BinaryMarshaler).MarshalBinary()
	if err != nil {
		return nil, err
	}
	y, err := m.b.(encoding.BinaryMarshaler).MarshalBinary()
	if err != nil {
		return nil, err
	}
	out := append([]byte{byte(len(x))}, x...)
	return append(out, y...), nil
}

func (m *md5sha1) UnmarshalBinary(b []byte) error {
	n := int(b[0])
	if err := m.a.(encoding.BinaryUnmarshaler).UnmarshalBinary(b[1 : 1+n]); err != nil {
		return err
	}
	return m.b.(encoding.BinaryUnmarshaler).UnmarshalBinary(b[1+n:])
}

// shake adapts a SHAKE XOF to hash.Hash with a fixed output length n.
type shake struct {
	s  *sha3.SHAKE
	n  int
	mk func() *sha3.SHAKE
}

func (x *shake) Write(p []byte) (int, error) { return x.s.Write(p) }
func (x *shake) Reset()                      { x.s.Reset() }
func (x *shake) Size() int                   { return x.n }
func (x *shake) BlockSize() int              { return x.s.BlockSize() }

func (x *shake) Sum(b []byte) []byte {
	st, err := x.s.MarshalBinary()
	if err != nil {
		panic(err)
	}
	c := x.mk()
	if err := c.UnmarshalBinary(st); err != nil {
		panic(err)
	}
	out := make([]byte, x.n)
	_, _ = c.Read(out)
	return append(b, out...)
}

func (x *shake) MarshalBinary() ([]byte, error) { return x.s.MarshalBinary() }
func (x *shake) UnmarshalBinary(b []byte) error { return x.s.UnmarshalBinary(b) }
