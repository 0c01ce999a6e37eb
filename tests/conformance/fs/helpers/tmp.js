// Makes a fresh temp directory under os.tmpdir(), makes it the working
// directory (so paths in messages are relative and machine-independent) and
// removes it when the process exits.
var fs = require('fs');
var os = require('os');
var path = require('path');

exports.setup = function () {
  var home = process.cwd();
  var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isonode-fs-'));
  process.chdir(dir);
  process.on('exit', function () {
    process.chdir(home);
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return dir;
};

// show prints an error's code, syscall and message, with the temp dir
// replaced by <tmp>.
exports.show = function (label, e, dir) {
  var msg = String(e && e.message);
  if (dir) msg = msg.split(dir).join('<tmp>');
  console.log(label + ':', e && e.name, e && e.code, e && e.syscall, msg);
};

exports.tryIt = function (label, fn, dir) {
  try {
    var r = fn();
    console.log(label + ': ok', r === undefined ? '' : r);
  } catch (e) {
    exports.show(label, e, dir);
  }
};
