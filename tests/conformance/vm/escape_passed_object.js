// isonode differs: our sandbox is stricter than Node's vm (where many of these
// escapes succeed): no host object is reachable from guest code, so every
// attempt fails to find the host process.
var attempt = require('./helpers/escape').attempt;
attempt('object', 'o.constructor.constructor("return process")()', { o: {} });
attempt('array', 'a.constructor.constructor("return process")()', { a: [1] });
attempt('nested', 'o.x.y.constructor.constructor("return process")()', { o: { x: { y: {} } } });
