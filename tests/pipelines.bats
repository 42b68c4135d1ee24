#!/usr/bin/env bats
# pipelines/news-cron and pipelines/news-parallel on the sample articles.

load 'helper'

P="$BATS_TEST_DIRNAME/../pipelines"
SAMPLES="$BATS_TEST_DIRNAME/../pipelines/samples"

need_all() {
	for f in aread anorm asplit atag aevent adedup; do
		command -v "$f" >/dev/null || skip "$f is not built yet"
	done
	ls "$SAMPLES"/*.txt >/dev/null 2>&1 || skip "no sample articles"
}

@test "news-cron: events appended, articles moved to done" {
	need_all
	mkdir -p "$TMP/spool"
	cp "$SAMPLES"/*.txt "$TMP/spool/"
	n=$(ls "$SAMPLES"/*.txt | wc -l)
	run "$P/news-cron" "$TMP/spool" "$TMP/events.ndjson"
	echo "$output"
	[ "$status" -le 1 ]
	[ "$(ls "$TMP/spool/done" | wc -l)" -eq "$n" ]
	[ -z "$(ls "$TMP/spool"/*.txt 2>/dev/null)" ]
	[ -s "$TMP/events.ndjson" ]
	grep -q '"type":' "$TMP/events.ndjson"
}

@test "news-cron: articles delivered again add no event (state)" {
	need_all
	mkdir -p "$TMP/spool"
	cp "$SAMPLES"/*.txt "$TMP/spool/"
	run "$P/news-cron" "$TMP/spool" "$TMP/events.ndjson"
	[ "$status" -le 1 ]
	before=$(wc -l <"$TMP/events.ndjson")
	[ "$before" -gt 0 ]
	cp "$SAMPLES"/*.txt "$TMP/spool/"
	run "$P/news-cron" "$TMP/spool" "$TMP/events.ndjson"
	[ "$status" -le 1 ]
	[ "$(wc -l <"$TMP/events.ndjson")" -eq "$before" ]
}

@test "news-cron: a second run waits for the lock, then does nothing" {
	need_all
	mkdir -p "$TMP/spool"
	cp "$SAMPLES"/*.txt "$TMP/spool/"
	flock "$TMP/spool/.lock" sleep 3 &
	sleep 0.5
	run "$P/news-cron" "$TMP/spool" "$TMP/events.ndjson"
	[ "$status" -eq 0 ]
	[[ "$output" == *"another run"* ]]
	[ ! -s "$TMP/events.ndjson" ]
	[ -n "$(ls "$TMP/spool"/*.txt)" ]
	wait
}

@test "news-cron: a failing stage appends nothing and keeps the articles" {
	need_all
	mkdir -p "$TMP/spool" "$TMP/bin"
	cp "$SAMPLES"/*.txt "$TMP/spool/"
	for f in aread anorm asplit aevent adedup; do ln -s "$(command -v $f)" "$TMP/bin/$f"; done
	printf '#!/bin/sh\ncat >/dev/null\nexit 2\n' >"$TMP/bin/atag"
	chmod +x "$TMP/bin/atag"
	run "$P/news-cron" -b "$TMP/bin" "$TMP/spool" "$TMP/events.ndjson"
	echo "$output"
	[ "$status" -eq 2 ]
	[[ "$output" == *"atag failed"* ]]
	[ ! -s "$TMP/events.ndjson" ]
	[ -z "$(ls "$TMP/spool/done")" ]
	# the next, healthy run takes them up
	run "$P/news-cron" "$TMP/spool" "$TMP/events.ndjson"
	[ "$status" -le 1 ]
	[ -s "$TMP/events.ndjson" ]
}

@test "news-cron: usage errors exit 2" {
	run "$P/news-cron"
	[ "$status" -eq 2 ]
	run "$P/news-cron" /nonexistent "$TMP/e"
	[ "$status" -eq 2 ]
}

@test "news-parallel: the same events as one process" {
	need_all
	aread "$SAMPLES"/*.txt | anorm | asplit | atag | aevent | adedup --events >"$TMP/one" || true
	run bash -c "'$P/news-parallel' -j 3 '$SAMPLES'/*.txt >'$TMP/par'"
	echo "$output"
	[ "$status" -le 1 ]
	[ -s "$TMP/par" ]
	diff "$TMP/one" "$TMP/par"
}

@test "news-parallel: -d DIR and -j 1" {
	need_all
	run bash -c "'$P/news-parallel' -j 1 -d '$SAMPLES' >'$TMP/par'"
	[ "$status" -le 1 ]
	[ -s "$TMP/par" ]
	run bash -c "'$P/news-parallel' -j 0 -d '$SAMPLES'"
	[ "$status" -eq 2 ]
}
