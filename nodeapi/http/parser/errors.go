package parser

import "strconv"

// Error codes, named as Node's HTTP parser (llhttp) names them. They are the
// values of Error.Code.
const (
	CodeInvalidMethod           = "HPE_INVALID_METHOD"
	CodeInvalidURL              = "HPE_INVALID_URL"
	CodeInvalidConstant         = "HPE_INVALID_CONSTANT"
	CodeInvalidVersion          = "HPE_INVALID_VERSION"
	CodeInvalidStatus           = "HPE_INVALID_STATUS"
	CodeInvalidHeaderToken      = "HPE_INVALID_HEADER_TOKEN"
	CodeHeaderOverflow          = "HPE_HEADER_OVERFLOW"
	CodeInvalidContentLength    = "HPE_INVALID_CONTENT_LENGTH"
	CodeUnexpectedContentLength = "HPE_UNEXPECTED_CONTENT_LENGTH"
	CodeInvalidTransferEncoding = "HPE_INVALID_TRANSFER_ENCODING"
	CodeInvalidChunkSize        = "HPE_INVALID_CHUNK_SIZE"
	CodeChunkExtensionsOverflow = "HPE_CHUNK_EXTENSIONS_OVERFLOW"
	CodeStrict                  = "HPE_STRICT"
	CodeLFExpected              = "HPE_LF_EXPECTED"
	CodeCRExpected              = "HPE_CR_EXPECTED"
	CodeClosedConnection        = "HPE_CLOSED_CONNECTION"
	CodeInvalidEOFState         = "HPE_INVALID_EOF_STATE"
	CodePaused                  = "HPE_PAUSED"
	CodePausedUpgrade           = "HPE_PAUSED_UPGRADE"
)

// Error is a parse error. Code is one of the Code* constants (Node's
// `err.code`), Reason a short human-readable explanation (Node's
// `err.reason`), Offset the absolute byte offset, counted from the first byte
// ever given to the parser (or since Reset), of the byte that made the input
// invalid.
type Error struct {
	Code   string
	Reason string
	Offset int64
}

// Error formats the error as "Parse Error: <reason>" like Node, plus the code
// and offset.
func (e *Error) Error() string {
	return "Parse Error: " + e.Reason + " (" + e.Code + " at offset " + strconv.FormatInt(e.Offset, 10) + ")"
}

// ErrPaused is returned by Execute when a callback called Pause: the parser
// stopped after that callback; the bytes from the returned count on have not
// been consumed and must be fed again after Resume. It is not fatal.
var ErrPaused = &Error{Code: CodePaused, Reason: "Paused"}

// ErrUpgrade is returned by Execute when a message ended with a protocol
// switch (an Upgrade request or 101 response with `Connection: upgrade`, a
// CONNECT request, or a message whose HeadersComplete returned ActionUpgrade):
// the bytes from the returned count on belong to the new protocol. The parser
// consumes nothing more until Reset. It is not a parse failure.
var ErrUpgrade = &Error{Code: CodePausedUpgrade, Reason: "Pause on CONNECT/Upgrade"}

func newError(code, reason string, off int64) *Error {
	return &Error{Code: code, Reason: reason, Offset: off}
}
