package querystring

// String16 lets the external tests compare UTF-16 code unit slices.
var String16 = string16
