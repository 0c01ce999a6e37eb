// 'beforeExit' fires when the loop empties; work it schedules keeps the loop going.
var rounds = 0;
process.on('beforeExit', function (code) {
  console.log('beforeExit', code, rounds);
  if (rounds++ < 2) setTimeout(function () { console.log('more work', rounds); }, 1);
});
process.on('exit', function (code) { console.log('exit', code); });
console.log('main');
