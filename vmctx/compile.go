package vmctx

import (
	"errors"
	"strconv"
	"strings"
	"sync"

	"github.com/dop251/goja"
	"github.com/dop251/goja/parser"
)

// SyntaxError describes code that does not compile.
type SyntaxError struct {
	Message   string // without the "SyntaxError: " prefix
	File      string
	Line, Col int    // 1-based, offsets applied; 0 when unknown
	Source    string // the offending line
}

func (e *SyntaxError) Error() string { return "SyntaxError: " + e.Message }

// The compile cache: programs are immutable and shared by all runtimes.
var (
	cacheMu sync.Mutex
	cache   = make(map[string]*goja.Program)
)

const maxCached = 1024

// Compile compiles code as a script named filename. lineOffset and
// columnOffset (≥ 0) shift the positions stacks report, as Node's options
// do. Any goroutine. The error is a *SyntaxError.
func Compile(filename, code string, lineOffset, columnOffset int) (*goja.Program, error) {
	if lineOffset < 0 {
		lineOffset = 0
	}
	if columnOffset < 0 {
		columnOffset = 0
	}
	src := strings.Repeat("\n", lineOffset) + strings.Repeat(" ", columnOffset) + code
	key := filename + "\x00" + src
	cacheMu.Lock()
	prg := cache[key]
	cacheMu.Unlock()
	if prg != nil {
		return prg, nil
	}
	prg, err := goja.Compile(filename, src, false)
	if err != nil {
		return nil, syntaxError(filename, src, err)
	}
	cacheMu.Lock()
	if len(cache) >= maxCached {
		for k := range cache {
			delete(cache, k)
			break
		}
	}
	cache[key] = prg
	cacheMu.Unlock()
	return prg, nil
}

func syntaxError(name, src string, err error) *SyntaxError {
	se := &SyntaxError{Message: err.Error(), File: name}
	offset := -1
	var cse *goja.CompilerSyntaxError
	if errors.As(err, &cse) {
		se.Message, offset = cse.Message, cse.Offset
	}
	if _, perr := parser.ParseFile(nil, name, src, 0); perr != nil {
		var list parser.ErrorList
		if errors.As(perr, &list) && len(list) > 0 {
			se.Message, offset = list[0].Message, -1
			se.Line, se.Col = list[0].Position.Line, list[0].Position.Column
		}
	}
	if offset >= 0 && offset <= len(src) {
		se.Line = strings.Count(src[:offset], "\n") + 1
		se.Col = offset - strings.LastIndexByte(src[:offset], '\n')
	}
	if se.Line > 0 {
		lines := strings.SplitN(src, "\n", se.Line+1)
		if se.Line <= len(lines) {
			se.Source = lines[se.Line-1]
		}
	}
	se.Message = strings.TrimPrefix(se.Message, "SyntaxError: ")
	return se
}

func itoa(i int) string {
	return strconv.Itoa(i)
}
