// The v0.10 manual's Stream examples, as v0.10 code wrote them:
// util.inherits + Readable.call, new Buffer, parseHeader with unshift,
// SimpleProtocol v1 (push('') and read(0)) and v2 (Transform), the JSON
// parser with _readableState.objectMode, the Counter, writeOneMillionTimes.
var stream = require('stream');
var util = require('util');
var StringDecoder = require('string_decoder').StringDecoder;
var Readable = stream.Readable;
var Transform = stream.Transform;
function log() { console.log(Array.prototype.slice.call(arguments).join(' ')); }
var steps = [];
function step(fn) { steps.push(fn); }
function next() {
  var fn = steps.shift();
  if (fn) setTimeout(function () { fn(next); }, 0);
}

function source(chunks) {
  var r = new Readable();
  var i = 0;
  r._read = function () {
    var self = this;
    setTimeout(function () { self.push(i < chunks.length ? new Buffer(chunks[i++]) : null); }, 1);
  };
  return r;
}

util.inherits(Counter, Readable);
function Counter(opt) {
  Readable.call(this, opt);
  this._max = 1000;
  this._index = 1;
}
Counter.prototype._read = function () {
  var i = this._index++;
  if (i > this._max) this.push(null);
  else this.push(new Buffer('' + i, 'ascii'));
};

step(function (next) {
  var total = 0, count = 0;
  var c = new Counter();
  c.on('data', function (chunk) { count++; total += chunk.length; });
  c.on('end', function () { log('counter', count, 'chunks', total, 'bytes'); next(); });
});

function parseHeader(stream, callback) {
  stream.on('error', callback);
  stream.on('readable', onReadable);
  var decoder = new StringDecoder('utf8');
  var header = '';
  function onReadable() {
    var chunk;
    while (null !== (chunk = stream.read())) {
      var str = decoder.write(chunk);
      if (str.match(/\n\n/)) {
        var split = str.split(/\n\n/);
        header += split.shift();
        var remaining = split.join('\n\n');
        var buf = new Buffer(remaining, 'utf8');
        if (buf.length) stream.unshift(buf);
        stream.removeListener('error', callback);
        stream.removeListener('readable', onReadable);
        callback(null, header, stream);
      } else {
        header += str;
      }
    }
  }
}

step(function (next) {
  parseHeader(source(['{"a":', '1}\n\nbody ', 'text']), function (err, header, s) {
    log('parseHeader', err, JSON.stringify(header));
    var body = [];
    s.on('data', function (d) { body.push(d.toString()); });
    s.on('end', function () { log('body', JSON.stringify(body.join(''))); next(); });
  });
});

util.inherits(SimpleProtocol1, Readable);
function SimpleProtocol1(source, options) {
  if (!(this instanceof SimpleProtocol1)) return new SimpleProtocol1(source, options);
  Readable.call(this, options);
  this._inBody = false;
  this._sawFirstCr = false;
  this._source = source;
  var self = this;
  source.on('end', function () { self.push(null); });
  source.on('readable', function () { self.read(0); });
  this._rawHeader = [];
  this.header = null;
}
SimpleProtocol1.prototype._read = function (n) {
  if (!this._inBody) {
    var chunk = this._source.read();
    if (chunk === null) return this.push('');
    var split = -1;
    for (var i = 0; i < chunk.length; i++) {
      if (chunk[i] === 10) {
        if (this._sawFirstCr) { split = i; break; } else { this._sawFirstCr = true; }
      } else {
        this._sawFirstCr = false;
      }
    }
    if (split === -1) {
      this._rawHeader.push(chunk);
      this.push('');
    } else {
      this._inBody = true;
      var h = chunk.slice(0, split);
      this._rawHeader.push(h);
      var header = Buffer.concat(this._rawHeader).toString();
      try {
        this.header = JSON.parse(header);
      } catch (er) {
        this.emit('error', new Error('invalid simple protocol data'));
        return;
      }
      var b = chunk.slice(split);
      this.unshift(b);
      this.emit('header', this.header);
    }
  } else {
    var chunk2 = this._source.read();
    if (chunk2) this.push(chunk2);
  }
};

step(function (next) {
  var p = new SimpleProtocol1(source(['{"v":', '1}\n', '\nthe', ' body']));
  p.on('header', function (h) { log('v1 header', JSON.stringify(h)); });
  var body = [];
  p.on('data', function (d) { body.push(d.toString()); });
  var ended = false;
  p.on('end', function () { ended = true; log('v1 body', JSON.stringify(body.join(''))); next(); });
  // Node (v20) stalls here: the unshift() inside _read leaves that read
  // pending, so _read is not called again and the source is never drained.
  // isonode behaves the same; the manual calls this version sub-optimal.
  setTimeout(function () {
    if (!ended) {
      log('v1 stalled after header; body so far', JSON.stringify(body.join('')), 'buffered', p.readableLength);
      next();
    }
  }, 100);
});

util.inherits(SimpleProtocol2, Transform);
function SimpleProtocol2(options) {
  if (!(this instanceof SimpleProtocol2)) return new SimpleProtocol2(options);
  Transform.call(this, options);
  this._inBody = false;
  this._sawFirstCr = false;
  this._rawHeader = [];
  this.header = null;
}
SimpleProtocol2.prototype._transform = function (chunk, encoding, done) {
  if (!this._inBody) {
    var split = -1;
    for (var i = 0; i < chunk.length; i++) {
      if (chunk[i] === 10) {
        if (this._sawFirstCr) { split = i; break; } else { this._sawFirstCr = true; }
      } else {
        this._sawFirstCr = false;
      }
    }
    if (split === -1) {
      this._rawHeader.push(chunk);
    } else {
      this._inBody = true;
      var h = chunk.slice(0, split);
      this._rawHeader.push(h);
      var header = Buffer.concat(this._rawHeader).toString();
      try {
        this.header = JSON.parse(header);
      } catch (er) {
        this.emit('error', new Error('invalid simple protocol data'));
        return;
      }
      this.emit('header', this.header);
      this.push(chunk.slice(split));
    }
  } else {
    this.push(chunk);
  }
  done();
};

step(function (next) {
  var p = SimpleProtocol2();
  p.on('header', function (h) { log('v2 header', JSON.stringify(h)); });
  var body = [];
  p.on('data', function (d) { body.push(d.toString()); });
  p.on('end', function () { log('v2 body', JSON.stringify(body.join(''))); next(); });
  source(['{"v":2}', '\n\nmore', ' data']).pipe(p);
});

util.inherits(JSONParseStream, Transform);
function JSONParseStream(options) {
  if (!(this instanceof JSONParseStream)) return new JSONParseStream(options);
  Transform.call(this, options);
  this._writableState.objectMode = false;
  this._readableState.objectMode = true;
  this._buffer = '';
  this._decoder = new StringDecoder('utf8');
}
JSONParseStream.prototype._transform = function (chunk, encoding, cb) {
  this._buffer += this._decoder.write(chunk);
  var lines = this._buffer.split(/\r?\n/);
  this._buffer = lines.pop();
  for (var l = 0; l < lines.length; l++) {
    var obj;
    try {
      obj = JSON.parse(lines[l]);
    } catch (er) {
      this.emit('error', er);
      return;
    }
    this.push(obj);
  }
  cb();
};
JSONParseStream.prototype._flush = function (cb) {
  var rem = this._buffer.trim();
  if (rem) {
    var obj;
    try {
      obj = JSON.parse(rem);
    } catch (er) {
      this.emit('error', er);
      return;
    }
    this.push(obj);
  }
  cb();
};

step(function (next) {
  var j = JSONParseStream();
  j.on('data', function (o) { log('json object', typeof o, JSON.stringify(o)); });
  j.on('end', function () { log('json end'); next(); });
  source(['{"a":1}\n{"b"', ':[2]}\n', '3']).pipe(j);
});

function writeOneMillionTimes(writer, data, encoding, callback) {
  var i = 1000;
  write();
  function write() {
    var ok = true;
    do {
      i -= 1;
      if (i === 0) {
        writer.write(data, encoding, callback);
      } else {
        ok = writer.write(data, encoding);
      }
    } while (i > 0 && ok);
    if (i > 0) writer.once('drain', write);
  }
}

step(function (next) {
  var bytes = 0, drains = 0;
  var w = new stream.Writable({ highWaterMark: 100 });
  w._write = function (chunk, enc, cb) { bytes += chunk.length; setImmediate(cb); };
  w.on('drain', function () { drains++; });
  writeOneMillionTimes(w, 'hello', 'utf8', function () {
    log('wrote', bytes, 'bytes,', drains > 0 ? 'with drains' : 'no drains');
    next();
  });
});

step(function (next) {
  // pipe with {end: false}, then write "Goodbye"
  var out = [];
  var writer = new stream.Writable({ write: function (c, e, cb) { out.push(c.toString()); cb(); } });
  var reader = source(['a', 'b']);
  reader.pipe(writer, { end: false });
  reader.on('end', function () { writer.end('Goodbye\n'); });
  writer.on('finish', function () { log('end:false', JSON.stringify(out.join(''))); next(); });
});

next();
