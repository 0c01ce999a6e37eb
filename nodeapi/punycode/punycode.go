// Package punycode is Node's 'punycode' module (RFC 3492 and IDNA label
// mapping), written in JS (punycode.js).
package punycode

import (
	_ "embed"

	"github.com/isonode/isonode/nodeapi/modkit"
)

//go:embed punycode.js
var punycodeJS string

// Module is the registry entry for 'punycode'.
var Module = modkit.Module{
	Name: "punycode",
	JS:   modkit.NewScript("punycode.js", punycodeJS),
}
