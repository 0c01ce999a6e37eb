// Package console is Node's 'console' module and the global console.
package console

import (
	_ "embed"

	"github.com/isonode/isonode/nodeapi/modkit"
)

//go:embed console.js
var consoleJS string

// Module is the registry entry for 'console'.
var Module = modkit.Module{Name: "console", JS: modkit.NewScript("console.js", consoleJS)}
