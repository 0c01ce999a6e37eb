package buffer_test

import (
	"testing"

	"github.com/isonode/isonode/nodeapi/buffer"
	"github.com/isonode/isonode/nodeapi/modkit"
	"github.com/isonode/isonode/nodeapi/nodetest"
)

func TestSlabViewsShareTheSlabsMemory(t *testing.T) {
	e := nodetest.New(t)
	e.Require(t, "buffer")
	slab := buffer.NewSlab(&modkit.Context{Iso: e.Iso, RT: e.RT})
	mem := []byte("0123456789")
	slab.Reset(mem)
	_ = e.RT.Set("a", slab.View(3, 5))
	_ = e.RT.Set("b", slab.View(0, 2))
	if got := e.Eval(t, "[Buffer.isBuffer(a), a.toString(), a.byteOffset, a.buffer.byteLength, a.buffer === b.buffer, b.toString()].join()"); got != "true,34567,3,10,true,01" {
		t.Fatalf("views of one slab: %s", got)
	}
	e.Eval(t, "a[0] = 0x78")
	if string(mem) != "012x456789" {
		t.Fatalf("a JS write did not reach the slab: %q", mem)
	}
	mem2 := []byte("abcdef")
	slab.Reset(mem2)
	_ = e.RT.Set("c", slab.View(1, 2))
	if got := e.Eval(t, "[c.toString(), c.buffer.byteLength, c.buffer === a.buffer, a.toString()].join()"); got != "bc,6,false,x4567" {
		t.Fatalf("after Reset: %s", got)
	}
}
