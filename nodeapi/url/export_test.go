package url

// FuzzSeeds shares the fuzz seed corpus with the external test package.
var FuzzSeeds = fuzzSeeds
