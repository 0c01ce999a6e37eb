// Package constants is v0.10's 'constants' module: one flat, frozen table
// of the OS's errno, signal, priority and dlopen numbers, the file-system
// flags and modes, and crypto's OpenSSL constants. Old file-system wrappers
// (graceful-fs) require it.
package constants

import (
	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/crypto"
	"github.com/isonode/isonode/nodeapi/modkit"
)

// Module is the registry entry for 'constants'. The crypto table comes from
// Go, so requiring 'constants' does not load the crypto module.
var Module = modkit.Module{
	Name: "constants",
	Native: func(c *modkit.Context) (*goja.Object, error) {
		return crypto.ConstantsObject(c.RT), nil
	},
	JS: modkit.NewScript("constants.js", `
var os = require('os').constants;
var tables = [os.dlopen, os.errno, os.signals, os.priority, require('fs').constants, binding];
for (var i = 0; i < tables.length; i++) {
  var t = tables[i] || {};
  for (var k in t) exports[k] = t[k];
}
Object.freeze(exports);
`),
}
