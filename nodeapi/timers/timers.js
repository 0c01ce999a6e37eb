// Node's timers on the isolate's timer heap: Timeout and Immediate objects
// with ref/unref/hasRef/refresh, and v0.10's enroll/unenroll/active.
'use strict';

var TIMEOUT_MAX = 2147483647;

binding.setup(fireTimeout, fireImmediate);

function invalidCallback(cb) {
  var err = new TypeError('The "callback" argument must be of type function. Received ' +
    (cb === undefined ? 'undefined' : cb === null ? 'null' : 'type ' + typeof cb));
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function Timeout(callback, after, args, isRepeat) {
  after *= 1;
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    after = 1;
  }
  this._idleTimeout = after;
  this._onTimeout = callback;
  this._timerArgs = args;
  this._repeat = isRepeat ? after : null;
  this._destroyed = false;
  if (process.domain) this.domain = process.domain;
  this._handle = binding.start(this, after, isRepeat);
}

Timeout.prototype.ref = function () {
  binding.ref(this._handle, true);
  return this;
};
Timeout.prototype.unref = function () {
  binding.ref(this._handle, false);
  return this;
};
Timeout.prototype.hasRef = function () {
  return binding.hasRef(this._handle);
};
Timeout.prototype.refresh = function () {
  if (this._destroyed && this._repeat === null) {
    this._destroyed = false;
    this._handle = binding.start(this, this._idleTimeout, false);
  } else {
    binding.refresh(this._handle);
  }
  return this;
};
Timeout.prototype.close = function () {
  clearTimeout(this);
  return this;
};
Timeout.prototype[Symbol.toPrimitive] = function () {
  return this._handle;
};

// A timer made while a domain was active (or added to one) runs in it;
// no try/finally, so that a throw reaches the domain still active.
function fireTimeout(t) {
  if (t._repeat === null) {
    t._destroyed = true;
  }
  var d = t.domain;
  if (d) {
    if (d._disposed) return;
    d.enter();
  }
  var args = t._timerArgs;
  if (args === undefined) {
    t._onTimeout();
  } else {
    t._onTimeout.apply(t, args);
  }
  if (d) d.exit();
}

function setTimeout(callback, after, arg1, arg2, arg3) {
  if (typeof callback !== 'function') throw invalidCallback(callback);
  var args;
  var n = arguments.length;
  if (n > 2) {
    args = n === 3 ? [arg1] : n === 4 ? [arg1, arg2] : Array.prototype.slice.call(arguments, 2);
  }
  return new Timeout(callback, after, args, false);
}

function setInterval(callback, repeat, arg1, arg2, arg3) {
  if (typeof callback !== 'function') throw invalidCallback(callback);
  var args;
  var n = arguments.length;
  if (n > 2) {
    args = n === 3 ? [arg1] : n === 4 ? [arg1, arg2] : Array.prototype.slice.call(arguments, 2);
  }
  return new Timeout(callback, repeat, args, true);
}

function clearTimeout(timer) {
  if (timer && timer instanceof Timeout) {
    timer._destroyed = true;
    binding.stop(timer._handle);
  } else if (typeof timer === 'number' || typeof timer === 'string') {
    binding.stop(+timer);
  } else if (timer && typeof timer._onTimeout === 'function' && timer._idleTimer) {
    unenroll(timer);
  }
}

Object.defineProperty(setTimeout, Symbol.for('nodejs.util.promisify.custom'), {
  value: function (after, value) {
    return new Promise(function (resolve) { setTimeout(resolve, after, value); });
  },
  enumerable: false
});

function Immediate(callback, args) {
  this._onImmediate = callback;
  this._argv = args;
  this._destroyed = false;
  if (process.domain) this.domain = process.domain;
  this._handle = binding.immediate(this);
}
Immediate.prototype.ref = function () {
  binding.refImmediate(this._handle, true);
  return this;
};
Immediate.prototype.unref = function () {
  binding.refImmediate(this._handle, false);
  return this;
};
Immediate.prototype.hasRef = function () {
  return binding.hasRefImmediate(this._handle);
};

function fireImmediate(im) {
  im._destroyed = true;
  var d = im.domain;
  if (d) {
    if (d._disposed) return;
    d.enter();
  }
  var args = im._argv;
  if (args === undefined) {
    im._onImmediate();
  } else {
    im._onImmediate.apply(im, args);
  }
  if (d) d.exit();
}

function setImmediate(callback, arg1, arg2, arg3) {
  if (typeof callback !== 'function') throw invalidCallback(callback);
  var args;
  var n = arguments.length;
  if (n > 1) {
    args = n === 2 ? [arg1] : n === 3 ? [arg1, arg2] : Array.prototype.slice.call(arguments, 1);
  }
  return new Immediate(callback, args);
}

Object.defineProperty(setImmediate, Symbol.for('nodejs.util.promisify.custom'), {
  value: function (value) {
    return new Promise(function (resolve) { setImmediate(resolve, value); });
  },
  enumerable: false
});

function clearImmediate(im) {
  if (im && im instanceof Immediate && !im._destroyed) {
    im._destroyed = true;
    binding.clearImmediate(im._handle);
  }
}

// v0.10's idle-timeout API, used by sockets: an object with _onTimeout
// gets a timer that active() restarts.
function enroll(item, msecs) {
  unenroll(item);
  item._idleTimeout = msecs;
}

function unenroll(item) {
  if (item._idleTimer) {
    clearTimeout(item._idleTimer);
    item._idleTimer = null;
  }
  item._idleTimeout = -1;
}

function active(item) {
  var msecs = item._idleTimeout;
  if (msecs === undefined || msecs < 0) return;
  if (item._idleTimer && !item._idleTimer._destroyed) {
    item._idleTimer.refresh();
    return;
  }
  item._idleTimer = new Timeout(function () {
    item._idleTimer = null;
    if (typeof item._onTimeout === 'function') item._onTimeout();
  }, msecs, undefined, false);
}

exports.setTimeout = setTimeout;
exports.clearTimeout = clearTimeout;
exports.setInterval = setInterval;
exports.clearInterval = clearTimeout;
exports.setImmediate = setImmediate;
exports.clearImmediate = clearImmediate;
exports.enroll = enroll;
exports.unenroll = unenroll;
exports.active = active;
exports._unrefActive = active;
Object.defineProperty(exports, 'Timeout', { value: Timeout, enumerable: false });
Object.defineProperty(exports, 'Immediate', { value: Immediate, enumerable: false });
