// require's errors: missing modules, bad JSON, syntax errors, addons, bad ids.
function tryRequire(id) {
  try {
    require(id);
    console.log(id, 'loaded');
  } catch (e) {
    // the message's wording after the file name is engine-specific
    console.log(id, '->', e.name, e.code, e.message.split('\n')[0].replace(__dirname, '<dir>').split(': ')[0]);
  }
}
tryRequire('./fixtures/nope');
tryRequire('no-such-package');
tryRequire('./fixtures/broken.json');
try { require(42); } catch (e) { console.log('number id ->', e.name, e.code); }
try { require(''); } catch (e) { console.log('empty id ->', e.name, e.code); }
try { require('./fixtures/syntax-error'); } catch (e) { console.log('syntax error ->', e.name); }
console.log('failed module not cached:', Object.keys(require.cache).some(function (k) { return /syntax-error/.test(k); }));
// isonode runs no native addons: loading one is ERR_DLOPEN_FAILED, as a bad addon is in Node.
try { require('./fixtures/addon.node'); } catch (e) { console.log('addon ->', e.name, e.code); }
