// A function that reads `arguments` and is called with more arguments than
// it declares: its vars still start undefined (goja copied the extra
// arguments into them; isonode compiles around it — internal/jscompile).
function pumpLike() {
  var streams = Array.prototype.slice.call(arguments);
  var error;
  var done;
  return (function () { return [streams.length, error, done]; })();
}
console.log(JSON.stringify(pumpLike('a', 'b', 'c')));

function withParam(p) {
  var q;
  arguments;
  return (function () { return [p, q]; })();
}
console.log(JSON.stringify(withParam(1, 2, 3)));

function strict() {
  'use strict';
  var s;
  return (function () { return [arguments.length, s, this]; })(arguments[0]);
}
console.log(JSON.stringify(strict('x', 'y')));

var obj = {
  method: function () { var m; return function () { return m; }; }
};
console.log(String(obj.method('extra', 'args')()));
