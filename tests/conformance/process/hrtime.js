// hrtime: [seconds, nanoseconds], differences, and the bigint form.
var t = process.hrtime();
console.log(Array.isArray(t), t.length, typeof t[0], t[1] >= 0 && t[1] < 1e9);
var d = process.hrtime(t);
console.log('diff', d[0] >= 0, d[1] >= 0 && d[1] < 1e9);
var b = process.hrtime.bigint();
console.log(typeof b, process.hrtime.bigint() >= b);
// v0.10 differs: console.log with a non-string first argument inspects every argument, so strings print quoted (v0.10's util.format).
