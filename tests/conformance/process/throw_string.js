// Throwing a non-error prints its value and exits 1.
console.log('before');
throw 'just a string';
