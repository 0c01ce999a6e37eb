process.send('about to throw');
setTimeout(function () { throw new Error('child failure'); }, 10);
