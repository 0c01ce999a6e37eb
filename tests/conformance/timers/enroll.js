// v0.10's timers.enroll/active/unenroll idle-timeout API.
var timers = require('timers');
var item = { _onTimeout: function () { console.log('idle timeout fired'); } };
timers.enroll(item, 10);
timers.active(item);
var other = { _onTimeout: function () { console.log('unenrolled fired!'); } };
timers.enroll(other, 5);
timers.active(other);
timers.unenroll(other);
console.log(typeof timers.setTimeout, typeof timers.clearTimeout, typeof timers.setInterval,
  typeof timers.clearInterval, typeof timers.setImmediate, typeof timers.clearImmediate);
