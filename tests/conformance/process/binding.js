// process.binding: 'buffer' gives SlowBuffer (Node's v0.10 tests use it),
// 'constants' the constants module, 'evals' NodeScript (nodeunit 0.7), and
// 'natives' a source per core module that graceful-fs@3 evaluates to get a
// private copy of fs; other names throw.
// v0.10 differs: Node 20's binding('buffer') has no SlowBuffer, 'evals' is gone.
// isonode differs: a 'natives' source copies the loaded module's exports
// instead of being the module's own code.
var S = process.binding('buffer').SlowBuffer;
var b = new S(4);
b.writeFloatLE(1, 0);
console.log(b.readFloatLE(0), S === require('buffer').SlowBuffer);
console.log(process.binding('constants').O_RDONLY, process.binding('constants') === require('constants'));
console.log(new (process.binding('evals').NodeScript)('1 + 1').runInThisContext());
var natives = process.binding('natives');
console.log(['fs', 'http', 'path', 'events'].every(function (m) { return typeof natives[m] === 'string'; }));
var copy = {};
new Function('exports', 'require', natives.fs)(copy, require);
console.log(copy !== require('fs'), copy.readFileSync === require('fs').readFileSync);
try { process.binding('no_such_binding'); } catch (e) { console.log(e.message); }
