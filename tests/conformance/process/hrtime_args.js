// process.hrtime(prev) takes only an Array of two numbers (or nothing).
function show(arg) {
  try {
    var r = process.hrtime(arg);
    console.log('ok', Array.isArray(r), r.length);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
show(undefined);
show(process.hrtime());
show(1);
show('ab');
show(null);
show({ 0: 1, 1: 2, length: 2 });
show([1]);
show([1, 2, 3]);
