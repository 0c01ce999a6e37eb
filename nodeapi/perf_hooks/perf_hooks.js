'use strict';

function nowNs() {
  var t = process.hrtime();
  return t[0] * 1e9 + t[1];
}
var originNs = nowNs();
var timeOrigin = Date.now();

var entries = [];
var observers = [];

function PerformanceEntry(name, entryType, startTime, duration, detail) {
  this.name = name;
  this.entryType = entryType;
  this.startTime = startTime;
  this.duration = duration;
  if (detail !== undefined) this.detail = detail;
}
PerformanceEntry.prototype.toJSON = function () {
  return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration, detail: this.detail };
};

function record(entry) {
  entries.push(entry);
  observers.forEach(function (o) {
    if (o._types.indexOf(entry.entryType) !== -1) {
      o._queue.push(entry);
      if (!o._scheduled) {
        o._scheduled = true;
        setImmediate(function () { o._flush(); }).unref();
      }
    }
  });
  return entry;
}

function filter(type, name) {
  return entries.filter(function (e) {
    return (type === undefined || e.entryType === type) && (name === undefined || e.name === name);
  });
}

var performance = {
  now: function now() { return (nowNs() - originNs) / 1e6; },
  get timeOrigin() { return timeOrigin; },
  mark: function mark(name, options) {
    var start = options && options.startTime !== undefined ? options.startTime : performance.now();
    return record(new PerformanceEntry(String(name), 'mark', start, 0, options && options.detail));
  },
  measure: function measure(name, startMark, endMark) {
    var opts = typeof startMark === 'object' && startMark !== null ? startMark : null;
    function at(m, dflt) {
      if (m === undefined) return dflt;
      if (typeof m === 'number') return m;
      var found = filter('mark', m);
      if (found.length === 0) {
        var e = new SyntaxError('The "' + m + '" performance mark has not been set');
        e.code = 12; // a DOMException SyntaxError, as Node throws
        throw e;
      }
      return found[found.length - 1].startTime;
    }
    var start = at(opts ? opts.start : startMark, 0);
    var end = at(opts ? opts.end : endMark, performance.now());
    return record(new PerformanceEntry(String(name), 'measure', start, end - start, opts ? opts.detail : undefined));
  },
  getEntries: function getEntries() { return entries.slice(); },
  getEntriesByName: function getEntriesByName(name, type) { return filter(type, name); },
  getEntriesByType: function getEntriesByType(type) { return filter(type); },
  clearMarks: function clearMarks(name) {
    entries = entries.filter(function (e) { return e.entryType !== 'mark' || (name !== undefined && e.name !== name); });
  },
  clearMeasures: function clearMeasures(name) {
    entries = entries.filter(function (e) { return e.entryType !== 'measure' || (name !== undefined && e.name !== name); });
  },
  timerify: function timerify(fn) { return fn; },
  eventLoopUtilization: function eventLoopUtilization() { return { idle: 0, active: 0, utilization: 0 }; },
  toJSON: function toJSON() { return { timeOrigin: timeOrigin }; }
};

function PerformanceObserver(callback) {
  if (typeof callback !== 'function') {
    var e = new TypeError('The "callback" argument must be of type function');
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
  this._callback = callback;
  this._types = [];
  this._queue = [];
  this._scheduled = false;
}
PerformanceObserver.supportedEntryTypes = ['mark', 'measure'];
PerformanceObserver.prototype.observe = function observe(options) {
  options = options || {};
  this._types = options.entryTypes ? options.entryTypes.slice() : options.type ? [options.type] : [];
  if (observers.indexOf(this) === -1) observers.push(this);
};
PerformanceObserver.prototype.disconnect = function disconnect() {
  var i = observers.indexOf(this);
  if (i !== -1) observers.splice(i, 1);
  this._queue = [];
};
PerformanceObserver.prototype._flush = function () {
  this._scheduled = false;
  var list = this._queue;
  this._queue = [];
  if (list.length === 0) return;
  this._callback({
    getEntries: function () { return list.slice(); },
    getEntriesByName: function (n, t) { return list.filter(function (e) { return e.name === n && (t === undefined || e.entryType === t); }); },
    getEntriesByType: function (t) { return list.filter(function (e) { return e.entryType === t; }); }
  }, this);
};

// Histogram keeps exact statistics and a bounded sample for percentiles.
var MAX_SAMPLES = 4096;
function Histogram() { this.reset(); }
Histogram.prototype.reset = function () {
  this.min = 9223372036854776000;
  this.max = 0;
  this.count = 0;
  this.exceeds = 0;
  this._sum = 0;
  this._sumSq = 0;
  this._samples = [];
};
Histogram.prototype.record = function (v) {
  v = Number(v);
  if (!(v >= 1)) {
    var e = new RangeError('The value of "val" is out of range. It must be >= 1. Received ' + v);
    e.code = 'ERR_OUT_OF_RANGE';
    throw e;
  }
  this.count++;
  if (v < this.min) this.min = v;
  if (v > this.max) this.max = v;
  this._sum += v;
  this._sumSq += v * v;
  if (this._samples.length < MAX_SAMPLES) {
    this._samples.push(v);
  } else {
    this._samples[Math.floor(Math.random() * this.count) % MAX_SAMPLES] = v;
  }
};
Object.defineProperty(Histogram.prototype, 'mean', {
  get: function () { return this.count ? this._sum / this.count : NaN; }
});
Object.defineProperty(Histogram.prototype, 'stddev', {
  get: function () {
    if (!this.count) return NaN;
    var m = this._sum / this.count;
    return Math.sqrt(Math.max(0, this._sumSq / this.count - m * m));
  }
});
Histogram.prototype.percentile = function (p) {
  if (!(p > 0 && p <= 100)) {
    var e = new RangeError('The value of "percentile" is out of range. It must be > 0 && <= 100. Received ' + p);
    e.code = 'ERR_OUT_OF_RANGE';
    throw e;
  }
  if (this._samples.length === 0) return 0;
  var sorted = this._samples.slice().sort(function (a, b) { return a - b; });
  return sorted[Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)];
};
Object.defineProperty(Histogram.prototype, 'percentiles', {
  get: function () {
    var m = new Map();
    var self = this;
    [0, 50, 75, 87.5, 93.75, 96.875, 98.4375, 99.21875, 100].forEach(function (p) {
      m.set(p, p === 0 ? (self.count ? self.min : 0) : self.percentile(p));
    });
    return m;
  }
});

function IntervalHistogram(resolution) {
  Histogram.call(this);
  this._resolution = resolution;
  this._timer = null;
}
IntervalHistogram.prototype = Object.create(Histogram.prototype, {
  constructor: { value: IntervalHistogram, writable: true, configurable: true }
});
IntervalHistogram.prototype.enable = function () {
  if (this._timer) return false;
  var self = this;
  var last = nowNs();
  this._timer = setInterval(function () {
    var now = nowNs();
    var delay = now - last - self._resolution * 1e6;
    last = now;
    if (delay >= 1) self.record(delay);
  }, this._resolution);
  this._timer.unref();
  return true;
};
IntervalHistogram.prototype.disable = function () {
  if (!this._timer) return false;
  clearInterval(this._timer);
  this._timer = null;
  return true;
};

function monitorEventLoopDelay(options) {
  var resolution = options && options.resolution !== undefined ? options.resolution : 10;
  if (typeof resolution !== 'number' || !(resolution >= 1)) {
    var e = new RangeError('The value of "options.resolution" is out of range. It must be >= 1. Received ' + resolution);
    e.code = 'ERR_OUT_OF_RANGE';
    throw e;
  }
  return new IntervalHistogram(resolution);
}

function createHistogram() { return new Histogram(); }

exports.performance = performance;
exports.PerformanceObserver = PerformanceObserver;
exports.PerformanceEntry = PerformanceEntry;
exports.monitorEventLoopDelay = monitorEventLoopDelay;
exports.createHistogram = createHistogram;
exports.constants = {
  NODE_PERFORMANCE_GC_MAJOR: 4,
  NODE_PERFORMANCE_GC_MINOR: 1,
  NODE_PERFORMANCE_GC_INCREMENTAL: 8,
  NODE_PERFORMANCE_GC_WEAKCB: 16,
  NODE_PERFORMANCE_GC_FLAGS_NO: 0,
  NODE_PERFORMANCE_GC_FLAGS_FORCED: 4
};
