// Reports what the child sees of its environment, then disconnects.
var path = require('path');
process.send({
  argv: process.argv.slice(2),
  script: path.basename(process.argv[1]),
  env: process.env.FORK_TEST_VAR,
  parentOnly: process.env.PARENT_ONLY_VAR,
  channelFd: process.env.NODE_CHANNEL_FD,
  cwd: path.basename(process.cwd()),
  connected: process.connected,
  hasSend: typeof process.send,
  pidIsNumber: typeof process.pid === 'number'
});
process.disconnect();
