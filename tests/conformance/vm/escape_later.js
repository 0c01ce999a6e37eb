// isonode differs: our sandbox is stricter than Node's vm (where many of these
// escapes succeed): guest functions the host calls later (timer callbacks,
// returned functions, inspect hooks) get copies of host values, never the
// host objects themselves, so none of them finds the host process.
var vm = require('vm');
var util = require('util');
var results = [];
function report(name, v) {
  var escaped = v === process || (v && typeof v === 'object' && typeof v.pid === 'number' && typeof v.exit === 'function');
  console.log(name + ': ' + (escaped ? 'ESCAPED' : 'no escape'));
}
function tryOut(fn) {
  return 'function (x) { try { return ' + fn + ' } catch (e) { return String(e) } }';
}
// a timer callback: the host calls it from its own loop later
var sb = { setTimeout: setTimeout, report: report };
vm.runInNewContext('setTimeout(function () { var self = this, a = arguments;' +
  ' var p; try { p = self && self.constructor.constructor("return process")() } catch (e) {}' +
  ' report("timer this", p);' +
  ' try { p = arguments.callee.caller && arguments.callee.caller.constructor("return process")() } catch (e) { p = undefined }' +
  ' report("timer caller", p) }, 1)', sb);
// a returned function called later with host objects
var fn = vm.runInNewContext('(' + tryOut('x.constructor.constructor("return process")()') + ')');
setTimeout(function () {
  report('returned fn, host object arg', fn({ a: 1 }));
  report('returned fn, host function arg', fn(function () {}));
  report('returned fn, host error arg', fn(new Error('e')));
  var g = vm.runInNewContext('(function () { return this.constructor.constructor("return process")() })');
  var r; try { r = g.call({}); } catch (e) { r = e; }
  report('returned fn, host this', r);
  var h = vm.runInNewContext('(function () { return arguments.callee.caller })');
  function hostCaller() { return h(); }
  report('returned fn, caller', hostCaller() === hostCaller ? process : undefined);
  // an inspect hook on an object the host prints
  var o = vm.runInNewContext('({ inspect: function (d, opts) { var p; try { p = opts.stylize.constructor("return process")() } catch (e) {} leak = p; return "guest object" } })');
  util.inspect(o);
  report('inspect hook', vm.runInNewContext('typeof leak === "object" ? leak : undefined', {}));
  var c = vm.runInNewContext('var o = {}; o[Symbol.for("nodejs.util.inspect.custom")] = function (d, opts, insp) { var p; try { p = insp.constructor("return process")() } catch (e) {} this.leak = p; return "custom" }; o');
  util.inspect(c);
  report('inspect.custom hook', c.leak);
  // a getter on a returned object, read by the host
  var gt = vm.runInNewContext('({ get x() { try { var c = arguments.callee.caller; return c && c.constructor("return process")() } catch (e) {} } })');
  report('getter read by host', gt.x);
}, 5);
