// isonode differs: there is no V8 heap to snapshot or serializer to reuse, so
// these throw ERR_METHOD_NOT_IMPLEMENTED (Node returns results).
var v8 = require('v8');
['serialize', 'deserialize', 'getHeapSnapshot', 'writeHeapSnapshot'].forEach(function (name) {
  try { v8[name]({}); console.log(name, 'returned'); } catch (e) { console.log(name, e.name, e.code); }
});
