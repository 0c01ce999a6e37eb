console.log('to stdout from child');
console.error('to stderr from child');
process.stdout.write('partial ');
process.stdout.write('line\n');
