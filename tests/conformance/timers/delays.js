// Delays that are not numbers in range become 1 ms; order still follows the delay.
var order = [];
setTimeout(function () { order.push('string 5'); }, '5');
setTimeout(function () { order.push('negative'); }, -10);
setTimeout(function () { order.push('NaN'); }, NaN);
setTimeout(function () { order.push('undefined'); });
setTimeout(function () { order.push('30'); }, 30);
setTimeout(function () { order.push('huge'); }, Infinity);
setTimeout(function () { console.log(order.join(', ')); }, 60);
