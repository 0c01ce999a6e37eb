package v8builtins

import (
	"encoding/json"
	"errors"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// installJSONParse replaces JSON.parse with a wrapper that gives its syntax
// errors V8's messages ("Unexpected token i", "Unexpected end of input",
// "Unexpected number", "Unexpected string": Node v0.10's) instead of the Go
// decoder's text goja passes on. Valid input costs one extra call.
func installJSONParse(rt *goja.Runtime) {
	jsonObj, ok := rt.Get("JSON").(*goja.Object)
	if !ok {
		return
	}
	parse, ok := goja.AssertFunction(jsonObj.Get("parse"))
	if !ok {
		return
	}
	wrapper := rt.ToValue(func(call goja.FunctionCall) goja.Value {
		v, err := parse(call.This, call.Arguments...)
		if err == nil {
			return v
		}
		var ex *goja.Exception
		if errors.As(err, &ex) {
			if o, ok := ex.Value().(*goja.Object); ok && o.Get("name").String() == "SyntaxError" {
				ctor, _ := goja.AssertConstructor(rt.Get("SyntaxError"))
				if ctor != nil {
					if e, cerr := ctor(nil, rt.ToValue(JSONSyntaxMessage(call.Argument(0).String()))); cerr == nil {
						panic(e)
					}
				}
			}
		}
		panic(err)
	}).(*goja.Object)
	_ = wrapper.DefineDataProperty("name", rt.ToValue("parse"), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	_ = wrapper.DefineDataProperty("length", rt.ToValue(2), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	_ = jsonObj.DefineDataProperty("parse", wrapper, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
}

// JSONSyntaxMessage is V8's message for the first error in text (invalid
// JSON), found with encoding/json, whose grammar is JSON.parse's. Any
// goroutine.
func JSONSyntaxMessage(text string) string {
	var v any
	err := json.Unmarshal([]byte(text), &v)
	var se *json.SyntaxError
	if !errors.As(err, &se) || se.Offset <= 0 || int(se.Offset) > len(text) {
		return "Unexpected end of input"
	}
	at := int(se.Offset) - 1
	if se.Error() == "unexpected end of JSON input" {
		return "Unexpected end of input"
	}
	r, _ := utf8.DecodeRuneInString(text[at:])
	switch {
	case r == '"':
		return "Unexpected string"
	case r == '-' || r >= '0' && r <= '9':
		return "Unexpected number"
	}
	return "Unexpected token " + string(r)
}
