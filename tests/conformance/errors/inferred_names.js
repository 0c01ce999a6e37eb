// Stack frames of anonymous functions carry the name V8 infers from the
// assignment they are the value of, and frames of eval'd code say where the
// eval came from; CallSite objects give the same (depd builds its
// deprecation messages from getFunctionName, isEval and getEvalOrigin).
// isonode differs: `this.x = function` and `a[k] = function` stay anonymous
// (V8: "Ctor.x", "a.<computed>"); the origin of eval'd code is the frame
// below it (V8: the eval call, which differs for a function made by eval and
// called later).
function sites() {
  var prep = Error.prepareStackTrace;
  Error.prepareStackTrace = function (e, s) { return s; };
  var s = new Error().stack;
  Error.prepareStackTrace = prep;
  return s;
}
var lib = { sub: {} };
lib.run = function () { return sites()[1]; };
lib.sub.deep = function () { return sites()[1]; };
function Foo() {}
Foo.prototype.bar = function () { return sites()[1]; };
lib.arrow = () => sites()[1];
[lib.run(), lib.sub.deep(), new Foo().bar(), lib.arrow()].forEach(function (s) {
  console.log(s.getFunctionName(), s.isEval(), String(s).replace(/\(.*[\\/]/, '('));
});
function caller() { return eval('sites()[1]'); }
var s = caller();
console.log(s.getFunctionName(), s.isEval(), s.getFileName(), s.getLineNumber(), s.getColumnNumber(),
  s.getEvalOrigin().replace(/\(.*[\\/]/, '('));
lib.fail = function () { throw new Error('boom'); };
try { lib.fail(); } catch (e) { console.log(e.stack.split('\n')[1].replace(/\(.*[\\/]/, '(')); }
