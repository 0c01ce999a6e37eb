// Extra arguments reach the callback; `this` is the timer object.
var lines = [];
setTimeout(function (a, b, c) {
  lines.push(['timeout args', a, b, c, typeof this.ref].join(' '));
}, 1, 'x', 2, null);
var n = 0;
var iv = setInterval(function (tag) {
  n++;
  if (n === 3) {
    clearInterval(iv);
    lines.push('interval ' + tag + ' ran ' + n + ' times');
  }
}, 1, 'tag');
setTimeout(function () {
  lines.push('no args ' + arguments.length);
  setImmediate(function (a, b) {
    lines.push('immediate args ' + a + ' ' + b);
  }, 1, 2);
}, 5);
setTimeout(function () { console.log(lines.sort().join('\n')); }, 50);
