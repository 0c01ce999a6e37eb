// Package path is Node's 'path' module, written in JS (path.js): the POSIX
// flavour is the module itself (and path.posix); path.win32 is the Windows
// flavour, for code that handles Windows paths on any host.
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
