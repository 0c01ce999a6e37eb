package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// openPTY opens a pseudo-terminal pair: the master (the "keyboard and
// screen") and the slave (the program's terminal).
func openPTY(t *testing.T) (master, slave *os.File) {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals: %v", err)
	}
	fd := int(m.Fd())
	if err := unix.IoctlSetPointerInt(fd, unix.TIOCSPTLCK, 0); err != nil {
		m.Close()
		t.Skipf("unlockpt: %v", err)
	}
	n, err := unix.IoctlGetUint32(fd, unix.TIOCGPTN)
	if err != nil {
		m.Close()
		t.Skipf("ptsname: %v", err)
	}
	s, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		m.Close()
		t.Skipf("open slave: %v", err)
	}
	_ = unix.IoctlSetWinsize(int(s.Fd()), unix.TIOCSWINSZ, &unix.Winsize{Row: 30, Col: 100})
	return m, s
}

// screen collects what the program writes to its terminal.
type screen struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (s *screen) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.String()
}

func (s *screen) waitFor(t *testing.T, want string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if strings.Contains(s.String(), want) {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("terminal never showed %q; it shows %q", want, s.String())
}

func TestREPLOnATerminal(t *testing.T) {
	master, slave := openPTY(t)
	defer master.Close()
	defer slave.Close()
	before, err := unix.IoctlGetTermios(int(slave.Fd()), unix.TCGETS)
	if err != nil {
		t.Skipf("tcgets: %v", err)
	}
	scr := &screen{}
	go func() {
		b := make([]byte, 4096)
		for {
			n, err := master.Read(b)
			scr.mu.Lock()
			scr.buf.Write(b[:n])
			scr.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	done := make(chan int, 1)
	go func() { done <- run(nil, slave, slave, slave) }()

	scr.waitFor(t, "> ")
	master.WriteString("1+1\r")
	scr.waitFor(t, "2")
	master.WriteString("[process.stdin.isTTY, process.stdout.isTTY, process.stdout.columns, process.stdin.isRaw]\r")
	scr.waitFor(t, "100")
	master.WriteString("var s = 'x\x7fy'\r")
	master.WriteString("s\r")
	scr.waitFor(t, "'y'")
	master.WriteString("\x1b[A\x1b[A\r") // history: the line before the last
	scr.waitFor(t, "> var s = 'y'\x1b[14G\r")
	master.WriteString(".exit\r")
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("exit code %d; screen %q", code, scr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatalf("the REPL did not exit; screen %q", scr.String())
	}
	out := scr.String()
	for _, want := range []string{"1+1\r\r\n", "[ \x1b[33mtrue\x1b[39m, \x1b[33mtrue\x1b[39m, \x1b[33m100\x1b[39m, \x1b[33mtrue\x1b[39m ]", "\x1b[33m2\x1b[39m"} {
		if !strings.Contains(out, want) {
			t.Errorf("screen lacks %q:\n%q", want, out)
		}
	}
	after, err := unix.IoctlGetTermios(int(slave.Fd()), unix.TCGETS)
	if err != nil {
		t.Fatal(err)
	}
	if after.Lflag != before.Lflag || after.Iflag != before.Iflag {
		t.Errorf("terminal mode not restored: lflag %#x → %#x, iflag %#x → %#x", before.Lflag, after.Lflag, before.Iflag, after.Iflag)
	}
}
