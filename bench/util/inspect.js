// Benchmark: util.inspect of a large object (and util.format of a few
// arguments). Prints "inspect_ms <n>" and "format_ms <n>".
var util = require('util');

function makeBig(n) {
  var list = [];
  for (var i = 0; i < n; i++) {
    list.push({
      id: i,
      name: 'item-' + i,
      tags: ['a', 'b', 'c' + (i % 7)],
      nested: { flag: i % 2 === 0, value: i * 1.5, when: null, deep: { x: i, label: "it's #" + i } },
      fn: function handler() {}
    });
  }
  return { total: n, items: list, meta: { created: 'today', map: new Map([['k', 1]]), set: new Set([1, 2]) } };
}

var big = makeBig(2000);
var out = util.inspect(big, { depth: null, maxArrayLength: Infinity });
var iterations = 10;
var t0 = Date.now();
for (var i = 0; i < iterations; i++) out = util.inspect(big, { depth: null, maxArrayLength: Infinity });
var inspectMs = (Date.now() - t0) / iterations;

var t1 = Date.now();
var s;
for (var j = 0; j < 20000; j++) s = util.format('%s=%d %j', 'key', j, { a: j }, [1, 2]);
var formatMs = Date.now() - t1;

console.log('inspect_ms ' + inspectMs.toFixed(2) + ' (output ' + out.length + ' chars)');
console.log('format_ms ' + formatMs.toFixed(2) + ' (' + s.length + ')');
