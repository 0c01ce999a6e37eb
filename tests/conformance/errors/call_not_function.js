// Calling or constructing something that is not a function throws a
// TypeError naming the callee as V8 does ("o.x is not a function",
// "X is not a constructor"): test suites match these texts (express's
// /(?:not a function|has no method)/, readable-stream's /ERR_MISSING_ARGS/).
// v0.10 differs: V8 3.14 said "Object #<Object> has no method 'missing'" and
// "undefined is not a function"; the v20 wording is kept, as tests written
// since Node 4 expect it.
// isonode differs: a callee that starts on an earlier line is named by its
// last property only ("nothing", V8: "o.sub.nothing").
var o = { num: 5, sub: { list: [null] } }, u, codes = {};
function f() { return 1; }
var cases = [
  function () { o.missing(); },
  function () { o.num(); },
  function () { u(); },
  function () { o.sub.list[0](); },
  function () { f()(); },
  function () { (void 0)(); },
  function () { new o.FOO(); },
  function () { new u(); },
  function () { new codes.ERR_MISSING_ARGS('streams'); },
  function () { return o.sub
    .nothing(); },
  function () { throw new TypeError('Value is not an object: 1'); }
];
cases.forEach(function (c) {
  try { c(); } catch (e) {
    console.log(e.name + ': ' + e.message, e instanceof TypeError, e.stack.split('\n')[0] === 'TypeError: ' + e.message);
  }
});
