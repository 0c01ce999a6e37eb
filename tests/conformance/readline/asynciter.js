// rl[Symbol.asyncIterator]() yields the lines, then ends at close.
// (Iterated by hand: the same code works without for-await.)
var readline = require('readline');
var PassThrough = require('stream').PassThrough;
var input = new PassThrough();
var rl = readline.createInterface({ input: input });
var it = rl[Symbol.asyncIterator]();
var got = [];
function step() {
  return it.next().then(function (r) {
    if (r.done) {
      console.log('done', JSON.stringify(got));
      return;
    }
    got.push(r.value);
    return step();
  });
}
step();
input.write('x\ny\n');
setTimeout(function () { input.end('z'); }, 10);
