package vmctx

// memoryValue is the interrupt value of a run over its memory budget
// (Options.MaxMemory, enforced by internal/memwatch).
type memoryValue struct{ limit int }
