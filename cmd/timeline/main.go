// Command timeline turns a folder of news articles into a source-cited
// event timeline site.
//
//	timeline build   render content/ into public/
//	timeline serve   build, serve on 127.0.0.1, rebuild and reload on change
//	timeline extract read articles into records, one JSON line each
//	timeline render  merge records into the site, as build would
//	timeline tag     find and resolve time expressions (JSON, text or TimeML)
//	timeline eval    score TimeML against gold TimeML (TempEval-3 Task A)
//	timeline version print the version
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"

	"github.com/spf13/pflag"
)

// Exit codes.
const (
	exitOK    = 0
	exitError = 1 // the command ran and failed: bad article, unwritable output
	exitUsage = 2 // the command line was wrong
)

func main() {
	// A build is one pass that then exits, and its live heap is small next
	// to a machine's memory: collecting half as often made Timeline17's
	// build 7% faster for 30% more memory. So that this never costs a
	// large collection a gigabyte (10,000 articles peaked at 0.85-1.03 GB
	// without it), the heap is held to buildMemoryLimit, past which the
	// collector works as often as it must: 10,000 articles then peak at
	// 0.8 GB, as fast (0.5 GB since a build holds less: README,
	// Performance). GOGC and GOMEMLIMIT, when set, decide instead.
	// serve keeps Go's defaults: it lives long and holds its cache.
	if len(os.Args) > 1 && (os.Args[1] == "build" || os.Args[1] == "tag" || os.Args[1] == "extract" || os.Args[1] == "render") {
		if _, set := os.LookupEnv("GOGC"); !set {
			debug.SetGCPercent(buildGCPercent)
		}
		if _, set := os.LookupEnv("GOMEMLIMIT"); !set {
			debug.SetMemoryLimit(buildMemoryLimit)
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// buildGCPercent and buildMemoryLimit are GOGC and GOMEMLIMIT for
// one-shot commands.
const (
	buildGCPercent   = 200
	buildMemoryLimit = 768 << 20
)

type command struct {
	name, args, summary string
	run                 func(ctx context.Context, args []string, stdout, stderr io.Writer) error
}

func commands() []command {
	return []command{
		{"build", "[flags]", "render the articles in --source into a static site in --output", runBuild},
		{"serve", "[flags]", "build, serve the site on 127.0.0.1, rebuild and reload pages on change", runServe},
		{"extract", "[flags] [FILE...]", "read articles (FILE..., or stdin lines: a path or {\"path\":…,\"text\":…}) into records, one JSON line each on stdout", runExtract},
		{"render", "[flags] --records FILE", "merge records from extract into the site, as build would write it", runRender},
		{"tag", "[flags] FILE... | --timeml IN_DIR OUT_DIR", "find and resolve time expressions, as JSON lines, a table or TimeML", runTag},
		{"eval", "--gold DIR --system DIR", "score TimeML files against gold ones (TempEval-3 Task A)", runEval},
		{"version", "", "print the version", runVersion},
		{"help", "[COMMAND]", "show help for a command", nil},
	}
}

// usageError is a mistake on the command line: exit 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return &usageError{fmt.Sprintf(format, args...)} }

// errReported is a failure the command has already explained: exit 1
// with nothing more said.
var errReported = errors.New("failed; the reason was printed")

// run is main without the process: tests call it directly.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	name, rest := args[0], args[1:]
	switch name {
	case "-h", "--help", "help":
		if name == "help" && len(rest) > 0 {
			return run(ctx, []string{rest[0], "--help"}, stdout, stderr)
		}
		usage(stdout)
		return exitOK
	case "-v", "--version":
		name = "version"
	}
	for _, c := range commands() {
		if c.name != name || c.run == nil {
			continue
		}
		err := c.run(ctx, rest, stdout, stderr)
		var ue *usageError
		switch {
		case err == nil:
			return exitOK
		case errors.Is(err, pflag.ErrHelp):
			return exitOK
		case errors.Is(err, errReported):
			return exitError
		case errors.As(err, &ue):
			fmt.Fprintf(stderr, "timeline %s: %v\nRun 'timeline %s --help' for usage.\n", name, err, name)
			return exitUsage
		case errors.Is(err, context.Canceled):
			fmt.Fprintln(stderr, "timeline: interrupted")
			return exitError
		default:
			fmt.Fprintf(stderr, "timeline %s: %v\n", name, err)
			return exitError
		}
	}
	fmt.Fprintf(stderr, "timeline: unknown command %q%s\n", name, didYouMean(name, commandNames()))
	fmt.Fprintln(stderr, "Run 'timeline --help' for the list of commands.")
	return exitUsage
}

func commandNames() []string {
	var names []string
	for _, c := range commands() {
		names = append(names, c.name)
	}
	return names
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "timeline turns a folder of news articles into a source-cited event timeline site.")
	fmt.Fprintln(w, "\nUsage:\n  timeline COMMAND [flags]\n\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'timeline COMMAND --help' for a command's flags.")
	fmt.Fprintln(w, "Exit codes: 0 success, 1 the command failed (the message names the file and line), 2 bad command line.")
}

// flagSet makes a command's flag set. Its usage, which pflag prints
// itself for --help or -h, goes to stdout: help asked for is output, not
// an error.
func flagSet(name string, stdout io.Writer) *pflag.FlagSet {
	fs := pflag.NewFlagSet(name, pflag.ContinueOnError)
	fs.SetOutput(io.Discard) // a bad flag is reported once, by run
	fs.SortFlags = false
	for _, c := range commands() {
		if c.name == name {
			fs.Usage = func() {
				fmt.Fprintf(stdout, "Usage: timeline %s\n\n%s.\n", strings.TrimSpace(name+" "+c.args), capitalize(c.summary))
				if fs.HasFlags() {
					fmt.Fprintf(stdout, "\nFlags:\n%s", fs.FlagUsages())
				}
			}
		}
	}
	return fs
}

// parse parses flags; a bad flag is a usage error, said in the words of
// the command line rather than of the parser.
func parse(fs *pflag.FlagSet, args []string) error {
	err := fs.Parse(args)
	if err == nil || errors.Is(err, pflag.ErrHelp) {
		return err
	}
	return &usageError{flagMessage(fs, err)}
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func runVersion(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flagSet("version", stdout)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected argument %q", fs.Arg(0))
	}
	fmt.Fprintln(stdout, "timeline", version())
	return nil
}
