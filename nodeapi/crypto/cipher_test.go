package crypto

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"encoding/hex"
	"testing"
)

func TestEVPBytesToKey(t *testing.T) {
	// the key is md5("password"); createCipher in the cipher fixture checks the rest against Node
	key, iv := evpBytesToKey([]byte("password"), 32, 16)
	if hex.EncodeToString(key) != "5f4dcc3b5aa765d61d8327deb882cf992b95990a9151374abd8ff8c5a7a0fe08" ||
		hex.EncodeToString(iv) != "b7b4372cdfbcb3d16a2631b59b509e94" {
		t.Fatalf("got %x %x", key, iv)
	}
}

func TestCFB8RoundTrip(t *testing.T) {
	key := bytes.Repeat([]byte{1}, 16)
	iv := bytes.Repeat([]byte{2}, 16)
	b, _ := aes.NewCipher(key)
	msg := []byte("cfb8 works one byte at a time")
	enc := &cfb8{b: b, reg: append([]byte(nil), iv...), tmp: make([]byte, 16)}
	ct := make([]byte, len(msg))
	enc.XORKeyStream(ct, msg)
	dec := &cfb8{b: b, reg: append([]byte(nil), iv...), tmp: make([]byte, 16), decrypt: true}
	pt := make([]byte, len(ct))
	dec.XORKeyStream(pt[:5], ct[:5])
	dec.XORKeyStream(pt[5:], ct[5:])
	if !bytes.Equal(pt, msg) {
		t.Fatalf("got %q", pt)
	}
}

// The streaming GCM (CTR keystream from J0+1) agrees with cipher.AEAD.
func TestGCMStreamMatchesAEAD(t *testing.T) {
	key := bytes.Repeat([]byte{3}, 32)
	iv := bytes.Repeat([]byte{4}, 12)
	b, _ := aes.NewCipher(key)
	aead, _ := cipher.NewGCM(b)
	msg := bytes.Repeat([]byte("gcm data "), 100)
	want := aead.Seal(nil, iv, msg, []byte("aad"))
	ctr := make([]byte, 16)
	copy(ctr, iv)
	ctr[15] = 2
	got := make([]byte, len(msg))
	s := cipher.NewCTR(b, ctr)
	s.XORKeyStream(got[:33], msg[:33])
	s.XORKeyStream(got[33:], msg[33:])
	if !bytes.Equal(got, want[:len(msg)]) {
		t.Fatal("CTR keystream differs from GCM")
	}
}

func TestLookup(t *testing.T) {
	for _, n := range []string{"RSA-SHA256", "sha256WithRSAEncryption", "SHA256", "sha-512/256"} {
		if lookupDigest(n) == nil {
			t.Errorf("digest %q not found", n)
		}
	}
	for _, n := range []string{"AES-128-CBC", "aes256", "id-aes128-GCM", "des3"} {
		if lookupCipher(n) == nil {
			t.Errorf("cipher %q not found", n)
		}
	}
	if lookupDigest("ripemd160") != nil || lookupCipher("chacha20-poly1305") != nil {
		t.Error("unsupported algorithm found")
	}
}
