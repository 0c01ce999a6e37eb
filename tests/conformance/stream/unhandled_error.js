// An 'error' nobody listens for is thrown as an uncaught exception (exit 1),
// after the synchronous code and the pending ticks before it.
var stream = require('stream');
var w = new stream.Writable({ write: function (c, e, cb) { cb(new Error('unheard write failure')); } });
w.write('x', function (err) { console.log('write cb', err.message); });
console.log('sync end');
