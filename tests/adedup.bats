#!/usr/bin/env bats
# adedup: exact, near-duplicate and event deduplication, the state file.
# The articles and events in fixtures/adedup are composed for these tests.

load 'helper'

D="$BATS_TEST_DIRNAME/fixtures/adedup"

# n records {"id":"rI","k":"kI mod m"}
gen() {
	awk -v n="$1" -v m="$2" 'BEGIN { for (i = 0; i < n; i++)
	    printf "{\"id\":\"r%d\",\"k\":\"k%d\",\"pad\":\"%s\"}\n", i, i % m, "xxxxxxxxxxxxxxxx" }'
}

@test "adedup: --help, --version, usage errors" {
	run adedup --help
	[ "$status" -eq 0 ]
	[[ "${lines[0]}" == "usage: adedup"* ]]
	run adedup --version
	[ "$status" -eq 0 ]
	[[ "$output" == *0.* ]]
	for bad in "--no-such-option" "--threshold 2" "--threshold x" \
	    "--shard 0/2" "--shard 3/2" "--shard 1" "--near --shard 1/2" \
	    "--key a --events" "--days -1" "--now 2024-13-01" "--key ,"; do
		run adedup $bad </dev/null
		echo "$bad: $status $output"
		[ "$status" -eq 2 ]
	done
}

@test "adedup --key: the first of each key, in input order" {
	printf '%s\n' '{"id":"a","k":1,"t":"x"}' '{"id":"b","k":2}' \
	    '{"id":"c","k":1,"t":"y"}' '{"id":"d","k":[1, {"a": 2}]}' \
	    '{"id":"e","k":[1,{"a":2}]}' '{"id":"f","k":"1"}' '{"id":"g"}' \
	    '{"id":"h","k":null}' '{"id":"i"}' >"$TMP/in"
	run adedup --key k "$TMP/in"
	[ "$status" -eq 0 ]
	[ "$output" = "$(printf '%s\n' '{"id":"a","k":1,"t":"x"}' '{"id":"b","k":2}' \
	    '{"id":"d","k":[1, {"a": 2}]}' '{"id":"f","k":"1"}' '{"id":"g"}' '{"id":"h","k":null}')" ]
}

@test "adedup --key: several fields, strings by their value" {
	printf '%s\n' '{"a":"x","b":"y"}' '{"a":"x","b":"z"}' '{"b":"y","a":"\u0078"}' \
	    '{"a":"xy","b":""}' '{"a":"x","b":"y","c":1}' >"$TMP/in"
	run adedup -k a,b "$TMP/in"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 3 ]
	[ "${lines[2]}" = '{"a":"xy","b":""}' ]
}

@test "adedup --mark: every record kept, duplicates point at the first" {
	printf '%s\n' '{"id":"a","k":1}' '{"id":"b","k":1}' '{"k":2}' '{"k":2,"z":0}' >"$TMP/in"
	run adedup --key k --mark "$TMP/in"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 4 ]
	[ "${lines[1]}" = '{"id":"b","k":1,"dup_of":"a"}' ]
	# no id: a hash of the first record's line, the same on every run
	h=$(printf '%s\n' '{"k":2}' '{"k":2}' | adedup -k k --mark | sed -n 2p)
	[[ "${lines[3]}" == '{"k":2,"z":0,"dup_of":"'????????????????'"}' ]]
	[ "${lines[3]#*dup_of}" = "${h#*dup_of}" ]
}

@test "adedup: records go out as the very bytes read" {
	printf '{"id":"x", "a"\f:1 }\n{"id":"y","a":1}\n' >"$TMP/in"
	adedup -k a --mark "$TMP/in" >"$TMP/out"
	printf '{"id":"x", "a"\f:1 }\n{"id":"y","a":1,"dup_of":"x"}\n' | cmp - "$TMP/out"
	printf '{"id":"x","reports":[]}\n' | adedup --events | cmp - <(printf '{"id":"x","reports":[]}\n')
}

@test "adedup: bad lines are reported, rejected, and do not stop it" {
	printf '%s\n' '{"id":"a","k":1}' 'not json' '{"id":"b","k":1}' '{"id":"c","k":2}' >"$TMP/in"
	run adedup --key k --reject "$TMP/rej" "$TMP/in"
	[ "$status" -eq 1 ]
	[[ "$output" == *"adedup: $TMP/in:2: "* ]]
	[ "$(cat "$TMP/rej")" = 'not json' ]
	[ "$(adedup --key k "$TMP/in" 2>/dev/null | wc -l)" -eq 2 ]
}

@test "adedup --near: edited copies merge, distinct articles on a topic do not" {
	command -v python3 >/dev/null || skip "python3 needed to score"
	run bash -c "adedup --near --mark '$D/near.jsonl' | python3 '$D/prf.py'"
	echo "$output"
	[ "$status" -eq 0 ]
	p=$(echo "$output" | awk '{ print $6 }')
	r=$(echo "$output" | awk '{ print $8 }')
	awk -v p="$p" -v r="$r" 'BEGIN { exit !(p >= 0.96 && r >= 0.95) }'
	# dropping: one record per article survives
	[ "$(adedup --near "$D/near.jsonl" | wc -l)" -eq 14 ]
	# the follow-up that shares a background paragraph is its own story
	adedup --near "$D/near.jsonl" | grep -Eq '"cluster": *"a3"'
	adedup --near "$D/near.jsonl" | grep -Eq '"cluster": *"a1"'
}

@test "adedup --near: another field, the threshold, records without text" {
	printf '%s\n' '{"id":1,"body":"وصل وزير الخارجية إلى بغداد صباح اليوم في زيارة رسمية"}' \
	    '{"id":2,"body":"وصل وزير الخارجية إلى بغداد صباح اليوم في زيارة رسمية قصيرة"}' \
	    '{"id":3}' '{"id":4,"body":""}' '{"id":5,"body":"وصل وزير الخارجيه الى بغداد صباح اليوم في زيارة رسمية"}' >"$TMP/in"
	run adedup --near=body --mark "$TMP/in"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 5 ]
	[[ "${lines[1]}" == *'"dup_of":"1"}' ]]
	[ "${lines[2]}" = '{"id":3}' ]
	[ "${lines[3]}" = '{"id":4,"body":""}' ]
	# folding makes 5 the same text as 1
	[[ "${lines[4]}" == *'"dup_of":"1"}' ]]
	[ "$(adedup --near=body -t 1 "$TMP/in" | wc -l)" -eq 4 ]
}

@test "adedup --events: one event reported by several outlets survives once" {
	run adedup --events --mark "$D/events.jsonl"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 13 ]
	# each record's expect field: keep, or the id of the first report
	for l in "${lines[@]}"; do
		want=$(echo "$l" | sed 's/.*"expect": *"\([^"]*\)".*/\1/')
		got=keep
		[[ "$l" == *'"dup_of":'* ]] && got=$(echo "$l" | sed 's/.*"dup_of":"\([^"]*\)".*/\1/')
		echo "$want $got"
		[ "$want" = "$got" ]
	done
	run adedup --events "$D/events.jsonl"
	[ "${#lines[@]}" -eq 7 ]
	# the kept record gathers the others: doc, sid, id
	[[ "${lines[0]}" == *'"reports":[{"doc":"x1","sid":3,"id":"x1-3"},{"doc":"x2","sid":1,"id":"x2-1"},{"doc":"x3","sid":0,"id":"x3-0"}]}' ]]
}

@test "adedup --events: --days, symmetric types, place and country" {
	ev() {	# type src scc tgt tcc date loc
		printf '{"doc":"d%s","sid":0,"type":"%s","source":{"text":"%s","country":"%s"},"target":{"text":"%s","country":"%s"},"date":"%s","location":%s}\n' \
		    "$RANDOM" "$@"
	}
	{ ev MEET 'زيد' IRQ 'عمرو' TUR 2024-01-01 null
	  ev MEET 'زيد' IRQ 'عمرو' TUR 2024-01-03 null; } >"$TMP/in"
	[ "$(adedup --events "$TMP/in" | wc -l)" -eq 2 ]
	[ "$(adedup --events --days 2 "$TMP/in" | wc -l)" -eq 1 ]
	{ ev CONSULT 'زيد' IRQ 'عمرو' TUR 2024-01-01 null
	  ev CONSULT 'عمرو' TUR 'زيد' IRQ 2024-01-01 null
	  ev ASSAULT 'زيد' IRQ 'عمرو' TUR 2024-01-01 null
	  ev ASSAULT 'عمرو' TUR 'زيد' IRQ 2024-01-01 null; } >"$TMP/in"
	[ "$(adedup --events "$TMP/in" | wc -l)" -eq 3 ]
	{ ev PROTEST 'متظاهرون' IRQ 'الحكومة' IRQ 2024-01-01 '"بغداد"'
	  ev PROTEST 'متظاهرون' IRQ 'الحكومة' IRQ 2024-01-01 '"البصرة"'
	  ev PROTEST 'متظاهرون' IRQ 'الحكومة' IRQ 2024-01-01 '"العراق"'
	  ev PROTEST 'متظاهرون' IRN 'الحكومة' IRN 2024-01-01 '"طهران"'; } >"$TMP/in"
	# a duplicate follows the first of its cluster
	run adedup --events --mark "$TMP/in"
	[ "${#lines[@]}" -eq 4 ]
	[[ "${lines[1]}" == *'"location":"العراق"'*dup_of* ]]
	[[ "${lines[2]}" == *'"location":"البصرة"}' ]]
	[[ "${lines[3]}" == *'"location":"طهران"}' ]]
}

@test "adedup --events: compatible is not enough, the reports must share names" {
	ev() {	# doc sid src scc date doc_date
		printf '{"doc":"%s","sid":%s,"type":"ASSAULT","source":{"text":"%s","country":"%s"},"target":null,"date":"%s","location":null,"doc_date":"%s"}\n' "$@"
	}
	# two bare "Iraqi forces" in two articles, on the articles' own dates
	{ ev a 1 'القوات العراقية' IRQ 2024-01-01 2024-01-01
	  ev b 4 'الجيش العراقي' IRQ 2024-01-01 2024-01-01; } >"$TMP/in"
	[ "$(adedup --events "$TMP/in" | wc -l)" -eq 2 ]
	# ... in one sentence: one event said twice
	{ ev a 1 'القوات العراقية' IRQ 2024-01-01 2024-01-01
	  ev a 1 'الجيش العراقي' IRQ 2024-01-01 2024-01-01; } >"$TMP/in"
	[ "$(adedup --events "$TMP/in" | wc -l)" -eq 1 ]
	# ... nor a shared day that is not the articles' own
	{ ev a 1 'القوات العراقية' IRQ 2023-12-30 2024-01-01
	  ev b 4 'الجيش العراقي' IRQ 2023-12-30 2024-01-02; } >"$TMP/in"
	[ "$(adedup --events "$TMP/in" | wc -l)" -eq 2 ]
	# a named actor is enough, so is the same place on the same day
	{ ev a 1 'اللواء يحيى رسول' IRQ 2024-01-01 2024-01-01
	  ev b 4 'يحيى رسول' IRQ 2024-01-02 2024-01-02; } >"$TMP/in"
	[ "$(adedup --events "$TMP/in" | wc -l)" -eq 1 ]
	{ ev a 1 'القوات العراقية' IRQ 2024-01-01 2024-01-01
	  ev b 4 'الجيش العراقي' IRQ 2024-01-01 2024-01-01; } |
	    sed 's/"location":null/"location":"الفلوجة"/' >"$TMP/in"
	[ "$(adedup --events "$TMP/in" | wc -l)" -eq 1 ]
}

@test "adedup --events: a cluster is written once the dates move past it" {
	ev() { printf '{"id":"%s","doc":"%s","sid":0,"type":"CONSULT","source":{"text":"زيد","country":"IRQ"},"target":null,"date":"%s","location":null,"doc_date":"%s"}\n' "$@"; }
	{ ev e1 a 2024-01-01 2024-01-01; ev e2 b 2024-01-01 2024-01-02
	  ev e3 c 2024-02-01 2024-02-01; sleep 3; ev e4 d 2024-02-01 2024-02-01; } |
	    adedup -u --events >"$TMP/out" &
	sleep 1.5
	# e1 (with e2's report) is out before the input ends; e3 still waits
	[ "$(wc -l <"$TMP/out")" -eq 1 ]
	grep -q '"id":"e1".*"reports":\[{"doc":"b"' "$TMP/out"
	wait
	[ "$(wc -l <"$TMP/out")" -eq 2 ]
}

@test "adedup --state: a second run writes only what is new" {
	gen 100 100 >"$TMP/a"
	gen 150 150 >"$TMP/b"
	adedup --key k --state "$TMP/st" "$TMP/a" >"$TMP/o1"
	[ "$(wc -l <"$TMP/o1")" -eq 100 ]
	adedup --key k --state "$TMP/st" "$TMP/b" >"$TMP/o2"
	[ "$(wc -l <"$TMP/o2")" -eq 50 ]
	[ "$(head -1 "$TMP/o2")" = "$(sed -n 101p "$TMP/b")" ]
	# --mark across runs: the first's id from the earlier run
	printf '%s\n' '{"id":"z","k":"k3"}' | adedup -k k --mark --state "$TMP/st" >"$TMP/o3"
	[ "$(cat "$TMP/o3")" = '{"id":"z","k":"k3","dup_of":"r3"}' ]
	# another mode, or a damaged file: refused
	run adedup --key id --state "$TMP/st" </dev/null
	[ "$status" -eq 2 ]
	[[ "$output" == *"other options"* ]]
	printf 'garbage' >>"$TMP/st"
	run adedup --key k --state "$TMP/st" </dev/null
	[ "$status" -eq 2 ]
	[[ "$output" == *"damaged"* ]]
}

@test "adedup --state: --window and --max-items forget old items" {
	gen 10 10 >"$TMP/a"
	adedup -k k --state "$TMP/st" --now 2024-01-01 "$TMP/a" >/dev/null
	[ "$(adedup -k k --state "$TMP/st" --now 2024-01-03 --window 5 "$TMP/a" | wc -l)" -eq 0 ]
	[ "$(adedup -k k --state "$TMP/st" --now 2024-01-09 --window 5 "$TMP/a" | wc -l)" -eq 10 ]
	rm "$TMP/st"
	gen 10 10 | adedup -k k --state "$TMP/st" --max-items 4 >/dev/null
	# the 4 newest (k6..k9) are remembered
	[ "$(gen 10 10 | adedup -k k --state "$TMP/st" --max-items 4 | head -6 | tail -1 | grep -c '"k5"')" -eq 1 ]
	[ "$(gen 6 10 | adedup -k k --state "$TMP/st2" | wc -l)" -eq 6 ]
	# bytes per item: a header, 16 bytes an item and its id
	[ "$(stat -c %s "$TMP/st2")" -eq $((64 + 6 * 16 + 6 * 3 + 8)) ]
}

@test "adedup --state: killed with SIGKILL mid-way and rerun: nothing lost, nothing doubled" {
	gen 30000 20000 >"$TMP/in"
	adedup -k k "$TMP/in" >"$TMP/want"
	# the first half goes through, then the writer waits and is killed
	mkfifo "$TMP/fifo"
	( head -15000 "$TMP/in"; exec sleep 30 ) >"$TMP/fifo" &
	feeder=$!
	adedup -u -k k --state "$TMP/st" <"$TMP/fifo" >>"$TMP/out" &
	pid=$!
	for i in $(seq 100); do [ "$(wc -l <"$TMP/out")" -ge 10000 ] && break; sleep 0.1; done
	kill -KILL $pid
	wait $pid || true
	# the feeder is gone already when head met the closed fifo (SIGPIPE)
	kill $feeder 2>/dev/null || true
	wait $feeder || true
	n1=$(wc -l <"$TMP/out")
	[ "$n1" -ge 10000 ] && [ "$n1" -lt 20000 ]
	# a torn last record, as a kill in the middle of a write leaves it
	printf '{"id":"r19999","k":"k1' >>"$TMP/out"
	adedup -k k --state "$TMP/st" "$TMP/in" >>"$TMP/out"
	diff "$TMP/want" "$TMP/out"
	# and a third run adds nothing
	adedup -k k --state "$TMP/st" "$TMP/in" >>"$TMP/out"
	diff "$TMP/want" "$TMP/out"
}

@test "adedup --state: two concurrent runs are serialised by the lock" {
	gen 20000 5000 >"$TMP/in"
	adedup -k k --state "$TMP/st" "$TMP/in" >"$TMP/o1" &
	adedup -k k --state "$TMP/st" "$TMP/in" >"$TMP/o2" &
	wait
	[ "$(cat "$TMP/o1" "$TMP/o2" | wc -l)" -eq 5000 ]
	[ "$(cat "$TMP/o1" "$TMP/o2" | sort -u | wc -l)" -eq 5000 ]
	[ -e "$TMP/st.lock" ]
	# no temporary file left behind
	[ "$(ls "$TMP" | grep -c tmp)" -eq 0 ]
}

@test "adedup --shard: the shards partition the output" {
	gen 5000 1200 >"$TMP/in"
	adedup -k k "$TMP/in" | sort >"$TMP/all"
	for i in 1 2 3 4; do adedup -k k --shard $i/4 "$TMP/in" >"$TMP/s$i"; done
	[ -s "$TMP/s1" ] && [ -s "$TMP/s4" ]
	sort "$TMP"/s? | diff - "$TMP/all"
	# the same shards on every run
	adedup -k k --shard 2/4 "$TMP/in" | cmp - "$TMP/s2"
	# events by type
	adedup --events "$D/events.jsonl" | sort >"$TMP/eall"
	for i in 1 2 3; do adedup --events --shard $i/3 "$D/events.jsonl"; done | sort | diff - "$TMP/eall"
}

@test "adedup --events --state: an event written yesterday is not written again" {
	adedup --events --state "$TMP/st" "$D/events.jsonl" >"$TMP/o1"
	[ "$(wc -l <"$TMP/o1")" -eq 7 ]
	run adedup --events --state "$TMP/st" "$D/events.jsonl"
	[ "$status" -eq 0 ]
	[ -z "$output" ]
}

@test "adedup --near --state: an article seen in an earlier run, edited, is not written again" {
	grep -E '"id": "[a-c][0-9]-orig"' "$D/near.jsonl" >"$TMP/a"
	grep -E '"id": "[a-c][0-9]-(edits|furniture)"' "$D/near.jsonl" >"$TMP/b"
	[ "$(adedup --near --state "$TMP/st" "$TMP/a" | wc -l)" -eq 7 ]
	run adedup --near --state "$TMP/st" "$TMP/b"
	[ "$status" -eq 0 ]
	[ -z "$output" ]
	# a state is tied to its mode and options
	run adedup --near --shingle 4 --state "$TMP/st" "$TMP/b"
	[ "$status" -eq 2 ]
}

@test "adedup --near --containment: a cut copy (the lead alone) is a copy" {
	command -v python3 >/dev/null || skip "python3 needed to score"
	grep -E '"id": "[a-f]1-(orig|lead)"' "$D/near-hard.jsonl" >"$TMP/in"
	[ "$(wc -l <"$TMP/in")" -eq 12 ]
	# 6 articles: without it most leads stand alone, with it most join
	[ "$(adedup --near "$TMP/in" | wc -l)" -ge 10 ]
	[ "$(adedup --near --containment 0.8 "$TMP/in" | wc -l)" -le 7 ]
	run bash -c "adedup --near --mark --containment 0.8 '$D/near-hard.jsonl' | python3 '$D/prf.py'"
	echo "$output"
	[[ "$output" == *"precision 1.000"* ]]
}

# an aevent record: doc sid type mode source scc target tcc date doc_date
# location; an empty one is null
q() { if [ -n "$1" ]; then printf '"%s"' "$1"; else printf null; fi; }
actor() { if [ -n "$1" ]; then printf '{"text":"%s","country":%s}' "$1" "$(q "$2")"; else printf null; fi; }
evrec() {
	printf '{"id":"%s-%s","doc":"%s","sid":%s,"type":"%s","mode":%s,"source":%s,"target":%s,"date":%s,"doc_date":%s,"location":%s}\n' \
	    "$1" "$2" "$1" "$2" "$3" "$(q "$4")" "$(actor "$5" "$6")" \
	    "$(actor "$7" "$8")" "$(q "$9")" "$(q "${10}")" "$(q "${11}")"
}

@test "adedup --events: one meeting told by two outlets is one record with its reports" {
	{ evrec a 2 CONSULT meet 'عادل الجبوري' IRQ 'جان نويل بارو' FRA 2024-05-06 2024-05-06 'باريس'
	  evrec b 0 CONSULT meet 'بارو' FRA 'الجبوري' IRQ 2024-05-06 2024-05-07 ''
	  evrec b 3 CONSULT meet 'عادل الجبوري' IRQ 'نظيره الفرنسي' FRA 2024-05-06 2024-05-07 ''; } >"$TMP/in"
	run adedup --events "$TMP/in"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 1 ]
	[[ "${lines[0]}" == '{"id":"a-2",'*'"reports":[{"doc":"b","sid":0,"id":"b-0"},{"doc":"b","sid":3,"id":"b-3"}]}' ]]
}

@test "adedup --events: one document, different counterparts: different events" {
	# a delegation's round of meetings in Washington, one day
	{ evrec a 1 CONSULT meet 'الوفد العراقي' IRQ 'جيمس هولند' USA 2024-05-06 2024-05-08 'واشنطن'
	  evrec a 2 CONSULT meet 'الوفد العراقي' IRQ 'ليندا كارتر' USA 2024-05-06 2024-05-08 'واشنطن'
	  evrec a 3 CONSULT meet 'الوفد العراقي' IRQ 'الولايات المتحدة' USA 2024-05-06 2024-05-08 'واشنطن'
	  evrec a 4 CONSULT meet 'الوفد العراقي' IRQ '' '' 2024-05-06 2024-05-08 'واشنطن'
	  evrec b 0 CONSULT meet 'هولند' USA 'الوفد العراقي' IRQ 2024-05-06 2024-05-07 ''; } >"$TMP/in"
	run adedup --events --mark "$TMP/in"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "${lines[@]}" | grep -vc dup_of)" -eq 4 ]
	# the other outlet's report is the first meeting
	[[ "${lines[1]}" == '{"id":"b-0",'*'"dup_of":"a-1"}' ]]
	# one meeting told twice with the same name is one event
	{ evrec a 1 CONSULT meet 'الوفد العراقي' IRQ 'جيمس هولند' USA 2024-05-06 2024-05-08 ''
	  evrec a 5 CONSULT meet 'الوفد العراقي' IRQ 'هولند' USA 2024-05-06 2024-05-08 ''; } >"$TMP/in"
	[ "$(adedup --events "$TMP/in" | wc -l)" -eq 1 ]
	# the visit in which it was held is another (PLOVER's modes, ICEWS's
	# codes 042 and 046)
	{ evrec a 1 CONSULT meet 'الوفد العراقي' IRQ 'جيمس هولند' USA 2024-05-06 2024-05-08 ''
	  evrec a 5 CONSULT visit 'الوفد العراقي' IRQ 'هولند' USA 2024-05-06 2024-05-08 ''
	  evrec b 2 CONSULT visit 'الوفد العراقي' IRQ 'جيمس هولند' USA 2024-05-06 2024-05-08 ''; } >"$TMP/in"
	run adedup --events --mark "$TMP/in"
	[ "${#lines[@]}" -eq 3 ]
	[[ "${lines[1]}" != *dup_of* ]]
	[[ "${lines[2]}" == '{"id":"b-2",'*'"dup_of":"a-5"}' ]]
	# a meeting with no one named is not one of hers; "the visit" is hers
	{ evrec a 1 CONSULT meet 'ليندا كارتر' USA 'قاسم الأعرجي' IRQ 2024-05-06 2024-05-06 ''
	  evrec a 4 CONSULT meet 'ليندا كارتر' USA '' '' 2024-05-06 2024-05-06 ''
	  evrec b 0 CONSULT visit 'ليندا كارتر' USA 'إقليم كوردستان' IRQ 2024-05-12 2024-05-12 ''
	  evrec b 6 CONSULT visit 'كارتر' USA '' '' 2024-05-12 2024-05-12 ''; } >"$TMP/in"
	[ "$(adedup --events "$TMP/in" | wc -l)" -eq 3 ]
}

@test "adedup --events: a region and its forces are one party, two of its forces two" {
	{ evrec a 2 AGREE sign 'ليندا كارتر' USA 'قوات البيشمركة' IRQ 2024-05-06 2024-05-08 ''
	  evrec a 5 AGREE sign 'ليندا كارتر' USA 'إقليم كوردستان' IRQ 2024-05-06 2024-05-08 ''
	  evrec a 7 AGREE sign 'ليندا كارتر' USA 'قوات الأسايش' IRQ 2024-05-06 2024-05-08 ''; } >"$TMP/in"
	run adedup --events --mark "$TMP/in"
	[ "$status" -eq 0 ]
	[[ "${lines[1]}" == '{"id":"a-5",'*'"dup_of":"a-2"}' ]]
	[[ "${lines[2]}" != *dup_of* ]]
}

@test "adedup --events: victims and places counted or described are no names" {
	# one sentence: "14 killed in raids on the capital" is one act
	{ evrec a 1 ASSAULT '' 'التحالف' '' '14 شخصاً' '' 2024-05-06 2024-05-06 ''
	  evrec a 1 ASSAULT '' 'التحالف' '' 'العاصمة اليمنية' YEM 2024-05-06 2024-05-06 ''
	  evrec a 1 ASSAULT '' 'التحالف' '' 'منشآت نفطية' YEM 2024-05-06 2024-05-06 ''; } >"$TMP/in"
	[ "$(adedup --events "$TMP/in" | wc -l)" -eq 1 ]
}

@test "adedup --events: the same countries alone do not make one event" {
	# in one document: a minister's visit to the capital, the two states' talks
	{ evrec a 2 CONSULT visit 'جيمس هولند' USA 'بغداد' IRQ 2024-05 2024-05-20 ''
	  evrec a 5 CONSULT meet 'الولايات المتحدة' USA 'العراق' IRQ 2024-05 2024-05-20 ''
	  evrec a 7 CONSULT meet 'واشنطن' USA 'بغداد' IRQ 2024-05 2024-05-20 ''; } >"$TMP/in"
	[ "$(adedup --events "$TMP/in" | wc -l)" -eq 3 ]
	# in two: "Iraq attacked" on each paper's own day
	{ evrec a 1 ASSAULT '' 'العراق' IRQ '' '' 2024-05-06 2024-05-06 ''
	  evrec b 1 ASSAULT '' 'العراق' IRQ '' '' 2024-05-06 2024-05-06 ''; } >"$TMP/in"
	[ "$(adedup --events "$TMP/in" | wc -l)" -eq 2 ]
	# the two states on both sides, in two papers, the same day: one event
	{ evrec a 5 AGREE sign 'العراق' IRQ 'الأردن' JOR 2024-05-06 2024-05-06 ''
	  evrec b 2 AGREE sign 'الأردن' JOR 'العراق' IRQ 2024-05-06 2024-05-07 ''; } >"$TMP/in"
	[ "$(adedup --events "$TMP/in" | wc -l)" -eq 1 ]
}

@test "adedup --events: undated, one shared name is not enough" {
	{ evrec a 3 ASSAULT '' 'تنظيم داعش' '' '' '' '' 2024-05-06 ''
	  evrec b 8 ASSAULT '' 'تنظيم داعش' '' '' '' '' 2024-05-07 ''; } >"$TMP/in"
	[ "$(adedup --events "$TMP/in" | wc -l)" -eq 2 ]
	# two names, or a name and the place, are
	{ evrec a 3 CONSULT meet 'هادي العامري' IRQ 'فالح الفياض' IRQ '' 2024-05-06 ''
	  evrec b 8 CONSULT meet 'العامري' IRQ 'الفياض' IRQ '' 2024-05-07 ''
	  evrec c 1 PROTEST '' 'طلاب الجامعة' IRQ '' '' '' 2024-05-06 'الناصرية'
	  evrec d 4 PROTEST '' 'طلاب الجامعة' IRQ '' '' '' 2024-05-07 'مدينة الناصرية'; } >"$TMP/in"
	[ "$(adedup --events "$TMP/in" | wc -l)" -eq 2 ]
}

@test "adedup --events: a month or a year holds the days inside it" {
	{ evrec a 1 AGREE sign 'حيان عبد الغني' IRQ 'باتريك بويانيه' FRA 2023-07 2023-07-30 ''
	  evrec b 4 AGREE sign 'باتريك بويانيه' FRA 'حيان عبد الغني' IRQ 2023-07-10 2023-07-31 ''
	  evrec c 2 AGREE sign 'عبد الغني' IRQ 'بويانيه' FRA 2023 2023-08-01 ''
	  evrec d 0 AGREE sign 'عبد الغني' IRQ 'بويانيه' FRA 2023-09-03 2023-09-03 ''; } >"$TMP/in"
	run adedup --events "$TMP/in"
	[ "${#lines[@]}" -eq 2 ]
	[[ "${lines[0]}" == *'"reports":[{"doc":"b",'*'{"doc":"c",'* ]]
	# one name in a month: that month's news, not one event
	{ evrec a 1 REQUEST '' 'مقتدى الصدر' IRQ '' '' 2024-05 2024-05-30 ''
	  evrec b 4 REQUEST '' 'مقتدى الصدر' IRQ '' '' 2024-05-12 2024-05-30 ''; } >"$TMP/in"
	[ "$(adedup --events "$TMP/in" | wc -l)" -eq 2 ]
}

@test "adedup --events: a report of an event already out, come late, still meets it" {
	# b's day has passed when c, out of order, brings an earlier paper;
	# c-5, undated, is a's event only through c-0 in its own paper
	{ evrec a 1 CONSULT meet 'عادل الجبوري' IRQ 'جان نويل بارو' FRA 2024-05-06 2024-05-06 'باريس'
	  evrec b 1 CONSULT meet 'سيباستيان لوكورنو' FRA 'عادل الجبوري' IRQ 2024-05-20 2024-05-20 'باريس'
	  evrec c 0 CONSULT meet 'بارو' FRA 'الجبوري' IRQ 2024-05-06 2024-05-07 ''
	  evrec c 5 CONSULT meet 'الجبوري' IRQ 'نظيره الفرنسي' FRA '' 2024-05-07 ''; } >"$TMP/in"
	run adedup --events --mark "$TMP/in"
	[ "${#lines[@]}" -eq 4 ]
	[[ "${lines[1]}" == '{"id":"c-0",'*'"dup_of":"a-1"}' ]]
	[[ "${lines[2]}" == '{"id":"c-5",'*'"dup_of":"a-1"}' ]]
	[[ "${lines[3]}" == '{"id":"b-1",'*'"location":"باريس"}' ]]
	# ... but not when it comes first
	[ "$(sed -n '1p;4p' "$TMP/in" | adedup --events | wc -l)" -eq 2 ]
}

@test "adedup: with no mode, exact duplicates of id (the default)" {
	run bash -c "printf '%s\n' '{\"id\":\"a\",\"x\":1}' '{\"id\":\"a\",\"x\":2}' '{\"id\":\"b\"}' | adedup"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = '{"id":"a","x":1}' ]
	[ "${lines[1]}" = '{"id":"b"}' ]
	[ "${#lines[@]}" -eq 2 ]
}

@test "adedup --events: a report that retells an event of its document is that event" {
	# "وقعت الوزارتان مذكرة" then "ووقعت المذكرة الوزيرة والوزير": other
	# parties, the same signing, as aevent says
	{ evrec a 2 AGREE sign 'وزارة الدفاع' USA 'وزارة البيشمركة' IRQ 2024-05-06 2024-05-08 ''
	  evrec a 4 AGREE sign 'سيليست والندر' USA 'شورش إسماعيل' IRQ 2024-05-06 2024-05-08 ''; } >"$TMP/plain"
	[ "$(adedup --events "$TMP/plain" | wc -l)" -eq 2 ]
	sed '2s/}$/,"retells":"a-2"}/' "$TMP/plain" >"$TMP/in"
	run adedup --events "$TMP/in"
	[ "${#lines[@]}" -eq 1 ]
	[[ "${lines[0]}" == '{"id":"a-2",'*'"reports":[{"doc":"a","sid":4,"id":"a-4"}]}' ]]
	# a retelling of a retelling; --mark keeps it and points at the first
	{ cat "$TMP/in"
	  evrec a 6 AGREE sign 'الجانبان' '' '' '' 2024-05-06 2024-05-08 '' | sed 's/}$/,"retells":"a-4"}/'; } >"$TMP/in2"
	run adedup --events --mark "$TMP/in2"
	[ "${#lines[@]}" -eq 3 ]
	[[ "${lines[2]}" == '{"id":"a-6",'*'"dup_of":"a-2"}' ]]
	# a retelling does not keep another report, nor tomorrow's run, from
	# the event: it is neither compared nor remembered
	{ cat "$TMP/in"
	  evrec b 0 AGREE sign 'وزارة البيشمركة' IRQ 'وزارة الدفاع' USA 2024-05-06 2024-05-08 ''; } >"$TMP/in4"
	run adedup --events --state "$TMP/st4" "$TMP/in4"
	[ "${#lines[@]}" -eq 1 ]
	run adedup --events --state "$TMP/st4" "$TMP/in4"
	[ "${#lines[@]}" -eq 0 ]
	# only within its document: another document's id is no retelling
	{ evrec a 2 AGREE sign 'وزارة الدفاع' USA 'وزارة البيشمركة' IRQ 2024-05-06 2024-05-08 ''
	  evrec b 4 AGREE sign 'سيليست والندر' USA 'شورش إسماعيل' IRQ 2024-05-06 2024-05-08 '' | sed 's/}$/,"retells":"a-2"}/'; } >"$TMP/in3"
	[ "$(adedup --events "$TMP/in3" | wc -l)" -eq 2 ]
}
