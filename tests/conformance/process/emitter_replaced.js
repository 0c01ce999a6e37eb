// A program that replaces process.emit before anything has loaded 'events'
// still gets 'beforeExit' and 'exit' through it, and loading 'events' later
// (here by fs) does not call it.
process.emit = function (type, code) {
  require('fs').writeSync(1, 'emit ' + type + ' ' + code + '\n');
  return false;
};
process.exitCode = 3;
