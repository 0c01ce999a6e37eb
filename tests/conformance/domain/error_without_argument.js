// An emitter in a domain that emits 'error' with no error: the domain gets
// v0.10's TypeError('Uncaught, unspecified "error" event.').
// v0.10 differs: Node 20 passes an ERR_UNHANDLED_ERROR Error instead.
var domain = require('domain');
var EventEmitter = require('events').EventEmitter;
var d = domain.create();
var e = new EventEmitter();
d.add(e);
d.on('error', function (er) {
  console.log(er.message, er instanceof TypeError, er.domainEmitter === e, er.domain === d);
});
e.emit('error');
