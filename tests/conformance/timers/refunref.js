// unref'd timers do not keep the loop alive; ref() makes them keep it again.
var unrefd = setTimeout(function () { console.log('unref timer fired!'); }, 100000);
console.log('returns itself:', unrefd.unref() === unrefd, 'hasRef:', unrefd.hasRef());
var reref = setTimeout(function () { console.log('re-ref timer fired'); }, 200);
reref.unref();
reref.ref();
console.log('hasRef after ref:', reref.hasRef());
var iv = setInterval(function () { console.log('unref interval fired!'); }, 100000);
iv.unref();
var im = setImmediate(function () { console.log('unref immediate still runs once the loop turns'); });
console.log('immediate hasRef:', im.hasRef(), im.unref() === im, im.hasRef());
process.on('exit', function () { console.log('exit'); });
