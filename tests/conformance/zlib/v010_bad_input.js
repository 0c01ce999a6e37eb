// zlib's callback methods hand bad input to the callback (v0.10) instead of
// throwing; the Sync forms throw.
var zlib = require('zlib');
// v0.10 differs: v20 throws ERR_INVALID_ARG_TYPE from gunzip() itself.
[1, true, { a: 1 }, ['a']].forEach(function (input) {
  try {
    zlib.gunzip(input, function (err) {
      console.log('callback', JSON.stringify(input), err instanceof TypeError, err.code);
    });
    console.log('no throw', JSON.stringify(input));
  } catch (e) {
    console.log('threw', JSON.stringify(input), e.code);
  }
});
try { zlib.gunzipSync(1); } catch (e) { console.log('sync threw', e.code); }
