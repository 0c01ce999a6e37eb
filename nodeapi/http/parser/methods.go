package parser

// Method identifies a request method the parser accepts. The zero value,
// MethodUnknown, is never reported for a parsed request.
type Method uint8

// The request methods the parser accepts: those of Node's HTTP parser (the
// set behind http.METHODS in current Node; a superset of v0.10's), in
// alphabetical order.
const (
	MethodUnknown Method = iota
	MethodACL
	MethodBIND
	MethodCHECKOUT
	MethodCONNECT
	MethodCOPY
	MethodDELETE
	MethodGET
	MethodHEAD
	MethodLINK
	MethodLOCK
	MethodMSEARCH
	MethodMERGE
	MethodMKACTIVITY
	MethodMKCALENDAR
	MethodMKCOL
	MethodMOVE
	MethodNOTIFY
	MethodOPTIONS
	MethodPATCH
	MethodPOST
	MethodPROPFIND
	MethodPROPPATCH
	MethodPURGE
	MethodPUT
	MethodQUERY
	MethodREBIND
	MethodREPORT
	MethodSEARCH
	MethodSOURCE
	MethodSUBSCRIBE
	MethodTRACE
	MethodUNBIND
	MethodUNLINK
	MethodUNLOCK
	MethodUNSUBSCRIBE
	methodCount
)

// METHODS lists the accepted method names in alphabetical order, as Node's
// http.METHODS (which v0.10 did not have yet; the list is current Node's).
// METHODS[i] is the name of Method(i+1). Callers must not modify it.
var METHODS = []string{
	"ACL", "BIND", "CHECKOUT", "CONNECT", "COPY", "DELETE", "GET", "HEAD",
	"LINK", "LOCK", "M-SEARCH", "MERGE", "MKACTIVITY", "MKCALENDAR", "MKCOL",
	"MOVE", "NOTIFY", "OPTIONS", "PATCH", "POST", "PROPFIND", "PROPPATCH",
	"PURGE", "PUT", "QUERY", "REBIND", "REPORT", "SEARCH", "SOURCE",
	"SUBSCRIBE", "TRACE", "UNBIND", "UNLINK", "UNLOCK", "UNSUBSCRIBE",
}

// maxMethodLen is the length of the longest method name.
const maxMethodLen = len("UNSUBSCRIBE")

var methodIndex = func() map[string]Method {
	m := make(map[string]Method, len(METHODS))
	for i, name := range METHODS {
		m[name] = Method(i + 1)
	}
	return m
}()

// String returns the method's name ("GET", "M-SEARCH"), or "" for
// MethodUnknown.
func (m Method) String() string {
	if m == MethodUnknown || m >= methodCount {
		return ""
	}
	return METHODS[m-1]
}

// LookupMethod returns the Method named exactly (case-sensitively) by b, or
// MethodUnknown. It does not allocate.
func LookupMethod(b []byte) Method {
	if len(b) == 0 || len(b) > maxMethodLen {
		return MethodUnknown
	}
	return methodIndex[string(b)] // the compiler does not allocate for this conversion
}
