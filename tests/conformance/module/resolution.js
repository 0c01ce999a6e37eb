// require's resolution: files, extensions, folders, package.json main, node_modules walking up.
var path = require('path');
process.chdir(__dirname); // relative requires are relative to the module, not the cwd
console.log(require('./fixtures/data').list.length, require('./fixtures/data.json').ok);
console.log(require('./fixtures/dir-with-index'));
console.log(require('./fixtures/dir-with-index/'));
console.log(require('./fixtures/nested/deeper/walkup'));
var main = require('./fixtures/node_modules/pkg-main');
console.log(main.name, main.file);
console.log(require('./fixtures/node_modules/pkg-badmain'));
console.log(path.relative(__dirname, require.resolve('./fixtures/dir-with-index')));
console.log(path.relative(__dirname, require.resolve('./fixtures/node_modules/pkg-main')));
console.log(require.resolve('fs'), require.resolve('path'));
console.log(require(path.join(__dirname, 'fixtures', 'data.json')).list[2]);
