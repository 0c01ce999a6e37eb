'use strict';
// Node's 'stream/promises': pipeline and finished returning promises.
var stream = require('stream');
module.exports = stream.promises;
