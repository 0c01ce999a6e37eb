// isonode differs: our sandbox is stricter than Node's vm (where many of these
// escapes succeed): no host object is reachable from guest code, so every
// attempt fails to find the host process.
var vm = require('vm');
var attempt = require('./helpers/escape').attempt;
attempt('__proto__', 'o.__proto__.constructor.constructor("return process")()', { o: {} });
attempt('__lookupGetter__', 'o.__lookupGetter__("__proto__").call(o).constructor.constructor("return process")()', { o: {} });
attempt('getPrototypeOf', 'Object.getPrototypeOf(f).constructor("return process")()', { f: function () {} });
vm.runInNewContext('o.__proto__.polluted = 1; Object.prototype.polluted2 = 1; Array.prototype.polluted3 = 1; f().__proto__.polluted4 = 1; o2.__proto__ = {polluted5: 1}', { o: {}, o2: {}, f: function () { return {}; } });
var clean = ({}).polluted === undefined && ({}).polluted2 === undefined && [].polluted3 === undefined && ({}).polluted4 === undefined && ({}).polluted5 === undefined;
console.log('host prototypes clean: ' + clean);
