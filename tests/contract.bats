#!/usr/bin/env bats
# The contract every JSON filter keeps (CONTRACT.md, README "What every
# filter does"): options, bad lines, --reject, long lines, pipes, full
# disks, FILE operands, -u.  A filter that is not installed is skipped.
# aread reads text, not records: only its option and operand checks are
# here; tests/aread.bats has the rest.

load 'helper'

# a date, so that atag need not hold the document back for one
REC='{"id":"d1","doc":"d1","sid":0,"date":"2024-02-05","text":"قال الوزير."}'
# aevent writes only for a reported event
EV='{"id":"d1","doc":"d1","sid":0,"date":"2024-02-05","text":"التقى وزير الخارجية العراقي فؤاد حسين نظيره الأردني أيمن الصفدي في عمان."}'

need() {
	command -v "$1" >/dev/null || skip "$1 is not installed yet"
	if [ "$1" = aevent ]; then
		command -v atag >/dev/null || skip "aevent's input needs atag"
	fi
	return 0
}

# the command line that runs filter $1 (adedup by id: distinct ids pass)
cmd() {
	case $1 in
	adedup) echo "adedup -k id" ;;
	*) echo "$1" ;;
	esac
}

# good input for filter $1, one record with "d1" renamed to "d$2"
good() {
	case $1 in
	aevent) printf '%s\n' "$EV" | atag ;;
	*) printf '%s\n' "$REC" ;;
	esac | sed "s/\"d1\"/\"d${2:-1}\"/g"
}

help_version() {
	need "$1"
	"$1" --help >"$TMP/out" 2>"$TMP/err"
	[ ! -s "$TMP/err" ]
	[[ "$(head -1 "$TMP/out")" == "usage: $1 "* ]]
	"$1" --version >"$TMP/out" 2>"$TMP/err"
	[ ! -s "$TMP/err" ]
	[ "$(cat "$TMP/out")" = "$1 (akhbar) 0.1.0" ]
}

unknown_option() {
	need "$1"
	run bash -c "$1 --no-such-option </dev/null 2>'$TMP/err'"
	[ "$status" -eq 2 ]
	[ -z "$output" ]
	grep -q "^usage: $1 " "$TMP/err"
}

missing_file() {
	need "$1"
	if [ "$1" = aread ]; then
		printf 'خبر أول\n\nقال الوزير.\n' >"$TMP/a.txt"
		printf 'خبر ثان\n\nقال الوزير.\n' >"$TMP/b.txt"
		run aread "$TMP/a.txt" "$TMP/missing.txt" "$TMP/b.txt"
		[ "$status" -eq 2 ]
		[[ "$output" == *"aread: $TMP/missing.txt: No such file or directory"* ]]
		[ "$(aread "$TMP/a.txt" "$TMP/missing.txt" "$TMP/b.txt" 2>/dev/null | grep -c '^{')" -eq 2 ]
		return
	fi
	good "$1" 1 >"$TMP/a"
	good "$1" 2 >"$TMP/b"
	$(cmd "$1") "$TMP/a" >"$TMP/want"
	$(cmd "$1") "$TMP/b" >>"$TMP/want"
	[ -s "$TMP/want" ]
	run bash -c "$(cmd "$1") '$TMP/a' '$TMP/missing' '$TMP/b' 2>'$TMP/err' >'$TMP/out'"
	[ "$status" -eq 2 ]
	[ "$(cat "$TMP/err")" = "$1: $TMP/missing: No such file or directory" ]
	cmp "$TMP/out" "$TMP/want"
}

# 257 levels of objects
deep() {
	local i s=''
	for ((i = 0; i < 257; i++)); do s+='{"a":'; done
	s+=1
	for ((i = 0; i < 257; i++)); do s+='}'; done
	printf '%s' "$s"
}

bad_lines() {
	need "$1"
	local c f="$TMP/in"
	c=$(cmd "$1")
	good "$1" 1 >"$TMP/g"
	{
		cat "$TMP/g"				# 1
		printf '[1,2]\n'			# 2
		printf '{"text":"\377"}\n'		# 3
		cat "$TMP/g"				# 4
		printf '{"text":"a\0b"}\n'		# 5
		deep; echo				# 6
		printf '{"text":"x"\n'			# 7
		cat "$TMP/g"				# 8
	} >"$f"
	run bash -c "$c '$f' 2>'$TMP/err' >'$TMP/out'"
	[ "$status" -eq 1 ]
	cat "$TMP/err"
	[ "$(wc -l <"$TMP/err")" -eq 5 ]
	[ "$(sed -n 1p "$TMP/err")" = "$1: $f:2: not a JSON object" ]
	[ "$(sed -n 2p "$TMP/err")" = "$1: $f:3: invalid UTF-8 at byte 10" ]
	[ "$(sed -n 3p "$TMP/err")" = "$1: $f:5: NUL byte at byte 11" ]
	[ "$(sed -n 4p "$TMP/err")" = "$1: $f:6: JSON nesting deeper than 256 levels" ]
	[[ "$(sed -n 5p "$TMP/err")" == "$1: $f:7: invalid JSON"* ]]
	# the good lines are processed as if alone
	cat "$TMP/g" "$TMP/g" "$TMP/g" >"$TMP/gs"
	$c "$TMP/gs" >"$TMP/want"
	[ -s "$TMP/want" ]
	cmp "$TMP/out" "$TMP/want"
	# the same on standard input is named -
	run bash -c "$c <'$f' 2>&1 >/dev/null"
	[ "$status" -eq 1 ]
	[ "${lines[0]}" = "$1: -:2: not a JSON object" ]
}

long_line() {
	need "$1"
	local c max f="$TMP/in"
	c=$(cmd "$1")
	good "$1" 1 >"$TMP/g"
	# the limit: 100 bytes, or room for the good record
	max=$(awk '{ n = length($0) } END { print (n + 10 > 100 ? n + 10 : 100) }' "$TMP/g")
	{
		cat "$TMP/g"
		printf '{"text":"%s"}\n' "$(head -c $((max + 1)) /dev/zero | tr '\0' x)"
		cat "$TMP/g"
	} >"$f"
	run bash -c "$c --max-line $max --reject '$TMP/rej' '$f' 2>'$TMP/err' >'$TMP/out'"
	[ "$status" -eq 1 ]
	[ "$(cat "$TMP/err")" = "$1: $f:2: line longer than $max bytes" ]
	sed -n 2p "$f" >"$TMP/want"
	cmp "$TMP/rej" "$TMP/want"
	cat "$TMP/g" "$TMP/g" | $c >"$TMP/want"
	cmp "$TMP/out" "$TMP/want"
}

reject() {
	need "$1"
	local c f="$TMP/in"
	c=$(cmd "$1")
	good "$1" 1 >"$TMP/g"
	{
		cat "$TMP/g"
		printf '[1,2]\n'
		printf '{"text":"\377"}\n'
		printf '{"text":"a\0b"}\n'
		deep; echo
		cat "$TMP/g"
		printf '  {"text": "no newline at the end" '
	} >"$f"
	{
		printf '[1,2]\n'
		printf '{"text":"\377"}\n'
		printf '{"text":"a\0b"}\n'
		deep; echo
		printf '  {"text": "no newline at the end" '
	} >"$TMP/want"
	run bash -c "$c --reject '$TMP/rej' '$f' >/dev/null 2>'$TMP/err'"
	[ "$status" -eq 1 ]
	[ "$(wc -l <"$TMP/err")" -eq 5 ]
	grep -q "^$1: $f:7: " "$TMP/err"
	cmp "$TMP/rej" "$TMP/want"
}

head_quietly() {
	need "$1"
	local i
	good "$1" 1 >"$TMP/g"
	for ((i = 0; i < 14; i++)); do cat "$TMP/g" "$TMP/g" >"$TMP/g2"; mv "$TMP/g2" "$TMP/g"; done
	run timeout 60 bash -c "set -o pipefail; $(cmd "$1") '$TMP/g' 2>'$TMP/err' | head -1 >'$TMP/out'"
	[ "$status" -eq 0 ]
	[ ! -s "$TMP/err" ]
	[ "$(wc -l <"$TMP/out")" -eq 1 ]
}

full_disk() {
	need "$1"
	good "$1" 1 >"$TMP/g"
	run bash -c "$(cmd "$1") '$TMP/g' >/dev/full"
	[ "$status" -eq 2 ]
	[ "$output" = "$1: write error: No space left on device" ]
}

operands() {
	need "$1"
	local c
	c=$(cmd "$1")
	good "$1" 1 >"$TMP/a"
	good "$1" 2 >"$TMP/b"
	good "$1" 3 >"$TMP/c"
	{ $c "$TMP/a"; $c "$TMP/c"; $c "$TMP/b"; } >"$TMP/want"
	[ "$(wc -l <"$TMP/want")" -ge 3 ]
	run bash -c "$c '$TMP/a' - '$TMP/b' <'$TMP/c' >'$TMP/out'"
	[ "$status" -eq 0 ]
	cmp "$TMP/out" "$TMP/want"
	# no operand: standard input
	cat "$TMP/a" "$TMP/c" | $c >"$TMP/out"
	{ $c "$TMP/a"; $c "$TMP/c"; } >"$TMP/want"
	cmp "$TMP/out" "$TMP/want"
}

unbuffered() {
	need "$1"
	local i pid w
	good "$1" 1 >"$TMP/g"
	mkfifo "$TMP/fifo"
	# (bats keeps fd 3 for itself)
	$(cmd "$1") -u <"$TMP/fifo" >"$TMP/out" 3>&- &
	pid=$!
	exec {w}>"$TMP/fifo"
	cat "$TMP/g" >&$w
	# the record comes out while the input is still open
	for ((i = 0; i < 200; i++)); do
		[ -s "$TMP/out" ] && break
		sleep 0.05
	done
	exec {w}>&-
	wait "$pid"
	[ "$i" -lt 200 ]
	[ "$(wc -l <"$TMP/out")" -ge 1 ]
}

@test "contract: aread: --help and --version on stdout" { help_version aread; }
@test "contract: aread: unknown option is status 2 with usage" { unknown_option aread; }
@test "contract: aread: a missing FILE is status 2, the others go on" { missing_file aread; }

@test "contract: anorm: --help and --version on stdout" { help_version anorm; }
@test "contract: anorm: unknown option is status 2 with usage" { unknown_option anorm; }
@test "contract: anorm: bad lines named FILE:LINE, the rest goes on" { bad_lines anorm; }
@test "contract: anorm: an over-long line is named and rejected" { long_line anorm; }
@test "contract: anorm: --reject keeps bad lines byte for byte" { reject anorm; }
@test "contract: anorm: | head -1 ends quietly" { head_quietly anorm; }
@test "contract: anorm: a full disk is status 2" { full_disk anorm; }
@test "contract: anorm: FILE operands in order, - is stdin" { operands anorm; }
@test "contract: anorm: a missing FILE is status 2, the others go on" { missing_file anorm; }
@test "contract: anorm: -u writes each record at once" { unbuffered anorm; }

@test "contract: asplit: --help and --version on stdout" { help_version asplit; }
@test "contract: asplit: unknown option is status 2 with usage" { unknown_option asplit; }
@test "contract: asplit: bad lines named FILE:LINE, the rest goes on" { bad_lines asplit; }
@test "contract: asplit: an over-long line is named and rejected" { long_line asplit; }
@test "contract: asplit: --reject keeps bad lines byte for byte" { reject asplit; }
@test "contract: asplit: | head -1 ends quietly" { head_quietly asplit; }
@test "contract: asplit: a full disk is status 2" { full_disk asplit; }
@test "contract: asplit: FILE operands in order, - is stdin" { operands asplit; }
@test "contract: asplit: a missing FILE is status 2, the others go on" { missing_file asplit; }
@test "contract: asplit: -u writes each record at once" { unbuffered asplit; }

@test "contract: atag: --help and --version on stdout" { help_version atag; }
@test "contract: atag: unknown option is status 2 with usage" { unknown_option atag; }
@test "contract: atag: bad lines named FILE:LINE, the rest goes on" { bad_lines atag; }
@test "contract: atag: an over-long line is named and rejected" { long_line atag; }
@test "contract: atag: --reject keeps bad lines byte for byte" { reject atag; }
@test "contract: atag: | head -1 ends quietly" { head_quietly atag; }
@test "contract: atag: a full disk is status 2" { full_disk atag; }
@test "contract: atag: FILE operands in order, - is stdin" { operands atag; }
@test "contract: atag: a missing FILE is status 2, the others go on" { missing_file atag; }
@test "contract: atag: -u writes each record at once" { unbuffered atag; }

@test "contract: aevent: --help and --version on stdout" { help_version aevent; }
@test "contract: aevent: unknown option is status 2 with usage" { unknown_option aevent; }
@test "contract: aevent: bad lines named FILE:LINE, the rest goes on" { bad_lines aevent; }
@test "contract: aevent: an over-long line is named and rejected" { long_line aevent; }
@test "contract: aevent: --reject keeps bad lines byte for byte" { reject aevent; }
@test "contract: aevent: | head -1 ends quietly" { head_quietly aevent; }
@test "contract: aevent: a full disk is status 2" { full_disk aevent; }
@test "contract: aevent: FILE operands in order, - is stdin" { operands aevent; }
@test "contract: aevent: a missing FILE is status 2, the others go on" { missing_file aevent; }
@test "contract: aevent: -u writes each record at once" { unbuffered aevent; }

@test "contract: adedup: --help and --version on stdout" { help_version adedup; }
@test "contract: adedup: unknown option is status 2 with usage" { unknown_option adedup; }
@test "contract: adedup: bad lines named FILE:LINE, the rest goes on" { bad_lines adedup; }
@test "contract: adedup: an over-long line is named and rejected" { long_line adedup; }
@test "contract: adedup: --reject keeps bad lines byte for byte" { reject adedup; }
@test "contract: adedup: | head -1 ends quietly" { head_quietly adedup; }
@test "contract: adedup: a full disk is status 2" { full_disk adedup; }
@test "contract: adedup: FILE operands in order, - is stdin" { operands adedup; }
@test "contract: adedup: a missing FILE is status 2, the others go on" { missing_file adedup; }
@test "contract: adedup: -u writes each record at once" { unbuffered adedup; }

@test "contract: anorm: a 50 MB line passes" {
	need anorm
	{
		printf '{"id":"big","text":"'
		yes 'قال الوزير ﻻ' | head -n 2200000 | tr '\n' ' '
		printf '"}\n'
	} >"$TMP/big"
	[ "$(wc -c <"$TMP/big")" -gt 50000000 ]
	run bash -c "anorm '$TMP/big' >'$TMP/out'"
	[ "$status" -eq 0 ]
	[ -z "$output" ]
	[ "$(wc -l <"$TMP/out")" -eq 1 ]
	[ "$(head -c 39 "$TMP/out")" = '{"id":"big","text":"قال الوزير' ]
	[ "$(tail -c 20 "$TMP/out")" = 'الوزير لا"}' ]
}
