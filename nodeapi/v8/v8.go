// Package v8 is Node's 'v8' module as far as it can be without V8: heap
// statistics come from the Go runtime (process-wide: isolates share one Go
// heap), flags are accepted and ignored.
package v8

import (
	"runtime/metrics"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/modkit"
)

// Module is the registry entry for 'v8'.
var Module = modkit.Module{Name: "v8", Native: native}

var heapSamples = []metrics.Sample{
	{Name: "/memory/classes/heap/objects:bytes"},
	{Name: "/memory/classes/heap/unused:bytes"},
	{Name: "/memory/classes/heap/free:bytes"},
	{Name: "/memory/classes/total:bytes"},
	{Name: "/gc/gomemlimit:bytes"},
}

func readHeap() (used, total, free, all, limit uint64) {
	s := make([]metrics.Sample, len(heapSamples))
	copy(s, heapSamples)
	metrics.Read(s)
	v := func(i int) uint64 {
		if s[i].Value.Kind() == metrics.KindUint64 {
			return s[i].Value.Uint64()
		}
		return 0
	}
	return v(0), v(0) + v(1), v(2), v(3), v(4)
}

func native(c *modkit.Context) (*goja.Object, error) {
	rt := c.RT
	b := rt.NewObject()
	set := func(k string, v any) { _ = b.Set(k, v) }
	set("getHeapStatistics", func(goja.FunctionCall) goja.Value {
		used, total, free, all, limit := readHeap()
		o := rt.NewObject()
		for _, kv := range []struct {
			k string
			v uint64
		}{
			{"total_heap_size", total}, {"total_heap_size_executable", 0}, {"total_physical_size", all},
			{"total_available_size", free}, {"used_heap_size", used}, {"heap_size_limit", limit},
			{"malloced_memory", 0}, {"peak_malloced_memory", 0}, {"does_zap_garbage", 0},
			{"number_of_native_contexts", 1}, {"number_of_detached_contexts", 0},
			{"total_global_handles_size", 0}, {"used_global_handles_size", 0}, {"external_memory", 0},
		} {
			_ = o.Set(kv.k, kv.v)
		}
		return o
	})
	// V8's heap spaces have no counterpart in Go's heap: one "go_heap" space.
	set("getHeapSpaceStatistics", func(goja.FunctionCall) goja.Value {
		used, total, free, all, _ := readHeap()
		o := rt.NewObject()
		_ = o.Set("space_name", "go_heap")
		_ = o.Set("space_size", total)
		_ = o.Set("space_used_size", used)
		_ = o.Set("space_available_size", free)
		_ = o.Set("physical_space_size", all)
		return rt.NewArray(o)
	})
	set("getHeapCodeStatistics", func(goja.FunctionCall) goja.Value {
		o := rt.NewObject()
		_ = o.Set("code_and_metadata_size", 0)
		_ = o.Set("bytecode_and_metadata_size", 0)
		_ = o.Set("external_script_source_size", 0)
		return o
	})
	set("setFlagsFromString", func(goja.FunctionCall) goja.Value { return goja.Undefined() })
	set("cachedDataVersionTag", func(goja.FunctionCall) goja.Value { return rt.ToValue(0x150e0a) })
	notSupported := func(name string) func(goja.FunctionCall) goja.Value {
		return func(goja.FunctionCall) goja.Value {
			modkit.Throw(rt, "Error", "ERR_METHOD_NOT_IMPLEMENTED", "The %s() method is not implemented", name)
			return nil
		}
	}
	for _, n := range []string{"getHeapSnapshot", "writeHeapSnapshot", "serialize", "deserialize"} {
		set(n, notSupported(n))
	}
	return b, nil
}
