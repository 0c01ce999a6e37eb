// Node's 'domain' module, v0.10 semantics.
//
// A stack of entered domains; the top one is the active domain
// (exports.active, process.domain) and binding.setActive tells the isolate,
// which binds nextTick callbacks and I/O requests to it. Timers and
// immediates keep the domain in their .domain (timers.js enters it). Event
// emitters: while this module is loaded, emit enters the emitter's .domain
// around its listeners and routes an unhandled 'error' event to it, and a
// new emitter gets the active domain (or null) as its .domain (the _events
// accessor below).
'use strict';

var EventEmitter = require('events');

var stack = [];
exports._stack = stack;
exports.active = null;
process.domain = null;
EventEmitter.usingDomains = true;

function setActive(d) {
  exports.active = process.domain = d;
  binding.setActive(d);
}

function isObject(v) {
  return v !== null && (typeof v === 'object' || typeof v === 'function');
}

function Domain() {
  this.domain = null;
  EventEmitter.call(this);
  this.members = [];
}
Domain.prototype = Object.create(EventEmitter.prototype, {
  constructor: { value: Domain, writable: true, configurable: true, enumerable: false }
});
Domain.prototype.members = undefined;
Domain.prototype._disposed = undefined;

exports.Domain = Domain;
exports.create = exports.createDomain = function createDomain() {
  return new Domain();
};

Domain.prototype.enter = function enter() {
  if (this._disposed) return;
  stack.push(this);
  setActive(this);
};

// exit leaves this domain and every domain entered after it.
Domain.prototype.exit = function exit() {
  if (this._disposed) return;
  var i = stack.lastIndexOf(this);
  if (i === -1) return;
  stack.length = i;
  setActive(stack[i - 1]);
};

// run has no try/finally on purpose: a throw leaves the domain active, so
// that the uncaught-exception path hands the error to it.
Domain.prototype.run = function run(fn) {
  if (this._disposed) return;
  this.enter();
  var ret = arguments.length > 1 ?
    fn.apply(this, Array.prototype.slice.call(arguments, 1)) : fn.call(this);
  this.exit();
  return ret;
};

Domain.prototype.add = function add(ee) {
  if (this._disposed || ee.domain === this) return;
  if (ee.domain) ee.domain.remove(ee);
  // Adding a domain to one of its own descendants would make a cycle.
  if (this.domain && ee instanceof Domain) {
    for (var d = this.domain; d; d = d.domain) {
      if (d === ee) return;
    }
  }
  ee.domain = this;
  this.members.push(ee);
};

Domain.prototype.remove = function remove(ee) {
  ee.domain = null;
  var i = this.members.indexOf(ee);
  if (i !== -1) this.members.splice(i, 1);
};

function bound(self, cb, intercept) {
  function runBound() {
    if (self._disposed) return;
    var args;
    if (intercept) {
      var er = arguments[0];
      if (er instanceof Error) {
        er.domainBound = cb;
        er.domainThrown = false;
        er.domain = self;
        self.emit('error', er);
        return;
      }
      args = Array.prototype.slice.call(arguments, 1);
    }
    self.enter();
    var ret = args ? cb.apply(this, args) : cb.apply(this, arguments);
    self.exit();
    return ret;
  }
  runBound.domain = self;
  return runBound;
}

Domain.prototype.bind = function bind(cb) {
  return bound(this, cb, false);
};

Domain.prototype.intercept = function intercept(cb) {
  return bound(this, cb, true);
};

function noop() {}
var endMethods = ['end', 'abort', 'destroy', 'destroySoon'];

// dispose stops what it can of the domain's explicit members and makes the
// domain inert: it cannot be entered, and its bound callbacks, timers and
// ticks no longer run.
Domain.prototype.dispose = function dispose() {
  if (this._disposed) return;
  this.exit();
  this.emit('dispose');
  this.removeAllListeners();
  this.on('error', noop);
  var members = this.members;
  for (var i = 0; i < members.length; i++) {
    var m = members[i];
    if (isObject(m) && typeof m._onTimeout === 'function') clearTimeout(m);
    if (m instanceof EventEmitter) {
      m.removeAllListeners();
      m.on('error', noop);
    }
    for (var j = 0; j < endMethods.length; j++) {
      if (isObject(m) && typeof m[endMethods[j]] === 'function') {
        try {
          m[endMethods[j]]();
        } catch (er) {
          // errors of a member being torn down are ignored
        }
      }
    }
  }
  if (this.domain) this.domain.remove(this);
  members.length = 0;
  this._disposed = true;
};

// Event emitters.
var kErrorMonitor = EventEmitter.errorMonitor;
var origEmit = EventEmitter.prototype.emit;

function domainEmit(type) {
  var d = this.domain;
  if (!d || this === process) return origEmit.apply(this, arguments);
  var events = this._events;
  if (type === 'error' && (!events || events.error === undefined)) {
    var er = arguments[1];
    if (events && events[kErrorMonitor] !== undefined) origEmit.call(this, kErrorMonitor, er);
    // v0.10: an 'error' emitted without an error reaches the domain as one
    if (er === undefined) er = new TypeError('Uncaught, unspecified "error" event.');
    if (isObject(er)) {
      er.domainEmitter = this;
      er.domain = d;
      er.domainThrown = false;
    }
    d.emit('error', er);
    return false;
  }
  if (d._disposed) return false;
  d.enter();
  var ret = origEmit.apply(this, arguments);
  d.exit();
  return ret;
}
Object.defineProperty(domainEmit, 'name', { value: 'emit', configurable: true });
EventEmitter.prototype.emit = domainEmit;

// Implicit binding of new emitters: once this module is loaded,
// EventEmitter.prototype._events is an accessor. The EventEmitter
// constructor reads this._events before giving the new object its own, so
// the getter sees every emitter being made and sets its .domain to the
// active domain (null if none), as v0.10's constructor does; the setter
// turns _events back into an own data property. Prototype objects (own
// 'constructor') and domains are not bound.
var hasOwn = Object.prototype.hasOwnProperty;
Object.defineProperty(EventEmitter.prototype, '_events', {
  get: function () {
    if (this !== EventEmitter.prototype && !(this instanceof Domain) &&
        !hasOwn.call(this, 'constructor') && !hasOwn.call(this, 'domain')) {
      this.domain = exports.active || null;
    }
    return undefined;
  },
  set: function (v) {
    Object.defineProperty(this, '_events', { value: v, writable: true, enumerable: true, configurable: true });
  },
  enumerable: false,
  configurable: true
});

// The isolate's hooks: ticks and I/O completions enter the domain they were
// scheduled in; an uncaught exception goes to the active domain first.
function enterHook(d) {
  if (d._disposed) return false;
  d.enter();
  return true;
}

function exitHook(d) {
  d.exit();
}

function hasErrorHandler(d) {
  var events = d._events;
  return !!(events && events.error !== undefined) || !!d.domain;
}

// uncaught reports whether the active domain (or an outer one, if the
// handler throws) took er. The stack is empty afterwards either way: an
// uncaught exception ends the callback it happened in.
function uncaught(er) {
  // A domain without an 'error' listener passes the error outwards.
  while (stack.length > 0 && !stack[stack.length - 1]._disposed &&
         !hasErrorHandler(stack[stack.length - 1])) {
    stack.pop();
  }
  if (stack.length === 0) {
    clearStack();
    return false;
  }
  var d = stack[stack.length - 1];
  if (d._disposed) {
    clearStack();
    return true;
  }
  setActive(d);
  if (isObject(er)) {
    er.domain = d;
    er.domainThrown = true;
  }
  try {
    d.emit('error', er);
  } catch (er2) {
    // The handler threw: the next domain out may take that error.
    var i = stack.lastIndexOf(d);
    if (i !== -1) stack.length = i;
    if (stack.length === 0) {
      setActive(null);
      throw er2;
    }
    setActive(stack[stack.length - 1]);
    return uncaught(er2);
  }
  clearStack();
  return true;
}

function clearStack() {
  stack.length = 0;
  setActive(null);
}

binding.install(enterHook, exitHook, uncaught);
