// Stack frames of method calls are named after the receiver's type and the
// key the method was found under, as V8 writes them ("Foo.qux [as baz]",
// "EventEmitter.<anonymous>", "new Foo"); CallSite objects give the parts
// (getThis, getTypeName, getMethodName, getFunction, isConstructor).
// isonode differs: a class's static method is "Function.s" (V8: "K.s").
var EventEmitter = require('events');
function top() { return new Error().stack.split('\n')[2].trim().replace(__dirname + '/', ''); }
var o = {}; o.f = function () { return top(); };
var o2 = { f: function () { return top(); }, g: function named() { return top(); } };
function Foo() { this.made = top(); }
Foo.prototype.bar = function () { return top(); };
Foo.prototype.baz = function qux() { return top(); };
class K { m() { return top(); } }
var e = new EventEmitter(), r;
e.on('x', function () { r = top(); });
e.emit('x');
console.log([o.f(), o2.f(), o2.g(), new Foo().bar(), new Foo().baz(), new K().m(), r, new Foo().made,
  [1].map(function () { return top(); })[0], (function () { 'use strict'; return top(); })()].join('\n'));

function sites() {
  var prep = Error.prepareStackTrace;
  Error.prepareStackTrace = function (err, s) { return s; };
  var s = new Error().stack;
  Error.prepareStackTrace = prep;
  return s[1];
}
var lib = { run: function run() { return sites(); } };
var s = lib.run();
console.log('lib.run:', s.getThis() === lib, s.getFunction() === lib.run, s.getTypeName(), s.getMethodName(),
  s.getFunctionName(), s.isToplevel(), s.isConstructor());
function Made() { this.site = sites(); }
s = new Made().site;
console.log('new Made:', s.getTypeName(), s.getFunctionName(), s.isToplevel(), s.isConstructor());
s = (function () { return sites(); })();
console.log('plain call:', s.getTypeName(), s.getMethodName(), s.isToplevel());
