// Errors the engine throws are ordinary errors of the right class.
function check(fn) {
  try { fn(); } catch (e) {
    console.log(e.name, e instanceof Error, e.constructor === global[e.name], typeof e.stack,
      e.stack.split('\n')[0] === e.name + ': ' + e.message);
  }
}
check(function () { undefinedVariable; });
check(function () { null.x; });
check(function () { (void 0)(); });
check(function () { new Array(-1); });
check(function () { decodeURIComponent('%'); });
check(function () { JSON.parse('{'); });
check(function () { eval('var = 1'); });
