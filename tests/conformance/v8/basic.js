// v8: heap statistics have V8's field names and numbers.
var v8 = require('v8');
var s = v8.getHeapStatistics();
console.log(['total_heap_size', 'used_heap_size', 'heap_size_limit', 'total_available_size'].map(function (k) {
  return k + ':' + typeof s[k];
}).join(' '));
var spaces = v8.getHeapSpaceStatistics();
console.log('spaces', Array.isArray(spaces), spaces.length > 0, typeof spaces[0].space_name, typeof spaces[0].space_used_size);
console.log(typeof v8.setFlagsFromString('--allow-natives-syntax'), typeof v8.cachedDataVersionTag());
var u = process.cpuUsage();
console.log('cpuUsage', typeof u.user, typeof u.system, typeof process.cpuUsage(u).user);
console.log('getActiveResourcesInfo', Array.isArray(process.getActiveResourcesInfo()));
