// RangeErrors thrown for bad input.
var punycode = require('punycode');
function t(f) { try { return JSON.stringify(f()); } catch (e) { return e.name + ': ' + e.message + ' ' + (e instanceof RangeError); } }
['ab\u0080-x', '99999999', '\x81-', 'a-\u00e9', 'zzzzzzzzzzzzzzzzzz', 'a-0', 'aaa-b', '!', '\u0000', ' ',
 'a b', '-', 'A-B', 'ab-cd-ef', '-!', 'ZZ', 'a'].forEach(function (x) {
  console.log(JSON.stringify(x), t(function () { return punycode.decode(x); }));
});
console.log(t(function () { return punycode.ucs2.encode([0x110000]); }));
console.log(t(function () { return punycode.ucs2.encode([-1]); }));
console.log(t(function () { return punycode.toUnicode('xn--999999999'); }));
console.log(t(function () { return punycode.toUnicode('ok.xn--a-\u00e9.com'); }));
console.log(t(function () { return punycode.encode(String.fromCodePoint(0x10FFFF).repeat(1000)).length; }));
