console.log('child says hi, argv', JSON.stringify(process.argv.slice(2)));
setTimeout(function () { console.log('never printed'); }, 100000);
process.exit(Number(process.argv[2]));
