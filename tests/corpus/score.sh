#!/bin/sh
# Score the pipeline on our own held-out-style corpus (tests/corpus), the
# same way ../shared/eval/score scores it on the published dev articles.
# Usage: tests/corpus/score.sh [DIR] [--show N] [--json]
# DIR holds the installed filters (as for --bin); without it the scorer
# builds and installs the tree itself.
# Never part of `make check`: the scorer lives outside the project.
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
score="$root/../shared/eval/score"
if [ ! -x "$score" ]; then
	echo "corpus/score.sh: $score not found: skipped" >&2
	exit 0
fi
case $1 in
-*|'') ;;
*)	bin=$(cd "$1" && pwd) || exit 2; shift; set -- --bin "$bin" "$@" ;;
esac
cd "$root" && exec "$score" --corpus tests/corpus "$@"
