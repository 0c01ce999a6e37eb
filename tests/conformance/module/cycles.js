// A cycle gives the partially filled exports of the module still loading.
var a = require('./fixtures/cycle-a');
console.log(a.sawB);
console.log('a finished:', a.loaded);
