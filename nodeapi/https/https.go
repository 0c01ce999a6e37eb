// Package https is Node's 'https' module: http over tls, all in https.js.
//
// https.Server is an http.Server whose connections are TLS sockets: the
// constructor runs http.Server's, then moves http's 'connection' handler
// to 'secureConnection' and makes the server accept TLS with tls.js's
// _initServer (the raw 'connection's are wrapped in tls.TLSSocket). Its
// prototype is tls.Server's with http.Server's methods copied on, so it
// is instanceof tls.Server (as in Node) and has http's close, setTimeout,
// closeIdleConnections… https.Agent is an http.Agent whose
// createConnection is tls.connect.
package https

import (
	_ "embed"

	"github.com/isonode/isonode/nodeapi/modkit"
)

//go:embed https.js
var httpsJS string

// Module is the registry entry for 'https'.
var Module = modkit.Module{Name: "https", JS: modkit.NewScript("https.js", httpsJS)}
