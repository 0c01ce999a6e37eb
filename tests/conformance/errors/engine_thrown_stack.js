// Errors the engine throws itself (reading a property of undefined, calling
// a non-function) carry a V8-format stack like `new Error()` does: a header
// line equal to String(err), then "    at fn (file:line:col)" frames.
// Stack parsers (tap, tape, mocha's filter) depend on this layout.
function inner() {
  var o;
  return o.x;
}
function outer() {
  return inner();
}
function frames(e, n) {
  var lines = String(e.stack).split('\n');
  console.log('header is String(err):', lines[0] === String(e));
  console.log('all frames V8-style:', lines.slice(1).every(function (l) { return /^    at /.test(l); }));
  lines.slice(1, 1 + n).forEach(function (l) {
    console.log(l.split(__filename).join('FILE').replace(/:\d+\)$/, ')'));
  });
}
try {
  outer();
} catch (e) {
  console.log(e instanceof TypeError, e.constructor === TypeError);
  frames(e, 2);
}
function callsNonFunction() {
  var f = 1;
  return f();
}
try {
  callsNonFunction();
} catch (e) {
  frames(e, 1);
}
