'use strict';
var internalErrors = require('internal/errors');
// Node's 'events' module: EventEmitter.
//
// Listeners live where Node keeps them, because npm code reads and writes
// them directly: emitter._events is a null-prototype object mapping an event
// name to a single function or to an array of functions (two or more),
// emitter._eventsCount counts the names, emitter._maxListeners is undefined or
// a number. A once() listener is stored as a wrapper function whose .listener
// is the original.
//
// This file must not require 'util' at load time ('util' requires 'events').
//
// binding (Go): invalidArgType(name, expected, value) and
// outOfRange(name, range, value) build Node's ERR_INVALID_ARG_TYPE /
// ERR_OUT_OF_RANGE errors.

var defaultMaxListeners = 10;
var kErrorMonitor = binding.errorMonitor;
var kRejection = Symbol.for('nodejs.rejection');
var ObjectGetPrototypeOf = Object.getPrototypeOf;
var ObjectGetOwnPropertyNames = Object.getOwnPropertyNames;
var ObjectGetOwnPropertySymbols = Object.getOwnPropertySymbols;

// ownKeys is Reflect.ownKeys for the ordinary objects _events holds. Not
// Reflect.ownKeys itself: reading the global Reflect at load time would make
// goja build the whole Reflect object (~11 KB) in every isolate.
function ownKeys(o) {
  return ObjectGetOwnPropertyNames(o).concat(ObjectGetOwnPropertySymbols(o));
}

function newEvents() {
  return Object.create(null);
}

/**
 * EventEmitter. Usable as a constructor, as a base class, and through
 * EventEmitter.call(this) with util.inherits.
 */
function EventEmitter(opts) {
  var events = this._events;
  if (events === undefined || events === ObjectGetPrototypeOf(this)._events) {
    this._events = newEvents();
    this._eventsCount = 0;
  }
  this._maxListeners = this._maxListeners || undefined;
}

module.exports = EventEmitter;

function checkListener(listener) {
  if (typeof listener !== 'function') {
    throw internalErrors.invalidArgType('listener', 'of type function', listener);
  }
}

function checkMaxListeners(n, name) {
  if (typeof n !== 'number') {
    throw internalErrors.invalidArgType(name, 'of type number', n);
  }
  if (n < 0 || n !== n) {
    throw internalErrors.outOfRange(name, '>= 0', n);
  }
}

EventEmitter.init = function init(opts) {
  var events = this._events;
  if (events === undefined || events === ObjectGetPrototypeOf(this)._events) {
    this._events = newEvents();
    this._eventsCount = 0;
  }
  this._maxListeners = this._maxListeners || undefined;
};

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  checkMaxListeners(n, 'setMaxListeners');
  this._maxListeners = n;
  return this;
};

function maxListenersOf(emitter) {
  var m = emitter._maxListeners;
  return m === undefined ? defaultMaxListeners : m;
}

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return maxListenersOf(this);
};

// emit is native (emit.go): forwarding the exact argument count from JS
// needs `arguments`, which is slow in goja. It reads _events like the JS
// methods here, snapshots listener arrays before calling them, emits
// errorMonitor before 'error', and throws for an unhandled 'error' event
// (the value itself if it is an Error, else v0.10's
// `TypeError: Uncaught, unspecified "error" event.` with .context).
var emit = binding.emit;
Object.defineProperty(emit, 'name', { value: 'emit', configurable: true });
Object.defineProperty(emit, 'length', { value: 1, configurable: true });
EventEmitter.prototype.emit = emit;

function warnLeak(emitter, type, list) {
  list.warned = true;
  // Node v0.10's warning: a line and a stack trace on stderr.
  if (typeof console === 'object' && console !== null && typeof console.error === 'function') {
    console.error('(node) warning: possible EventEmitter memory leak detected. ' +
      list.length + ' listeners added. Use emitter.setMaxListeners() to increase limit.');
    if (typeof console.trace === 'function') console.trace();
  }
}

function _addListener(target, type, listener, prepend) {
  checkListener(listener);
  var events = target._events;
  if (events === undefined) {
    events = target._events = newEvents();
    target._eventsCount = 0;
  } else if (events.newListener !== undefined) {
    // 'newListener' comes before the listener is added, with the listener
    // the caller gave (not a once() wrapper).
    target.emit('newListener', type, listener.listener ? listener.listener : listener);
    events = target._events;
    if (events === undefined) {
      events = target._events = newEvents();
      target._eventsCount = 0;
    }
  }
  var existing = events[type];
  if (existing === undefined) {
    events[type] = listener;
    target._eventsCount++;
    return target;
  }
  if (typeof existing === 'function') {
    existing = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else if (prepend) {
    existing.unshift(listener);
  } else {
    existing.push(listener);
  }
  if (existing.warned !== true) {
    var m = maxListenersOf(target);
    if (m > 0 && existing.length > m) {
      warnLeak(target, type, existing);
    }
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return _addListener(this, type, listener, false);
};

EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return _addListener(this, type, listener, true);
};

function onceWrap(target, type, listener) {
  var fired = false;
  function onceWrapper() {
    if (fired) return undefined;
    fired = true;
    target.removeListener(type, onceWrapper);
    switch (arguments.length) {
      case 0: return listener.call(target);
      case 1: return listener.call(target, arguments[0]);
      case 2: return listener.call(target, arguments[0], arguments[1]);
      default: return listener.apply(target, arguments);
    }
  }
  onceWrapper.listener = listener;
  return onceWrapper;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, onceWrap(this, type, listener));
  return this;
};

// dropType removes events[type], which holds a listener of this emitter.
// When it was the last name the object is replaced instead of using
// `delete` (the common once()+emit case stays on fresh small objects).
function dropType(emitter, events, type) {
  if (--emitter._eventsCount === 0) {
    emitter._events = newEvents();
  } else {
    delete events[type];
  }
}

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  var events = this._events;
  if (events === undefined) return this;
  var list = events[type];
  if (list === undefined) return this;
  if (list === listener || list.listener === listener) {
    dropType(this, events, type);
    if (this._events.removeListener !== undefined) {
      this.emit('removeListener', type, list.listener || listener);
    }
    return this;
  }
  if (typeof list === 'function') return this;
  var pos = -1;
  for (var i = list.length - 1; i >= 0; i--) {
    if (list[i] === listener || list[i].listener === listener) {
      pos = i;
      break;
    }
  }
  if (pos < 0) return this;
  if (pos === 0) {
    list.shift();
  } else if (pos === list.length - 1) {
    list.pop();
  } else {
    list.splice(pos, 1);
  }
  if (list.length === 1) {
    events[type] = list[0];
  } else if (list.length === 0) {
    dropType(this, events, type);
  }
  if (this._events.removeListener !== undefined) {
    this.emit('removeListener', type, listener);
  }
  return this;
};

EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  var events = this._events;
  if (events === undefined) return this;
  var all = arguments.length === 0;
  if (events.removeListener === undefined) {
    // Nobody to tell: just drop.
    if (all) {
      this._events = newEvents();
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      dropType(this, events, type);
    }
    return this;
  }
  if (all) {
    var keys = ownKeys(events);
    for (var k = 0; k < keys.length; k++) {
      if (keys[k] === 'removeListener') continue;
      this.removeAllListeners(keys[k]);
    }
    this.removeAllListeners('removeListener');
    this._events = newEvents();
    this._eventsCount = 0;
    return this;
  }
  var listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    // Last added first.
    for (var i = listeners.length - 1; i >= 0; i--) {
      this.removeListener(type, listeners[i]);
    }
  }
  return this;
};

function listenersOf(target, type, unwrap) {
  var events = target._events;
  if (events === undefined) return [];
  var l = events[type];
  if (l === undefined) return [];
  if (typeof l === 'function') return [unwrap ? (l.listener || l) : l];
  var n = l.length;
  var out = new Array(n);
  for (var i = 0; i < n; i++) {
    out[i] = unwrap ? (l[i].listener || l[i]) : l[i];
  }
  return out;
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function listenerCount(type, listener) {
  var events = this._events;
  if (events === undefined) return 0;
  var l = events[type];
  if (l === undefined) return 0;
  if (typeof l === 'function') {
    if (listener == null) return 1;
    return (l === listener || l.listener === listener) ? 1 : 0;
  }
  if (listener == null) return l.length;
  var n = 0;
  for (var i = 0; i < l.length; i++) {
    if (l[i] === listener || l[i].listener === listener) n++;
  }
  return n;
}

EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.prototype.eventNames = function eventNames() {
  var events = this._events;
  if (events === undefined || this._eventsCount === 0) return [];
  var keys = ownKeys(events);
  var out = [];
  for (var i = 0; i < keys.length; i++) {
    if (events[keys[i]] !== undefined) out.push(keys[i]);
  }
  return out;
};

// Statics.

function isAbortSignal(s) {
  return s !== null && typeof s === 'object' && typeof s.aborted === 'boolean' &&
    typeof s.addEventListener === 'function';
}

function abortError(signal) {
  var err = new Error('The operation was aborted');
  err.name = 'AbortError';
  err.code = 'ABORT_ERR';
  if (signal && signal.reason !== undefined) {
    Object.defineProperty(err, 'cause', { value: signal.reason, writable: true, configurable: true, enumerable: false });
  }
  return err;
}

function checkEmitter(emitter) {
  if (emitter === null || typeof emitter !== 'object' ||
      (typeof emitter.on !== 'function' && typeof emitter.addEventListener !== 'function')) {
    throw internalErrors.invalidArgType('emitter', 'an instance of EventEmitter or EventTarget', emitter);
  }
}

function checkSignal(options) {
  if (options == null) return undefined;
  if (typeof options !== 'object') {
    throw internalErrors.invalidArgType('options', 'of type object', options);
  }
  var signal = options.signal;
  if (signal !== undefined && !isAbortSignal(signal)) {
    throw internalErrors.invalidArgType('options.signal', 'an instance of AbortSignal', signal);
  }
  return signal;
}

/**
 * events.once(emitter, name[, options]): a promise for the arguments of the
 * next `name` event, rejected by an 'error' event first.
 */
function once(emitter, name, options) {
  return new Promise(function (resolve, reject) {
    checkEmitter(emitter);
    var signal = checkSignal(options);
    if (signal !== undefined && signal.aborted) {
      reject(abortError(signal));
      return;
    }
    var onAbort;
    if (typeof emitter.on !== 'function') {
      // EventTarget.
      var onEvent = function (ev) {
        if (signal !== undefined) signal.removeEventListener('abort', onAbort);
        resolve([ev]);
      };
      emitter.addEventListener(name, onEvent, { once: true });
      if (signal !== undefined) {
        onAbort = function () {
          emitter.removeEventListener(name, onEvent);
          reject(abortError(signal));
        };
        signal.addEventListener('abort', onAbort, { once: true });
      }
      return;
    }
    var errorListener;
    var resolver = function () {
      if (errorListener !== undefined) emitter.removeListener('error', errorListener);
      if (signal !== undefined) signal.removeEventListener('abort', onAbort);
      var args = new Array(arguments.length);
      for (var i = 0; i < args.length; i++) args[i] = arguments[i];
      resolve(args);
    };
    if (name !== 'error') {
      errorListener = function (err) {
        emitter.removeListener(name, resolver);
        if (signal !== undefined) signal.removeEventListener('abort', onAbort);
        reject(err);
      };
      emitter.once('error', errorListener);
    }
    emitter.once(name, resolver);
    if (signal !== undefined) {
      onAbort = function () {
        emitter.removeListener(name, resolver);
        if (errorListener !== undefined) emitter.removeListener('error', errorListener);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

/**
 * events.on(emitter, name[, options]): an async iterator over the argument
 * arrays of `name` events; an 'error' event makes it throw.
 */
function on(emitter, name, options) {
  checkEmitter(emitter);
  var signal = checkSignal(options);
  if (signal !== undefined && signal.aborted) {
    throw abortError(signal);
  }
  var queue = [];      // unconsumed event argument arrays
  var waiting = [];    // pending {resolve, reject}
  var error = null;
  var finished = false;

  function eventHandler() {
    var args = new Array(arguments.length);
    for (var i = 0; i < args.length; i++) args[i] = arguments[i];
    var w = waiting.shift();
    if (w) w.resolve({ value: args, done: false });
    else queue.push(args);
  }
  function errorHandler(err) {
    finished = true;
    var w = waiting.shift();
    if (w) w.reject(err);
    else error = err;
    iterator.return();
  }
  function abortListener() {
    errorHandler(abortError(signal));
  }
  function cleanup() {
    emitter.removeListener(name, eventHandler);
    emitter.removeListener('error', errorHandler);
    if (signal !== undefined) signal.removeEventListener('abort', abortListener);
  }

  var iterator = {};
  iterator.next = function next() {
    if (queue.length > 0) {
      return Promise.resolve({ value: queue.shift(), done: false });
    }
    if (error !== null) {
      var p = Promise.reject(error);
      error = null;
      return p;
    }
    if (finished) {
      return Promise.resolve({ value: undefined, done: true });
    }
    return new Promise(function (resolve, reject) {
      waiting.push({ resolve: resolve, reject: reject });
    });
  };
  iterator.return = function () {
    cleanup();
    finished = true;
    while (waiting.length > 0) {
      waiting.shift().resolve({ value: undefined, done: true });
    }
    return Promise.resolve({ value: undefined, done: true });
  };
  iterator.throw = function (err) {
    if (!(err instanceof Error)) {
      throw internalErrors.invalidArgType('EventEmitter.AsyncIterator', 'an instance of Error', err);
    }
    error = err;
    cleanup();
    finished = true;
    return Promise.reject(err);
  };
  iterator[Symbol.asyncIterator] = function () { return this; };

  emitter.on(name, eventHandler);
  if (name !== 'error') emitter.on('error', errorHandler);
  if (signal !== undefined) signal.addEventListener('abort', abortListener, { once: true });
  return iterator;
}

function getEventListeners(emitterOrTarget, type) {
  if (emitterOrTarget !== null && typeof emitterOrTarget === 'object' &&
      typeof emitterOrTarget.listeners === 'function') {
    return emitterOrTarget.listeners(type);
  }
  throw internalErrors.invalidArgType('emitter', 'an instance of EventEmitter or EventTarget', emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (emitterOrTarget !== null && typeof emitterOrTarget === 'object' &&
      typeof emitterOrTarget.getMaxListeners === 'function') {
    return emitterOrTarget.getMaxListeners();
  }
  throw internalErrors.invalidArgType('emitter', 'an instance of EventEmitter or EventTarget', emitterOrTarget);
}

function setMaxListenersStatic(n) {
  if (n === undefined) n = defaultMaxListeners;
  checkMaxListeners(n, 'setMaxListeners');
  if (arguments.length <= 1) {
    defaultMaxListeners = n;
    return;
  }
  for (var i = 1; i < arguments.length; i++) {
    var t = arguments[i];
    if (t !== null && typeof t === 'object' && typeof t.setMaxListeners === 'function') {
      t.setMaxListeners(n);
    } else {
      throw internalErrors.invalidArgType('eventTargets', 'an instance of EventEmitter or EventTarget', t);
    }
  }
}

function listenerCountStatic(emitter, type) {
  if (typeof emitter.listenerCount === 'function') {
    return emitter.listenerCount(type);
  }
  return listenerCount.call(emitter, type);
}

EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;
EventEmitter.captureRejections = false;
EventEmitter.errorMonitor = kErrorMonitor;
Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  configurable: false,
  get: function () { return defaultMaxListeners; },
  set: function (n) {
    checkMaxListeners(n, 'defaultMaxListeners');
    defaultMaxListeners = n;
  }
});
EventEmitter.setMaxListeners = setMaxListenersStatic;
EventEmitter.listenerCount = listenerCountStatic;
