// An error a vm script throws and nobody catches is reported at the
// script's line (its filename, the line and a caret), not inside vm.
var vm = require('vm');
console.log('before');
vm.runInNewContext('var x = 1;\nfoo.bar();', {}, 'guest.js');
console.log('not reached');
