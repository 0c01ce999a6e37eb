// URLSearchParams: construction from string / record / iterable, every
// method, iteration, size, the link to URL#search, and error paths.
var url = require('url');
var URLSearchParams = url.URLSearchParams;
function show(label, v) { console.log(label + ' ' + JSON.stringify(v)); }
function tryShow(label, fn) {
  try {
    show(label, fn());
  } catch (e) {
    show(label, [e.name, e.code, e.message]);
  }
}

var p = new URLSearchParams('?a=1&b=%zz&c=+x%20&d=%E4%B8%AD&e=%ED%A0%80&&=&f&a=2');
show('entries', Array.from(p));
show('toString', p.toString());
show('size', p.size);
show('get', [p.get('a'), p.get('zz'), p.get('')]);
show('getAll', [p.getAll('a'), p.getAll('zz')]);
show('has', [p.has('a'), p.has('a', '2'), p.has('a', '3'), p.has('zz')]);
p.append('a', 3);
show('append', p.toString());
p.delete('a', '2');
show('delete-value', p.toString());
p.delete('a');
show('delete', p.toString());
p.set('b', 'x y');
p.set('new', '~*!\'()');
show('set', p.toString());
p.sort();
show('sort', p.toString());
var q = new URLSearchParams('z=1&a=2&z=0&a=1&\u00e9=3&e=4');
q.sort();
show('sort-stable', Array.from(q.keys()).concat(Array.from(q.values())));
show('keys-values', [Array.from(p.keys()), Array.from(p.values())]);
var seen = [];
p.forEach(function (v, k, self) { seen.push(k + '=' + v, self === p, this.t); }, { t: 'this' });
show('forEach', seen);
var it = p.entries();
show('iterator', [Object.prototype.toString.call(it), it.next(), typeof it[Symbol.iterator], p[Symbol.iterator] === p.entries]);
show('from-record', new URLSearchParams({ a: 1, b: [1, 2], c: null, 'd e': 'f&g' }).toString());
show('from-pairs', new URLSearchParams([['a', 'b'], new Set(['c', 'd'])]).toString());
show('from-params', new URLSearchParams(new URLSearchParams('x=1&y=2')).toString());
show('from-map', new URLSearchParams(new Map([['m', 'n']])).toString());
show('from-null-undefined', [new URLSearchParams(null).toString(), new URLSearchParams(undefined).toString(), new URLSearchParams().toString()]);
show('from-number', new URLSearchParams(12).toString());
show('encoding', new URLSearchParams({ s: ' +&=?#/%é😀\u00a0' }).toString());
show('decode-plus', new URLSearchParams('a+b=c+d').get('a b'));
tryShow('bad-tuple', function () { return new URLSearchParams([['a']]); });
tryShow('bad-iterable', function () { return new URLSearchParams({ [Symbol.iterator]: 5 }); });
tryShow('append-missing', function () { return new URLSearchParams().append('a'); });
tryShow('get-missing', function () { return new URLSearchParams().get(); });
tryShow('bad-this', function () { return URLSearchParams.prototype.get.call({}, 'a'); });
tryShow('forEach-bad', function () { return new URLSearchParams().forEach(5); });
tryShow('no-new', function () { return URLSearchParams(); });
show('toStringTag', Object.prototype.toString.call(new URLSearchParams()));
show('proto-keys', Object.keys(URLSearchParams.prototype));

var u = new URL('http://x/?q=1#h');
var sp = u.searchParams;
show('url-link', [sp === u.searchParams, Array.from(sp)]);
sp.append('z', 'a b');
show('url-append', u.href);
u.search = '?k=v';
show('url-search-set', Array.from(sp));
sp.delete('k');
show('url-emptied', [u.href, u.search]);
u.href = 'http://y/?n=1';
show('url-href-set', Array.from(sp));
u.hash = 'x';
sp.sort();
show('url-sort', u.href);
