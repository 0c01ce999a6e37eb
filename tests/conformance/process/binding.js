// process.binding: 'buffer' gives SlowBuffer (Node's v0.10 tests use it),
// 'natives' lists the core modules (builtin-modules@1 reads its keys);
// other names throw.
// v0.10 differs: Node 20's binding('buffer') has no SlowBuffer.
// isonode differs: 'natives' maps names to '' instead of each module's source.
var S = process.binding('buffer').SlowBuffer;
var b = new S(4);
b.writeFloatLE(1, 0);
console.log(b.readFloatLE(0), S === require('buffer').SlowBuffer);
var natives = Object.keys(process.binding('natives'));
console.log(['fs', 'http', 'path', 'events'].every(function (m) { return natives.indexOf(m) !== -1; }));
try { process.binding('no_such_binding'); } catch (e) { console.log(e.message); }
