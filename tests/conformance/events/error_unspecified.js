// An 'error' event with a non-Error value and no listener.
// v0.10 differs: v0.10 throws `TypeError: Uncaught, unspecified "error"
// event.`; v20 throws `Error [ERR_UNHANDLED_ERROR]: Unhandled error.
// ('oops')`. v0.10 wins (see .stderr).
var EventEmitter = require('events');
console.log('before');
new EventEmitter().emit('error', 'oops');
