// dispose() emits 'dispose', clears member timers, ends member emitters and
// makes the domain inert: its timers and bound callbacks no longer run.
// v0.10 differs: Node v20 removed dispose(); the golden is v0.10's.
var domain = require('domain');
var EventEmitter = require('events').EventEmitter;
var d = domain.create();
d.on('dispose', function () {
  console.log('dispose event');
});
var member = new EventEmitter();
member.end = function () {
  console.log('member ended');
};
d.add(member);
var t = setTimeout(function () {
  console.log('member timer ran (wrong)');
}, 5);
d.add(t);
var bound = d.bind(function () {
  console.log('bound ran (wrong)');
});
d.run(function () {
  setTimeout(function () {
    console.log('implicit timer ran (wrong)');
  }, 5);
});
d.dispose();
console.log('disposed', d._disposed, d.members.length, member.listeners('error').length);
bound();
d.enter();
console.log('enter on disposed', process.domain);
d.dispose();
setTimeout(function () {
  console.log('done');
}, 20);
