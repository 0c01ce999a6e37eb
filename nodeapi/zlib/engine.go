package zlib

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"io"
	"sync"
)

// Modes, numbered as zlib.constants.DEFLATE … UNZIP.
const (
	modeDeflate    = 1
	modeInflate    = 2
	modeGzip       = 3
	modeGunzip     = 4
	modeDeflateRaw = 5
	modeInflateRaw = 6
	modeUnzip      = 7
)

// Flush values and return codes (zlib.h).
const (
	zNoFlush      = 0
	zPartialFlush = 1
	zSyncFlush    = 2
	zFullFlush    = 3
	zFinish       = 4
	zBlock        = 5

	zNeedDict  = 2
	zDataError = -3
	zBufError  = -5

	zHuffmanOnly = 2
)

// zError is a zlib error: Node's message and errno (code follows from errno).
type zError struct {
	msg   string
	errno int
}

func (e *zError) Error() string { return e.msg }

var (
	errHeader     = &zError{"incorrect header check", zDataError}
	errMethod     = &zError{"unknown compression method", zDataError}
	errWindow     = &zError{"invalid window size", zDataError}
	errFlags      = &zError{"unknown header flags set", zDataError}
	errDataCheck  = &zError{"incorrect data check", zDataError}
	errLenCheck   = &zError{"incorrect length check", zDataError}
	errBlockType  = &zError{"invalid block type", zDataError}
	errCorrupt    = &zError{"invalid deflate data", zDataError}
	errNeedDict   = &zError{"Missing dictionary", zNeedDict}
	errBadDict    = &zError{"Bad dictionary", zNeedDict}
	errUnexpected = &zError{"unexpected end of file", zBufError}
)

// engine is one compression or decompression stream. write feeds input
// with a flush mode and returns the output produced. Any one goroutine at a
// time (the mutex serialises the loop and the pool).
type engine interface {
	write(in []byte, flush int) ([]byte, error)
	reset()
	close()
	params(level, strategy int) error
}

type options struct {
	mode, level, strategy, windowBits int
	dict                              []byte
}

func newEngine(o options) engine {
	switch o.mode {
	case modeDeflate, modeGzip, modeDeflateRaw:
		d := &deflater{o: o}
		d.reset()
		return d
	}
	return &inflater{o: o}
}

// ---- compression ------------------------------------------------------------

type deflater struct {
	mu     sync.Mutex
	o      options
	out    bytes.Buffer
	fw     *flate.Writer
	sum    hash.Hash32
	size   uint32
	header bool
	done   bool
	// pending is set while input has gone to fw since the start or the
	// last flush.
	pending bool
}

// emptyFinalBlock is the final block zlib ends a compressed stream with
// when no input is pending: an empty block of fixed Huffman codes (Go's
// flate would write an empty stored block, 3 bytes longer).
var emptyFinalBlock = []byte{0x03, 0x00}

func flateLevel(level, strategy int) int {
	if strategy == zHuffmanOnly {
		return flate.HuffmanOnly
	}
	if level < 0 {
		return flate.DefaultCompression
	}
	return level
}

func (d *deflater) reset() {
	d.out.Reset()
	d.header, d.done, d.pending, d.size = false, false, false, 0
	switch d.o.mode {
	case modeGzip:
		d.sum = crc32.NewIEEE()
	case modeDeflate:
		d.sum = adler32.New()
	default:
		d.sum = nil
	}
	d.newFlate()
}

func (d *deflater) newFlate() {
	var err error
	lvl := flateLevel(d.o.level, d.o.strategy)
	if d.o.dict != nil && d.o.mode != modeGzip {
		d.fw, err = flate.NewWriterDict(&d.out, lvl, d.o.dict)
	} else {
		d.fw, err = flate.NewWriter(&d.out, lvl)
	}
	if err != nil {
		panic(err)
	}
}

func (d *deflater) writeHeader() {
	d.header = true
	switch d.o.mode {
	case modeDeflate:
		wb := d.o.windowBits
		if wb < 8 || wb > 15 {
			wb = 15
		}
		cmf := byte((wb-8)<<4 | 8)
		var lv byte
		switch {
		case d.o.strategy >= zHuffmanOnly || (d.o.level >= 0 && d.o.level < 2):
			lv = 0
		case d.o.level >= 2 && d.o.level < 6:
			lv = 1
		case d.o.level == 6 || d.o.level < 0:
			lv = 2
		default:
			lv = 3
		}
		flg := lv << 6
		if d.o.dict != nil {
			flg |= 0x20
		}
		flg += byte(31 - (uint(cmf)*256+uint(flg))%31)
		d.out.Write([]byte{cmf, flg})
		if d.o.dict != nil {
			var id [4]byte
			binary.BigEndian.PutUint32(id[:], adler32.Checksum(d.o.dict))
			d.out.Write(id[:])
		}
	case modeGzip:
		xfl := byte(0)
		if d.o.level == 9 {
			xfl = 2
		} else if d.o.strategy >= zHuffmanOnly || (d.o.level >= 0 && d.o.level < 2) {
			xfl = 4
		}
		d.out.Write([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3})
	}
}

func (d *deflater) write(in []byte, flush int) ([]byte, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.done {
		return nil, nil
	}
	if !d.header {
		d.writeHeader()
	}
	if len(in) > 0 {
		_, _ = d.fw.Write(in)
		d.pending = true
		if d.sum != nil {
			d.sum.Write(in)
		}
		d.size += uint32(len(in))
	}
	switch flush {
	case zNoFlush:
	case zFinish:
		if d.pending || d.o.level == 0 {
			_ = d.fw.Close()
		} else {
			d.out.Write(emptyFinalBlock)
		}
		d.done = true
		switch d.o.mode {
		case modeDeflate:
			var t [4]byte
			binary.BigEndian.PutUint32(t[:], d.sum.Sum32())
			d.out.Write(t[:])
		case modeGzip:
			var t [8]byte
			binary.LittleEndian.PutUint32(t[:4], d.sum.Sum32())
			binary.LittleEndian.PutUint32(t[4:], d.size)
			d.out.Write(t[:])
		}
	default:
		_ = d.fw.Flush()
		d.pending = false
	}
	if d.out.Len() == 0 {
		return nil, nil
	}
	out := append([]byte(nil), d.out.Bytes()...)
	d.out.Reset()
	return out, nil
}

func (d *deflater) params(level, strategy int) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.done {
		return nil
	}
	if level == d.o.level && strategy == d.o.strategy {
		return nil
	}
	if d.header {
		// End the current blocks on a byte boundary and continue with a
		// compressor at the new level.
		_ = d.fw.Flush()
		d.pending = false
	}
	d.o.level, d.o.strategy = level, strategy
	saved := d.o.dict
	d.o.dict = nil
	d.newFlate()
	d.o.dict = saved
	return nil
}

func (d *deflater) close() {}

// ---- decompression ------------------------------------------------------------

// inflater decodes on a goroutine of its own, fed through a channel: Go's
// flate reader pulls its input, zlib's API pushes it. write hands a chunk
// over and waits until the decoder has consumed it (it asks for more) or
// has finished.
type inflater struct {
	mu      sync.Mutex
	o       options
	run     *inflateRun
	done    bool
	err     error
	started bool
}

type event struct {
	done bool
	err  error
}

type inflateRun struct {
	in  chan []byte
	ev  chan event
	out []byte
	cur []byte
	eof bool
	// first is the first byte of the current deflate body (for errors).
	first    int
	bodyRead int
}

func (r *inflateRun) ReadByte() (byte, error) {
	for len(r.cur) == 0 {
		if r.eof {
			return 0, io.EOF
		}
		r.ev <- event{}
		b, ok := <-r.in
		if !ok {
			r.eof = true
			continue
		}
		r.cur = b
	}
	c := r.cur[0]
	r.cur = r.cur[1:]
	return c, nil
}

func (r *inflateRun) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	if len(r.cur) == 0 {
		c, err := r.ReadByte()
		if err != nil {
			return 0, err
		}
		p[0] = c
		n := copy(p[1:], r.cur)
		r.cur = r.cur[n:]
		return n + 1, nil
	}
	n := copy(p, r.cur)
	r.cur = r.cur[n:]
	return n, nil
}

// peek reports whether more input exists (waiting for it if needed).
func (r *inflateRun) more() bool {
	c, err := r.ReadByte()
	if err != nil {
		return false
	}
	r.cur = append([]byte{c}, r.cur...)
	return true
}

func (r *inflateRun) full(n int) ([]byte, error) {
	b := make([]byte, n)
	for i := range b {
		c, err := r.ReadByte()
		if err != nil {
			return nil, errUnexpected
		}
		b[i] = c
	}
	return b, nil
}

func (e *inflater) reset() {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.stop()
	e.done, e.err, e.started = false, nil, false
}

func (e *inflater) close() {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.stop()
	e.done = true
}

func (e *inflater) params(level, strategy int) error { return nil }

// stop ends a decoder goroutine blocked on input.
func (e *inflater) stop() {
	if e.started && !e.done && e.run != nil {
		close(e.run.in)
		e.run = nil
	}
}

func (e *inflater) write(in []byte, flush int) ([]byte, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.done {
		return nil, e.err
	}
	var ev event
	if !e.started {
		e.started = true
		e.run = &inflateRun{in: make(chan []byte), ev: make(chan event, 1), cur: in}
		go e.decode(e.run)
	} else {
		e.run.in <- in
	}
	ev = <-e.run.ev
	if !ev.done && flush == zFinish {
		close(e.run.in)
		ev = <-e.run.ev
	}
	out := e.run.out
	e.run.out = nil
	if ev.done {
		e.done = true
		e.err = ev.err
		e.run = nil
	}
	if ev.err != nil {
		return out, ev.err
	}
	return out, nil
}

func (e *inflater) decode(r *inflateRun) {
	err := e.decodeAll(r)
	r.ev <- event{done: true, err: err}
}

func (e *inflater) decodeAll(r *inflateRun) error {
	switch e.o.mode {
	case modeInflateRaw:
		return e.body(r, nil, e.o.dict)
	case modeInflate:
		return e.zlibStream(r)
	case modeGunzip:
		return e.gzipStreams(r)
	case modeUnzip:
		b, err := r.full(2)
		if err != nil {
			return err
		}
		r.cur = append(b, r.cur...)
		if b[0] == 0x1f && b[1] == 0x8b {
			return e.gzipStreams(r)
		}
		return e.zlibStream(r)
	}
	return nil
}

func (e *inflater) zlibStream(r *inflateRun) error {
	h, err := r.full(2)
	if err != nil {
		return err
	}
	if (uint(h[0])*256+uint(h[1]))%31 != 0 {
		return errHeader
	}
	if h[0]&0x0f != 8 {
		return errMethod
	}
	wb := e.o.windowBits
	if wb == 0 {
		wb = 15
	}
	if int(h[0]>>4)+8 > wb {
		return errWindow
	}
	var dict []byte
	if h[1]&0x20 != 0 {
		id, err := r.full(4)
		if err != nil {
			return err
		}
		if e.o.dict == nil {
			return errNeedDict
		}
		if binary.BigEndian.Uint32(id) != adler32.Checksum(e.o.dict) {
			return errBadDict
		}
		dict = e.o.dict
	}
	sum := adler32.New()
	if err := e.body(r, sum, dict); err != nil {
		return err
	}
	t, err := r.full(4)
	if err != nil {
		return err
	}
	if binary.BigEndian.Uint32(t) != sum.Sum32() {
		return errDataCheck
	}
	return nil
}

func (e *inflater) gzipStreams(r *inflateRun) error {
	for {
		if err := e.gzipMember(r); err != nil {
			return err
		}
		if !r.more() {
			return nil
		}
	}
}

func (e *inflater) gzipMember(r *inflateRun) error {
	m, err := r.full(2)
	if err != nil {
		return err
	}
	if m[0] != 0x1f || m[1] != 0x8b {
		return errHeader
	}
	h, err := r.full(8)
	if err != nil {
		return err
	}
	h = append(m, h...)
	if h[2] != 8 {
		return errMethod
	}
	flg := h[3]
	if flg&0xe0 != 0 {
		return errFlags
	}
	if flg&4 != 0 { // FEXTRA
		l, err := r.full(2)
		if err != nil {
			return err
		}
		if _, err := r.full(int(binary.LittleEndian.Uint16(l))); err != nil {
			return err
		}
	}
	for _, bit := range []byte{8, 16} { // FNAME, FCOMMENT
		if flg&bit != 0 {
			for {
				c, err := r.ReadByte()
				if err != nil {
					return errUnexpected
				}
				if c == 0 {
					break
				}
			}
		}
	}
	if flg&2 != 0 { // FHCRC
		if _, err := r.full(2); err != nil {
			return err
		}
	}
	sum := crc32.NewIEEE()
	cw := &countWriter{h: sum}
	if err := e.body(r, cw, nil); err != nil {
		return err
	}
	t, err := r.full(8)
	if err != nil {
		return err
	}
	if binary.LittleEndian.Uint32(t[:4]) != sum.Sum32() {
		return errDataCheck
	}
	if binary.LittleEndian.Uint32(t[4:]) != cw.n {
		return errLenCheck
	}
	return nil
}

type countWriter struct {
	h hash.Hash32
	n uint32
}

func (c *countWriter) Write(p []byte) (int, error) {
	c.n += uint32(len(p))
	return c.h.Write(p)
}

// body inflates one deflate stream, appending to r.out and writing the
// output to sum when not nil.
func (e *inflater) body(r *inflateRun, sum io.Writer, dict []byte) error {
	first := -1
	if r.more() {
		first = int(r.cur[0])
	}
	var fr io.ReadCloser
	if dict != nil {
		fr = flate.NewReaderDict(r, dict)
	} else {
		fr = flate.NewReader(r)
	}
	buf := make([]byte, 32*1024)
	for {
		n, err := fr.Read(buf)
		if n > 0 {
			r.out = append(r.out, buf[:n]...)
			if sum != nil {
				sum.Write(buf[:n])
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			if _, ok := err.(flate.CorruptInputError); ok {
				if first >= 0 && (first>>1)&3 == 3 {
					return errBlockType
				}
				return errCorrupt
			}
			return errUnexpected
		}
	}
}
