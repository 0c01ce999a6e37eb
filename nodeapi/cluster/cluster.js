'use strict';
// Node's 'cluster' module, written from the v0.10 manual and the observed
// behaviour of later Node versions. Workers are forked isolates (see
// cluster.go); a TCP server a worker listens on shares one listening socket
// with the other workers of the same primary, and connections go to the
// workers in turn (cluster.SCHED_RR; done by net, see nodeapi/net/sock.go).
// net calls _addServer when a worker's server listens shared and
// _serverListening once its 'listening' listeners ran.
//
// Whether this isolate is a worker is decided when the module loads: a
// worker's environment has NODE_UNIQUE_ID (removed once read), and
// child_process loads this module at a forked worker's start so that the
// primary hears 'online' even if the worker never requires 'cluster'.

var EventEmitter = require('events');
var util = require('util');

var cluster = new EventEmitter();
module.exports = cluster;

var uniqueId = process.env.NODE_UNIQUE_ID;
var isWorker = uniqueId !== undefined;
if (isWorker) delete process.env.NODE_UNIQUE_ID;

cluster.isWorker = isWorker;
cluster.isMaster = !isWorker;
cluster.isPrimary = !isWorker;
cluster.SCHED_NONE = 1;
cluster.SCHED_RR = 2;
// Only round-robin is done (the net binding hands connections out in
// turn); SCHED_NONE (or NODE_CLUSTER_SCHED_POLICY=none) is recorded but
// changes nothing.
cluster.schedulingPolicy = process.env.NODE_CLUSTER_SCHED_POLICY === 'none' ? cluster.SCHED_NONE : cluster.SCHED_RR;
cluster.Worker = Worker;

function Worker(options) {
  if (!(this instanceof Worker)) return new Worker(options);
  EventEmitter.call(this);
  options = options || {};
  this.exitedAfterDisconnect = undefined;
  this.state = options.state || 'none';
  this.id = options.id | 0;
  if (options.process) {
    this.process = options.process;
    var self = this;
    this.process.on('error', function (err) { self.emit('error', err); });
    this.process.on('message', function (msg, handle) { self.emit('message', msg, handle); });
  }
}
util.inherits(Worker, EventEmitter);
Object.defineProperty(Worker.prototype, 'suicide', {
  get: function () { return this.exitedAfterDisconnect; },
  set: function (v) { this.exitedAfterDisconnect = v; },
  configurable: true
});
Worker.prototype.send = function () {
  return this.process.send.apply(this.process, arguments);
};
Worker.prototype.isDead = function () {
  return this.process.exitCode != null || this.process.signalCode != null;
};
Worker.prototype.isConnected = function () {
  return !!this.process.connected;
};

if (isWorker) setupWorker(); else setupPrimary();

function setupPrimary() {
  var ids = 0;
  var initialized = false;
  cluster.workers = {};
  cluster.settings = {};

  cluster.setupPrimary = cluster.setupMaster = function (options) {
    var settings = Object.assign({
      args: process.argv.slice(2),
      exec: process.argv[1],
      execArgv: process.execArgv,
      silent: false
    }, cluster.settings, options);
    cluster.settings = settings;
    if (!initialized) {
      initialized = true;
      process.nextTick(function () { cluster.emit('setup', settings); });
    } else {
      cluster.emit('setup', settings);
    }
  };

  function removeWorker(worker) {
    delete cluster.workers[worker.id];
  }

  // v0.10: a primary dying of an uncaught error kills its workers before
  // it exits (process._fatalException calls this), so none outlives it.
  function killWorkers() {
    Object.keys(cluster.workers).forEach(function (k) {
      var child = cluster.workers[k].process;
      if (child.exitCode == null && child.signalCode == null) {
        try { child.kill(); } catch (e) { /* already gone */ }
      }
    });
  }

  cluster.fork = function (env) {
    if (!process._killWorkers) {
      Object.defineProperty(process, '_killWorkers', { value: killWorkers, configurable: true, writable: true });
    }
    cluster.setupPrimary();
    var id = ++ids;
    var s = cluster.settings;
    var workerEnv = Object.assign({}, process.env, env, { NODE_UNIQUE_ID: '' + id });
    var opts = { env: workerEnv, silent: s.silent, execArgv: s.execArgv, cwd: s.cwd };
    if (s.stdio) opts.stdio = s.stdio;
    if (s.isolation) opts.isolation = s.isolation;
    var child = require('child_process').fork(s.exec, s.args, opts);
    var worker = new Worker({ id: id, process: child });
    worker.on('message', function (msg, handle) { cluster.emit('message', worker, msg, handle); });
    child.on('internalMessage', function (msg) {
      if (!msg || msg.cmd !== 'NODE_CLUSTER') return;
      if (msg.act === 'online') {
        worker.state = 'online';
        worker.emit('online');
        cluster.emit('online', worker);
      } else if (msg.act === 'listening') {
        worker.state = 'listening';
        var address = { addressType: msg.addressType, address: msg.address, port: msg.port };
        worker.emit('listening', address);
        cluster.emit('listening', worker, address);
      } else if (msg.act === 'exitedAfterDisconnect') {
        worker.exitedAfterDisconnect = true;
      }
    });
    child.once('disconnect', function () {
      worker.state = 'disconnected';
      if (worker.exitedAfterDisconnect === undefined) worker.exitedAfterDisconnect = false;
      if (worker.isDead()) removeWorker(worker);
      worker.emit('disconnect');
      cluster.emit('disconnect', worker);
    });
    child.once('exit', function (code, signal) {
      worker.state = 'dead';
      if (!worker.isConnected()) removeWorker(worker);
      worker.emit('exit', code, signal);
      cluster.emit('exit', worker, code, signal);
    });
    // the worker is told to close its servers (and disconnect), then the
    // channel closes behind that message
    worker.disconnect = function () {
      this.exitedAfterDisconnect = true;
      if (this.process.connected) {
        this.process.send({ cmd: 'NODE_CLUSTER', act: 'disconnect' });
        this.process.disconnect();
      }
      removeWorker(this);
      return this;
    };
    worker.destroy = worker.kill = function (signal) {
      this.process.kill(signal === undefined ? 'SIGTERM' : signal);
    };
    cluster.workers[id] = worker;
    process.nextTick(function () { cluster.emit('fork', worker); });
    return worker;
  };

  cluster.disconnect = function (cb) {
    var ws = Object.keys(cluster.workers).map(function (k) { return cluster.workers[k]; });
    var left = ws.length;
    if (typeof cb === 'function') {
      if (left === 0) process.nextTick(cb);
      else ws.forEach(function (w) { w.once('disconnect', function () { if (--left === 0) cb(); }); });
    }
    ws.forEach(function (w) { if (w.isConnected()) w.disconnect(); });
  };
}

function setupWorker() {
  var worker = new Worker({ id: +uniqueId, process: process, state: 'online' });
  cluster.worker = worker;
  cluster.workers = undefined;
  var servers = [];
  cluster._addServer = function (server) {
    if (servers.indexOf(server) < 0) servers.push(server);
    server.once('close', function () {
      var i = servers.indexOf(server);
      if (i >= 0) servers.splice(i, 1);
    });
  };
  cluster._serverListening = function (server) {
    var a = server._cluster;
    if (!a || !process.connected) return;
    process.send({ cmd: 'NODE_CLUSTER', act: 'listening', address: a.address, port: a.port, addressType: a.addressType });
  };
  // closes this worker's shared servers (they stop listening at once;
  // their open connections live on), then disconnects
  worker.disconnect = function () {
    if (this._disconnecting) return this;
    this._disconnecting = true;
    servers.slice().forEach(function (s) { if (s.listening) s.close(); });
    if (process.connected) {
      process.send({ cmd: 'NODE_CLUSTER', act: 'exitedAfterDisconnect' });
      this.exitedAfterDisconnect = true;
      process.disconnect();
    }
    return this;
  };
  process.on('internalMessage', function (msg) {
    if (msg && msg.cmd === 'NODE_CLUSTER' && msg.act === 'disconnect') worker.disconnect();
  });
  worker.destroy = worker.kill = function (code) {
    this.exitedAfterDisconnect = true;
    if (process.connected) process.disconnect();
    process.exit(code === undefined ? 0 : code);
  };
  process.once('disconnect', function () {
    worker.emit('disconnect');
    if (!worker.exitedAfterDisconnect) {
      // the primary went away or disconnected us: Node's worker exits
      process.exit(0);
    }
  });
  if (process.connected && typeof process.send === 'function') {
    process.send({ cmd: 'NODE_CLUSTER', act: 'online' });
  }
}
