// getPriority/setPriority argument checks and errors.
var os = require('os');
function t(name, f) {
  try { console.log(name, JSON.stringify(f())); } catch (e) { console.log(name, e.name, e.code, e.message); }
}
t('get', function () { return typeof os.getPriority(); });
t('get pid', function () { return os.getPriority(process.pid) === os.getPriority(); });
t('get str', function () { return os.getPriority('x'); });
t('get frac', function () { return os.getPriority(1.5); });
t('get big', function () { return os.getPriority(2 ** 31); });
t('set range', function () { return os.setPriority(0, 100); });
t('set range low', function () { return os.setPriority(-21); });
t('set str', function () { return os.setPriority('a'); });
t('set pid str', function () { return os.setPriority('a', 0); });
t('set same', function () { return os.setPriority(os.getPriority()); });
try { os.getPriority(2147483647); } catch (e) {
  console.log(e.name, e.code, e.message, e.errno, e.syscall, JSON.stringify(e.info));
}
