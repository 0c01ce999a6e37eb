package crypto

import (
	"encoding/hex"
	"math/big"
	"os"
	"strings"
	"testing"
)

// SHA-0 against FIPS 180's vectors, and Sum leaving the state alone.
func TestSHA0(t *testing.T) {
	for in, want := range map[string]string{
		"":                               "f96cea198ad1dd5617ac084a3d92c6107708c0ef",
		"abc":                            "0164b8a914cd2a5e74c4f7ff082c4d97f1edf880",
		strings.Repeat("a", 1000000):     "3232affa48628a26653b5aaa44541fd90d690603",
		strings.Repeat("0123456789", 13): "", // only checked for split-write agreement
	} {
		h := newSHA0()
		h.Write([]byte(in))
		got := hex.EncodeToString(h.Sum(nil))
		if want != "" && got != want {
			t.Errorf("sha0(%d bytes) = %s, want %s", len(in), got, want)
		}
		h2 := newSHA0()
		for i := 0; i < len(in); i += 7 {
			h2.Write([]byte(in[i:min(i+7, len(in))]))
		}
		if got2 := hex.EncodeToString(h2.Sum(nil)); got2 != got {
			t.Errorf("split writes: %s, want %s", got2, got)
		}
	}
}

// dhCheck gives the MODP groups OpenSSL 1.0's verdict, and safePrime makes
// primes it accepts.
func TestDHCheck(t *testing.T) {
	p, _ := new(big.Int).SetString(modpGroups["modp2"], 16)
	if got := dhCheck(p, big.NewInt(2)); got != dhNotSuitableGenerator {
		t.Errorf("modp2 with 2: %d", got)
	}
	if got := dhCheck(big.NewInt(15), big.NewInt(3)); got != dhUnableToCheckGenerator|dhCheckPNotPrime {
		t.Errorf("15 with 3: %d", got)
	}
	for _, g := range []int64{2, 5} {
		q := safePrime(128, g)
		if q.BitLen() != 128 {
			t.Errorf("safePrime(128, %d) has %d bits", g, q.BitLen())
		}
		if got := dhCheck(q, big.NewInt(g)); got != 0 {
			t.Errorf("safePrime(128, %d): dhCheck %d", g, got)
		}
	}
}

// A PFX made by OpenSSL (3DES bags, SHA-1 MAC; AES bags, SHA-256 MAC)
// opens with its password and refuses a wrong one.
func TestParsePFX(t *testing.T) {
	for _, name := range []string{"agent.pfx", "agent-3des.pfx"} {
		data, err := os.ReadFile("../../tests/conformance/tls/fixtures/" + name)
		if err != nil {
			t.Fatal(err)
		}
		key, certs, err := ParsePFX(data, []byte("secret"))
		if err != nil || key == nil || len(certs) == 0 {
			t.Fatalf("%s: %v %v %d", name, err, key, len(certs))
		}
		if certs[0].Subject.CommonName != "localhost" {
			t.Errorf("%s: first certificate %q", name, certs[0].Subject.CommonName)
		}
		if _, _, err := ParsePFX(data, []byte("wrong")); err != ErrPFXMAC {
			t.Errorf("%s with a wrong password: %v", name, err)
		}
	}
	if _, _, err := ParsePFX([]byte("sample"), nil); err != ErrPFXNotPFX {
		t.Errorf("not a PFX: %v", err)
	}
}
