// url.fileURLToPath, url.pathToFileURL, url.domainToASCII / toUnicode,
// url.format(URL, options), url.urlToHttpOptions and their errors.
var url = require('url');
var URL = url.URL;
function show(label, v) { console.log(label + ' ' + JSON.stringify(v)); }
function tryShow(label, fn) {
  try {
    show(label, fn());
  } catch (e) {
    show(label, [e.name, e.code, e.message]);
  }
}

tryShow('fileURLToPath', function () { return url.fileURLToPath('file:///a%20b/%E4%B8%AD'); });
tryShow('fileURLToPath-URL', function () { return url.fileURLToPath(new URL('file://localhost/x')); });
tryShow('fileURLToPath-scheme', function () { return url.fileURLToPath('http://x'); });
tryShow('fileURLToPath-host', function () { return url.fileURLToPath('file://host/x'); });
tryShow('fileURLToPath-slash', function () { return url.fileURLToPath('file:///a%2fb'); });
tryShow('fileURLToPath-type', function () { return url.fileURLToPath(5); });
tryShow('fileURLToPath-invalid', function () { return url.fileURLToPath('file://[x'); });
tryShow('pathToFileURL', function () { return url.pathToFileURL('/a b/c?d#e%f\\g\n\t').href; });
tryShow('pathToFileURL-trailing', function () { return url.pathToFileURL('/x/y/').href; });
tryShow('pathToFileURL-dots', function () { return url.pathToFileURL('/x/../y/./z').href; });
tryShow('pathToFileURL-unicode', function () { return url.pathToFileURL('/中文').href; });
tryShow('pathToFileURL-relative', function () { return url.pathToFileURL('rel').href === url.pathToFileURL(process.cwd() + '/rel').href; });
tryShow('pathToFileURL-instance', function () { return url.pathToFileURL('/x') instanceof URL; });
tryShow('roundtrip', function () { return url.fileURLToPath(url.pathToFileURL('/a b/%/#?')); });
show('domainToASCII', ['español.com', '中文.com', 'xn--iñvalid.com', 'EXAMPLE.com', '1.2.3', 'a b', ''].map(url.domainToASCII));
show('domainToUnicode', ['xn--espaol-zwa.com', 'xn--fiq228c.com', 'xn--iñvalid.com', 'example.com'].map(url.domainToUnicode));
tryShow('domainToASCII-missing', function () { return url.domainToASCII(); });
var u = new URL('http://u:p@xn--maana-pta.com:81/a?b#c');
show('format-default', url.format(u));
show('format-empty-options', url.format(u, {}));
show('format-off', url.format(u, { auth: false, search: false, fragment: false }));
show('format-unicode', url.format(u, { unicode: true }));
tryShow('format-bad-options', function () { return url.format(u, 5); });
show('urlToHttpOptions', url.urlToHttpOptions(new URL('http://u%20x:p@[::1]:81/a?b#c')));
show('urlToHttpOptions-plain', url.urlToHttpOptions(new URL('https://x.com/')));
show('exports', Object.keys(url));
