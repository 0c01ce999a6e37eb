// Package nodeapi builds Node's environment on an isolate: the table of core
// modules, the globals (process, console, timers, Buffer, …), the module
// system and the main-script runners that cmd/node uses.
//
// Everything here runs on the isolate's loop goroutine.
package nodeapi

import (
	"sort"

	"github.com/isonode/isonode/nodeapi/assert"
	"github.com/isonode/isonode/nodeapi/buffer"
	"github.com/isonode/isonode/nodeapi/child_process"
	"github.com/isonode/isonode/nodeapi/cluster"
	"github.com/isonode/isonode/nodeapi/console"
	"github.com/isonode/isonode/nodeapi/constants"
	"github.com/isonode/isonode/nodeapi/crypto"
	"github.com/isonode/isonode/nodeapi/dgram"
	"github.com/isonode/isonode/nodeapi/dns"
	"github.com/isonode/isonode/nodeapi/domain"
	"github.com/isonode/isonode/nodeapi/events"
	"github.com/isonode/isonode/nodeapi/fs"
	"github.com/isonode/isonode/nodeapi/http"
	"github.com/isonode/isonode/nodeapi/https"
	internalerrors "github.com/isonode/isonode/nodeapi/internal/errors"
	"github.com/isonode/isonode/nodeapi/modkit"
	"github.com/isonode/isonode/nodeapi/module"
	"github.com/isonode/isonode/nodeapi/net"
	"github.com/isonode/isonode/nodeapi/os"
	"github.com/isonode/isonode/nodeapi/path"
	"github.com/isonode/isonode/nodeapi/perf_hooks"
	"github.com/isonode/isonode/nodeapi/process"
	"github.com/isonode/isonode/nodeapi/punycode"
	"github.com/isonode/isonode/nodeapi/querystring"
	"github.com/isonode/isonode/nodeapi/readline"
	"github.com/isonode/isonode/nodeapi/repl"
	"github.com/isonode/isonode/nodeapi/stream"
	"github.com/isonode/isonode/nodeapi/string_decoder"
	"github.com/isonode/isonode/nodeapi/timers"
	"github.com/isonode/isonode/nodeapi/tls"
	"github.com/isonode/isonode/nodeapi/tty"
	"github.com/isonode/isonode/nodeapi/url"
	"github.com/isonode/isonode/nodeapi/util"
	"github.com/isonode/isonode/nodeapi/v8"
	"github.com/isonode/isonode/nodeapi/vm"
	"github.com/isonode/isonode/nodeapi/zlib"
)

// coreModules is the one table of core modules. A module is built in an
// isolate only when first required.
var coreModules = []modkit.Module{
	assert.Module,
	buffer.Module,
	child_process.Module,
	cluster.Module,
	console.Module,
	constants.Module,
	crypto.Module,
	dgram.Module,
	dns.Module,
	dns.PromisesModule,
	domain.Module,
	events.Module,
	fs.Module,
	http.Module,
	https.Module,
	internalerrors.Module,
	module.Module,
	net.Module,
	os.Module,
	path.Module,
	perf_hooks.Module,
	process.Module,
	punycode.Module,
	querystring.Module,
	readline.Module,
	readline.PromisesModule,
	repl.Module,
	stream.Module,
	stream.PromisesModule,
	stream.DuplexModule,
	stream.PassThroughModule,
	stream.ReadableModule,
	stream.TransformModule,
	stream.WritableModule,
	string_decoder.Module,
	timers.Module,
	tls.Module,
	tty.Module,
	tty.StdioModule,
	url.Module,
	util.Module,
	v8.Module,
	vm.Module,
	zlib.Module,
}

// aliases are names that load another module's exports.
var aliases = map[string]string{
	"sys": "util",
}

var coreIndex = func() map[string]*modkit.Module {
	m := make(map[string]*modkit.Module, len(coreModules))
	for i := range coreModules {
		m[coreModules[i].Name] = &coreModules[i]
	}
	return m
}()

// lookupCore finds a core module by name, following aliases and accepting
// the "node:" prefix.
func lookupCore(name string) (*modkit.Module, string) {
	if len(name) > 5 && name[:5] == "node:" {
		name = name[5:]
	}
	if a, ok := aliases[name]; ok {
		name = a
	}
	m := coreIndex[name]
	return m, name
}

// CoreModuleNames lists the public core modules and aliases, sorted.
func CoreModuleNames() []string {
	var names []string
	for _, m := range coreModules {
		if !m.Internal {
			names = append(names, m.Name)
		}
	}
	for a := range aliases {
		names = append(names, a)
	}
	sort.Strings(names)
	return names
}
