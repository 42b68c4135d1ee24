#!/usr/bin/env bats
# anorm: every mapping class, option and profile; idempotence; records
# passed through byte for byte.  The texts are composed for these tests;
# invisible characters are written as JSON \u escapes.

load 'helper'

# the normalised text of one string (JSON escapes allowed), options after it
n() {
	printf '{"text":"%s"}\n' "$1" | anorm "${@:2}" | jq -j .text
}

@test "anorm: --help, --version, usage errors" {
	run anorm --help
	[ "$status" -eq 0 ]
	[[ "${lines[0]}" == "usage: anorm"* ]]
	[[ "$output" == *--diacritics* ]]
	run anorm --version
	[ "$status" -eq 0 ]
	[ "$output" = "anorm (akhbar) 0.1.0" ]
	run anorm --no-such-option </dev/null
	[ "$status" -eq 2 ]
	run anorm -p nosuchprofile </dev/null
	[ "$status" -eq 2 ]
	[[ "$output" == *"unknown profile"* ]]
}

@test "anorm: presentation forms fold to their letters (NFKC)" {
	# FEFB FDF2 FDFA, and بغداد in isolated/initial/medial/final forms
	[ "$(n 'ﻻ ﷲ ﷺ ﺑﻐﺪﺍﺩ')" = 'لا الله صلى الله عليه وسلم بغداد' ]
	[ "$(n '\ufef7\ufd3e')" = 'لأ﴾' ]	# ornate parenthesis has no letter form
	# FE71 is tatweel + fathatan: the tatweel goes, the mark stays on ب
	[ "$(n 'ب\ufe71')" = "$(printf 'ب\xd9\x8b')" ]
	# FC5E is a space and two marks: the space is kept, runs still collapse
	[ "$(n 'ب \ufc5e')" = "$(printf 'ب \xd9\x8c\xd9\x91')" ]
}

@test "anorm: tatweel removed" {
	[ "$(n 'قـــال الـرئـيـس')" = 'قال الرئيس' ]
}

@test "anorm: invisible and bidi controls removed" {
	[ "$(n 'قال\u200b الوزير\u200e\u200f\u061c اليوم')" = 'قال الوزير اليوم' ]
	[ "$(n '\u202bبغداد\u202c \u2067عمّان\u2069 \u202a\u202d\u202e\u2066\u2068')" = 'بغداد عمّان' ]
	[ "$(n '\ufeffالمؤت\u00adمر\u2060')" = 'المؤتمر' ]
	# C0 and C1 controls go, NEXT LINE is a newline
	[ "$(n 'a\u0001b\u007fc\u0085d\u009f')" = "$(printf 'abc\nd')" ]
}

@test "anorm: ZWNJ removed by default, kept by --keep-zwnj; ZWJ kept only in emoji" {
	[ "$(n 'می\u200cخواهم')" = 'میخواهم' ]
	[ "$(n 'می\u200cخواهم' --keep-zwnj)" = "$(printf 'می\xe2\x80\x8cخواهم')" ]
	[ "$(n 'لا\u200dعب')" = 'لاعب' ]
	# 👨‍👩‍👧 stays one emoji
	[ "$(n '\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67')" = '👨‍👩‍👧' ]
	[ "$(n '\u2764\ufe0f\u200d\ud83d\udd25')" = '❤️‍🔥' ]
}

@test "anorm: every kind of space to one space, trimmed at line ends, newlines kept" {
	[ "$(n 'أ\u00a0ب\u2009ج\u3000د\u2002هـ\u202fو\u205fز\tح\u2000\u200aط\u1680ي')" = 'أ ب ج د ه و ز ح ط ي' ]
	[ "$(n '  قال   الوزير  \n\n  \t وأضاف \u00a0 ')" = "$(printf 'قال الوزير\n\nوأضاف')" ]
	[ "$(n 'سطر\r\nسطر\rسطر\u2029سطر\u2028سطر')" = "$(printf 'سطر\nسطر\nسطر\nسطر\nسطر')" ]
	# a removed character between spaces leaves one space
	[ "$(n 'قال \u200b \u200f الوزير')" = 'قال الوزير' ]
}

@test "anorm: Arabic-Indic and Persian digits to ASCII, separators and percent" {
	[ "$(n '٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹')" = '0123456789 0123456789' ]
	[ "$(n 'ارتفع ٣٫٥٪ إلى ١٬٢٥٠ طناً')" = 'ارتفع 3.5% إلى 1,250 طناً' ]
}

@test "anorm: quotation marks and dashes unified; Arabic punctuation stays" {
	[ "$(n '“أ” „ب‟ «ج» ‹د› ″')" = '"أ" "ب" "ج" "د" "' ]
	[ "$(n '‘أ’ ‚ب‛')" = "'أ' 'ب'" ]
	[ "$(n 'أ‐ب‑ج‒د–ه—و―ز−ح')" = 'أ-ب-ج-د-ه-و-ز-ح' ]
	[ "$(n 'قال، ثم؛ لماذا؟')" = 'قال، ثم؛ لماذا؟' ]
}

@test "anorm: NFC: decomposed letters compose, marks are put in canonical order" {
	[ "$(n 'ا\u0654حمد e\u0301')" = 'أحمد é' ]
	# shadda (ccc 33) before fatha (ccc 30) is reordered
	[ "$(n 'ب\u0651\u064e')" = "$(printf 'ب\xd9\x8e\xd9\x91')" ]
}

@test "anorm: the default profile folds nothing lossy" {
	t='أحمد إلى آل ٱلكتاب مُحَمَّدٌ في المدرسة مستشفى'
	[ "$(n "$t")" = "$t" ]
	[ "$(n "$t" -p default)" = "$t" ]
}

@test "anorm: --alef folds U+0622 U+0623 U+0625 U+0671 to U+0627" {
	[ "$(n 'أحمد إلى آل ٱلكتاب ؤ ئ' --alef)" = 'احمد الى ال الكتاب ؤ ئ' ]
	# a decomposed alef with hamza too
	[ "$(n 'ا\u0654حمد' --alef)" = 'احمد' ]
}

@test "anorm: --yeh folds U+0649 and U+06CC to U+064A" {
	[ "$(n 'مستشفى على ایران' --yeh)" = 'مستشفي علي ايران' ]
}

@test "anorm: --teh folds U+0629 to U+0647" {
	[ "$(n 'المدرسة الحكومية' --teh)" = 'المدرسه الحكوميه' ]
}

@test "anorm: --diacritics removes harakat, superscript alef, Quranic marks" {
	[ "$(n 'مُحَمَّدٌ رَحْمٰنِ جِدًّا' --diacritics)" = 'محمد رحمن جدا' ]
	[ "$(n 'صلى\u0610 قال\u06d6 \u06e5' --diacritics)" = 'صلى قال' ]
	# hamza above/below written as a mark are removed; a letter with hamza
	# is a letter: canonically equivalent inputs give the same output
	[ "$(n 'أ' --diacritics)" = 'أ' ]
	[ "$(n 'ا\u0654' --diacritics)" = 'أ' ]
	[ "$(n 'ـٰ' --diacritics)" = '' ]
}

@test "anorm: -p search applies every lossy folding" {
	[ "$(n 'أُسامة إلى المستشفى' -p search)" = 'اسامه الي المستشفي' ]
	[ "$(n 'أُسامة إلى المستشفى' --alef --yeh --teh --diacritics)" = 'اسامه الي المستشفي' ]
	# folded presentation forms fold further: U+FDFA holds an alef maqsura
	[ "$(n 'ﷺ ﻹ' -p search)" = 'صلي الله عليه وسلم لا' ]
}

@test "anorm: idempotent for every profile, also on adversarial input" {
	{
		printf '%s\n' '{"text":"ﻻ\u0654 ﷲ ﷺ ﻹ\u0651\u064e ﹰ ﹱ ﱞ ﳲ ب\u200b\u0651 \u0651\u200b\u064e"}'
		printf '%s\n' '{"text":"  \u200b  \n \u00a0\u200f\n\r\n ا\u0654\u0655 e\u0301\u0327 \u0627\u06e5\u0654 \u0628\u0651\u06dd\u064e"}'
		printf '%s\n' '{"text":"\ud83d\udc68\u06dd\u065a\u200d\u06c1 \ud83d\udc68\u200d\ufba6 \u2000\u2001\u0958\u2126\uf900 \u1100\u1161\u11a8 ٫٬ ﯹ ﮚ ﷼ ﷻ"}'
		printf '%s\n' '{"text":"أُسامة\u200c\u200dإلى ۴ ى\u0654 ة\u0670 \u0640\u064b \u0622\u0653 \u0671\u0670 ﺁ ﺃ ﺇ ﻯ ﺓ"}'
		# each hamza composes only after --alef took the last one away
		printf '%s\n' '{"text":"\u0627\u0654\u0654\u0654\u0654 \u0627\u0653\u0654\u0655\u0653"}'
		for c in fb50 fb8a fbb2 fbfd fc5e fc60 fc90 fcf2 fd3c fdf0 fdfa fdfb fdfc fe70 fe72 fe7f fe80 fe81 fe85 fe89 fefc; do
			printf '{"text":"x \\u%s\\u064b\\u%s \\u%s y"}\n' "$c" "$c" "$c"
		done
	} >"$TMP/in"
	for p in "" "-p search" "--alef" "--yeh" "--teh" "--diacritics" "--keep-zwnj" "--alef --diacritics"; do
		anorm $p "$TMP/in" >"$TMP/once"
		anorm $p "$TMP/once" >"$TMP/twice"
		cmp "$TMP/once" "$TMP/twice"
		[ "$(wc -l <"$TMP/once")" -eq "$(wc -l <"$TMP/in")" ]
	done
}

@test "anorm: canonically equivalent inputs give the same output" {
	printf '%s\n' '{"text":"أُسامة ؤ ئ آ ۂ"}' >"$TMP/nfc"
	printf '%s\n' '{"text":"ا\u064f\u0654سامة و\u0654 ي\u0654 ا\u0653 ہ\u0654"}' >"$TMP/nfd"
	for p in "" "-p search" "--diacritics" "--alef"; do
		[ "$(anorm $p "$TMP/nfc")" = "$(anorm $p "$TMP/nfd")" ]
	done
}

@test "anorm: title too; other fields byte for byte, order kept" {
	printf '%s\n' '{"id":"d\u0031","title":"ﻻ  نعم","x":[1, {"a" : "\u00a0"}],"text":"قـال","n":1.50e1,"y":"\u0041 \u00a0"}' >"$TMP/in"
	run anorm "$TMP/in"
	[ "$status" -eq 0 ]
	[ "$output" = '{"id":"d\u0031","title":"لا نعم","x":[1, {"a" : "\u00a0"}],"text":"قال","n":1.50e1,"y":"\u0041 \u00a0"}' ]
}

@test "anorm: text already normal keeps its bytes, escapes included" {
	printf '%s\n' '{"text":"\u0642\u0627\u0644 \"x\" \/"}' >"$TMP/in"
	run anorm "$TMP/in"
	[ "$output" = '{"text":"\u0642\u0627\u0644 \"x\" \/"}' ]
}

@test "anorm: a text that is not a string passes unchanged" {
	printf '%s\n' '{"text":null,"title":5}' '{"text":["ﻻ"],"title":{"a":"ﻻ"}}' '{"id":1}' >"$TMP/in"
	run anorm "$TMP/in"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = '{"text":null,"title":5}' ]
	[ "${lines[1]}" = '{"text":["ﻻ"],"title":{"a":"ﻻ"}}' ]
	[ "${lines[2]}" = '{"id":1}' ]
}

@test "anorm: -f FIELD normalises only the fields named" {
	printf '%s\n' '{"text":"ﻻ","title":"ﻻ","body":"ﻻ","lead":"ﻻ"}' >"$TMP/in"
	run anorm -f body --field lead "$TMP/in"
	[ "$output" = '{"text":"ﻻ","title":"ﻻ","body":"لا","lead":"لا"}' ]
}

@test "anorm: control characters in a text come out as JSON escapes" {
	run n 'قال\n\u0000'
	[ "$output" = 'قال' ]
	printf '%s\n' '{"text":"أ\tب\n\"ج\"\\"}' | anorm >"$TMP/out"
	[ "$(cat "$TMP/out")" = '{"text":"أ ب\n\"ج\"\\"}' ]
}

@test "anorm: --raw normalises plain text lines" {
	printf '%s\n' 'ﻻ  قـال' '' '  ٣٫٥ ' >"$TMP/in"
	run anorm --raw "$TMP/in"
	[ "$status" -eq 0 ]
	[ "$output" = "$(printf 'لا قال\n\n3.5')" ]
	# CR LF lines stay one line each
	printf 'ﻻ \r\nقال\r\n' >"$TMP/crlf"
	run anorm --raw "$TMP/crlf"
	[ "$output" = "$(printf 'لا\nقال')" ]
	run anorm --raw -p search <<<'أُسامة'
	[ "$output" = 'اسامه' ]
	# a line that is not valid UTF-8 is reported; the others go on
	printf 'ﻻ\n\377\nﻻ\n' >"$TMP/bad"
	run anorm --raw "$TMP/bad"
	[ "$status" -eq 1 ]
	[[ "$output" == *"anorm: $TMP/bad:2: invalid UTF-8"* ]]
}

@test "anorm: -L FILE adds mappings; a bad map file is a usage error" {
	printf '# mine\nbase\t06A9\t0643\tKEHEH to KAF\nbase\t002A\tdel\nyeh\t0626\t0649\n' >"$TMP/map"
	[ "$(n 'کتاب*' -L "$TMP/map")" = 'كتاب' ]
	# a replacement is mapped again: ئ to ى to ي under --yeh
	[ "$(n 'ئ' -L "$TMP/map")" = 'ئ' ]
	[ "$(n 'ئ' -L "$TMP/map" --yeh)" = 'ي' ]
	printf 'base\t0041\n' >"$TMP/bad"
	run anorm -L "$TMP/bad" </dev/null
	[ "$status" -eq 2 ]
	[[ "$output" == *"$TMP/bad:1:"* ]]
	printf 'nosuch\t0041\tdel\n' >"$TMP/bad"
	run anorm -L "$TMP/bad" </dev/null
	[ "$status" -eq 2 ]
	[[ "$output" == *"unknown group"* ]]
	printf 'base\t0041\t0042\nbase\t0042\t0041\n' >"$TMP/bad"
	run anorm -L "$TMP/bad" </dev/null
	[ "$status" -eq 2 ]
	run anorm -L "$TMP/nonexistent" </dev/null
	[ "$status" -eq 2 ]
}
