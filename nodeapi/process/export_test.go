package process

// EmitterProtoNames is emitterProtoNames, for lazy_test.go.
var EmitterProtoNames = emitterProtoNames
