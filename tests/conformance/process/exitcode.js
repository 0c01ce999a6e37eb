// process.exitCode is the code the process ends with when the loop drains.
process.on('exit', function (code) { console.log('exit with', code); });
setTimeout(function () { process.exitCode = 7; console.log('set exitCode'); }, 1);
