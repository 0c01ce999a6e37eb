// Times querystring.parse (and stringify) of a large query string.
// Prints one line per measurement: "<name> <ms per op>".
var qs = require('querystring');

var pairs = [];
for (var i = 0; i < 20000; i++) {
  pairs.push('key' + (i % 2000) + '=' + (i % 3 ? 'plain' + i : 'v%20' + i + '+x%C3%A9'));
}
var big = pairs.join('&');
var opts = { maxKeys: 0 };

function time(name, iters, fn) {
  fn(); // warm up
  var t0 = Date.now();
  for (var k = 0; k < iters; k++) fn();
  var ms = (Date.now() - t0) / iters;
  console.log(name + ' ' + ms.toFixed(3));
}

var parsed;
time('parse', 20, function () { parsed = qs.parse(big, null, null, opts); });
time('stringify', 20, function () { qs.stringify(parsed); });
