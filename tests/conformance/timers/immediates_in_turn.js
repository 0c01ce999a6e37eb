// The immediates of one loop turn: each callback's nextTick callbacks and
// promise jobs run before the next immediate, as in Node since v11; an
// immediate cleared by an earlier one does not run; one set by an
// immediate waits for the next turn.
var log = [];
var later;
function imm(id) {
  return function () {
    log.push('immediate ' + id);
    process.nextTick(function () { log.push('tick ' + id); });
    Promise.resolve().then(function () { log.push('job ' + id); });
    if (id === 1) clearImmediate(later);
    if (id === 2) setImmediate(function () { log.push('next turn'); });
  };
}
for (var i = 0; i < 5; i++) setImmediate(imm(i));
later = setImmediate(imm('cleared'));
setImmediate(imm(5));
setTimeout(function () { console.log(log.join('\n')); }, 20);
