// v0.10 differs: fs._stringToFlags(flags) is v0.10's parser of open() flag
// strings (v20 has no such export); it is not enumerable here.
var fs = require('fs');
var C = require('constants');

var names = { O_RDONLY: C.O_RDONLY, O_WRONLY: C.O_WRONLY, O_RDWR: C.O_RDWR, O_CREAT: C.O_CREAT,
  O_TRUNC: C.O_TRUNC, O_APPEND: C.O_APPEND, O_EXCL: C.O_EXCL, O_SYNC: C.O_SYNC };
function decode(n) {
  var out = [];
  Object.keys(names).forEach(function (k) {
    if (names[k] !== 0 && (n & names[k]) === names[k]) out.push(k);
  });
  return out.length ? out.join('|') : 'O_RDONLY';
}

['r', 'r+', 'rs+', 'w', 'wx', 'xw+', 'a', 'ax', 'a+', 'xa+'].forEach(function (f) {
  console.log(f, decode(fs._stringToFlags(f)));
});
console.log('number passes through', fs._stringToFlags(C.O_RDWR) === C.O_RDWR);
['', '+', 'rw', 'r++', 'wxx', 'x'].forEach(function (f) {
  try {
    fs._stringToFlags(f);
    console.log(JSON.stringify(f), 'accepted');
  } catch (e) {
    console.log(JSON.stringify(f), 'throws', e.name);
  }
});
console.log('enumerable', Object.keys(fs).indexOf('_stringToFlags') !== -1);
