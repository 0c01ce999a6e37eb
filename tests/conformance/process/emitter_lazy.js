// process is an EventEmitter from the start, whenever and however 'events'
// gets loaded: its methods are there, instanceof holds, for-in sees them,
// and a replaced process.emit still hears 'exit'.
var inherited = [];
for (var k in process) {
  if (k === 'on' || k === 'emit' || k === 'once') inherited.push(k);
}
console.log('for-in:', inherited.sort().join(','));
console.log('in:', 'on' in process, 'removeAllListeners' in process);
console.log('own:', Object.prototype.hasOwnProperty.call(process, 'on'));
var EventEmitter = require('events');
console.log('instanceof:', process instanceof EventEmitter);
console.log('proto:', Object.getPrototypeOf(process.constructor.prototype) === EventEmitter.prototype);
console.log('listeners:', process.listeners('exit').length);
process.maxTickDepth = process.maxTickDepth; // plain assignments stay own
process.someFlag = true;
console.log('assigned:', Object.prototype.hasOwnProperty.call(process, 'someFlag'));
var emit = process.emit;
process.emit = function (type) {
  if (type === 'exit' || type === 'beforeExit') console.log('emit', type);
  return emit.apply(this, arguments);
};
process.once('exit', function (code) { console.log('exit listener', code); });
