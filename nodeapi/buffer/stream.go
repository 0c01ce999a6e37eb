package buffer

// Streaming stores for large results. A large result goes to fresh memory
// that no cache holds: cmd/node lets Go's heap grow by 64 MiB between
// collections (internal/gctune), so a new 1 MiB array is memory last
// written a whole cycle ago, and freed arrays come back only after a
// collection, never while they are still in the cache (Node's malloc
// hands back the block it has just freed, still cached). Ordinary stores
// to such memory make the CPU read each cache line from DRAM first
// (read-for-ownership): twice the traffic of the write alone. Streaming
// (non-temporal) stores write whole lines without reading them, in a third
// to a half less time into cold memory (BenchmarkStreamCopy). But they
// leave the result out of the cache, which a reader coming right after
// pays for, and they are slower into memory that is cached. So they are
// used only for fresh outputs of minStream bytes or more: the size from
// which Go's own memmove streams too.
const minStream = 1 << 20

// minStreamPart is the shortest copy that streamCopy streams; shorter ones
// copy as copy does (the unaligned ends cost more than streaming saves).
const minStreamPart = 512
