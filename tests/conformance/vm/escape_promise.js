// isonode differs: our sandbox is stricter than Node's vm (where many of these
// escapes succeed): no host object is reachable from guest code, so every
// attempt fails to find the host process.
var vm = require('vm');
var attempt = require('./helpers/escape').attempt;
var p = vm.runInNewContext('new Promise(function (r) { r(1) })');
console.log('host sees a host promise: ' + (p instanceof Promise));
attempt('returned promise', 'f().constructor.constructor("return process")()', { f: function () { return Promise.resolve(1); } });
var sb = { f: function () { return Promise.resolve({ x: 1 }); } };
vm.runInNewContext('f().then(function (v) { got = v.constructor.constructor("return typeof process")() })', sb);
setTimeout(function () { console.log('promise value: ' + sb.got); }, 10);
