// http: end() returns the message; ending an ended message (request or
// response) does nothing and returns false.
// v0.10 differs: v20 returns the message from the second end() too; the
// golden's "second end" lines are v0.10's.
var http = require('http');

var server = http.createServer(function (req, res) {
  var first = res.end('done');
  console.log('response: first end returns the response:', first === res);
  var second = res.end();
  console.log('response: second end returns:', second === res ? 'the response' : second);
});

server.listen(0, function () {
  var req = http.get({ port: server.address().port, agent: false }, function (res) {
    var body = [];
    res.on('data', function (d) { body.push(d); });
    res.on('end', function () {
      console.log('client got', JSON.stringify(Buffer.concat(body).toString()));
      var again = req.end();
      console.log('request: second end returns:', again === req ? 'the request' : again);
      server.close();
    });
  });
});
