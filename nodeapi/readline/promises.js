'use strict';
// readline/promises: Interface whose question() returns a promise.

var readline = require('readline');
var Base = readline.Interface;

/** Interface is readline's Interface with a promise-returning question. */
function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  Base.call(this, input, output, completer, terminal);
}
Interface.prototype = Object.create(Base.prototype, {
  constructor: { value: Interface, writable: true, configurable: true, enumerable: false }
});
Object.setPrototypeOf(Interface, Base);

Interface.prototype.question = function question(query, options) {
  var self = this;
  return new Promise(function (resolve, reject) {
    if (self.closed) {
      var e = new Error('readline was closed');
      e.code = 'ERR_USE_AFTER_CLOSE';
      reject(e);
      return;
    }
    var signal = options && options.signal;
    if (signal && signal.aborted) {
      var ab = new Error('The operation was aborted');
      ab.name = 'AbortError';
      ab.code = 'ABORT_ERR';
      reject(ab);
      return;
    }
    Base.prototype.question.call(self, query, resolve);
  });
};

exports.Interface = Interface;
exports.createInterface = function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
};
