#!/usr/bin/env bats
# Three short rounds of tests/fuzz (fixed seeds) for every installed filter (make test, and
# make asan under ASan + UBSan).  make fuzz runs longer rounds.

load 'helper'

bindir() {
	if [ -n "${AKHBAR_PREFIX:-}" ] && [ -d "$AKHBAR_PREFIX/bin" ]; then
		echo "$AKHBAR_PREFIX/bin"
	else
		for f in anorm aread asplit atag aevent adedup; do
			command -v "$f" >/dev/null && { dirname "$(command -v "$f")"; return; }
		done
		echo /nonexistent
	fi
}

fuzz1() {
	b=$(bindir)
	[ -x "$b/$1" ] || skip "$1 is not built yet"
	FUZZ_CRASHES="$TMP/crashes" run sh "$BATS_TEST_DIRNAME/fuzz" -f "$1" -r 3 -s 1 "$b" 300
	echo "$output"
	[ "$status" -eq 0 ]
	[[ "$output" == *"0 failures"* ]]
}

@test "fuzz: aread survives damaged articles" { fuzz1 aread; }
@test "fuzz: anorm survives damaged records, 1:1" { fuzz1 anorm; }
@test "fuzz: asplit survives damaged documents, loses none" { fuzz1 asplit; }
@test "fuzz: atag survives damaged sentences, 1:1" { fuzz1 atag; }
@test "fuzz: aevent survives damaged tagged sentences" { fuzz1 aevent; }
@test "fuzz: adedup survives damaged records" { fuzz1 adedup; }

# the fuzzer itself must be able to fail
fake() {
	mkdir -p "$TMP/fake"
	printf '#!/bin/sh\n# a fake anorm: --reject FILE, then the input\nREJ=$2; shift 2\n%s\n' "$1" >"$TMP/fake/anorm"
	chmod +x "$TMP/fake/anorm"
	FUZZ_CRASHES="$TMP/crashes" run sh "$BATS_TEST_DIRNAME/fuzz" -f anorm -s 1 "$TMP/fake" 50
	echo "$output"
}

@test "fuzz: catches a filter that loses a line" {
	real=$(bindir)/anorm
	[ -x "$real" ] || skip "anorm is not built yet"
	fake "$real --reject \"\$REJ\" \"\$1\" >\"\$1.out\"; s=\$?; grep -a -v '^{\"id\":\"sn000007\"' \"\$1.out\"; exit \$s"
	[ "$status" -eq 1 ]
	[[ "$output" == *"1:1 filter"* ]]
}

@test "fuzz: catches a crash and narrows it to one line" {
	fake "grep -q '^{\"id\":\"fz000009\"' \"\$1\" && kill -SEGV \$\$; cat \"\$1\""
	[ "$status" -eq 1 ]
	[[ "$output" == *"signal 11"* ]]
	[[ "$output" == *"narrowed to line"* ]]
}

@test "fuzz: a missing filter is skipped with a note" {
	mkdir -p "$TMP/empty"
	run sh "$BATS_TEST_DIRNAME/fuzz" -f atag "$TMP/empty" 10
	[ "$status" -eq 0 ]
	[[ "$output" == *"atag: not built, skipped"* ]]
}
