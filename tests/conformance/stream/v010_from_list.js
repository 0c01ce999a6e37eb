// v0.10 differs: require('_stream_readable')._fromList(n, state) is v0.10's
// helper taking n bytes (or characters, or one object) from the front of
// state.buffer, a plain array of queued chunks (v20 has no such export);
// its pre-release argument form is accepted too.
var fromList = require('_stream_readable')._fromList;

var bufs = [Buffer.from('abcd'), Buffer.from('efgh'), Buffer.from('ijkl')];
console.log('across chunks', String(fromList(6, { buffer: bufs, length: 12 })));
console.log('left', bufs.map(String));
console.log('inside first', String(fromList(1, { buffer: bufs, length: 6 })));
console.log('whole first', String(fromList(1, { buffer: bufs, length: 5 })));
console.log('rest', String(fromList(0, { buffer: bufs, length: 4 })), bufs.length);
console.log('empty', fromList(3, { buffer: bufs, length: 0 }));

var strs = ['one', 'two', 'three'];
console.log('strings', fromList(5, { buffer: strs, length: 11, decoder: true }), strs);
console.log('all strings', fromList(99, { buffer: strs, length: 6, decoder: true }), strs);

var objs = [{ a: 1 }, { b: 2 }];
console.log('object', fromList(5, { buffer: objs, length: 2, objectMode: true }), objs);

// The pre-release form (n, list, length, stringMode).
var early = ['ab', 'cd'];
console.log('early form', fromList(3, early, 4, true), early);
