package net_test

import (
	"strconv"
	"testing"

	"github.com/isonode/isonode/nodeapi/net"
	"github.com/isonode/isonode/nodeapi/nodetest"
)

// ConnOf gives a Conn only for an open connection of the isolate's own net
// binding: not before net is loaded, not for an unknown id, a listener, or
// a socket that was destroyed; and a connection still connecting is not
// ready to write.
func TestConnOfOnlyForOpenConnections(t *testing.T) {
	e := nodetest.New(t)
	if net.ConnOf(e.Iso, 1) != nil {
		t.Fatal("a Conn before net was loaded")
	}
	e.Eval(t, `var net = require('net');
		var server = net.createServer().listen(0, '127.0.0.1');
		var client = net.connect(server.address().port, '127.0.0.1');
		client.on('error', function () {});
		server.address().port`)
	id := func(expr string) int64 {
		n, err := strconv.ParseInt(e.Eval(t, expr), 10, 64)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	if net.ConnOf(e.Iso, 0) != nil || net.ConnOf(e.Iso, 1<<40) != nil {
		t.Error("a Conn for an id that is no socket")
	}
	if net.ConnOf(e.Iso, id("server._id")) != nil {
		t.Error("a Conn for a listener")
	}
	clientID := id("client._id")
	cn := net.ConnOf(e.Iso, clientID)
	if cn == nil {
		t.Fatal("no Conn for a connection")
	}
	client := e.RT.Get("client").ToObject(e.RT)
	if cn.WriteReady(client) {
		t.Error("a connecting socket is ready to write")
	}
	e.Eval(t, `client.destroy(); server.close(); 0`)
	if cn.Open() || net.ConnOf(e.Iso, clientID) != nil {
		t.Error("a destroyed socket is still open")
	}
}
