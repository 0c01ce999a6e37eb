// isonode differs: our sandbox is stricter than Node's vm (where many of these
// escapes succeed): no host object is reachable from guest code, so every
// attempt fails to find the host process.
var attempt = require('./helpers/escape').attempt;
attempt('function', 'f.constructor("return process")()', { f: function () {} });
attempt('function result', 'f().constructor.constructor("return process")()', { f: function () { return {}; } });
attempt('bound', 'f.bind(null).constructor("return process")()', { f: function () {} });
attempt('callback receives host this', 'var got; f.call({}, function (x) { got = x }); got.constructor.constructor("return process")()', { f: function (cb) { cb(this); } });
