'use strict';
// Node's 'assert' module: the v0.10 API and semantics (messages such as
// `1 == 2`, loose deepEqual, ifError rethrowing) plus later additions
// (deepStrictEqual, rejects, match, assert.strict, …) with v20 semantics.

var util = require('util');
var inspect = util.inspect;
var deepEqualImpl = util._deepEqual;
var invalidArgType = util._invalidArgType;
var describeReceived = util._describeReceived;
var objToString = Object.prototype.toString;

function replacer(key, value) {
  if (value === undefined) return '' + value;
  if (typeof value === 'number' && (value !== value || !isFinite(value))) return value.toString();
  if (typeof value === 'function' || util.isRegExp(value)) return value.toString();
  if (typeof value === 'bigint') return value + 'n';
  return value;
}

function truncate(s, n) {
  if (typeof s === 'string') return s.length < n ? s : s.slice(0, n);
  return s;
}

function stringifyForMessage(v) {
  try {
    return String(truncate(JSON.stringify(v, replacer), 128));
  } catch (e) {
    return truncate(inspect(v), 128);
  }
}

function getMessage(self) {
  return stringifyForMessage(self.actual) + ' ' + self.operator + ' ' + stringifyForMessage(self.expected);
}

function setOwn(o, k, v, enumerable) {
  Object.defineProperty(o, k, { value: v, enumerable: enumerable, writable: true, configurable: true });
}

/**
 * AssertionError: name 'AssertionError', actual, expected, operator,
 * message (generated v0.10-style when not given), generatedMessage and code.
 * As in v0.10, a primitive options argument is read like an object (its
 * fields are undefined); only null and undefined are rejected.
 */
class AssertionError extends Error {
  constructor(options) {
    if (options === null || options === undefined) {
      throw invalidArgType('options', 'of type object', options);
    }
    if (typeof options !== 'object') options = Object(options);
    super();
    this.name = 'AssertionError';
    this.actual = options.actual;
    this.expected = options.expected;
    this.operator = options.operator;
    if (options.message !== undefined && options.message !== null && options.message !== '') {
      this.message = String(options.message);
      this.generatedMessage = false;
    } else {
      this.message = getMessage(this);
      this.generatedMessage = true;
    }
    setOwn(this, 'code', 'ERR_ASSERTION', false);
    var start = options.stackStartFunction || options.stackStartFn;
    if (typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(this, typeof start === 'function' ? start : AssertionError);
    } else {
      var st = this.stack;
      var at = typeof st === 'string' ? st.search(/\n\s+at /) : -1;
      setOwn(this, 'stack', 'AssertionError: ' + this.message + (at === -1 ? '' : st.slice(at)), false);
    }
  }
}

function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
}

function fail(actual, expected, message, operator, stackStartFunction) {
  var n = arguments.length;
  if (n === 0) {
    message = 'Failed';
  } else if (n === 1) {
    message = actual;
    actual = undefined;
  }
  if (message instanceof Error) throw message;
  var opts = {
    actual: actual,
    expected: expected,
    operator: n < 2 ? 'fail' : operator,
    message: message,
    stackStartFunction: stackStartFunction || fail
  };
  var err = new AssertionError(opts);
  if (n === 0) err.generatedMessage = true;
  throw err;
}

function ok(value, message) {
  if (!value) innerFail({ actual: value, expected: true, message: message, operator: '==', stackStartFunction: ok });
}

// As in v0.10, the module itself is assert.ok.
var assert = ok;
module.exports = assert;

assert.AssertionError = AssertionError;
assert.fail = fail;
assert.ok = ok;

assert.equal = function equal(actual, expected, message) {
  // eslint-disable-next-line eqeqeq
  if (actual != expected) innerFail({ actual: actual, expected: expected, message: message, operator: '==', stackStartFunction: equal });
};

assert.notEqual = function notEqual(actual, expected, message) {
  // eslint-disable-next-line eqeqeq
  if (actual == expected) innerFail({ actual: actual, expected: expected, message: message, operator: '!=', stackStartFunction: notEqual });
};

assert.deepEqual = function deepEqual(actual, expected, message) {
  if (!deepEqualImpl(actual, expected, false)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: 'deepEqual', stackStartFunction: deepEqual });
  }
};

assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  if (deepEqualImpl(actual, expected, false)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: 'notDeepEqual', stackStartFunction: notDeepEqual });
  }
};

assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  if (!deepEqualImpl(actual, expected, true)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: 'deepStrictEqual', stackStartFunction: deepStrictEqual });
  }
};

assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
  if (deepEqualImpl(actual, expected, true)) {
    innerFail({ actual: actual, expected: expected, message: message, operator: 'notDeepStrictEqual', stackStartFunction: notDeepStrictEqual });
  }
};

assert.strictEqual = function strictEqual(actual, expected, message) {
  if (actual !== expected) innerFail({ actual: actual, expected: expected, message: message, operator: '===', stackStartFunction: strictEqual });
};

assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  if (actual === expected) innerFail({ actual: actual, expected: expected, message: message, operator: '!==', stackStartFunction: notStrictEqual });
};

// ------------------------------------------------------------ throws & co

var NO_EXCEPTION = {};

// compareObjectExpectation checks the v20 "object" form of the error
// argument: every own key of expected must match actual's (RegExp values
// are tested against strings). It throws an AssertionError on mismatch.
function compareObjectExpectation(actual, expected, message, fn) {
  if (actual === null || typeof actual !== 'object') {
    innerFail({ actual: actual, expected: expected, message: message, operator: fn.name, stackStartFunction: fn });
  }
  var keys = Object.keys(expected);
  if (expected instanceof Error) keys.push('name', 'message');
  var lines = [];
  var failed = false;
  for (var i = 0; i < keys.length; i++) {
    var k = keys[i];
    var e = expected[k];
    var a = actual[k];
    if (util.isRegExp(e) && typeof a === 'string') {
      if (!e.test(a)) {
        innerFail({
          actual: actual,
          expected: expected,
          message: message || 'The input did not match the regular expression ' + inspect(e) + '. Input:\n\n' + inspect(a) + '\n',
          operator: fn.name,
          stackStartFunction: fn
        });
      }
      lines.push('    ' + k + ': ' + inspect(e));
    } else if (!(k in actual) || !deepEqualImpl(a, e, true)) {
      failed = true;
      if (k in actual) lines.push('+   ' + k + ': ' + inspect(a));
      lines.push('-   ' + k + ': ' + inspect(e));
    } else {
      lines.push('    ' + k + ': ' + inspect(e));
    }
  }
  if (failed) {
    var err = new AssertionError({
      actual: actual,
      expected: expected,
      message: message || 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n' + lines.join('\n') + '\n  }',
      operator: fn.name,
      stackStartFunction: fn
    });
    err.generatedMessage = !message;
    throw err;
  }
  return true;
}

// expectedException reports whether actual matches expected (a RegExp, a
// constructor, a validation function, or - later versions - an object).
function expectedException(actual, expected, message, fn) {
  if (expected === undefined || expected === null) return false;
  if (objToString.call(expected) === '[object RegExp]') return expected.test(String(actual));
  if (typeof expected === 'function') {
    if (expected.prototype !== undefined && actual instanceof expected) return true;
    if (expected === Error || Error.isPrototypeOf(expected)) return false;
    return expected.call({}, actual) === true;
  }
  if (typeof expected === 'object') return compareObjectExpectation(actual, expected, message, fn);
  return false;
}

function checkExpected(expected) {
  if (expected === undefined || expected === null) return;
  var t = typeof expected;
  if (t !== 'function' && t !== 'object') {
    throw invalidArgType('error', 'of type function or an instance of Error, RegExp, or Object', expected);
  }
}

function getActual(fn) {
  if (typeof fn !== 'function') throw invalidArgType('fn', 'of type function', fn);
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function suffixFor(expected, message) {
  return (expected && expected.name ? ' (' + expected.name + ').' : '.') + (message ? ' ' + message : '.');
}

assert.throws = function throws(block, error, message) {
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  var actual = getActual(block);
  checkExpected(error);
  if (actual === NO_EXCEPTION) {
    innerFail({ actual: undefined, expected: error, message: 'Missing expected exception' + suffixFor(error, message), operator: undefined, stackStartFunction: throws });
  }
  if (error !== undefined && error !== null && !expectedException(actual, error, message, throws)) throw actual;
};

assert.doesNotThrow = function doesNotThrow(block, error, message) {
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  var actual = getActual(block);
  if (actual === NO_EXCEPTION) return;
  if (error !== undefined && error !== null && typeof error !== 'object' && expectedException(actual, error, message, doesNotThrow)) {
    innerFail({ actual: actual, expected: error, message: 'Got unwanted exception' + suffixFor(error, message), operator: undefined, stackStartFunction: doesNotThrow });
  }
  throw actual;
};

function isThenable(p) {
  return p !== null && typeof p === 'object' && typeof p.then === 'function';
}

function waitForActual(promiseFn) {
  return Promise.resolve().then(function () {
    var p;
    if (typeof promiseFn === 'function') {
      p = promiseFn();
      if (!isThenable(p)) {
        var e = new TypeError('Expected instance of Promise to be returned from the "promiseFn" function but got ' +
          describeReceived(p) + '.');
        Object.defineProperty(e, 'code', { value: 'ERR_INVALID_RETURN_VALUE', enumerable: false, writable: true, configurable: true });
        throw e;
      }
    } else if (isThenable(promiseFn)) {
      p = promiseFn;
    } else {
      throw invalidArgType('promiseFn', 'of type function or an instance of Promise', promiseFn);
    }
    return p.then(function () { return NO_EXCEPTION; }, function (e) { return e; });
  });
}

function asyncSuffix(error, message) {
  var details = '';
  if (error && error.name) details += ' (' + error.name + ')';
  return details + (message ? ': ' + message : '.');
}

// checkRejection is v20's matching for rejects(): a mismatch is an
// AssertionError rather than the rejection reason itself.
function checkRejection(actual, expected, message, fn) {
  function failWith(generated) {
    var err = new AssertionError({ actual: actual, expected: expected, message: message || generated, operator: fn.name, stackStartFunction: fn });
    err.generatedMessage = !message;
    throw err;
  }
  if (objToString.call(expected) === '[object RegExp]') {
    var str = String(actual);
    if (!expected.test(str)) {
      failWith('The input did not match the regular expression ' + inspect(expected) + '. Input:\n\n' + inspect(str) + '\n');
    }
    return;
  }
  if (typeof expected === 'function') {
    if (expected.prototype !== undefined && actual instanceof expected) return;
    if (expected === Error || Error.isPrototypeOf(expected)) {
      var got = actual && actual.constructor && actual.constructor.name;
      failWith('The error is expected to be an instance of "' + expected.name + '". Received "' + got + '"\n\nError message:\n\n' +
        (actual && actual.message));
    }
    var res = expected.call({}, actual);
    if (res !== true) {
      failWith('The ' + (expected.name ? '"' + expected.name + '" ' : '') + 'validation function is expected to return "true". Received ' +
        inspect(res) + '\n\nCaught error:\n\n' + (actual instanceof Error ? String(actual) : inspect(actual)));
    }
    return;
  }
  compareObjectExpectation(actual, expected, message, fn);
}

assert.rejects = function rejects(promiseFn, error, message) {
  return waitForActual(promiseFn).then(function (actual) {
    if (typeof error === 'string') {
      message = error;
      error = undefined;
    }
    checkExpected(error);
    if (actual === NO_EXCEPTION) {
      innerFail({ actual: undefined, expected: error, message: 'Missing expected rejection' + asyncSuffix(error, message), operator: 'rejects', stackStartFunction: rejects });
    }
    if (error !== undefined && error !== null) checkRejection(actual, error, message, rejects);
  });
};

assert.doesNotReject = function doesNotReject(promiseFn, error, message) {
  return waitForActual(promiseFn).then(function (actual) {
    if (actual === NO_EXCEPTION) return;
    if (typeof error === 'string') {
      message = error;
      error = undefined;
    }
    if (error === undefined || error === null || expectedException(actual, error, message, doesNotReject)) {
      innerFail({
        actual: actual,
        expected: error,
        message: 'Got unwanted rejection' + asyncSuffix(error, message) + '\nActual message: "' + (actual && actual.message) + '"',
        operator: 'doesNotReject',
        stackStartFunction: doesNotReject
      });
    }
    throw actual;
  });
};

assert.ifError = function ifError(err) {
  if (err) throw err;
};

function internalMatch(string, regexp, message, fn) {
  if (!util.isRegExp(regexp)) throw invalidArgType('regexp', 'an instance of RegExp', regexp);
  var match = fn === assert.match;
  if (typeof string !== 'string' || (regexp.test(string) !== match)) {
    if (message instanceof Error) throw message;
    var generated = !message;
    message = message || (typeof string !== 'string'
      ? 'The "string" argument must be of type string. Received type ' + typeof string + ' (' + inspect(string) + ')'
      : (match
        ? 'The input did not match the regular expression '
        : 'The input was expected to not match the regular expression ') +
        inspect(regexp) + '. Input:\n\n' + inspect(string) + '\n');
    var err = new AssertionError({ actual: string, expected: regexp, message: message, operator: fn.name, stackStartFunction: fn });
    err.generatedMessage = generated;
    throw err;
  }
}

assert.match = function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
};

assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
};

// assert.strict: the same API with strict comparisons.
function strict(value, message) {
  if (!value) innerFail({ actual: value, expected: true, message: message, operator: '==', stackStartFunction: strict });
}

var names = Object.keys(assert);
for (var i = 0; i < names.length; i++) strict[names[i]] = assert[names[i]];
strict.equal = assert.strictEqual;
strict.notEqual = assert.notStrictEqual;
strict.deepEqual = assert.deepStrictEqual;
strict.notDeepEqual = assert.notDeepStrictEqual;
strict.strict = strict;
assert.strict = strict;
