// isonode differs: our sandbox is stricter than Node's vm (where many of these
// escapes succeed): no host object is reachable from guest code, so every
// attempt fails to find the host process.
var attempt = require('./helpers/escape').attempt;
attempt('this.constructor.constructor', 'this.constructor.constructor("return process")()');
attempt('globalThis', 'globalThis.process');
attempt('Function', 'Function("return this.process")()');
