package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("update", false, "rewrite the golden output in testdata/script")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"timeline": func() { os.Exit(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the end-to-end CLI cases in testdata/script/*.txtar.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		UpdateScripts:       *update,
		RequireExplicitExec: true,
		Setup: func(env *testscript.Env) error {
			env.Setenv("TZ", "Pacific/Kiritimati") // output must not depend on the machine's zone
			return nil
		},
	})
}

// runCLI runs the command line in-process, as main would, in dir.
func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

// TestHelpOnce: every command's --help, -h and `help COMMAND` print its
// usage once, on stdout, and exit 0.
func TestHelpOnce(t *testing.T) {
	for _, c := range commands() {
		if c.run == nil {
			continue
		}
		for _, args := range [][]string{{c.name, "--help"}, {c.name, "-h"}, {"help", c.name}} {
			code, stdout, stderr := runCLI(t, args...)
			if code != exitOK || stderr != "" {
				t.Errorf("%q: exit %d, stderr %q; want 0 and nothing", args, code, stderr)
			}
			if n := strings.Count(stdout, "Usage: timeline "+c.name); n != 1 {
				t.Errorf("%q: usage printed %d times on stdout:\n%s", args, n, stdout)
			}
		}
	}
	for _, args := range [][]string{{"--help"}, {"-h"}, {"help"}} {
		code, stdout, stderr := runCLI(t, args...)
		if code != exitOK || stderr != "" || strings.Count(stdout, "Commands:") != 1 {
			t.Errorf("%q: exit %d, stderr %q, stdout %q", args, code, stderr, stdout)
		}
	}
}

// TestCommandLineMistakes: each mistake is said in the user's terms, on
// stderr, with exit 2, and no Go internals.
func TestCommandLineMistakes(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"biuld"}, `timeline: unknown command "biuld" (did you mean build?)`},
		{[]string{"serv"}, `(did you mean serve?)`},
		{[]string{"tga"}, `(did you mean tag?)`},
		{[]string{"evla"}, `(did you mean eval?)`},
		{[]string{"help", "sreve"}, `(did you mean serve?)`},
		{[]string{"build", "--key-dates", "x"}, "timeline build: --key-dates: want a whole number, got x\n"},
		{[]string{"build", "--key-dates=1.5"}, "--key-dates: want a whole number, got 1.5"},
		{[]string{"build", "--key-dates", "-3"}, "--key-dates must be 0 or more"},
		{[]string{"build", "--drafts=maybe"}, "--drafts: want true or false, got maybe"},
		{[]string{"serve", "--port", "abc"}, "timeline serve: --port: want a whole number, got abc"},
		{[]string{"serve", "-p", "abc"}, "--port: want a whole number, got abc"},
		{[]string{"serve", "--port", "70000"}, "--port 70000 is not a port"},
		{[]string{"serve", "--poll", "5"}, "--poll: want a duration such as 500ms, 2s or 1m, got 5"},
		{[]string{"build", "--sorce", "x"}, "unknown flag: --sorce (did you mean --source?)"},
		{[]string{"build", "--frobnicate"}, "unknown flag: --frobnicate\n"},
		{[]string{"build", "--dct", "tomorrow"}, `--dct "tomorrow": write the date as 2014-12-17`},
		{[]string{"version", "extra"}, `unexpected argument "extra"`},
		{[]string{"build", "--base-url", "javascript:alert(3)//"}, `base URL "javascript:alert(3)//": give the http:// or https:// address`},
	} {
		code, stdout, stderr := runCLI(t, tc.args...)
		if code != exitUsage || stdout != "" {
			t.Errorf("%q: exit %d, stdout %q; want 2 and nothing", tc.args, code, stdout)
		}
		if !strings.Contains(stderr, tc.want) {
			t.Errorf("%q: stderr\n%s\nwant it to hold %q", tc.args, stderr, tc.want)
		}
		for _, internal := range []string{"strconv", "ParseInt", "invalid syntax", "pflag", "invalid argument"} {
			if strings.Contains(stderr, internal) {
				t.Errorf("%q: stderr speaks Go: %q", tc.args, stderr)
			}
		}
	}
	// Nothing near: no guess.
	if _, _, stderr := runCLI(t, "frobnicate"); strings.Contains(stderr, "did you mean") {
		t.Errorf("frobnicate: %q guesses", stderr)
	}
}

// TestFlagWants runs every entry of flagWants: a flag of that type given
// its example value is told what it wanted.
func TestFlagWants(t *testing.T) {
	for _, w := range flagWants {
		fs := flagSet("test", io.Discard)
		switch w.typ {
		case "int":
			fs.Int("f", 0, "")
		case "uint":
			fs.Uint("f", 0, "")
		case "float64":
			fs.Float64("f", 0, "")
		case "bool":
			fs.Bool("f", false, "")
		case "duration":
			fs.Duration("f", 0, "")
		default:
			t.Fatalf("flagWants has %q: add it to this test", w.typ)
		}
		if got := fs.Lookup("f").Value.Type(); got != w.typ {
			t.Fatalf("flag of type %q made for %q", got, w.typ)
		}
		err := parse(fs, []string{"--f=" + w.example})
		want := "--f: want " + w.want + ", got " + w.example
		if err == nil || err.Error() != want {
			t.Errorf("%s: %v; want %q", w.typ, err, want)
		}
	}
}

func TestNearest(t *testing.T) {
	names := []string{"build", "serve", "tag", "eval", "version", "help"}
	for typed, want := range map[string]string{
		"build": "build", "biuld": "build", "buidl": "build", "bulid": "build", "BUILD": "build",
		"serv": "serve", "server": "serve", "vers": "version", "versoin": "version",
		"tga": "tag", "ta": "tag", "hlep": "help",
		"x": "", "frobnicate": "", "bake": "", "": "",
	} {
		if got := nearest(typed, names); got != want {
			t.Errorf("nearest(%q) = %q, want %q", typed, got, want)
		}
	}
}

// TestBusyPort: a port in use names --port and make serve PORT=.
func TestBusyPort(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skip("cannot listen on loopback:", err)
	}
	defer ln.Close()
	port := strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)
	dir := t.TempDir()
	code, _, stderr := runCLI(t, "serve", "--port", port, "--source", filepath.Join(dir, "content"), "--output", filepath.Join(dir, "public"))
	if code != exitError {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{"port " + port + " on 127.0.0.1 is already in use", "--port ", "make serve PORT="} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr %q does not say %q", stderr, want)
		}
	}
}

// fakeTerminal stands in for a terminal: progress shows on it at once.
type fakeTerminal struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (f *fakeTerminal) ProgressAfter() time.Duration { return 0 }

func (f *fakeTerminal) Write(p []byte) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.b.Write(p)
}

// screen is the lines a terminal shows after out: \r\033[K wipes the
// line being drawn.
func screen(out string) []string {
	var lines []string
	for _, l := range strings.SplitAfter(out, "\n") {
		if i := strings.LastIndex(l, "\r\033[K"); i >= 0 {
			l = l[i+len("\r\033[K"):]
		}
		if l = strings.TrimSuffix(l, "\n"); l != "" {
			lines = append(lines, l)
		}
	}
	return lines
}

// TestProgress: on a terminal a build and a tag run show a line per
// stage; not on anything else, nor with -q; the summary is as ever.
func TestProgress(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "content")
	os.MkdirAll(src, 0o755)
	for i, day := range []string{"16", "17", "18"} {
		body := fmt.Sprintf("---\ntitle: Report %d\ndate: 2014-12-%s\noutlet: Ledger\n---\nThe studio canceled the premiere on Tuesday. Theaters dropped the film on Wednesday.\n", i, day)
		if err := os.WriteFile(filepath.Join(src, fmt.Sprintf("r%d.md", i)), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	build := []string{"build", "-s", src, "-o", filepath.Join(dir, "public")}

	term := &fakeTerminal{}
	var stdout bytes.Buffer
	if code := run(context.Background(), build, &stdout, term); code != exitOK {
		t.Fatalf("build: exit %d: %s", code, term.b.String())
	}
	got := screen(term.b.String())
	want := []string{`^finding articles +[0-9.]+s$`, `^reading articles +3 +[0-9.]+s$`, `^resolving time expressions +3 +[0-9.]+s$`,
		`^extracting events +3 +[0-9.]+s$`, `^merging events +[0-9]+ +[0-9.]+s$`, `^writing the site +[0-9]+ +[0-9.]+s$`}
	if len(got) != len(want) {
		t.Fatalf("build on a terminal shows\n%s\nwant %d lines", strings.Join(got, "\n"), len(want))
	}
	for i, w := range want {
		// A stage slow enough (a loaded machine) also shows its rate.
		w = strings.Replace(w, ` +[0-9.]+s$`, `( +[0-9,.]+/s)? +[0-9.]+s$`, 1)
		if !regexp.MustCompile(w).MatchString(got[i]) {
			t.Errorf("line %d: %q, want %s", i, got[i], w)
		}
	}
	if !regexp.MustCompile(`^built 3 articles, [0-9]+ events into .*public in [0-9.]+m?s\n$`).MatchString(stdout.String()) {
		t.Errorf("summary %q", stdout.String())
	}

	// Not a terminal: the summary alone.
	code, out, errs := runCLI(t, build...)
	if code != exitOK || errs != "" || !strings.HasPrefix(out, "built 3 articles") {
		t.Errorf("not a terminal: exit %d, stderr %q, stdout %q", code, errs, out)
	}
	// -q on a terminal: nothing at all.
	term = &fakeTerminal{}
	stdout.Reset()
	if code := run(context.Background(), append(build, "-q"), &stdout, term); code != exitOK || term.b.Len() != 0 || stdout.Len() != 0 {
		t.Errorf("-q: exit %d, stderr %q, stdout %q", code, term.b.String(), stdout.String())
	}

	// tag: a line for the files, ended before the results are printed.
	term = &fakeTerminal{}
	stdout.Reset()
	files, _ := filepath.Glob(filepath.Join(src, "*.md"))
	if code := run(context.Background(), append([]string{"tag"}, files...), &stdout, term); code != exitOK {
		t.Fatalf("tag: exit %d: %s", code, term.b.String())
	}
	if got := screen(term.b.String()); len(got) != 1 || !regexp.MustCompile(`^tagging files +3( +[0-9,.]+/s)? +[0-9.]+s$`).MatchString(got[0]) {
		t.Errorf("tag on a terminal shows %q", got)
	}
	if !strings.Contains(stdout.String(), `"text":"Tuesday"`) {
		t.Errorf("tag printed %q", stdout.String())
	}
	code, _, errs = runCLI(t, append([]string{"tag"}, files...)...)
	if code != exitOK || errs != "" {
		t.Errorf("tag not on a terminal: exit %d, stderr %q", code, errs)
	}
}
