'use strict';
// https: http over tls. See https.go.

var tls = require('tls');
var http = require('http');

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  }
  options = Object.assign({}, options);
  // http.Server's constructor checks `this instanceof http.Server`, which
  // an https.Server (a tls.Server, as in Node) is not: run it with the
  // object briefly on http.Server's prototype.
  var proto = Object.getPrototypeOf(this);
  Object.setPrototypeOf(this, http.Server.prototype);
  try {
    http.Server.call(this, options, requestListener);
  } finally {
    Object.setPrototypeOf(this, proto);
  }
  // http.Server handles plaintext 'connection's: give it the TLS sockets.
  var httpHandlers = this.listeners('connection');
  this.removeAllListeners('connection');
  this._isHttpsServer = true;
  if (!options.ALPNProtocols) options.ALPNProtocols = ['http/1.1'];
  tls._initServer(this, options);
  for (var i = 0; i < httpHandlers.length; i++) this.on('secureConnection', httpHandlers[i]);
  // An https.Server is a tls.Server, whose 'clientError' (v0.10 and v20)
  // reports connections that failed before the handshake completed.
  this.on('tlsClientError', function (err, conn) {
    if (this.listenerCount('clientError') > 0) this.emit('clientError', err, conn);
  });
}
Object.setPrototypeOf(Server.prototype, tls.Server.prototype);
Object.setPrototypeOf(Server, tls.Server);
Object.getOwnPropertyNames(http.Server.prototype).forEach(function (name) {
  if (name === 'constructor') return;
  Object.defineProperty(Server.prototype, name, Object.getOwnPropertyDescriptor(http.Server.prototype, name));
});

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  http.Agent.call(this, options);
  this.defaultPort = 443;
  this.protocol = 'https:';
  this.maxCachedSessions = this.options.maxCachedSessions === undefined ? 100 : this.options.maxCachedSessions;
}
Object.setPrototypeOf(Agent.prototype, http.Agent.prototype);
Object.setPrototypeOf(Agent, http.Agent);

Agent.prototype.createConnection = function createConnection(options, cb) {
  options = Object.assign({}, options);
  if (options.servername === undefined || options.servername === '') {
    var host = options.host || 'localhost';
    options.servername = require('net').isIP(host) ? '' : host;
  }
  var s = tls.connect(options);
  return s;
};

// getName keys pooled sockets by the TLS options too, so that sockets made
// with other trust settings are not reused.
Agent.prototype.getName = function getName(options) {
  var name = http.Agent.prototype.getName.call(this, options);
  var keys = ['ca', 'cert', 'ciphers', 'key', 'passphrase', 'rejectUnauthorized', 'servername', 'minVersion', 'maxVersion'];
  for (var i = 0; i < keys.length; i++) {
    name += ':';
    var v = options[keys[i]];
    if (v !== undefined && v !== null) name += String(v);
  }
  return name;
};

var globalAgent = new Agent();

function isURL(v) {
  return v !== null && typeof v === 'object' && typeof v.href === 'string' && typeof v.protocol === 'string' && v.searchParams !== undefined;
}

function request(input, options, cb) {
  if (typeof input === 'string' || isURL(input)) {
    if (typeof options === 'function') {
      cb = options;
      options = undefined;
    }
    options = Object.assign({ _defaultAgent: globalAgent }, options);
    return http.request(input, options, cb);
  }
  if (typeof options === 'function') cb = options;
  return http.request(Object.assign({ _defaultAgent: globalAgent }, input), cb);
}

function get(input, options, cb) {
  var req = request(input, options, cb);
  req.end();
  return req;
}

exports.Server = Server;
exports.createServer = createServer;
exports.Agent = Agent;
exports.globalAgent = globalAgent;
exports.request = request;
exports.get = get;
