// Error.captureStackTrace(obj, fn) drops the frames down to and including the
// topmost call of fn, found by identity even when fn is anonymous; a fn that
// is not on the stack leaves no frames (V8's behaviour).
var fs = {};
fs.read = function () {
  var e = {};
  Error.captureStackTrace(e, fs.read);
  return e.stack.split('\n')[1].replace(/\(.*[\\/]/, '(');
};
function userCode() { return fs.read(); }
console.log(userCode());

function notCalled() {}
var o = {};
Error.captureStackTrace(o, notCalled);
console.log(JSON.stringify(o.stack));

function MyError(msg) {
  this.message = msg;
  Error.captureStackTrace(this, MyError);
}
MyError.prototype = Object.create(Error.prototype);
MyError.prototype.name = 'MyError';
function thrower() { throw new MyError('bad'); }
try { thrower(); } catch (e) { console.log(e.stack.split('\n').slice(0, 2).join(' | ').replace(/\(.*[\\/]/, '(')); }

var prepared;
Error.prepareStackTrace = function (err, sites) { return sites; };
(function viaSites() {
  var e = {};
  var wrapped = function () { Error.captureStackTrace(e, wrapped); prepared = e.stack; };
  wrapped();
})();
Error.prepareStackTrace = undefined;
console.log(prepared[0].getFunctionName(), /capture_stack_trace_constructor_opt\.js$/.test(prepared[0].getFileName()));
