package main

import (
	"runtime/debug"

	"github.com/newsroom/timeline/timeline"
)

func version() string {
	if timeline.Version != "dev" {
		return timeline.Version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}
