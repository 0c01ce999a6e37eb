// 'unhandledRejection' receives the reason and the promise; later handling emits 'rejectionHandled'.
var p;
process.on('unhandledRejection', function (reason, promise) {
  console.log('unhandled', reason.message, promise === p);
  setTimeout(function () { promise.catch(function () { console.log('late catch'); }); }, 1);
});
process.on('rejectionHandled', function (promise) { console.log('rejectionHandled', promise === p); });
p = Promise.reject(new Error('nope'));
Promise.reject(new Error('handled')).catch(function (e) { console.log('caught', e.message); });
