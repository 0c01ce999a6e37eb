// ServerResponse#writeHead and #end (natives with a fast path in isonode)
// on bad input: the errors http.js gives, and a good response after them.
var http = require('http');
var results = [];
function t(name, f) { try { var r = f(); results.push(name + ': ok ' + (r === undefined ? '' : typeof r)); } catch (e) { results.push(name + ': ' + e.name + ' ' + (e.code || e.message)); } }
var server = http.createServer(function (req, res) {
  t('end(123)', function () { return res.end(123); });
  t('writeHead(NaN)', function () { return res.writeHead(NaN); });
  t('writeHead(1e10)', function () { return res.writeHead(1e10); });
  t('writeHead getter throws', function () { return res.writeHead(200, { get x() { throw new Error('boom'); } }); });
  t('writeHead bad name', function () { return res.writeHead(200, { 'bad name': 'x' }); });
  t('writeHead ok', function () { return res.writeHead(201, 'Made', { a: 1 }) === res; });
  t('writeHead twice', function () { return res.writeHead(200); });
  t('end ok', function () { return res.end('x', 'utf8') === res; });
  res.on('finish', function () { results.push('finish'); });
});
server.listen(0, '127.0.0.1', function () {
  http.get({ port: server.address().port, agent: false }, function (res) {
    results.push('status ' + res.statusCode + ' ' + res.statusMessage);
    res.resume();
    res.on('end', function () { console.log(results.join('\n')); server.close(); });
  });
});
