// The per-message paths of a busy socket (issue #5 moved them to Go): what
// socket.write returns and when its callbacks run for each kind of chunk
// and encoding, a write while corked or with a timeout set, a bad chunk,
// 'data' with one listener, two listeners, an encoding set, after
// pause/resume, bytesRead, and a listener that throws.
var net = require('net');
var log = [];
function say() { log.push(Array.prototype.join.call(arguments, ' ')); }

var step = 0;
var server = net.createServer(function (s) {
  s.on('data', function (d) {
    step++;
    say('server data', step, typeof d, d.length, 'bytesRead', s.bytesRead);
    if (step === 1) {
      try { s.write(123); } catch (e) { say('bad chunk throws', e.code, e instanceof TypeError); }
      say('buffer', s.write(Buffer.from('A'), function (err) { say('cb buffer', String(err)); }));
      say('string', s.write('B', 'utf8', function (err) { say('cb string', String(err)); }));
      say('fn as encoding', s.write('C', function (err) { say('cb fn', String(err)); }));
      say('hex', s.write('44', 'hex'));
      say('ucs2', s.write('E', 'ucs2'));
      say('uint8array', s.write(new Uint8Array([70])));
      process.nextTick(function () { say('tick after writes'); });
      s.cork();
      say('corked', s.write('G'), s.writableLength);
      s.uncork();
      s.setTimeout(5000);
      say('with timeout', s.write('H'));
      s.setTimeout(0);
      s.write('|');
    } else if (step === 2) {
      s.on('data', function (d2) { say('second listener', d2.length); });
      s.write('|');
    } else if (step === 3) {
      s.removeAllListeners('data');
      s.setEncoding('utf8');
      s.on('data', function (str) {
        say('decoded', typeof str, JSON.stringify(str));
        s.pause();
        setTimeout(function () {
          say('resumed, paused was', s.isPaused());
          s.removeAllListeners('data');
          s.resume();
          s.on('data', function (d4) {
            say('after resume', JSON.stringify(d4), 'bytesRead', s.bytesRead);
            throw new Error('listener threw');
          });
          s.write('|');
        }, 20);
      });
      s.write('|');
    }
  });
});

process.on('uncaughtException', function (e) {
  say('uncaught', e.message);
  client.end();
});

var client;
server.listen(0, '127.0.0.1', function () {
  client = net.connect(server.address().port, '127.0.0.1');
  var got = '';
  var sends = ['one', 'two', 'three', 'four', 'five'];
  var sent = 0;
  client.setEncoding('latin1');
  client.on('data', function (d) {
    got += d;
    var bars = got.split('|').length - 1;
    if (bars === sent && sent < sends.length) client.write(sends[sent++]);
  });
  client.on('connect', function () { client.write(sends[sent++]); });
  client.on('end', function () {
    say('client got', JSON.stringify(got));
    server.close(function () { console.log(log.join('\n')); });
  });
});
