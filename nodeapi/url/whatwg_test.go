package url

import (
	"encoding/json"
	"os"
	"reflect"
	"testing"
)

func TestParseGo(t *testing.T) {
	for _, c := range [][2]string{
		{"http://x.com/a", "http://x.com/a"},
		{"foo", ""},
		{"http://MAÑANA.com", "http://xn--maana-pta.com/"},
	} {
		r, ok := Parse(c[0], nil)
		got := ""
		if ok {
			got = r.Href(false)
		}
		if got != c[1] {
			t.Errorf("%q: got %q want %q", c[0], got, c[1])
		}
	}
}

// TestAgainstNode compares the parser with /usr/bin/node v20's output for
// the inputs in testdata/gen_whatwg.js.
func TestAgainstNode(t *testing.T) {
	data, err := os.ReadFile("testdata/whatwg_node.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		In   []string
		Want []string
	}
	var raw [][2]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		t.Fatal(err)
	}
	for _, r := range raw {
		var c struct {
			In   []string
			Want []string
		}
		_ = json.Unmarshal(r[0], &c.In)
		_ = json.Unmarshal(r[1], &c.Want)
		cases = append(cases, c)
	}
	for _, c := range cases {
		var base *Record
		ok := true
		if len(c.In) > 1 {
			base, ok = Parse(c.In[1], nil)
		}
		var got []string
		if ok {
			if r, ok := Parse(c.In[0], base); ok {
				got = r.Components()
			}
		}
		if !reflect.DeepEqual(got, c.Want) {
			t.Errorf("%q:\n got %q\nwant %q", c.In, got, c.Want)
		}
	}
}
