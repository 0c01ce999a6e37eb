// An unhandled rejection with no listener is fatal (Node >= 15; v0.10 had no promises).
process.on('exit', function (code) { console.log('exit', code); });
console.log('before');
Promise.reject(new Error('rejected for good'));
setTimeout(function () { console.log('timer ran!'); }, 50);
