// Package path is Node's 'path' module, POSIX flavour, written in JS
// (path.js). path.posix is the module itself; path.win32 is an alias of the
// POSIX implementation (isonode runs on POSIX systems only).
package path

import (
	_ "embed"

	"github.com/isonode/isonode/nodeapi/modkit"
)

//go:embed path.js
var pathJS string

// Module is the registry entry for 'path'.
var Module = modkit.Module{
	Name: "path",
	JS:   modkit.NewScript("path.js", pathJS),
}
