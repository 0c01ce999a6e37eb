// require.cache: modules load once; deleting the entry loads them again.
var first = require('./fixtures/counter').count;
var again = require('./fixtures/counter').count;
console.log(first, again);
delete require.cache[require.resolve('./fixtures/counter')];
console.log(require('./fixtures/counter').count);
console.log(typeof require('./fixtures/replace-exports'), require('./fixtures/replace-exports')());
console.log(require('./fixtures/shebang'));
