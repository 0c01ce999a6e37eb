package errorstack

import (
	"reflect"
	"strings"
	"sync"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/dop251/goja/file"
)

// lineIndex caches where the lines of the sources seen in stacks start, so
// that frames can be given V8's columns. Owned by the runtime's goroutine.
type lineIndex struct {
	starts map[*file.File][]int
}

// maxIndexedFiles bounds the cache: code compiled at run time (eval, new
// Function, vm scripts) would otherwise grow it for ever.
const maxIndexedFiles = 64

// callColumn turns goja's column of a call into V8's. goja positions a call
// at its opening parenthesis, V8 at the start of the callee's last name
// (`a.b.run(x)` → the `r` of run, `f  ()` → the `f`); other positions
// (`new X`, a throw) are the same in both. The line and column are the
// frame's, 1-based, columns in bytes as goja counts them.
func (ix *lineIndex) callColumn(f *goja.StackFrame, line, col int) int {
	src := frameFile(f)
	if src == nil {
		return col
	}
	text := ix.line(src, line)
	i := col - 1
	if i < 0 || i >= len(text) || text[i] != '(' {
		return col
	}
	j := i
	for j > 0 && (text[j-1] == ' ' || text[j-1] == '\t') {
		j--
	}
	k := j
	for k > 0 && isNameByte(text[k-1]) {
		k--
	}
	if k == j {
		return col
	}
	return k + 1
}

func isNameByte(b byte) bool {
	return b == '_' || b == '$' || b >= 0x80 || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// line returns the text of the 1-based line of src ("" when out of range).
func (ix *lineIndex) line(src *file.File, line int) string {
	starts, ok := ix.starts[src]
	if !ok {
		if ix.starts == nil || len(ix.starts) >= maxIndexedFiles {
			ix.starts = make(map[*file.File][]int)
		}
		text := src.Source()
		starts = []int{0}
		for i := 0; i < len(text); i++ {
			if text[i] == '\n' {
				starts = append(starts, i+1)
			}
		}
		ix.starts[src] = starts
	}
	if line < 1 || line > len(starts) {
		return ""
	}
	text := src.Source()[starts[line-1]:]
	if end := strings.IndexByte(text, '\n'); end >= 0 {
		text = text[:end]
	}
	return text
}

var fileType = reflect.TypeOf((*file.File)(nil))

// programLayout holds the offsets of the goja internals read for each frame:
// StackFrame.prg, and in goja's Program its src and srcMap (whose first
// item's srcPos is where the function starts).
type programLayout struct {
	ok                       bool
	sfPrg, prgSrc, prgSrcMap uintptr
	itemSize, itemPos        uintptr
}

var (
	programOnce sync.Once
	programOffs programLayout
)

// loadProgramLayout finds the offsets through reflection once per process;
// if goja's private layout changed, programOffs.ok stays false and frames
// keep goja's columns and no inferred names (TestCallFramesHaveV8Columns and
// TestFrameReceiversAndInferredNames fail then: re-check whenever goja is
// upgraded).
func loadProgramLayout() {
	prg, ok := reflect.TypeOf(goja.StackFrame{}).FieldByName("prg")
	if !ok || prg.Type.Kind() != reflect.Pointer || prg.Type.Elem().Kind() != reflect.Struct {
		return
	}
	src, ok1 := prg.Type.Elem().FieldByName("src")
	srcMap, ok2 := prg.Type.Elem().FieldByName("srcMap")
	if !ok1 || !ok2 || src.Type != fileType || srcMap.Type.Kind() != reflect.Slice || srcMap.Type.Elem().Kind() != reflect.Struct {
		return
	}
	pos, ok := srcMap.Type.Elem().FieldByName("srcPos")
	if !ok || pos.Type.Kind() != reflect.Int {
		return
	}
	programOffs = programLayout{ok: true, sfPrg: prg.Offset, prgSrc: src.Offset, prgSrcMap: srcMap.Offset,
		itemSize: srcMap.Type.Elem().Size(), itemPos: pos.Offset}
}

// frameProgramPtr returns goja's unexported StackFrame.prg, nil for native
// frames or if goja's private layout changed.
func frameProgramPtr(f *goja.StackFrame) unsafe.Pointer {
	programOnce.Do(loadProgramLayout)
	if !programOffs.ok {
		return nil
	}
	return *(*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(f), programOffs.sfPrg))
}

// frameFile returns the source file of a JS frame (goja's unexported
// StackFrame.prg.src), nil for native frames or if goja's private layout
// changed.
func frameFile(f *goja.StackFrame) *file.File {
	prg := frameProgramPtr(f)
	if prg == nil {
		return nil
	}
	return *(**file.File)(unsafe.Add(prg, programOffs.prgSrc))
}
