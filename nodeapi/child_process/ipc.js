'use strict';
// The IPC half that both ends of a fork channel need: setupChannel gives a
// ChildProcess (parent side) or a forked child's process its send,
// disconnect, connected and 'message'/'disconnect' events; forkChild is the
// child side. A forked child loads only this (ipc.go), not child_process:
// net is required only when a message carries a handle.
//
// The channel object ch (ipc.go) has send(json) → bool, sendHandle(json,
// token) → bool (OS channels), close(), inProcess(), canSendHandles(),
// claimFd(), ref(), unref(), and calls onmessage(json[, fd]) (fd: a
// descriptor that came with the message over an OS channel, closed after
// the call unless claimed) and ondisconnect().

var nextTick = process.nextTick;

function nodeError(Ctor, code, msg) {
  var e = new Ctor(msg);
  Object.defineProperty(e, 'code', { value: code, writable: true, enumerable: true, configurable: true });
  return e;
}

function invalidArgType(name, expected, value) {
  var what = name.indexOf('.') >= 0 ? 'property' : 'argument';
  var recv;
  if (value === null) recv = 'null';
  else if (value === undefined) recv = 'undefined';
  else if (typeof value === 'function') recv = 'function ' + (value.name || '');
  else if (typeof value === 'object') recv = 'an instance of ' + ((value.constructor && value.constructor.name) || 'Object');
  else {
    var s = typeof value === 'string' ? "'" + (value.length > 25 ? value.slice(0, 25) + '...' : value) + "'" : String(value);
    recv = 'type ' + typeof value + ' (' + s + ')';
  }
  return nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "' + name + '" ' + what + ' must be ' + expected + '. Received ' + recv);
}

// exportHandle parks handle's descriptor in net (see send), or returns null
// when handle is closed: as Node, the message then goes without it.
// A dgram socket is parked by dgram instead (in-process channels only).
function exportHandle(handle, options) {
  var net = require('net');
  try {
    if (!(handle instanceof net.Socket) && !(handle instanceof net.Server)) return require('dgram')._exportHandle(handle);
    return net._exportHandle(handle, !!(options && options.keepOpen));
  } catch (e) {
    if (e && (e.code === 'ERR_SOCKET_CLOSED' || e.code === 'ERR_SOCKET_DGRAM_NOT_RUNNING')) return null;
    throw e;
  }
}

// handleModule is the module that parks and adopts handles of type.
function handleModule(type) {
  return require(type === 'dgram.Socket' ? 'dgram' : 'net');
}

// serverOf returns the server whose connection count a sent Socket keeps
// (see setupChannel), or null.
function serverOf(handle, options) {
  if (options && options.keepOpen) return null;
  var srv = handle.server;
  if (!srv || handle._serverReleased || typeof srv._emitCloseIfDrained !== 'function') return null;
  return handle instanceof require('net').Socket ? srv : null;
}

function setupChannel(target, ch) {
  // Over an OS channel a sent handle travels as SCM_RIGHTS, and, as Node,
  // later sends wait in handleQueue until the peer acknowledges it
  // (NODE_HANDLE_ACK), and so does a disconnect.
  var handleQueue = null;
  var disconnectPending = false;
  // A Socket a server accepted and this end sent to an isolate of this
  // process still counts as one of the server's connections (so close()
  // waits for it) until the receiver reports it closed
  // (NODE_SOCKET_CLOSED) or the channel goes: tracked maps its number to
  // the server.
  var tracked = null, trackSeq = 0;
  function release(n) {
    var srv = tracked !== null ? tracked.get(n) : undefined;
    if (srv === undefined) return;
    tracked.delete(n);
    srv._connections--;
    srv._emitCloseIfDrained();
  }
  function releaseAll() {
    if (tracked === null) return;
    var ns = [];
    tracked.forEach(function (srv, n) { ns.push(n); });
    ns.forEach(release);
  }
  target.connected = true;
  target.channel = ch;
  Object.defineProperty(target, '_channel', { value: ch, writable: true, configurable: true, enumerable: false });
  ch.onmessage = function (json, fd) {
    var msg;
    try { msg = JSON.parse(json); } catch (e) { return; }
    if (msg !== null && typeof msg === 'object' && typeof msg.cmd === 'string' && msg.cmd.indexOf('NODE_') === 0) {
      if (msg.cmd === 'NODE_HANDLE' && typeof msg.token === 'number') {
        // a handle from an isolate of this process (see send below)
        var h = msg.type === 'dgram.Socket' ? require('dgram')._importHandle(msg.token) : require('net')._importHandle(msg.type, msg.token);
        if (h && msg.track) {
          h.once('close', function () {
            if (target.connected) ch.send('{"cmd":"NODE_SOCKET_CLOSED","track":' + msg.track + '}');
          });
        }
        target.emit('message', msg.msg, h);
        return;
      }
      if (msg.cmd === 'NODE_SOCKET_CLOSED') {
        release(msg.track);
        return;
      }
      if (msg.cmd === 'NODE_HANDLE') {
        receiveHandle(target, ch, msg, fd);
        return;
      }
      // a NACK (the peer did not get the descriptor) is taken as an ACK:
      // the handle is not sent again
      if (msg.cmd === 'NODE_HANDLE_ACK' || msg.cmd === 'NODE_HANDLE_NACK') flushHandleQueue();
      target.emit('internalMessage', msg);
      return;
    }
    target.emit('message', msg);
  };
  ch.ondisconnect = function () {
    handleQueue = null;
    releaseAll();
    if (!target.connected && !disconnectPending) return;
    target.connected = false;
    disconnectPending = false;
    target.channel = null;
    target.emit('disconnect');
    if (target._onChannelClosed) target._onChannelClosed();
  };
  function flushHandleQueue() {
    var q = handleQueue;
    handleQueue = null;
    if (q !== null) {
      for (var i = 0; i < q.length; i++) doSend(q[i][0], q[i][1], q[i][2], q[i][3]);
    }
    if (disconnectPending && handleQueue === null) finishDisconnect();
  }
  function doSend(message, handle, options, callback) {
    if (handleQueue !== null) {
      handleQueue.push([message, handle, options, callback]);
      return handleQueue.length === 1;
    }
    var json = JSON.stringify(message);
    if (json === undefined) json = 'null';
    var hasHandle = handle !== undefined && handle !== null;
    var srv = hasHandle && ch.inProcess() ? serverOf(handle, options) : null;
    var ok, sent = hasHandle ? exportHandle(handle, options) : null;
    if (sent) {
      // The handle's descriptor is duplicated and parked under a token
      // (net's _exportHandle). An isolate of this process takes it out of
      // net by the token that the message carries; an OS process gets it
      // as SCM_RIGHTS with Node's NODE_HANDLE message.
      if (ch.inProcess()) {
        var track = 0;
        if (srv !== null) {
          track = ++trackSeq;
          if (tracked === null) tracked = new Map();
          tracked.set(track, srv);
          srv._connections++;
        }
        ok = ch.send('{"cmd":"NODE_HANDLE","type":' + JSON.stringify(sent.type) + ',"token":' + sent.token + ',"track":' + track + ',"msg":' + json + '}');
        if (!ok && track) release(track);
      } else {
        ok = ch.sendHandle('{"cmd":"NODE_HANDLE","type":' + JSON.stringify(sent.type) + ',"msg":' + json + '}', sent.token);
        if (ok) handleQueue = [];
      }
      if (!ok) handleModule(sent.type)._dropHandle(sent.token);
    } else {
      ok = ch.send(json);
    }
    if (typeof callback === 'function') nextTick(callback, null);
    return ok;
  }
  target.send = function (message, handle, options, callback) {
    if (typeof handle === 'function') { callback = handle; handle = undefined; options = undefined; }
    else if (typeof options === 'function') { callback = options; options = undefined; }
    if (message === undefined) {
      throw nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "message" argument must be specified');
    }
    if (typeof message !== 'string' && typeof message !== 'object' && typeof message !== 'number' && typeof message !== 'boolean') {
      throw invalidArgType('message', 'one of type string, object, number, or boolean', message);
    }
    if (handle !== undefined && handle !== null) {
      var net = require('net');
      if (!(handle instanceof net.Socket) && !(handle instanceof net.Server)) {
        if (!(handle instanceof require('dgram').Socket)) {
          throw nodeError(TypeError, 'ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent');
        }
        if (target.connected && !ch.inProcess()) {
          throw nodeError(Error, 'ERR_NOT_SUPPORTED', 'isonode: sending a dgram socket to an OS process is not supported');
        }
      }
      if (target.connected && !ch.canSendHandles()) {
        throw nodeError(Error, 'ERR_NOT_SUPPORTED', 'isonode: sending handles to an OS process is not supported');
      }
    }
    if (!target.connected) {
      var err = nodeError(Error, 'ERR_IPC_CHANNEL_CLOSED', 'Channel closed');
      if (typeof callback === 'function') nextTick(callback, err);
      else nextTick(function () { target.emit('error', err); });
      return false;
    }
    return doSend(message, handle, options, callback);
  };
  function finishDisconnect() {
    disconnectPending = false;
    releaseAll();
    target.channel = null;
    ch.close();
    nextTick(function () {
      target.emit('disconnect');
      if (target._onChannelClosed) target._onChannelClosed();
    });
  }
  target.disconnect = function () {
    if (!target.connected) {
      target.emit('error', nodeError(Error, 'ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected'));
      return;
    }
    target.connected = false;
    if (handleQueue === null) finishDisconnect();
    else disconnectPending = true;
  };
  target._channelRef = function () { ch.ref(); };
  target._channelUnref = function () { ch.unref(); };
}

// receiveHandle takes a handle that an OS process sent over the channel
// (Node's protocol: a NODE_HANDLE message {type, msg} with the descriptor
// fd as SCM_RIGHTS), acknowledges it (the sender holds its next handle
// until then) and emits 'message' with the Socket, or the Server once it
// listens. Unless it claims fd (ch.claimFd()) before handing it to net,
// the channel closes it.
function receiveHandle(target, ch, msg, fd) {
  if (fd === undefined) {
    // the descriptor did not arrive: Node's sender retransmits on a NACK
    ch.send('{"cmd":"NODE_HANDLE_NACK"}');
    return;
  }
  ch.send('{"cmd":"NODE_HANDLE_ACK"}');
  var net = require('net');
  if (msg.type === 'net.Socket') {
    ch.claimFd();
    target.emit('message', msg.msg, new net.Socket({ fd: fd, readable: true, writable: true }));
  } else if (msg.type === 'net.Server') {
    ch.claimFd();
    var server = new net.Server();
    server.listen({ fd: fd }, function () { target.emit('message', msg.msg, server); });
  } else {
    // handle types isonode does not rebuild (net.Native, dgram): the
    // message arrives without its handle
    target.emit('message', msg.msg);
  }
}

// forkChild gives a forked child's process its channel. As Node (v0.10 and
// later), the channel keeps the child alive only while it has 'message' or
// 'disconnect' listeners.
function forkChild(proc, ch) {
  ch.unref();
  var refs = 0;
  // process's own 'newListener' and 'removeListener' listeners call this
  // (process.js): adding listeners here would load 'events' in every child
  Object.defineProperty(proc, '_channelListeners', {
    value: function (delta) {
      var before = refs;
      refs += delta;
      if (before === 0 && refs > 0) ch.ref();
      else if (before > 0 && refs <= 0) ch.unref();
    },
    writable: true, configurable: true, enumerable: false
  });
  setupChannel(proc, ch);
}

exports.nodeError = nodeError;
exports.invalidArgType = invalidArgType;
exports.setupChannel = setupChannel;
exports.forkChild = forkChild;
