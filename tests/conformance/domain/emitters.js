// Emitters made inside a domain get it as .domain; their unhandled 'error'
// events go to the domain (err.domainEmitter, domainThrown false); their
// listeners run inside it; add() and remove() change the binding.
var domain = require('domain');
var EventEmitter = require('events').EventEmitter;
var d = domain.create();
d.on('error', function (er) {
  console.log('caught', er.message, er.domain === d, er.domainEmitter === er.emitter, er.domainThrown);
});
var inside;
d.run(function () {
  inside = new EventEmitter();
});
var outside = new EventEmitter();
console.log('inside.domain', inside.domain === d, 'outside.domain', outside.domain);
console.log('domain of a domain', domain.create().domain);

var e1 = new Error('implicit');
e1.emitter = inside;
inside.emit('error', e1);

inside.on('ping', function () {
  console.log('listener active', process.domain === d);
});
inside.emit('ping');
console.log('after emit active', process.domain);

d.add(outside);
console.log('added', outside.domain === d, d.members.length);
var e2 = new Error('explicit');
e2.emitter = outside;
outside.emit('error', e2);
d.remove(outside);
console.log('removed', outside.domain, d.members.length);
try {
  outside.emit('error', new Error('unrouted'));
} catch (er) {
  console.log('thrown', er.message);
}
// a listener that throws is an uncaught exception of the domain
inside.on('boom', function () {
  throw new Error('listener threw');
});
inside.emit('boom');
console.log('not reached');
