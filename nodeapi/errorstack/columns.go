package errorstack

import (
	"reflect"
	"strings"
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

// frameFile returns the source file of a JS frame (goja's unexported
// StackFrame.prg.src), nil for native frames or if goja's private layout
// changed. Re-check it (TestCallFramesHaveV8Columns) whenever goja is upgraded.
func frameFile(f *goja.StackFrame) *file.File {
	prg := reflect.ValueOf(f).Elem().FieldByName("prg")
	if !prg.IsValid() || prg.Kind() != reflect.Pointer || prg.IsNil() {
		return nil
	}
	src := prg.Elem().FieldByName("src")
	if !src.IsValid() || src.Type() != fileType || src.IsNil() {
		return nil
	}
	return (*file.File)(unsafe.Pointer(src.Pointer()))
}
