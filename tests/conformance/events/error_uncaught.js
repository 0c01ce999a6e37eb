// An 'error' event nobody listens to ends the process: the error itself is
// thrown (exit code 1, stack on stderr).
var EventEmitter = require('events');
var e = new EventEmitter();
console.log('before');
e.emit('error', new Error('nobody listens'));
console.log('never printed');
