package v8builtins_test

import (
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/v8builtins"
)

func TestLegacyAccessorsBehaveAsV8(t *testing.T) {
	rt := goja.New()
	v8builtins.Install(rt)
	cases := map[string]string{
		`var o = {}; o.__defineGetter__('x', function () { return 7 }); o.x`:                                "7",
		`var o = {}, v; o.__defineSetter__('x', function (n) { v = n }); o.x = 3; v`:                        "3",
		`var o = {}; o.__defineGetter__('x', function () {}); Object.keys(o).join()`:                        "x",
		`var p = {}; p.__defineGetter__('y', function g() {}); Object.create(p).__lookupGetter__('y').name`: "g",
		`({a: 1}).__lookupGetter__('a') === undefined`:                                                      "true",
		`({}).__lookupSetter__('nope') === undefined`:                                                       "true",
		`try { ({}).__defineGetter__('x', 1) } catch (e) { e instanceof TypeError }`:                        "true",
		`try { Object.prototype.__lookupGetter__.call(null, 'x') } catch (e) { e instanceof TypeError }`:    "true",
		`Object.keys(Object.prototype).length`:                                                              "0",
		`for (var k in {}) throw k; 'none'`:                                                                 "none",
		`Object.getOwnPropertyDescriptor(Object.prototype, '__defineGetter__').enumerable`:                  "false",
		`new Date(0).toGMTString()`:                                                                         "Thu, 01 Jan 1970 00:00:00 GMT",
	}
	expectResults(t, rt, cases)
}

func TestJSONParseSyntaxErrorsHaveV8Messages(t *testing.T) {
	rt := goja.New()
	v8builtins.Install(rt)
	cases := map[string]string{
		`{invalid: 'json'}`: "Unexpected token i",
		``:                  "Unexpected end of input",
		`{"a": 1`:           "Unexpected end of input",
		`{"a":1}x`:          "Unexpected token x",
		`01`:                "Unexpected number",
		`{"a" "b"}`:         "Unexpected string",
		`[1,]`:              "Unexpected token ]",
		`"\x"`:              "Unexpected token x",
		`{"é": ü}`:          "Unexpected token ü",
	}
	for text, want := range cases {
		_ = rt.Set("text", text)
		v, err := rt.RunString(`try { JSON.parse(text); 'no error' } catch (e) { (e instanceof SyntaxError) + ' ' + e.message }`)
		if err != nil {
			t.Fatal(err)
		}
		if got := v.String(); got != "true "+want {
			t.Errorf("JSON.parse(%q): %s, want %s", text, got, want)
		}
	}
	v, err := rt.RunString(`JSON.parse('{"a":[1,{"b":2}]}', function (k, v) { return k === 'b' ? v * 10 : v; }).a[1].b + JSON.parse.length + JSON.parse.name`)
	if err != nil || v.String() != "22parse" {
		t.Fatalf("%v %v", v, err)
	}
	v, err = rt.RunString(`JSON.parse(undefined)`)
	if err == nil || !strings.Contains(err.Error(), "Unexpected token u") {
		t.Fatalf("JSON.parse(undefined): %v %v", v, err)
	}
}

func TestRegExpSourceEscapesSlashAsV8(t *testing.T) {
	rt := goja.New()
	v8builtins.Install(rt)
	cases := map[string]string{
		`new RegExp('a/b').source`:                                             `a\/b`,
		`/[/]x\/y/g.source`:                                                    `[/]x\/y`,
		`String(/[/]x\/y/g)`:                                                   `/[/]x\/y/g`,
		`new RegExp('a/b[/]c\\]/d').source`:                                    `a\/b[/]c\]\/d`,
		`String(new RegExp('x/y', 'gi'))`:                                      `/x\/y/gi`,
		`new RegExp('\n').source`:                                              `\n`,
		`new RegExp('').source`:                                                `(?:)`,
		`RegExp.prototype.source`:                                              `(?:)`,
		`new RegExp(new RegExp('a/b').source).test('a/b')`:                     `true`,
		`RegExp.prototype.toString.call({source: 's', flags: 'm'})`:            `/s/m`,
		`Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get.name`: `get source`,
		`Object.keys(RegExp.prototype).length`:                                 `0`,
	}
	expectResults(t, rt, cases)
}

// expectResults runs each source of cases on rt and compares its result,
// as a string, with the expected one.
func expectResults(t *testing.T, rt *goja.Runtime, cases map[string]string) {
	t.Helper()
	for src, want := range cases {
		v, err := rt.RunString(src)
		if err != nil {
			t.Errorf("%s: %v", src, err)
			continue
		}
		if got := v.String(); got != want {
			t.Errorf("%s = %s, want %s", src, got, want)
		}
	}
}
