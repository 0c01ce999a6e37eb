// fs.watch (inotify) on a directory and a file, FSWatcher close; watchFile
// and unwatchFile with stat polling.
var fs = require('fs');
var h = require('./helpers/tmp');
h.setup();

fs.mkdirSync('w');
fs.writeFileSync('w/existing', '1');
fs.writeFileSync('file', 'a');

var seen = [];
var watcher = fs.watch('w', function (event, filename) {
  seen.push(event + ':' + filename);
});
console.log('FSWatcher', watcher instanceof require('events').EventEmitter, typeof watcher.close);
watcher.on('close', function () { console.log('watcher close event'); });

var fileEvents = [];
var fw = fs.watch('file', { persistent: true }, function (event, filename) {
  fileEvents.push(event + ':' + filename);
});

setTimeout(function () {
  fs.writeFileSync('w/created', 'x');
  setTimeout(function () {
    fs.appendFileSync('w/existing', '2');
    fs.appendFileSync('file', 'b');
    setTimeout(function () {
      fs.unlinkSync('w/created');
      setTimeout(function () {
        var uniq = seen.filter(function (v, i) { return seen.indexOf(v) === i; });
        console.log('dir events', JSON.stringify(uniq));
        console.log('file events', JSON.stringify(fileEvents.filter(function (v, i) { return fileEvents.indexOf(v) === i; })));
        watcher.close();
        watcher.close();
        fw.close();
        fs.writeFileSync('w/after-close', 'x');
        setTimeout(watchFilePart, 50);
      }, 100);
    }, 50);
  }, 50);
}, 50);

function watchFilePart() {
  console.log('events after close', seen.indexOf('rename:after-close'));
  var calls = 0;
  fs.watchFile('polled', { interval: 20 }, function listener(curr, prev) {
    calls++;
    console.log('watchFile', calls, curr.isFile(), prev.isFile(), curr.size, prev.size,
      curr instanceof fs.Stats, prev.mtime.getTime() === 0 || prev.mtime.getTime() > 0);
    if (calls === 1) fs.writeFileSync('polled', 'abc');
    if (calls === 2) fs.writeFileSync('polled', 'abcdef');
    if (calls === 3) fs.unlinkSync('polled');
    if (calls === 4) {
      fs.unwatchFile('polled', listener);
      console.log('unwatched');
    }
  });
  var unpersistent = fs.watchFile('file', { persistent: false, interval: 10 }, function () {});
  console.log('StatWatcher', unpersistent instanceof require('events').EventEmitter);
}
