// The seed's example, until http lands: a timer, a tick and a promise.
setTimeout(function () {
  console.log('world');
}, 100);
process.nextTick(function () { console.log('hello'); });
Promise.resolve('from a promise').then(console.log);
