package crypto

import (
	crand "crypto/rand"
	"math/big"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/modkit"
)

// dhState is a DiffieHellman object's Go half: finite-field Diffie-Hellman
// over the prime p with generator g, on math/big.
type dhState struct {
	p, g      *big.Int
	priv, pub *big.Int // nil until generated or set
	verify    int      // verifyError
}

// DH_check result bits (OpenSSL's names, as crypto.constants has them).
const (
	dhCheckPNotPrime         = 1
	dhCheckPNotSafePrime     = 2
	dhUnableToCheckGenerator = 4
	dhNotSuitableGenerator   = 8
)

const (
	dhPrimeRounds           = 20   // Miller-Rabin rounds for the final primality tests
	dhMaxGeneratedPrimeBits = 8192 // createDiffieHellman(bits) refuses more
	dhSmallPrimesProduct    = 3 * 5 * 7 * 11 * 13 * 17 * 19 * 23 * 29 * 31 * 37 * 41 * 43 * 47
)

var dhSmallPrimes = []uint64{3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47}

// dhCheck is OpenSSL 1.0's DH_check, which v0.10 reports as verifyError:
// for generator 2 the prime must be 11 mod 24, for 5 it must be 3 or 7 mod
// 10, other generators cannot be checked; then p and (p-1)/2 must be prime.
// (v0.10 differs from v20, whose OpenSSL 3 accepts the MODP groups with 0.)
func dhCheck(p, g *big.Int) int {
	r := 0
	switch {
	case g.Cmp(big.NewInt(2)) == 0:
		if new(big.Int).Mod(p, big.NewInt(24)).Int64() != 11 {
			r |= dhNotSuitableGenerator
		}
	case g.Cmp(big.NewInt(5)) == 0:
		if m := new(big.Int).Mod(p, big.NewInt(10)).Int64(); m != 3 && m != 7 {
			r |= dhNotSuitableGenerator
		}
	default:
		r |= dhUnableToCheckGenerator
	}
	// Baillie-PSW only: no composite is known to pass it, and Miller-Rabin
	// rounds on the large groups' primes cost seconds.
	if !p.ProbablyPrime(0) {
		r |= dhCheckPNotPrime
	} else if q := new(big.Int).Rsh(p, 1); !q.ProbablyPrime(0) {
		r |= dhCheckPNotSafePrime
	}
	return r
}

// safePrime returns a random safe prime p = 2q+1 of the given bit length
// that suits generator g as dhCheck wants (p ≡ 11 mod 24 for 2, p ≡ 3 mod 10
// for 5), as OpenSSL's DH_generate_parameters makes them.
func safePrime(bits int, g int64) *big.Int {
	// Conditions on q (p = 2q+1): 11 mod 24 ⇔ q ≡ 5 mod 12; 3 mod 10 ⇔ q ≡ 1 mod 5.
	mod, rem := big.NewInt(2), big.NewInt(1)
	switch g {
	case 2:
		mod, rem = big.NewInt(12), big.NewInt(5)
	case 5:
		mod, rem = big.NewInt(10), big.NewInt(1) // q odd and ≡ 1 mod 5
	}
	small := new(big.Int).SetUint64(dhSmallPrimesProduct)
	q, t, p := new(big.Int), new(big.Int), new(big.Int)
	buf := make([]byte, (bits-1+7)/8)
	for {
		if _, err := crand.Read(buf); err != nil {
			panic(err)
		}
		q.SetBytes(buf)
		q.SetBit(q, bits-2, 1)
		for i := q.BitLen() - 1; i >= bits-1; i-- {
			q.SetBit(q, i, 0)
		}
		// move q to the wanted residue
		q.Sub(q, t.Mod(q, mod)).Add(q, rem)
		if q.BitLen() != bits-1 {
			continue
		}
		r := t.Mod(q, small).Uint64()
		ok := true
		for _, sp := range dhSmallPrimes {
			if r%sp == 0 || (2*r+1)%sp == 0 {
				ok = false
				break
			}
		}
		if !ok || !q.ProbablyPrime(0) {
			continue
		}
		p.Lsh(q, 1).Add(p, big.NewInt(1))
		if p.ProbablyPrime(dhPrimeRounds) && q.ProbablyPrime(dhPrimeRounds) {
			return p
		}
	}
}

func (s *state) dhError(code, msg string) *goja.Object {
	return modkit.NewError(s.rt, "Error", code, msg)
}

func (s *state) dhBinding(b *goja.Object) {
	rt := s.rt
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { _ = b.Set(name, fn) }
	// intOf reads a generator: a number or big-endian bytes.
	intOf := func(v goja.Value) *big.Int {
		if isNumber(v) {
			return big.NewInt(v.ToInteger())
		}
		return new(big.Int).SetBytes(s.bytesOf(v, nil, "generator"))
	}
	newState := func(p, g *big.Int) goja.Value {
		if g.Cmp(big.NewInt(2)) < 0 {
			panic(s.osslError("ERR_OSSL_DH_BAD_GENERATOR", "error:02800065:Diffie-Hellman routines::bad generator",
				"Diffie-Hellman routines", "bad generator"))
		}
		return s.handle(&dhState{p: p, g: g, verify: dhCheck(p, g)})
	}
	// dhNew(bitsOrPrime, generator) → handle. A number of bits generates a
	// safe prime; otherwise the prime is big-endian bytes.
	set("dhNew", func(call goja.FunctionCall) goja.Value {
		g := intOf(call.Argument(1))
		if a := call.Argument(0); isNumber(a) {
			bits := int(a.ToInteger())
			if bits < 2 || bits > dhMaxGeneratedPrimeBits {
				panic(s.osslError("ERR_OSSL_BN_BITS_TOO_SMALL", "error:0280007E:Diffie-Hellman routines::modulus too small",
					"Diffie-Hellman routines", "modulus too small"))
			}
			if g.Cmp(big.NewInt(2)) < 0 {
				return newState(nil, g) // throws: bad generator
			}
			gi := int64(0)
			if g.IsInt64() {
				gi = g.Int64()
			}
			return newState(safePrime(bits, gi), g)
		}
		return newState(new(big.Int).SetBytes(s.bytesOf(call.Argument(0), nil, "prime")), g)
	})
	// dhGroup(name) → handle, or null for an unknown group.
	set("dhGroup", func(call goja.FunctionCall) goja.Value {
		h, ok := modpGroups[call.Argument(0).String()]
		if !ok {
			return goja.Null()
		}
		p, _ := new(big.Int).SetString(h, 16)
		// The MODP primes are safe primes ≡ 23 mod 24: dhCheck would find
		// generator 2 unsuitable and nothing else, without the cost.
		return s.handle(&dhState{p: p, g: big.NewInt(2), verify: dhNotSuitableGenerator})
	})
	set("dhVerifyError", func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(unwrap[*dhState](s, call.Argument(0)).verify)
	})
	// dhGenerate(h): a random private key unless one was set, and its public key.
	set("dhGenerate", func(call goja.FunctionCall) goja.Value {
		st := unwrap[*dhState](s, call.Argument(0))
		if st.priv == nil {
			// uniform in [2, p-2]
			lim := new(big.Int).Sub(st.p, big.NewInt(3))
			if lim.Sign() <= 0 {
				panic(s.dhError("ERR_CRYPTO_OPERATION_FAILED", "Key generation failed"))
			}
			x, err := crand.Int(crand.Reader, lim)
			if err != nil {
				panic(err)
			}
			st.priv = x.Add(x, big.NewInt(2))
		}
		st.pub = new(big.Int).Exp(st.g, st.priv, st.p)
		return goja.Undefined()
	})
	// dhGet(h, "prime"|"generator"|"public"|"private") → Buffer.
	set("dhGet", func(call goja.FunctionCall) goja.Value {
		st := unwrap[*dhState](s, call.Argument(0))
		var x *big.Int
		switch which := call.Argument(1).String(); which {
		case "prime":
			x = st.p
		case "generator":
			x = st.g
		case "public", "private":
			x = st.pub
			if which == "private" {
				x = st.priv
			}
			if x == nil {
				panic(s.dhError("ERR_CRYPTO_INVALID_STATE", "No "+which+" key - did you forget to generate one?"))
			}
		}
		return s.buf(x.Bytes())
	})
	// dhSet(h, "public"|"private", bytes)
	set("dhSet", func(call goja.FunctionCall) goja.Value {
		st := unwrap[*dhState](s, call.Argument(0))
		x := new(big.Int).SetBytes(s.bytesOf(call.Argument(2), nil, "key"))
		if call.Argument(1).String() == "private" {
			st.priv = x
		} else {
			st.pub = x
		}
		return goja.Undefined()
	})
	// dhCompute(h, otherPublic) → the shared secret, as long as the prime.
	set("dhCompute", func(call goja.FunctionCall) goja.Value {
		st := unwrap[*dhState](s, call.Argument(0))
		y := new(big.Int).SetBytes(s.bytesOf(call.Argument(1), nil, "key"))
		tooBig := new(big.Int).Sub(st.p, big.NewInt(1))
		switch {
		case y.Cmp(big.NewInt(1)) <= 0:
			panic(modkit.NewError(rt, "RangeError", "ERR_CRYPTO_INVALID_KEYLEN", "Supplied key is too small"))
		case y.Cmp(tooBig) >= 0:
			panic(modkit.NewError(rt, "RangeError", "ERR_CRYPTO_INVALID_KEYLEN", "Supplied key is too large"))
		case st.priv == nil:
			panic(modkit.NewError(rt, "RangeError", "ERR_CRYPTO_INVALID_KEYTYPE", "Invalid key type"))
		}
		z := new(big.Int).Exp(y, st.priv, st.p)
		return s.buf(z.FillBytes(make([]byte, (st.p.BitLen()+7)/8)))
	})
}

// isNumber reports whether v is a JS number.
func isNumber(v goja.Value) bool {
	switch v.Export().(type) {
	case int64, float64:
		return true
	}
	return false
}
