(function () {
  var defineProperty = Object.defineProperty;
  var getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
  var getPrototypeOf = Object.getPrototypeOf;

  function method(target, fn) {
    defineProperty(target, fn.name, { value: fn, writable: true, configurable: true, enumerable: false });
  }

  function toObject(v, name) {
    if (v === null || v === undefined) {
      throw new TypeError('Object.prototype.' + name + ' called on null or undefined');
    }
    return Object(v);
  }

  function lookup(o, key, which) {
    do {
      var d = getOwnPropertyDescriptor(o, key);
      if (d) return d[which];
      o = getPrototypeOf(o);
    } while (o !== null);
    return undefined;
  }

  method(Object.prototype, function __defineGetter__(name, getter) {
    var o = toObject(this, '__defineGetter__');
    if (typeof getter !== 'function') {
      throw new TypeError('Object.prototype.__defineGetter__: Expecting function');
    }
    defineProperty(o, name, { get: getter, enumerable: true, configurable: true });
  });

  method(Object.prototype, function __defineSetter__(name, setter) {
    var o = toObject(this, '__defineSetter__');
    if (typeof setter !== 'function') {
      throw new TypeError('Object.prototype.__defineSetter__: Expecting function');
    }
    defineProperty(o, name, { set: setter, enumerable: true, configurable: true });
  });

  method(Object.prototype, function __lookupGetter__(name) {
    return lookup(toObject(this, '__lookupGetter__'), name, 'get');
  });

  method(Object.prototype, function __lookupSetter__(name) {
    return lookup(toObject(this, '__lookupSetter__'), name, 'set');
  });

  defineProperty(Date.prototype, 'toGMTString', {
    value: Date.prototype.toUTCString, writable: true, configurable: true, enumerable: false,
  });
})();
