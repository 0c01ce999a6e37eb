// fs.promises: promise versions and a minimal FileHandle.
var fs = require('fs');
var fsp = fs.promises;
var h = require('./helpers/tmp');
h.setup();

function show(label) {
  return function (v) { console.log(label, 'ok', JSON.stringify(v === undefined ? null : v)); };
}
function err(label) {
  return function (e) { console.log(label, 'rejected', e.code, e.syscall, e.message); };
}

(async function () {
  console.log('same object', fsp === require('fs').promises, fsp.constants === fs.constants);
  await fsp.writeFile('p.txt', 'promised').then(show('writeFile'));
  await fsp.readFile('p.txt', 'utf8').then(show('readFile'));
  await fsp.readFile('nonex').catch(err('readFile'));
  await fsp.appendFile('p.txt', '!').then(show('appendFile'));
  await fsp.access('p.txt').then(show('access'));
  await fsp.access('nonex').catch(err('access'));
  await fsp.stat('p.txt').then(function (st) { console.log('stat', st.size, st.isFile()); });
  await fsp.lstat('nonex').catch(err('lstat'));
  await fsp.mkdir('d/e', { recursive: true }).then(function (p) { console.log('mkdir', typeof p); });
  await fsp.readdir('d').then(show('readdir'));
  await fsp.copyFile('p.txt', 'd/q.txt').then(show('copyFile'));
  await fsp.rename('d/q.txt', 'd/r.txt').then(show('rename'));
  await fsp.symlink('p.txt', 'sl').then(show('symlink'));
  await fsp.readlink('sl').then(show('readlink'));
  await fsp.link('p.txt', 'hl').then(show('link'));
  await fsp.unlink('hl').then(show('unlink'));
  await fsp.truncate('p.txt', 3).then(show('truncate'));
  await fsp.chmod('p.txt', 0o644).then(show('chmod'));
  await fsp.utimes('p.txt', 1, 2).then(show('utimes'));
  await fsp.mkdtemp('x-').then(function (p) { console.log('mkdtemp', /^x-\w{6}$/.test(p)); });
  await fsp.rm('d', { recursive: true }).then(show('rm'));
  await fsp.rmdir('nonex').catch(err('rmdir'));
  await fsp.open('nonex').catch(err('open'));
  await fsp.readFile(123n).catch(function (e) { console.log('bad arg rejected', e.name); });

  var fh = await fsp.open('fh.txt', 'w+');
  console.log('FileHandle fd', typeof fh.fd);
  var w = await fh.write(Buffer.from('hello'), 0, 5, 0);
  console.log('fh.write', w.bytesWritten, String(w.buffer));
  w = await fh.write(' there');
  console.log('fh.write string', w.bytesWritten);
  var r = await fh.read(Buffer.alloc(5), 0, 5, 0);
  console.log('fh.read', r.bytesRead, String(r.buffer));
  console.log('fh.stat', (await fh.stat()).size);
  await fh.truncate(4);
  await fh.sync();
  await fh.close();
  console.log('fh.readFile', await fsp.readFile('fh.txt', 'utf8'));
  var fh2 = await fsp.open('fh.txt', 'r');
  console.log('fh readFile', await fh2.readFile('utf8'));
  await fh2.close();
})();
