process.on('message', function (m, h) {
  process.send([m, h === undefined ? 'no handle' : h.constructor.name]);
});
