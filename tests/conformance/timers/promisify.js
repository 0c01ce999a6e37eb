// util.promisify(setTimeout / setImmediate) resolve with the value.
var util = require('util');
var sleep = util.promisify(setTimeout);
var immediate = util.promisify(setImmediate);
sleep(5, 'slept').then(function (v) {
  console.log(v);
  return immediate('immediately');
}).then(function (v) { console.log(v); });
