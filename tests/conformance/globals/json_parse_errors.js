// JSON.parse's SyntaxError messages.
// v0.10 differs: V8 3.14 says "Unexpected token i", "Unexpected end of input",
// "Unexpected number", "Unexpected string"; Node 20 says "Expected property
// name or '}' in JSON at position 1" and the like. The expected output is
// v0.10's.
['{invalid: 1}', '', '{"a": 1', '[1,]', '{"a":1}x', '01', '{"a" "b"}', undefined].forEach(function (text) {
  try {
    JSON.parse(text);
    console.log('parsed', text);
  } catch (e) {
    console.log(String(JSON.stringify(text)), e.name, e instanceof SyntaxError, e.message);
  }
});
console.log(JSON.stringify(JSON.parse('{"a":[1,{"b":2}]}', function (k, v) { return k === 'b' ? v * 10 : v; })));
