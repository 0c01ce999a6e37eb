// Globals can be replaced by assignment, like any other global.
var mine = function () { return 'my setTimeout'; };
setTimeout = mine;
console.log(setTimeout(), global.setTimeout === mine);
Buffer = 'replaced';
console.log(Buffer, typeof require('buffer').Buffer);
var desc = Object.getOwnPropertyDescriptor(global, 'console');
console.log(typeof console.log, typeof desc);
