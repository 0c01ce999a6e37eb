// RegExp#source and #toString escape '/' as V8 does ("\/", none inside a
// character class); util.inspect and string concatenation show the same.
var util = require('util');
var res = [new RegExp('a/b'), /[/]x\/y/g, new RegExp('a/b[/]c\\]/d'), new RegExp('x/y', 'gi'),
  new RegExp('\n'), new RegExp(''), /^[/\\]+$/];
res.forEach(function (re) {
  console.log(JSON.stringify(re.source), String(re), util.inspect(re), '' + re);
});
console.log(new RegExp(new RegExp('a/b').source).test('a/b'));
console.log(RegExp.prototype.toString.call({ source: 's', flags: 'm' }));
console.log('keys ' + Object.keys(RegExp.prototype).length, RegExp.prototype.source);
