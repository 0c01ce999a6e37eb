// process.binding('config'): the build flags that test helpers such as
// readable-stream@3's test/common read (bits, hasIntl, hasOpenSSL).
// v0.10 differs: v0.10 had no 'config' binding (it throws there).
// isonode differs: no Intl, inspector or tracing, so those flags are false.
var c = process.binding('config');
console.log(typeof c, c.bits, typeof c.hasIntl, c.hasOpenSSL, c.isDebugBuild);
