// module, exports, __filename, __dirname, require.main and module.children.
var path = require('path');
console.log(path.basename(__filename), path.basename(__dirname));
console.log('this === exports', this === exports, exports === module.exports);
console.log('main', require.main === module, module.id, module.loaded);
var meta = require('./fixtures/meta');
console.log(JSON.stringify(meta));
console.log('children', module.children.length, path.basename(module.children[0].filename));
console.log('paths', Array.isArray(module.paths), path.basename(module.paths[0]));
console.log('module.parent of main', module.parent);
setImmediate(function () { console.log('loaded after run', module.loaded); });
