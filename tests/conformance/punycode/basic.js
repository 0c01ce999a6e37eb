// decode, encode, toUnicode, toASCII, ucs2, version; the manual's examples
// and RFC 3492's samples.
// v0.10 differs: punycode.version is '1.2.0' (the punycode.js bundled with
// v0.10); v20 reports '2.1.0'. Behaviour follows v20's punycode.js (an
// email address keeps its local part in toASCII/toUnicode).
var punycode = require('punycode');
console.log(punycode.version);
console.log(JSON.stringify(Object.keys(punycode)), JSON.stringify(Object.keys(punycode.ucs2)));
console.log(punycode.decode('maana-pta'), punycode.decode('--dqo34k'));
console.log(punycode.encode('mañana'), punycode.encode('☃-⌘'));
console.log(punycode.toUnicode('xn--maana-pta.com'), punycode.toUnicode('xn----dqo34k.com'));
console.log(punycode.toASCII('mañana.com'), punycode.toASCII('☃-⌘.com'));
console.log(JSON.stringify(punycode.ucs2.decode('abc')), JSON.stringify(punycode.ucs2.decode('\uD834\uDF06')));
console.log(JSON.stringify(punycode.ucs2.encode([97, 98, 99])), JSON.stringify(punycode.ucs2.encode([0x1D306])) === JSON.stringify('\uD834\uDF06'));

// RFC 3492 section 7.1 samples (upper-case letters folded to lower case).
var samples = [
  ['\u0644\u064A\u0647\u0645\u0627\u0628\u062A\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628\u064A\u061F', 'egbpdaj6bu4bxfgehfvwxn'],
  ['\u4ED6\u4EEC\u4E3A\u4EC0\u4E48\u4E0D\u8BF4\u4E2D\u6587', 'ihqwcrb4cv8a8dqg056pqjye'],
  ['Pro\u010Dprost\u011Bnemluv\u00ED\u010Desky', 'Proprostnemluvesky-uyb24dma41a'],
  ['यहलोगहिन्दीक्योंनहींबोलसकतेहैं', 'i1baa7eci9glrd9b2ae1bj0hfcgg6iyaf8o0a1dig0cd'],
  ['\u306A\u305C\u307F\u3093\u306A\u65E5\u672C\u8A9E\u3092\u8A71\u3057\u3066\u304F\u308C\u306A\u3044\u306E\u304B', 'n8jok5ay5dzabd5bym9f0cm5685rrjetr6pdxa'],
  ['3\u5E74B\u7D44\u91D1\u516B\u5148\u751F', '3B-ww4c5e180e575a65lsy2b'],
  ['\u5B89\u5BA4\u5948\u7F8E\u6075-with-SUPER-MONKEYS', '-with-SUPER-MONKEYS-pc58ag80a8qai00g7n9n'],
  ['Hello-Another-Way-\u305D\u308C\u305E\u308C\u306E\u5834\u6240', 'Hello-Another-Way--fc4qua05auwb3674vfr0b'],
  ['\u3072\u3068\u3064\u5C4B\u6839\u306E\u4E0B2', '2-u9tlzr9756bt3uc0v'],
  ['Maji\u3067Koi\u3059\u308B5\u79D2\u524D', 'MajiKoi5-783gue6qz075azm5e'],
  ['\u30D1\u30D5\u30A3\u30FCde\u30EB\u30F3\u30D0', 'de-jg4avhby1noc0d'],
  ['\u305D\u306E\u30B9\u30D4\u30FC\u30C9\u3067', 'd9juau41awczczp'],
  ['-> $1.00 <-', '-> $1.00 <--']
];
samples.forEach(function (s) {
  var enc = punycode.encode(s[0]);
  console.log(enc, punycode.decode(enc) === s[0], punycode.decode(s[1]) === s[0] || punycode.decode(s[1]));
});

// Domain names and email addresses.
['mañana.com', 'MAÑANA.com', 'www.ñ.org', 'a\u3002b\uFF0Ec\uFF61d', 'ascii.only', '', '.', '..a',
 'mañana@bücher.de', 'user@example.com', 'a@b@c', '\uD83D\uDCA9.la', 'déjà.vu.example'].forEach(function (d) {
  var a = punycode.toASCII(d);
  console.log(JSON.stringify([d, a, punycode.toUnicode(a)]));
});
['xn--maana-pta.com', 'XN--MAANA-PTA.com', 'xn--MAANA-PTA.com', 'xn--ls8h.la', 'plain.org', 'xn--maana-pta@xn--bcher-kva.de'].forEach(function (d) {
  console.log(JSON.stringify([d, punycode.toUnicode(d)]));
});

// Edge cases.
console.log(JSON.stringify([punycode.encode(''), punycode.decode(''), punycode.decode('abc-'), punycode.encode('-'),
  punycode.encode('ABC'), punycode.encode('ü'), punycode.encode('\uD83D\uDCA9'), punycode.encode('\u0080'),
  punycode.decode('xn--a').length]));
console.log(JSON.stringify(punycode.ucs2.decode('\uD834')), JSON.stringify(punycode.ucs2.decode('\uD834a')),
  JSON.stringify(punycode.ucs2.decode('\uDF06\uD834')), JSON.stringify(punycode.ucs2.decode('')));
console.log(punycode.ucs2.encode([0xD834, 0x61]) === '\uD834a', punycode.ucs2.encode([]) === '');
var big = [];
for (var i = 0; i < 20000; i++) big.push(0x4E00 + (i % 100));
var bigStr = punycode.ucs2.encode(big);
console.log(bigStr.length, punycode.ucs2.decode(bigStr).length);
var longEnc = punycode.encode(bigStr.slice(0, 2000));
console.log(longEnc.length, punycode.decode(longEnc) === bigStr.slice(0, 2000));
