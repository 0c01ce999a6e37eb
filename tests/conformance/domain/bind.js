// bind() runs a function in the domain; intercept() also routes an Error
// first argument to the domain (err.domainBound) and drops the first
// argument otherwise; run() passes extra arguments and returns the value.
// v0.10 differs: bound functions have .domain (Node v20 dropped it).
var domain = require('domain');
var d = domain.create();
d.on('error', function (er) {
  console.log('caught', er.message, er.domain === d, er.domainThrown,
    typeof er.domainBound, er.domainBound === intercepted ? 'original' : '');
});
function intercepted(a, b) {
  console.log('intercepted got', a, b, process.domain === d);
}
var f = d.intercept(intercepted);
console.log('bound fn domain', f.domain === d);
f(null, 1, 2);
f(new Error('intercepted error'), 3);
var g = d.bind(function (x, y) {
  console.log('bound got', x, y, process.domain === d, this.tag);
  return x + y;
});
console.log('returned', g.call({ tag: 'this' }, 1, 2));
console.log('run returned', d.run(function (a, b) { return a * b; }, 6, 7));
setTimeout(d.bind(function () {
  throw new Error('thrown in bound');
}), 1);
