// Grows its heap without end: run with a small --max-old-space-size.
var keep = [];
while (true) keep.push(new Array(1e5).fill(1));
