// Non-function callbacks throw ERR_INVALID_ARG_TYPE synchronously.
[setTimeout, setInterval, setImmediate].forEach(function (fn) {
  [undefined, null, 1, 'str', {}].forEach(function (cb) {
    try {
      fn(cb, 1);
      console.log(fn.name, 'accepted', cb);
    } catch (e) {
      console.log(fn.name, e.name, e.code);
    }
  });
});
