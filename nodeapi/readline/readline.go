// Package readline is Node's 'readline' module (Interface, createInterface,
// the cursor helpers, emitKeypressEvents) and 'readline/promises'. It is all
// JS (readline.js); see its header for the line-splitting and terminal
// rules.
package readline

import (
	_ "embed"

	"github.com/isonode/isonode/nodeapi/modkit"
)

//go:embed readline.js
var readlineJS string

//go:embed promises.js
var promisesJS string

// Module is the registry entry for 'readline'.
var Module = modkit.Module{Name: "readline", JS: modkit.NewScript("readline.js", readlineJS)}

// PromisesModule is the registry entry for 'readline/promises'.
var PromisesModule = modkit.Module{Name: "readline/promises", JS: modkit.NewScript("readline/promises.js", promisesJS)}
