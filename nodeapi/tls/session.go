package tls

import (
	gotls "crypto/tls"
	"encoding/binary"
	"sync"

	"github.com/dop251/goja"
	"github.com/isonode/isonode/nodeapi/buffer"
)

// Session resumption. A server resumes the sessions of its secure
// context: its tickets are sealed with keys the context makes once (Go's
// session tickets, TLS 1.2 and 1.3). A client's sessions are crypto/tls
// ClientSessionStates, handed to JS serialized (getSession(), the
// 'session' event) and taken back with the `session` option.
//
// The serialized form is the ticket's length (uvarint), the ticket, then
// the tls.SessionState bytes.

// clientSessions is one client connection's ClientSessionCache: Get
// offers the session of the `session` option, Put keeps the newest one
// the server gave (and tells JS). Any goroutine.
type clientSessions struct {
	c      *conn
	offer  *gotls.ClientSessionState
	mu     sync.Mutex
	latest []byte // serialized; nil until the server gave a session
}

func (cs *clientSessions) Get(string) (*gotls.ClientSessionState, bool) {
	return cs.offer, cs.offer != nil
}

func (cs *clientSessions) Put(_ string, st *gotls.ClientSessionState) {
	if st == nil {
		return
	}
	b := marshalSession(st)
	if b == nil {
		return
	}
	cs.mu.Lock()
	cs.latest = b
	cs.mu.Unlock()
	c := cs.c
	c.post(func() {
		if c.s.onsession != nil {
			c.s.iso.MakeCallback(c.s.onsession, goja.Undefined(), c.owner, buffer.New(c.s.c, append([]byte(nil), b...)))
		}
	})
}

// session is the newest serialized session, or nil.
func (cs *clientSessions) session() []byte {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	return cs.latest
}

func marshalSession(st *gotls.ClientSessionState) []byte {
	ticket, state, err := st.ResumptionState()
	if err != nil || state == nil {
		return nil
	}
	sb, err := state.Bytes()
	if err != nil {
		return nil
	}
	out := binary.AppendUvarint(nil, uint64(len(ticket)))
	out = append(out, ticket...)
	return append(out, sb...)
}

// unmarshalSession reads what marshalSession wrote; nil when b is not a
// session (Node ignores a bad `session` option).
func unmarshalSession(b []byte) *gotls.ClientSessionState {
	n, k := binary.Uvarint(b)
	if k <= 0 || uint64(len(b)-k) < n {
		return nil
	}
	ticket := append([]byte(nil), b[k:k+int(n)]...)
	state, err := gotls.ParseSessionState(b[k+int(n):])
	if err != nil {
		return nil
	}
	st, err := gotls.NewResumptionState(ticket, state)
	if err != nil {
		return nil
	}
	return st
}
