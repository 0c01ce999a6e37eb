// require() of a broken .json file: a SyntaxError whose message is the file
// name and JSON.parse's message.
// v0.10 differs: V8 3.14's message is "Unexpected token }"; Node 20 says
// "Unexpected token '}', ... is not valid JSON".
var path = require('path');
try {
  require('./fixtures/broken.json');
} catch (e) {
  console.log(e.name, e.message.replace(path.join(__dirname, 'fixtures') + path.sep, '<dir>/'));
}
