// Package assert is Node's 'assert' module. It is all JS (assert.js); the
// deep-equality algorithms live in util.js and are shared with
// util.isDeepStrictEqual.
package assert

import (
	_ "embed"

	"github.com/isonode/isonode/nodeapi/modkit"
)

//go:embed assert.js
var assertJS string

// Module is the registry entry for 'assert'.
var Module = modkit.Module{
	Name: "assert",
	JS:   modkit.NewScript("assert.js", assertJS),
}
