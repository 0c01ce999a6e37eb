'use strict';
// Node's 'util' module (v0.10 API plus later additions). Output formats
// follow Node v0.10 where v0.10 had the type, Node v20 otherwise.

var b = binding;
var hasOwn = Object.prototype.hasOwnProperty;
var propIsEnum = Object.prototype.propertyIsEnumerable;
var objToString = Object.prototype.toString;
var fnToString = Function.prototype.toString;
var isProtoOf = Object.prototype.isPrototypeOf;
var getProto = Object.getPrototypeOf;
var getOwnDesc = Object.getOwnPropertyDescriptor;
var symToString = Symbol.prototype.toString;
var regexpToString = RegExp.prototype.toString;
var dateToString = Date.prototype.toString;
var dateGetTime = Date.prototype.getTime;
var errorToString = Error.prototype.toString;

var customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
var customPromisifySymbol = Symbol.for('nodejs.util.promisify.custom');
var customPromisifyArgsSymbol = Symbol('customPromisifyArgs');

var TypedArrayProto = getProto(Uint8Array.prototype);
var typedArrayTag = getOwnDesc(TypedArrayProto, Symbol.toStringTag).get;
var typedArrayLength = getOwnDesc(TypedArrayProto, 'length').get;
var AsyncFunctionProto = getProto(async function () {});
var GeneratorFunctionProto = getProto(function* () {});
var GeneratorProto = GeneratorFunctionProto.prototype;
var MapIteratorProto = getProto(new Map().entries());
var SetIteratorProto = getProto(new Set().values());
var mapForEach = Map.prototype.forEach;
var setForEach = Set.prototype.forEach;
var mapSize = getOwnDesc(Map.prototype, 'size').get;
var setSize = getOwnDesc(Set.prototype, 'size').get;
var abByteLength = getOwnDesc(ArrayBuffer.prototype, 'byteLength').get;
var weakMapHas = WeakMap.prototype.has;
var weakSetHas = WeakSet.prototype.has;
var identRe = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
var indexRe = /^(0|[1-9][0-9]*)$/;

// ---------------------------------------------------------------- errors

function describeReceived(v) {
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (typeof v === 'function') return 'function ' + (v.name || '');
  if (typeof v === 'object') {
    var c = v.constructor;
    if (c && typeof c === 'function' && c.name) return 'an instance of ' + c.name;
    return inspect(v, { depth: -1 });
  }
  var shown = v;
  if (typeof v === 'string' && v.length > 28) shown = v.slice(0, 25) + '...';
  return 'type ' + typeof v + ' (' + inspect(shown) + ')';
}

function nodeError(Ctor, code, msg) {
  var e = new Ctor(msg);
  Object.defineProperty(e, 'code', { value: code, enumerable: false, writable: true, configurable: true });
  return e;
}

function invalidArgType(name, expected, actual) {
  var what;
  if (/ argument$/.test(name)) what = name;
  else what = 'The "' + name + '" ' + (name.indexOf('.') !== -1 ? 'property' : 'argument');
  if (what === name) what = 'The ' + name;
  return nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', what + ' must be ' + expected + '. Received ' + describeReceived(actual));
}

// ---------------------------------------------------------------- types

function isObjectLike(v) {
  return (typeof v === 'object' && v !== null) || typeof v === 'function';
}

function kindOf(v) {
  return isObjectLike(v) ? b.kind(v) : '';
}

function taTag(v) {
  return ArrayBuffer.isView(v) ? typedArrayTag.call(v) : undefined;
}

function isClassCtor(fn) {
  var s;
  try { s = fnToString.call(fn); } catch (e) { return false; }
  return s.charCodeAt(0) === 99 && s.slice(0, 5) === 'class' && /^class[\s{]/.test(s);
}

function brand(fn, v, arg) {
  try { fn.call(v, arg); return true; } catch (e) { return false; }
}

var types = {
  isAnyArrayBuffer: function (v) { return kindOf(v) === 'arraybuffer'; },
  isArrayBuffer: function (v) { return kindOf(v) === 'arraybuffer'; },
  isArrayBufferView: function (v) { return ArrayBuffer.isView(v); },
  isArgumentsObject: function (v) { return kindOf(v) === 'arguments'; },
  isAsyncFunction: function (v) { return typeof v === 'function' && isProtoOf.call(AsyncFunctionProto, v); },
  isBigInt64Array: function (v) { return taTag(v) === 'BigInt64Array'; },
  isBigUint64Array: function (v) { return taTag(v) === 'BigUint64Array'; },
  isBooleanObject: function (v) { return kindOf(v) === 'boolean'; },
  isBoxedPrimitive: function (v) {
    var k = kindOf(v);
    return k === 'number' || k === 'string' || k === 'boolean' || k === 'symbol' || k === 'bigint';
  },
  isBigIntObject: function (v) { return kindOf(v) === 'bigint'; },
  isDataView: function (v) { return ArrayBuffer.isView(v) && taTag(v) === undefined; },
  isDate: function (v) { return kindOf(v) === 'date'; },
  isExternal: function () { return false; },
  isFloat32Array: function (v) { return taTag(v) === 'Float32Array'; },
  isFloat64Array: function (v) { return taTag(v) === 'Float64Array'; },
  isGeneratorFunction: function (v) { return typeof v === 'function' && isProtoOf.call(GeneratorFunctionProto, v); },
  isGeneratorObject: function (v) { return isObjectLike(v) && isProtoOf.call(GeneratorProto, v); },
  isInt8Array: function (v) { return taTag(v) === 'Int8Array'; },
  isInt16Array: function (v) { return taTag(v) === 'Int16Array'; },
  isInt32Array: function (v) { return taTag(v) === 'Int32Array'; },
  isMap: function (v) { return kindOf(v) === 'map'; },
  isMapIterator: function (v) { return isObjectLike(v) && isProtoOf.call(MapIteratorProto, v); },
  isModuleNamespaceObject: function () { return false; },
  isNativeError: function (v) { return kindOf(v) === 'error'; },
  isNumberObject: function (v) { return kindOf(v) === 'number'; },
  isPromise: function (v) { return kindOf(v) === 'promise'; },
  isProxy: function (v) { return kindOf(v) === 'proxy'; },
  isRegExp: function (v) { return kindOf(v) === 'regexp'; },
  isSet: function (v) { return kindOf(v) === 'set'; },
  isSetIterator: function (v) { return isObjectLike(v) && isProtoOf.call(SetIteratorProto, v); },
  isSharedArrayBuffer: function () { return false; },
  isStringObject: function (v) { return kindOf(v) === 'string'; },
  isSymbolObject: function (v) { return kindOf(v) === 'symbol'; },
  isTypedArray: function (v) { return taTag(v) !== undefined; },
  isUint8Array: function (v) { return taTag(v) === 'Uint8Array'; },
  isUint8ClampedArray: function (v) { return taTag(v) === 'Uint8ClampedArray'; },
  isUint16Array: function (v) { return taTag(v) === 'Uint16Array'; },
  isUint32Array: function (v) { return taTag(v) === 'Uint32Array'; },
  isWeakMap: function (v) { return isObjectLike(v) && brand(weakMapHas, v, {}); },
  isWeakSet: function (v) { return isObjectLike(v) && brand(weakSetHas, v, {}); },
  isKeyObject: function () { return false; },
  isCryptoKey: function () { return false; }
};

// ---------------------------------------------------------------- inspect

var colors = {
  'bold': [1, 22],
  'italic': [3, 23],
  'underline': [4, 24],
  'inverse': [7, 27],
  'white': [37, 39],
  'grey': [90, 39],
  'black': [30, 39],
  'blue': [34, 39],
  'cyan': [36, 39],
  'green': [32, 39],
  'magenta': [35, 39],
  'red': [31, 39],
  'yellow': [33, 39]
};

var styles = {
  'special': 'cyan',
  'number': 'yellow',
  'boolean': 'yellow',
  'undefined': 'grey',
  'null': 'bold',
  'string': 'green',
  'date': 'magenta',
  // "name": intentionally not styled
  'regexp': 'red',
  'symbol': 'green',
  'bigint': 'yellow'
};

function stylizeWithColor(str, styleType) {
  var style = inspect.styles[styleType];
  var c = style && inspect.colors[style];
  if (c) return '\u001b[' + c[0] + 'm' + str + '\u001b[' + c[1] + 'm';
  return str;
}

function stylizeNoColor(str) {
  return str;
}

var defaultOptions = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: Infinity,
  maxStringLength: Infinity,
  breakLength: 60,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false
};

/**
 * inspect(obj, [opts]) or the legacy inspect(obj, showHidden, depth, colors).
 */
function Ctx() {
  this.seen = [];
  this.stylize = stylizeNoColor;
  this.showHidden = defaultOptions.showHidden;
  this.depth = defaultOptions.depth;
  this.colors = defaultOptions.colors;
  this.customInspect = defaultOptions.customInspect;
  this.maxArrayLength = defaultOptions.maxArrayLength;
  this.maxStringLength = defaultOptions.maxStringLength;
  this.breakLength = defaultOptions.breakLength;
  this.sorted = defaultOptions.sorted;
  this.getters = defaultOptions.getters;
  if (this.maxArrayLength === null) this.maxArrayLength = Infinity;
}

// A default context is reused for plain inspect(obj) calls (creating an
// object with many properties is costly in goja); reentrant calls (custom
// inspect functions calling inspect) get a fresh one.
var defaultCtx = null;
var defaultCtxBusy = false;

function refreshCtx(c) {
  c.showHidden = defaultOptions.showHidden;
  c.depth = defaultOptions.depth;
  c.colors = defaultOptions.colors;
  c.customInspect = defaultOptions.customInspect;
  c.maxArrayLength = defaultOptions.maxArrayLength;
  c.maxStringLength = defaultOptions.maxStringLength;
  c.breakLength = defaultOptions.breakLength;
  c.sorted = defaultOptions.sorted;
  c.getters = defaultOptions.getters;
}

// Named parameters instead of `arguments` (slow in goja); undefined
// legacy arguments are ignored, so inspect(x, undefined) is inspect(x).
function inspect(obj, opts, legacyDepth, legacyColors) {
  if (opts === undefined && legacyDepth === undefined && legacyColors === undefined) {
    if (!defaultCtxBusy) {
      if (defaultCtx === null) defaultCtx = new Ctx();
      else refreshCtx(defaultCtx);
      defaultCtxBusy = true;
      try {
        defaultCtx.seen.length = 0;
        defaultCtx.stylize = defaultCtx.colors ? stylizeWithColor : stylizeNoColor;
        if (defaultCtx.maxArrayLength === null) defaultCtx.maxArrayLength = Infinity;
        if (typeof defaultCtx.breakLength !== 'number') defaultCtx.breakLength = 60;
        return formatValue(defaultCtx, obj, defaultCtx.depth === null ? Infinity : defaultCtx.depth);
      } finally {
        defaultCtxBusy = false;
      }
    }
  }
  var ctx = new Ctx();
  if (typeof opts === 'boolean') {
    ctx.showHidden = opts;
  } else if (opts !== null && typeof opts === 'object') {
    var keys = Object.keys(opts);
    for (var i = 0; i < keys.length; i++) {
      var k = keys[i];
      if (k === 'seen' || k === 'stylize') continue;
      var v = opts[k];
      if (v !== undefined) ctx[k] = v;
    }
  }
  if (legacyDepth !== undefined) ctx.depth = legacyDepth;
  if (legacyColors !== undefined) ctx.colors = legacyColors;
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  if (typeof ctx.breakLength !== 'number') ctx.breakLength = 60;
  var depth = ctx.depth === null ? Infinity : ctx.depth;
  return formatValue(ctx, obj, depth);
}

// plainRe matches what quoting must escape: quotes, backslashes, control
// characters and surrogates; strings without any print as they are.
var plainRe = /['\\\x00-\x1f\ud800-\udfff]/;

function quoteString(s) {
  if (!plainRe.test(s)) return "'" + s + "'";
  var j = JSON.stringify(s);
  j = j.slice(1, j.length - 1);
  if (j.indexOf("'") !== -1) j = j.replace(/'/g, "\\'");
  if (j.indexOf('\\"') !== -1) j = j.replace(/\\"/g, '"');
  return "'" + j + "'";
}

function formatNumber(ctx, v) {
  var s = v === 0 && 1 / v < 0 ? '-0' : '' + v;
  return ctx.colors ? ctx.stylize(s, 'number') : s;
}

function formatPrimitive(ctx, value) {
  switch (typeof value) {
    case 'undefined':
      return ctx.stylize('undefined', 'undefined');
    case 'string':
      if (value.length > ctx.maxStringLength) {
        var rest = value.length - ctx.maxStringLength;
        return ctx.stylize(quoteString(value.slice(0, ctx.maxStringLength)), 'string') +
          '... ' + rest + ' more character' + (rest > 1 ? 's' : '');
      }
      var q = quoteString(value);
      return ctx.colors ? ctx.stylize(q, 'string') : q;
    case 'number':
      return formatNumber(ctx, value);
    case 'boolean':
      return ctx.stylize('' + value, 'boolean');
    case 'bigint':
      return ctx.stylize(value + 'n', 'bigint');
    case 'symbol':
      return ctx.stylize(symToString.call(value), 'symbol');
  }
  return ctx.stylize('null', 'null');
}

function functionBase(fn) {
  var name = '';
  try { name = fn.name; } catch (e) { /* getter threw */ }
  if (typeof name !== 'string') name = '';
  if (isClassCtor(fn)) {
    var s = '[class ' + (name || '(anonymous)');
    var sup = getProto(fn);
    if (sup !== Function.prototype && sup !== null && typeof sup === 'function' && sup.name) s += ' extends ' + sup.name;
    return s + ']';
  }
  if (isProtoOf.call(AsyncFunctionProto, fn)) return '[AsyncFunction' + (name ? ': ' + name : ' (anonymous)') + ']';
  if (isProtoOf.call(GeneratorFunctionProto, fn)) return '[GeneratorFunction' + (name ? ': ' + name : ' (anonymous)') + ']';
  return '[Function' + (name ? ': ' + name : '') + ']';
}

function formatError(value) {
  var s;
  try { s = errorToString.call(value); } catch (e) { s = 'Error'; }
  return '[' + s + ']';
}

// ownKeys lists the keys inspect shows; hasSyms (from b.hasSymbols) spares
// the empty symbol array most objects would get.
function ownKeys(value, showHidden, hasSyms) {
  var keys = showHidden ? Object.getOwnPropertyNames(value) : Object.keys(value);
  if (hasSyms) {
    var syms = Object.getOwnPropertySymbols(value);
    for (var i = 0; i < syms.length; i++) {
      if (showHidden || propIsEnum.call(value, syms[i])) keys.push(syms[i]);
    }
  }
  return keys;
}

// classPrefix returns 'Name ' for instances of ES6 classes (v0.10 had no
// classes; plain constructor functions and null-prototype objects keep
// v0.10's bare braces).
function classPrefix(value) {
  var proto;
  try { proto = getProto(value); } catch (e) { return ''; }
  if (proto === null || proto === Object.prototype || proto === Array.prototype || proto === Function.prototype) return '';
  for (var n = 0; proto !== null && n < 1000; n++) {
    var d = getOwnDesc(proto, 'constructor');
    if (d !== undefined) {
      var c = d.value;
      if (typeof c === 'function' && c.name && isClassCtor(c)) return c.name + ' ';
      return '';
    }
    proto = getProto(proto);
  }
  return '';
}

function ctorName(value, fallback) {
  try {
    var c = value.constructor;
    if (typeof c === 'function' && typeof c.name === 'string' && c.name) return c.name;
  } catch (e) { /* ignore */ }
  return fallback;
}

function moreItems(n) {
  return '... ' + n + ' more item' + (n > 1 ? 's' : '');
}

function formatValue(ctx, value, recurseTimes) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    return formatPrimitive(ctx, value);
  }

  if (ctx.customInspect) {
    var custom;
    try {
      custom = value[customInspectSymbol];
      if (typeof custom !== 'function') custom = value.inspect;
    } catch (e) {
      custom = undefined;
    }
    if (typeof custom === 'function' && custom !== inspect) {
      var ctor;
      try { ctor = value.constructor; } catch (e) { ctor = undefined; }
      if (!(ctor && ctor.prototype === value)) {
        var ret = custom.call(value, recurseTimes, ctx, inspect);
        if (ret !== value) {
          if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
          return ret;
        }
      }
    }
  }

  var kind = b.kind(value);
  // v0.10 treats anything inheriting from Error.prototype as an error.
  if (kind === '' && isProtoOf.call(Error.prototype, value)) kind = 'error';
  var isFn = typeof value === 'function';
  var hasSyms = b.hasSymbols(value);
  var keys = ownKeys(value, ctx.showHidden, hasSyms);

  // Objects without properties (v0.10 shortcut).
  if (keys.length === 0) {
    if (isFn) return ctx.stylize(functionBase(value), 'special');
    if (kind === 'regexp') return ctx.stylize(regexpToString.call(value), 'regexp');
    if (kind === 'date') return ctx.stylize(dateToString.call(value), 'date');
    if (kind === 'error') return formatError(value);
  }

  var base = '';
  var open = '{';
  var close = '}';
  var isArray = kind === 'array' || (kind === 'proxy' && Array.isArray(value));
  var ta = kind === 'typedarray' ? taTag(value) : undefined;
  var depthName = 'Object';
  var extra = 0; // entries that are not keys (Map/Set items, …)
  var prefix;

  if (isArray) {
    open = '[';
    close = ']';
    extra = value.length;
  } else if (ta !== undefined) {
    extra = typedArrayLength.call(value);
    prefix = ctorName(value, ta);
    open = prefix + '(' + extra + ') ' + (prefix !== ta ? '[' + ta + '] ' : '') + '[';
    close = ']';
    depthName = ta;
  } else if (isFn) {
    base = ' ' + functionBase(value);
  } else if (kind === 'regexp') {
    base = ' ' + regexpToString.call(value);
  } else if (kind === 'date') {
    base = ' ' + Date.prototype.toUTCString.call(value);
  } else if (kind === 'error') {
    base = ' ' + formatError(value);
  } else if (kind === 'map' || kind === 'set') {
    extra = kind === 'map' ? mapSize.call(value) : setSize.call(value);
    var tname = kind === 'map' ? 'Map' : 'Set';
    prefix = ctorName(value, tname);
    open = prefix + '(' + extra + ') ' + (prefix !== tname ? '[' + tname + '] ' : '') + '{';
    depthName = tname;
  } else if (kind === 'promise') {
    open = 'Promise {';
    extra = 1;
    depthName = 'Promise';
  } else if (kind === 'arraybuffer') {
    open = 'ArrayBuffer {';
    extra = 2;
    depthName = 'ArrayBuffer';
  } else if (kind === 'symbol') {
    base = ' [Symbol: ' + symToString.call(value.valueOf()) + ']';
  } else if (kind === 'bigint') {
    base = ' [BigInt: ' + value.valueOf() + 'n]';
  } else if (ArrayBuffer.isView(value)) {
    open = 'DataView {';
    extra = 3;
    depthName = 'DataView';
  } else if (kind !== '' || hasSyms || getProto(value) !== Object.prototype) {
    // (A plain object has no tag nor class name to show.)
    var tag = objToString.call(value);
    if ((tag === '[object WeakMap]' && types.isWeakMap(value)) || (tag === '[object WeakSet]' && types.isWeakSet(value))) {
      depthName = tag.slice(8, -1);
      open = depthName + ' {';
      extra = 1;
    } else {
      prefix = classPrefix(value);
      if (prefix !== '') {
        open = prefix + '{';
        depthName = prefix.slice(0, -1);
      }
    }
  }

  if (keys.length === 0 && extra === 0) {
    if (base !== '') return base.slice(1);
    return open + close;
  }

  if (recurseTimes < 0) {
    if (kind === 'regexp') return ctx.stylize(regexpToString.call(value), 'regexp');
    return ctx.stylize('[' + depthName + ']', 'special');
  }

  ctx.seen.push(value);
  var output = [];
  var start = 0;
  if (isArray) {
    start = formatArrayItems(ctx, value, recurseTimes, output);
  } else if (ta !== undefined) {
    start = formatTypedArrayItems(ctx, value, recurseTimes, output);
  } else if (kind === 'map') {
    formatMapItems(ctx, value, recurseTimes, output);
  } else if (kind === 'set') {
    formatSetItems(ctx, value, recurseTimes, output);
  } else if (kind === 'promise') {
    var st = b.promiseState(value);
    if (st[0] === 'pending') output.push('<pending>');
    else {
      var ps = formatChild(ctx, st[1], recurseTimes, true);
      output.push(st[0] === 'rejected' ? '<rejected> ' + ps : ps);
    }
  } else if (kind === 'arraybuffer') {
    output.push('[Uint8Contents]: ' + hexContents(value, 0, abByteLength.call(value), ctx));
    output.push('byteLength: ' + formatNumber(ctx, abByteLength.call(value)));
  } else if (open === 'DataView {') {
    output.push('byteLength: ' + formatNumber(ctx, value.byteLength));
    output.push('byteOffset: ' + formatNumber(ctx, value.byteOffset));
    output.push('buffer: ' + formatChild(ctx, value.buffer, recurseTimes, false));
  } else if (extra === 1 && (depthName === 'WeakMap' || depthName === 'WeakSet')) {
    output.push(ctx.stylize('<items unknown>', 'special'));
  }
  var propsFrom = output.length;
  for (var i = start; i < keys.length; i++) {
    output.push(formatProperty(ctx, value, recurseTimes, keys[i], isArray));
  }
  ctx.seen.pop();

  if (ctx.sorted && !isArray && ta === undefined) {
    var props = output.slice(propsFrom);
    if (typeof ctx.sorted === 'function') props.sort(ctx.sorted);
    else props.sort();
    output = output.slice(0, propsFrom).concat(props);
  }

  return reduceToSingleString(ctx, output, base, open, close);
}

function hexContents(ab, offset, len, ctx) {
  var u8 = new Uint8Array(ab, offset, len);
  var n = len;
  var max = ctx.maxArrayLength;
  if (n > max) n = max;
  var parts = new Array(n);
  for (var i = 0; i < n; i++) {
    var h = u8[i].toString(16);
    parts[i] = h.length === 1 ? '0' + h : h;
  }
  var s = '<' + parts.join(' ');
  if (len > n) s += ' ' + moreItems(len - n);
  return s + '>';
}

// formatArrayItems formats elements 0..length-1 (holes as empty entries, as
// v0.10 does) and returns how many of the own keys were array indices.
function formatArrayItems(ctx, value, recurseTimes, output) {
  var len = value.length;
  var max = ctx.maxArrayLength;
  var present = 0;
  var shown = len > max ? max : len;
  for (var i = 0; i < len; i++) {
    if (i >= shown) {
      if (hasOwn.call(value, i)) present++;
      continue;
    }
    var desc = getOwnDesc(value, i);
    if (desc === undefined) {
      output.push('');
      continue;
    }
    present++;
    if (desc.enumerable && desc.get === undefined && desc.set === undefined) {
      output.push(formatChild(ctx, desc.value, recurseTimes, true));
    } else {
      output.push(formatProperty(ctx, value, recurseTimes, String(i), true, desc));
    }
  }
  if (len > shown) output.push(moreItems(len - shown));
  return present;
}

function formatTypedArrayItems(ctx, value, recurseTimes, output) {
  var len = typedArrayLength.call(value);
  var max = ctx.maxArrayLength;
  var shown = len > max ? max : len;
  for (var i = 0; i < shown; i++) {
    output.push(formatPrimitive(ctx, value[i]));
  }
  if (len > shown) output.push(moreItems(len - shown));
  return len;
}

function formatMapItems(ctx, value, recurseTimes, output) {
  var max = ctx.maxArrayLength;
  var n = 0;
  var total = mapSize.call(value);
  mapForEach.call(value, function (v, k) {
    if (n++ >= max) return;
    output.push(formatChild(ctx, k, recurseTimes, true) + ' => ' + formatChild(ctx, v, recurseTimes, true));
  });
  if (total > max) output.push(moreItems(total - max));
}

function formatSetItems(ctx, value, recurseTimes, output) {
  var max = ctx.maxArrayLength;
  var n = 0;
  var total = setSize.call(value);
  setForEach.call(value, function (v) {
    if (n++ >= max) return;
    output.push(formatChild(ctx, v, recurseTimes, true));
  });
  if (total > max) output.push(moreItems(total - max));
}

// formatChild formats a nested value one level deeper, with v0.10's
// [Circular] marker and continuation-line indentation.
function formatChild(ctx, v, recurseTimes, arrayStyle) {
  if (typeof v !== 'object' && typeof v !== 'function') return formatPrimitive(ctx, v);
  if (v === null) return ctx.colors ? ctx.stylize('null', 'null') : 'null';
  if (ctx.seen.indexOf(v) !== -1) {
    return ctx.stylize('[Circular]', 'special');
  }
  var str = formatValue(ctx, v, recurseTimes - 1);
  if (str.indexOf('\n') !== -1) {
    if (arrayStyle) str = str.replaceAll('\n', '\n  ');
    else str = '\n   ' + str.replaceAll('\n', '\n   ');
  }
  return str;
}

function formatProperty(ctx, value, recurseTimes, key, isArray, desc) {
  var name, str;
  if (desc === undefined) desc = getOwnDesc(value, key) || { value: value[key], enumerable: true };
  if (desc.get) {
    var label = desc.set ? 'Getter/Setter' : 'Getter';
    if (ctx.getters && (ctx.getters === true ||
      (ctx.getters === 'get' && !desc.set) || (ctx.getters === 'set' && desc.set))) {
      try {
        var got = desc.get.call(value);
        str = ctx.stylize('[' + label + ':', 'special') + ' ' + formatChild(ctx, got, recurseTimes, true) + ctx.stylize(']', 'special');
      } catch (e) {
        str = ctx.stylize('[' + label + ': <Inspection threw (' + e.message + ')>]', 'special');
      }
    } else {
      str = ctx.stylize('[' + label + ']', 'special');
    }
  } else if (desc.set) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = formatChild(ctx, desc.value, recurseTimes, isArray);
  }
  if (typeof key === 'symbol') {
    name = '[' + ctx.stylize(symToString.call(key), 'symbol') + ']';
    if (!desc.enumerable) name = '[' + name + ']';
    return name + ': ' + str;
  }
  if (!desc.enumerable) {
    name = '[' + key + ']';
  } else {
    if (isArray && indexRe.test(key)) return str;
    var cached = keyCache.get(key);
    if (cached === undefined) {
      cached = identRe.test(key) ? 1 : quoteString(key);
      if (keyCache.size >= 2048) keyCache.clear();
      keyCache.set(key, cached);
    }
    if (!ctx.colors) name = cached === 1 ? key : cached;
    else if (cached === 1) name = ctx.stylize(key, 'name');
    else name = ctx.stylize(cached, 'string');
  }
  return name + ': ' + str;
}

// keyCache remembers how property names print (1: bare identifier, else
// the quoted form): big inspected data repeats the same keys.
var keyCache = new Map();

var colorRe = /\u001b\[\d\d?m/g;

function reduceToSingleString(ctx, output, base, open, close) {
  var length = 0;
  for (var i = 0; i < output.length; i++) {
    var s = output[i];
    if (ctx.colors) s = s.replace(colorRe, '');
    length += s.length + 1;
  }
  if (length > ctx.breakLength) {
    return open + (base === '' ? '' : base + '\n ') + ' ' + output.join(',\n  ') + ' ' + close;
  }
  return open + base + ' ' + output.join(', ') + ' ' + close;
}

Object.defineProperty(inspect, 'length', { value: 2 });
Object.defineProperty(inspect, 'defaultOptions', {
  enumerable: false,
  configurable: true,
  get: function () { return defaultOptions; },
  set: function (opts) {
    if (opts === null || typeof opts !== 'object') throw invalidArgType('options', 'of type object', opts);
    var keys = Object.keys(opts);
    for (var i = 0; i < keys.length; i++) defaultOptions[keys[i]] = opts[keys[i]];
  }
});
inspect.colors = colors;
inspect.styles = styles;
Object.defineProperty(inspect, 'custom', { value: customInspectSymbol, enumerable: false, writable: false, configurable: false });

// ---------------------------------------------------------------- format

// String methods called through .call: a method call on a primitive
// string makes goja build a String wrapper first.
var strIndexOf = String.prototype.indexOf;
var strSlice = String.prototype.slice;
var strCharCodeAt = String.prototype.charCodeAt;

// formatOne formats one argument for the directive with character code ch
// (s d i f j o O c), or returns undefined for other characters.
function formatOne(ch, a, inspectOpts) {
  switch (ch) {
    case 115: // s
      if (typeof a === 'bigint') return a + 'n';
      return String(a);
    case 100: // d
      if (typeof a === 'bigint') return a + 'n';
      if (typeof a === 'symbol') return 'NaN';
      return String(Number(a));
    case 105: // i
      if (typeof a === 'bigint') return a + 'n';
      if (typeof a === 'symbol') return 'NaN';
      return String(parseInt(a));
    case 102: // f
      if (typeof a === 'symbol') return 'NaN';
      return String(parseFloat(a));
    case 106: // j
      try {
        return String(JSON.stringify(a));
      } catch (e) {
        if (/circular/i.test(e && e.message)) return '[Circular]';
        throw e;
      }
    case 111: // o
      return inspect(a, mergeOpts(inspectOpts, { showHidden: true, showProxy: true, depth: 4 }));
    case 79: // O
      return inspect(a, inspectOpts);
    case 99: // c
      return '';
  }
  return undefined;
}

function formatArgs(inspectOpts, args) {
  var f = args[0];
  var len = args.length;
  var i;
  if (typeof f !== 'string') {
    var objects = new Array(len);
    for (i = 0; i < len; i++) objects[i] = inspect(args[i], inspectOpts);
    return objects.join(' ');
  }
  i = 1;
  var str = f;
  var pct = strIndexOf.call(f, '%');
  if (pct !== -1) {
    var out = [];
    var last = 0;
    var flen = f.length;
    while (pct !== -1 && pct + 1 < flen) {
      var c = strCharCodeAt.call(f, pct + 1);
      var rep;
      if (c === 37) { // %%
        rep = '%';
      } else if (i >= len || (rep = formatOne(c, args[i], inspectOpts)) === undefined) {
        pct = strIndexOf.call(f, '%', pct + 1);
        continue;
      } else {
        i++;
      }
      out.push(strSlice.call(f, last, pct), rep);
      last = pct + 2;
      pct = strIndexOf.call(f, '%', last);
    }
    if (last !== 0) {
      out.push(strSlice.call(f, last));
      str = out.join('');
    }
  }
  if (i >= len) return str;
  var parts = [str];
  for (; i < len; i++) {
    var x = args[i];
    if (typeof x === 'object' && x !== null) parts.push(inspect(x, inspectOpts));
    else if (typeof x === 'bigint') parts.push(x + 'n');
    else parts.push(String(x));
  }
  return parts.join(' ');
}

function mergeOpts(a, bb) {
  var o = {};
  var k, i;
  if (a) { k = Object.keys(a); for (i = 0; i < k.length; i++) o[k[i]] = a[k[i]]; }
  k = Object.keys(bb);
  for (i = 0; i < k.length; i++) o[k[i]] = bb[k[i]];
  return o;
}

function format(...args) {
  return formatArgs(undefined, args);
}

function formatWithOptions(inspectOptions) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    throw invalidArgType('inspectOptions', 'of type object', inspectOptions);
  }
  return formatArgs(inspectOptions, Array.prototype.slice.call(arguments, 1));
}

// ---------------------------------------------------------------- output

function proc() {
  return typeof process !== 'undefined' ? process : undefined;
}

function debug(x) {
  proc().stderr.write('DEBUG: ' + x + '\n');
}

function error() {
  for (var i = 0, len = arguments.length; i < len; ++i) {
    proc().stderr.write(arguments[i] + '\n');
  }
}

function puts() {
  for (var i = 0, len = arguments.length; i < len; ++i) {
    proc().stdout.write(arguments[i] + '\n');
  }
}

function print() {
  for (var i = 0, len = arguments.length; i < len; ++i) {
    proc().stdout.write(String(arguments[i]));
  }
}

var months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function pad(n) {
  return n < 10 ? '0' + n.toString(10) : n.toString(10);
}

function timestamp() {
  var d = new Date();
  var time = [pad(d.getHours()), pad(d.getMinutes()), pad(d.getSeconds())].join(':');
  return [d.getDate(), months[d.getMonth()], time].join(' ');
}

function log() {
  proc().stdout.write(timestamp() + ' - ' + formatArgs(undefined, arguments) + '\n');
}

var debugSections = null;

function debuglog(section, cb) {
  section = String(section).toUpperCase();
  var enabled;
  var logger = function () {
    if (enabled === undefined) {
      if (debugSections === null) {
        var p = proc();
        var env = (p && p.env && p.env.NODE_DEBUG) || '';
        debugSections = env.split(/[\s,]+/).filter(Boolean).map(function (s) {
          return new RegExp('^' + s.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*') + '$', 'i');
        });
      }
      enabled = debugSections.some(function (re) { return re.test(section); });
      if (typeof cb === 'function') cb(enabled ? logger : function () {});
    }
    if (!enabled) return;
    var p2 = proc();
    p2.stderr.write(section + ' ' + p2.pid + ': ' + formatArgs(undefined, arguments) + '\n');
  };
  Object.defineProperty(logger, 'enabled', {
    enumerable: true,
    configurable: true,
    get: function () {
      if (enabled === undefined) {
        var p = proc();
        var env = (p && p.env && p.env.NODE_DEBUG) || '';
        if (debugSections === null) {
          debugSections = env.split(/[\s,]+/).filter(Boolean).map(function (s) {
            return new RegExp('^' + s.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*') + '$', 'i');
          });
        }
        return debugSections.some(function (re) { return re.test(section); });
      }
      return enabled;
    }
  });
  return logger;
}

// ---------------------------------------------------------------- misc

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw invalidArgType('ctor', 'of type function', ctor);
  if (superCtor === undefined || superCtor === null) throw invalidArgType('superCtor', 'of type function', superCtor);
  if (superCtor.prototype === undefined) throw invalidArgType('superCtor.prototype', 'of type object', superCtor.prototype);
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true, enumerable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function _extend(origin, add) {
  if (add === null || typeof add !== 'object') return origin;
  var keys = Object.keys(add);
  var i = keys.length;
  while (i--) origin[keys[i]] = add[keys[i]];
  return origin;
}

var codesWarned = Object.create(null);

function warn(msg) {
  var p = proc();
  if (p && p.noDeprecation === true) return;
  if (p && p.throwDeprecation) throw new Error(msg);
  if (p && p.traceDeprecation) console.trace(msg);
  else console.error(msg);
}

function deprecate(fn, msg, code) {
  if (typeof fn !== 'function') throw invalidArgType('fn', 'of type function', fn);
  var p = proc();
  if (p && p.noDeprecation === true) return fn;
  var warned = false;
  function deprecated() {
    if (!warned) {
      warned = true;
      if (code === undefined || !codesWarned[code]) {
        if (code !== undefined) codesWarned[code] = true;
        warn(msg);
      }
    }
    if (new.target) return Reflect.construct(fn, arguments, new.target);
    return fn.apply(this, arguments);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

function pumpImpl(readStream, writeStream, callback) {
  var called = false;
  function done(err) {
    if (callback && !called) {
      called = true;
      callback(err);
    }
  }
  readStream.addListener('data', function (chunk) {
    if (writeStream.write(chunk) === false) readStream.pause();
  });
  writeStream.addListener('drain', function () {
    readStream.resume();
  });
  readStream.addListener('end', function () {
    writeStream.end();
  });
  readStream.addListener('close', function () {
    done();
  });
  readStream.addListener('error', function (err) {
    writeStream.end();
    done(err);
  });
  writeStream.addListener('error', function (err) {
    readStream.destroy();
    done(err);
  });
}

function promisify(original) {
  if (typeof original !== 'function') throw invalidArgType('original', 'of type function', original);
  if (original[customPromisifySymbol]) {
    var c = original[customPromisifySymbol];
    if (typeof c !== 'function') throw invalidArgType('util.promisify.custom', 'of type function', c);
    Object.defineProperty(c, customPromisifySymbol, { value: c, enumerable: false, writable: false, configurable: true });
    return c;
  }
  var argNames = original[customPromisifyArgsSymbol];
  function fn() {
    var self = this;
    var args = Array.prototype.slice.call(arguments);
    return new Promise(function (resolve, reject) {
      args.push(function (err) {
        if (err) return reject(err);
        if (argNames !== undefined && arguments.length > 2) {
          var obj = {};
          for (var i = 0; i < argNames.length; i++) obj[argNames[i]] = arguments[i + 1];
          resolve(obj);
        } else {
          resolve(arguments[1]);
        }
      });
      Reflect.apply(original, self, args);
    });
  }
  Object.setPrototypeOf(fn, getProto(original));
  Object.defineProperty(fn, customPromisifySymbol, { value: fn, enumerable: false, writable: false, configurable: true });
  var descs = Object.getOwnPropertyDescriptors(original);
  var dk = Reflect.ownKeys(descs);
  for (var i = 0; i < dk.length; i++) {
    try { Object.defineProperty(fn, dk[i], descs[dk[i]]); } catch (e) { /* non-configurable */ }
  }
  return fn;
}
Object.defineProperty(promisify, 'custom', { value: customPromisifySymbol, enumerable: false, writable: false, configurable: false });

function callbackifyOnRejected(reason, cb) {
  if (!reason) {
    var e = nodeError(Error, 'ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value');
    e.reason = reason;
    reason = e;
  }
  return cb(reason);
}

function nextTick(fn, a, b2) {
  var p = proc();
  if (p && typeof p.nextTick === 'function') p.nextTick(fn, a, b2);
  else Promise.resolve().then(function () { fn(a, b2); });
}

function callbackify(original) {
  if (typeof original !== 'function') throw invalidArgType('original', 'of type function', original);
  function callbackified() {
    var args = Array.prototype.slice.call(arguments);
    var maybeCb = args.pop();
    if (typeof maybeCb !== 'function') throw invalidArgType('last argument', 'of type function', maybeCb);
    var self = this;
    var cb = function (a, b2) { return maybeCb.call(self, a, b2); };
    Reflect.apply(original, this, args).then(function (ret) {
      nextTick(cb, null, ret);
    }, function (rej) {
      nextTick(callbackifyOnRejected, rej, cb);
    });
  }
  var descs = Object.getOwnPropertyDescriptors(original);
  if (descs.length && typeof descs.length.value === 'number') descs.length.value++;
  if (descs.name && typeof descs.name.value === 'string') descs.name.value += 'Callbackified';
  var dk = Reflect.ownKeys(descs);
  for (var i = 0; i < dk.length; i++) {
    if (dk[i] === 'prototype') continue;
    try { Object.defineProperty(callbackified, dk[i], descs[dk[i]]); } catch (e) { /* non-configurable */ }
  }
  Object.setPrototypeOf(callbackified, getProto(original));
  return callbackified;
}

var errnoNames = {
  1: 'EPERM', 2: 'ENOENT', 3: 'ESRCH', 4: 'EINTR', 5: 'EIO', 6: 'ENXIO', 7: 'E2BIG', 8: 'ENOEXEC', 9: 'EBADF',
  10: 'ECHILD', 11: 'EAGAIN', 12: 'ENOMEM', 13: 'EACCES', 14: 'EFAULT', 16: 'EBUSY', 17: 'EEXIST', 18: 'EXDEV',
  19: 'ENODEV', 20: 'ENOTDIR', 21: 'EISDIR', 22: 'EINVAL', 23: 'ENFILE', 24: 'EMFILE', 25: 'ENOTTY', 26: 'ETXTBSY',
  27: 'EFBIG', 28: 'ENOSPC', 29: 'ESPIPE', 30: 'EROFS', 31: 'EMLINK', 32: 'EPIPE', 33: 'EDOM', 34: 'ERANGE',
  36: 'ENAMETOOLONG', 38: 'ENOSYS', 39: 'ENOTEMPTY', 40: 'ELOOP', 61: 'ENODATA', 62: 'ETIME', 71: 'EPROTO',
  75: 'EOVERFLOW', 84: 'EILSEQ', 88: 'ENOTSOCK', 89: 'EDESTADDRREQ', 90: 'EMSGSIZE', 91: 'EPROTOTYPE',
  92: 'ENOPROTOOPT', 93: 'EPROTONOSUPPORT', 94: 'ESOCKTNOSUPPORT', 95: 'ENOTSUP', 97: 'EAFNOSUPPORT',
  98: 'EADDRINUSE', 99: 'EADDRNOTAVAIL', 100: 'ENETDOWN', 101: 'ENETUNREACH', 103: 'ECONNABORTED',
  104: 'ECONNRESET', 105: 'ENOBUFS', 106: 'EISCONN', 107: 'ENOTCONN', 108: 'ESHUTDOWN', 110: 'ETIMEDOUT',
  111: 'ECONNREFUSED', 112: 'EHOSTDOWN', 113: 'EHOSTUNREACH', 114: 'EALREADY', 115: 'EINPROGRESS',
  122: 'EDQUOT', 125: 'ECANCELED'
};

function getSystemErrorName(err) {
  if (typeof err !== 'number') throw invalidArgType('err', 'of type number', err);
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw nodeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "err" is out of range. It must be a negative integer. Received ' + err);
  }
  return errnoNames[-err] || ('Unknown system error ' + err);
}

function toUSVString(s) {
  return String(s).replace(/[\ud800-\udbff](?![\udc00-\udfff])|(^|[^\ud800-\udbff])[\udc00-\udfff]/g, function (m, pre) {
    return pre === undefined ? '\ufffd' : pre + '\ufffd';
  });
}

var ansiRe = /[\u001B\u009B][[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g;

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') throw invalidArgType('str', 'of type string', str);
  return str.replace(ansiRe, '');
}

// ---------------------------------------------------------------- deep equality

function isBufferLike(v) {
  var B = getBuffer();
  return B !== undefined && B.isBuffer(v);
}

var BufferCtor;
function getBuffer() {
  if (BufferCtor !== undefined) return BufferCtor;
  try {
    var B = typeof Buffer === 'function' ? Buffer : require('buffer').Buffer;
    if (typeof B === 'function' && typeof B.isBuffer === 'function') BufferCtor = B;
  } catch (e) { /* buffer not available */ }
  return BufferCtor;
}

function regexpFlags(r) {
  return r.flags;
}

// deepEqual implements assert.deepEqual (loose: v0.10 semantics, plus
// Map/Set contents) and assert.deepStrictEqual (strict: v20 semantics).
// Cycles are handled by tracking the pairs being compared.
function deepEqual(a, b2, strict) {
  return innerEq(a, b2, strict, { a: [], b: [] });
}

function innerEq(a, b2, strict, memo) {
  if (a === b2) return !strict || a !== 0 || 1 / a === 1 / b2;
  var ta = typeof a, tb = typeof b2;
  if (strict) {
    if (a === null || b2 === null || ta !== 'object' || tb !== 'object') {
      return a !== a && b2 !== b2; // NaN; functions compare by identity
    }
    if (getProto(a) !== getProto(b2)) return false;
    if (objToString.call(a) !== objToString.call(b2)) return false;
  } else {
    if (isBufferLike(a) && isBufferLike(b2)) return bytesEqual(a, b2);
    var ka0 = kindOf(a), kb0 = kindOf(b2);
    if (ka0 === 'date' && kb0 === 'date') return dateGetTime.call(a) === dateGetTime.call(b2);
    if (ka0 === 'regexp' && kb0 === 'regexp') {
      return a.source === b2.source && a.global === b2.global && a.multiline === b2.multiline &&
        a.lastIndex === b2.lastIndex && a.ignoreCase === b2.ignoreCase;
    }
    var oa = ta === 'object' && a !== null, ob = tb === 'object' && b2 !== null;
    if (!oa && !ob) return a == b2; // eslint-disable-line eqeqeq
    if (a === null || a === undefined || b2 === null || b2 === undefined) return false;
    if (!isObjectLike(a) || !isObjectLike(b2)) return false;
  }
  var ia = memo.a.lastIndexOf(a);
  var ib = memo.b.lastIndexOf(b2);
  if (ia !== -1 || ib !== -1) return ia === ib;
  memo.a.push(a);
  memo.b.push(b2);
  var r = strict ? strictObjEquiv(a, b2, memo) : looseObjEquiv(a, b2, memo);
  memo.a.pop();
  memo.b.pop();
  return r;
}

function bytesEqual(a, b2) {
  if (a.length !== b2.length) return false;
  for (var i = 0; i < a.length; i++) if (a[i] !== b2[i]) return false;
  return true;
}

function looseObjEquiv(a, b2, memo) {
  if (a.prototype !== b2.prototype) return false;
  var ka = kindOf(a), kb = kindOf(b2);
  if ((ka === 'arguments') !== (kb === 'arguments')) return false;
  if (ka === 'arguments') {
    return innerEq(Array.prototype.slice.call(a), Array.prototype.slice.call(b2), false, memo);
  }
  if ((ka === 'map') !== (kb === 'map') || (ka === 'set') !== (kb === 'set')) return false;
  if (ka === 'map' && !mapEquiv(a, b2, false, memo)) return false;
  if (ka === 'set' && !setEquiv(a, b2, false, memo)) return false;
  var keysA, keysB;
  try {
    keysA = Object.keys(a);
    keysB = Object.keys(b2);
  } catch (e) {
    return false;
  }
  if (keysA.length !== keysB.length) return false;
  keysA.sort();
  keysB.sort();
  var i;
  for (i = keysA.length - 1; i >= 0; i--) {
    if (keysA[i] !== keysB[i]) return false;
  }
  for (i = keysA.length - 1; i >= 0; i--) {
    var key = keysA[i];
    if (!innerEq(a[key], b2[key], false, memo)) return false;
  }
  return true;
}

function enumKeys(o) {
  var keys = Object.keys(o);
  var syms = Object.getOwnPropertySymbols(o);
  for (var i = 0; i < syms.length; i++) if (propIsEnum.call(o, syms[i])) keys.push(syms[i]);
  return keys;
}

function strictObjEquiv(a, b2, memo) {
  var ka = kindOf(a), kb = kindOf(b2);
  if (ka !== kb) return false;
  var i;
  if (Array.isArray(a)) {
    if (!Array.isArray(b2) || a.length !== b2.length) return false;
  } else if (ka === 'date') {
    if (dateGetTime.call(a) !== dateGetTime.call(b2)) return false;
  } else if (ka === 'regexp') {
    if (a.source !== b2.source || regexpFlags(a) !== regexpFlags(b2) || a.lastIndex !== b2.lastIndex) return false;
  } else if (ka === 'error') {
    if (a.message !== b2.message || a.name !== b2.name) return false;
  } else if (ka === 'number' || ka === 'string' || ka === 'boolean' || ka === 'bigint' || ka === 'symbol') {
    if (!Object.is(a.valueOf(), b2.valueOf())) return false;
  } else if (ka === 'typedarray') {
    var tag = taTag(a);
    if (tag !== taTag(b2)) return false;
    var la = typedArrayLength.call(a);
    if (la !== typedArrayLength.call(b2)) return false;
    if (tag === 'Float32Array' || tag === 'Float64Array') {
      for (i = 0; i < la; i++) if (a[i] !== b2[i]) return false;
    } else {
      for (i = 0; i < la; i++) if (!Object.is(a[i], b2[i])) return false;
    }
    // Own index keys are compared above; compare only the other keys.
    return keysEquiv(a, b2, true, memo, true);
  } else if (ka === 'arraybuffer') {
    if (!bytesEqual(new Uint8Array(a), new Uint8Array(b2))) return false;
  } else if (ka === 'map') {
    if (!mapEquiv(a, b2, true, memo)) return false;
  } else if (ka === 'set') {
    if (!setEquiv(a, b2, true, memo)) return false;
  } else if (types.isWeakMap(a) || types.isWeakSet(a)) {
    return false;
  }
  return keysEquiv(a, b2, true, memo, false);
}

function keysEquiv(a, b2, strict, memo, skipIndices) {
  var keysA = enumKeys(a);
  var keysB = enumKeys(b2);
  if (skipIndices) {
    keysA = keysA.filter(function (k) { return typeof k !== 'string' || !indexRe.test(k); });
    keysB = keysB.filter(function (k) { return typeof k !== 'string' || !indexRe.test(k); });
  }
  if (keysA.length !== keysB.length) return false;
  var i;
  for (i = 0; i < keysA.length; i++) {
    if (!propIsEnum.call(b2, keysA[i])) return false;
  }
  for (i = 0; i < keysA.length; i++) {
    if (!innerEq(a[keysA[i]], b2[keysA[i]], strict, memo)) return false;
  }
  return true;
}

function mapEquiv(a, b2, strict, memo) {
  if (mapSize.call(a) !== mapSize.call(b2)) return false;
  var pending = null;
  var ok = true;
  mapForEach.call(a, function (v, k) {
    if (!ok) return;
    if (isObjectLike(k)) {
      (pending || (pending = [])).push([k, v]);
    } else if (b2.has(k)) {
      if (!innerEq(v, b2.get(k), strict, memo)) ok = false;
    } else if (!strict) {
      (pending || (pending = [])).push([k, v]);
    } else {
      ok = false;
    }
  });
  if (!ok) return false;
  if (pending === null) return true;
  var candidates = [];
  mapForEach.call(b2, function (v, k) {
    if (isObjectLike(k) || (!strict && !a.has(k))) candidates.push([k, v]);
  });
  for (var i = 0; i < pending.length; i++) {
    var found = -1;
    for (var j = 0; j < candidates.length; j++) {
      if (candidates[j] !== null && innerEq(pending[i][0], candidates[j][0], strict, memo) &&
        innerEq(pending[i][1], candidates[j][1], strict, memo)) {
        found = j;
        break;
      }
    }
    if (found === -1) return false;
    candidates[found] = null;
  }
  return true;
}

function setEquiv(a, b2, strict, memo) {
  if (setSize.call(a) !== setSize.call(b2)) return false;
  var pending = null;
  var ok = true;
  setForEach.call(a, function (v) {
    if (!ok) return;
    if (isObjectLike(v) || (!strict && !b2.has(v))) {
      (pending || (pending = [])).push(v);
    } else if (!b2.has(v)) {
      ok = false;
    }
  });
  if (!ok) return false;
  if (pending === null) return true;
  var candidates = [];
  setForEach.call(b2, function (v) {
    if (isObjectLike(v) || (!strict && !a.has(v))) candidates.push(v);
  });
  for (var i = 0; i < pending.length; i++) {
    var found = -1;
    for (var j = 0; j < candidates.length; j++) {
      if (candidates[j] !== undefined && innerEq(pending[i], candidates[j], strict, memo)) {
        found = j;
        break;
      }
    }
    if (found === -1) return false;
    candidates[found] = undefined;
  }
  return true;
}

function isDeepStrictEqual(a, b2) {
  return deepEqual(a, b2, true);
}

// ---------------------------------------------------------------- TextEncoder / TextDecoder

var kDecoder = Symbol('decoder');
var kEncoding = Symbol('encoding');
var kFatal = Symbol('fatal');
var kIgnoreBOM = Symbol('ignoreBOM');

class TextEncoder {
  get encoding() {
    return 'utf-8';
  }

  encode(input) {
    if (input === undefined) input = '';
    return new Uint8Array(b.encodeUTF8(String(input)));
  }

  encodeInto(src, dest) {
    if (typeof src !== 'string') throw invalidArgType('src', 'of type string', src);
    if (taTag(dest) !== 'Uint8Array') throw invalidArgType('dest', 'an instance of Uint8Array', dest);
    var r = b.encodeInto(src, dest);
    return { read: r[0], written: r[1] };
  }
}

function toBytes(input) {
  if (input === undefined || input === null) return null;
  if (kindOf(input) === 'arraybuffer') return new Uint8Array(input);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  throw invalidArgType('input', 'an instance of ArrayBuffer or ArrayBufferView', input);
}

class TextDecoder {
  constructor(encoding, options) {
    if (encoding === undefined) encoding = 'utf-8';
    encoding = String(encoding);
    if (options === undefined || options === null) options = {};
    else if (typeof options !== 'object') throw invalidArgType('options', 'of type object', options);
    var enc = b.normalizeEncoding(encoding);
    if (enc === undefined) {
      throw nodeError(RangeError, 'ERR_ENCODING_NOT_SUPPORTED', 'The "' + encoding + '" encoding is not supported');
    }
    var fatal = Boolean(options.fatal);
    var ignoreBOM = Boolean(options.ignoreBOM);
    Object.defineProperty(this, kEncoding, { value: enc });
    Object.defineProperty(this, kFatal, { value: fatal });
    Object.defineProperty(this, kIgnoreBOM, { value: ignoreBOM });
    Object.defineProperty(this, kDecoder, { value: b.newDecoder(enc, fatal, ignoreBOM) });
  }

  get encoding() {
    return this[kEncoding];
  }

  get fatal() {
    return this[kFatal];
  }

  get ignoreBOM() {
    return this[kIgnoreBOM];
  }

  decode(input, options) {
    var u8 = toBytes(input);
    var stream = false;
    if (options !== undefined && options !== null) {
      if (typeof options !== 'object') throw invalidArgType('options', 'of type object', options);
      stream = Boolean(options.stream);
    }
    return this[kDecoder].decode(u8, stream);
  }
}

// ---------------------------------------------------------------- exports

exports.format = format;
exports.formatWithOptions = formatWithOptions;
exports.inspect = inspect;
exports.debug = debug;
exports.error = error;
exports.puts = puts;
exports.print = print;
exports.log = log;
exports.debuglog = debuglog;
exports.isArray = Array.isArray;
exports.isBoolean = function isBoolean(arg) { return typeof arg === 'boolean'; };
exports.isNull = function isNull(arg) { return arg === null; };
exports.isNullOrUndefined = function isNullOrUndefined(arg) { return arg === null || arg === undefined; };
exports.isNumber = function isNumber(arg) { return typeof arg === 'number'; };
exports.isString = function isString(arg) { return typeof arg === 'string'; };
exports.isSymbol = function isSymbol(arg) { return typeof arg === 'symbol'; };
exports.isUndefined = function isUndefined(arg) { return arg === undefined; };
exports.isRegExp = function isRegExp(re) { return kindOf(re) === 'regexp'; };
exports.isObject = function isObject(arg) { return typeof arg === 'object' && arg !== null; };
exports.isDate = function isDate(d) { return kindOf(d) === 'date'; };
exports.isError = function isError(e) { return kindOf(e) === 'error' || e instanceof Error; };
exports.isFunction = function isFunction(arg) { return typeof arg === 'function'; };
exports.isPrimitive = function isPrimitive(arg) {
  return arg === null || (typeof arg !== 'object' && typeof arg !== 'function');
};
exports.isBuffer = function isBuffer(arg) { return isBufferLike(arg); };
exports.pump = deprecate(pumpImpl, 'util.pump() is deprecated. Use readableStream.pipe() instead.');
// util.p and util.exec: v0.10's deprecated aliases (not in the manual).
exports.p = deprecate(function p() {
  for (var i = 0, len = arguments.length; i < len; ++i) {
    proc().stderr.write(inspect(arguments[i]) + '\n');
  }
}, 'util.p: Use console.error() instead');
exports.exec = deprecate(function exec() {
  var cp = require('child_process');
  return cp.exec.apply(cp, arguments);
}, 'util.exec is now called `child_process.exec`.');
exports.inherits = inherits;
exports._extend = _extend;
exports.deprecate = deprecate;
exports.promisify = promisify;
exports.callbackify = callbackify;
exports.types = types;
exports.isDeepStrictEqual = isDeepStrictEqual;
exports.TextEncoder = TextEncoder;
exports.TextDecoder = TextDecoder;
exports.getSystemErrorName = getSystemErrorName;
exports.toUSVString = toUSVString;
exports.stripVTControlCharacters = stripVTControlCharacters;

// Internals for other core modules (assert, console, timers, …).
function hidden(name, value) {
  Object.defineProperty(exports, name, { value: value, enumerable: false, writable: true, configurable: true });
}
hidden('_deepEqual', deepEqual);
hidden('_customPromisifyArgs', customPromisifyArgsSymbol);
hidden('_invalidArgType', invalidArgType);
hidden('_describeReceived', describeReceived);
hidden('_formatWithOptions', formatArgs);
