// Clearing timers and immediates: before they fire, from inside callbacks,
// by the primitive id, and with junk arguments.
var t = setTimeout(function () { console.log('cleared timeout ran!'); }, 1);
clearTimeout(t);
var im = setImmediate(function () { console.log('cleared immediate ran!'); });
clearImmediate(im);
var count = 0;
var iv = setInterval(function () {
  count++;
  if (count === 2) { clearInterval(iv); setTimeout(function () { console.log('interval ran', count, 'times'); }, 10); }
}, 1);
var t2 = setTimeout(function () { console.log('cleared by id ran!'); }, 1);
clearTimeout(+t2);
var a = setTimeout(function () { console.log('a'); clearTimeout(b); }, 2);
var b = setTimeout(function () { console.log('b ran!'); }, 2);
clearTimeout(undefined); clearTimeout(null); clearTimeout({}); clearTimeout('nope');
clearInterval(undefined); clearImmediate(undefined); clearImmediate(null);
console.log('primitive id is a number:', typeof +t2 === 'number' && +t2 > 0);
