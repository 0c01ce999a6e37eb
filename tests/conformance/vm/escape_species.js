// isonode differs: our sandbox is stricter than Node's vm (where many of these
// escapes succeed): no host object is reachable from guest code, so every
// attempt fails to find the host process.
var attempt = require('./helpers/escape').attempt;
attempt('Symbol.species', 'var leak; var a = [1, 2]; a.constructor = function () {}; a.constructor[Symbol.species] = function (n) { leak = this; return [] }; f(a); leak', { f: function (a) { return a.map(function (x) { return x; }); } });
attempt('species on returned array', 'var r = f(); r.constructor.constructor("return process")()', { f: function () { return [1]; } });
