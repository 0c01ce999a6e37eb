// isonode differs: our sandbox is stricter than Node's vm (where many of these
// escapes succeed): no host object is reachable from guest code, so every
// attempt fails to find the host process.
var attempt = require('./helpers/escape').attempt;
attempt('caught host TypeError', 'try { f() } catch (e) { e.constructor.constructor("return process")() }', { f: function () { null.x; } });
attempt('caught host Error proto', 'try { f() } catch (e) { e.__proto__.constructor.constructor("return process")() }', { f: function () { throw new Error('x'); } });
attempt('prepareStackTrace', 'Error.prepareStackTrace = function (e, s) { return s[1] && s[1].getThis && s[1].getThis() }; try { f() } catch (e) { e.stack }', { f: function () { throw new Error('x'); } });
