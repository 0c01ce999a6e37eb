// enter/exit keep a stack: exit() leaves a domain and every domain entered
// after it; exiting a domain not on the stack is a no-op. A throw in an
// inner domain's handler goes to the next domain out.
var domain = require('domain');
var a = domain.create();
var b = domain.create();
var c = domain.create();
a.enter();
b.enter();
c.enter();
console.log('depth', domain._stack.length, process.domain === c);
domain.create().exit();
console.log('depth after foreign exit', domain._stack.length);
b.exit();
console.log('depth after b.exit', domain._stack.length, process.domain === a);
a.exit();
console.log('empty', domain._stack.length, process.domain, domain.active);

var outer = domain.create();
var inner = domain.create();
outer.on('error', function (er) {
  console.log('outer caught', er.message, er.domain === outer);
});
inner.on('error', function (er) {
  console.log('inner caught', er.message);
  throw new Error('rethrown by inner');
});
// (only while both are on the stack: a callback runs in one domain)
setTimeout(function () {
  outer.run(function () {
    inner.run(function () {
      throw new Error('deep');
    });
  });
}, 1);
// a domain without an 'error' listener passes the error outwards
var quiet = domain.create();
var loud = domain.create();
loud.on('error', function (er) {
  console.log('loud caught', er.message);
});
setTimeout(function () {
  loud.run(function () {
    quiet.run(function () {
      throw new Error('passed out');
    });
  });
}, 5);
process.on('exit', function () {
  console.log('exit stack', domain._stack.length);
});
