#!/usr/bin/env bats
# asplit: document records to sentence records.  Every example is composed
# for these tests.

load 'helper'

# sentences of plain text, one a line
split() {
	printf '%s\n' "$1" | asplit --raw "${@:2}"
}

@test "asplit: --help, --version, usage errors" {
	run asplit --help
	[ "$status" -eq 0 ]
	[[ "${lines[0]}" == "usage: asplit"* ]]
	run asplit --version
	[ "$status" -eq 0 ]
	[[ "$output" == *0.* ]]
	run asplit --no-such-option
	[ "$status" -eq 2 ]
	run asplit --max-chars ten </dev/null
	[ "$status" -eq 2 ]
}

@test "asplit: . ؟ ? ! … ۔ end sentences" {
	run split 'وصل الوفد. هل بدأت المحادثات؟ Is it over? نعم! ثم ماذا… انتهى الأمر۔ وعاد الوفد'
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 7 ]
	[ "${lines[0]}" = 'وصل الوفد.' ]
	[ "${lines[1]}" = 'هل بدأت المحادثات؟' ]
	[ "${lines[2]}" = 'Is it over?' ]
	[ "${lines[3]}" = 'نعم!' ]
	[ "${lines[4]}" = 'ثم ماذا…' ]
	[ "${lines[5]}" = 'انتهى الأمر۔' ]
	[ "${lines[6]}" = 'وعاد الوفد' ]
}

@test "asplit: a line break ends a sentence; a sub-heading line is its own" {
	printf '%s\n' '{"id":"h","text":"وصل الوزير إلى بغداد\nتعاون أمني\nوبحث الجانبان الأمن، والاقتصاد"}' >"$TMP/in"
	run asplit "$TMP/in"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 3 ]
	[ "$(printf '%s\n' "$output" | jq -r .text | sed -n 2p)" = 'تعاون أمني' ]
}

@test "asplit: numbers, dates and times do not end a sentence" {
	run split 'ارتفع النمو 4.5 في المئة و2,5 في الربع الثاني وبلغت الصادرات 2,500 طن في 21/9/2022 عند الساعة 10.30 صباحاً أو 10:30. وانخفض الدين ٣.٧ في المئة.'
	[ "${#lines[@]}" -eq 2 ]
	[[ "${lines[0]}" == *'10:30.' ]]
}

@test "asplit: '2008..' and '..' before a continuation do not end a sentence" {
	run split 'وقعت الاتفاقية عام 2008.. وجددت بعد ذلك. وأثنى الوزير على الدعم .. مشيراً إلى أهميته. وشكر الوفد .. مؤكدةً التزامها. وانتهى اللقاء.. وغادر الجميع.'
	[ "${#lines[@]}" -eq 5 ]
	[ "${lines[0]}" = 'وقعت الاتفاقية عام 2008.. وجددت بعد ذلك.' ]
	[ "${lines[1]}" = 'وأثنى الوزير على الدعم .. مشيراً إلى أهميته.' ]
	[ "${lines[2]}" = 'وشكر الوفد .. مؤكدةً التزامها.' ]
	[ "${lines[3]}" = 'وانتهى اللقاء..' ]
}

@test "asplit: abbreviations: د. م. هـ ق.م. and Latin ones" {
	run split 'التقى د. سامي الخطيب والدكتور علي. بنيت القلعة عام 1250 م. على تل وجددت عام 650 هـ. ثم هدمت. ويعود السور إلى القرن الثالث ق.م. كما تقول المصادر. Dr. Jones met Mr. Smith of the U.S. Army in Baghdad.'
	[ "${#lines[@]}" -eq 4 ]
	[ "${lines[0]}" = 'التقى د. سامي الخطيب والدكتور علي.' ]
	[ "${lines[1]}" = 'بنيت القلعة عام 1250 م. على تل وجددت عام 650 هـ. ثم هدمت.' ]
	[ "${lines[3]}" = 'Dr. Jones met Mr. Smith of the U.S. Army in Baghdad.' ]
	run split 'بني المسجد عام 1444هـ. على الطراز العثماني وافتتح عام 2023م. بحضور الوزير. ثم صلى فيه.'
	[ "${#lines[@]}" -eq 2 ]
}

@test "asplit: initials do not end a sentence, also after a conjunction" {
	run split 'قال جورج و. بوش إن الحرب انتهت. ورد عليه John F. Kennedy Jr. في كتابه. وكتب ود. سامي ردا.'
	[ "${#lines[@]}" -eq 3 ]
	[ "${lines[0]}" = 'قال جورج و. بوش إن الحرب انتهت.' ]
}

@test "asplit: URLs and e-mail addresses do not end a sentence" {
	run split 'للمزيد زوروا https://www.example.com/news/2024.html?id=5&x=1 أو اكتبوا إلى info@news.example.org. وشكراً.'
	[ "${#lines[@]}" -eq 2 ]
	[[ "${lines[0]}" == *'info@news.example.org.' ]]
}

@test "asplit: a quotation inside a sentence stays in it" {
	run split 'قال الوزير إن «الوضع مستقر. والجيش جاهز». وأضاف أن "المحادثات مستمرة. ولن تتوقف" في بيان. وختم.'
	[ "${#lines[@]}" -eq 3 ]
	[ "${lines[0]}" = 'قال الوزير إن «الوضع مستقر. والجيش جاهز».' ]
	[ "${lines[1]}" = 'وأضاف أن "المحادثات مستمرة. ولن تتوقف" في بيان.' ]
}

@test "asplit: a quotation ending in its own ؟ or . goes on before a continuation" {
	run split 'وتساءل الوزير: «إلى متى؟» مضيفاً أن الصبر نفد. وقال "انتهى الأمر."، ثم غادر. وقال "انتهى الأمر." وغادر.'
	echo "$output"
	[ "${#lines[@]}" -eq 4 ]
	[ "${lines[0]}" = 'وتساءل الوزير: «إلى متى؟» مضيفاً أن الصبر نفد.' ]
	[ "${lines[1]}" = 'وقال "انتهى الأمر."، ثم غادر.' ]
}

@test "asplit: a sentence that is all quotation is one sentence" {
	run split '«نحن ملتزمون بالشراكة. وسنواصل الدعم. ولن نتراجع».'
	[ "${#lines[@]}" -eq 1 ]
	run split '“نحن ملتزمون بالشراكة. وسنواصل الدعم.” وقال الوزير ذلك أمس.'
	[ "${#lines[@]}" -eq 2 ]
	[ "${lines[0]}" = '“نحن ملتزمون بالشراكة. وسنواصل الدعم.”' ]
}

@test "asplit: quotes of every shape, also reversed" {
	for q in '"x"' '“x”' '”x“' '«x»' '‹x›' '‘x’' "'x'" '„x“'; do
		o=${q%x*} c=${q#*x}
		run split "قال إن ${o}الأمن مستتب. والحدود آمنة${c} في تصريح. وانتهى."
		echo "$q: $output"
		[ "${#lines[@]}" -eq 2 ]
	done
}

@test "asplit: a quotation spanning the sentence end; a stray quote swallows nothing" {
	run split 'وأشار إلى اتفاقية عام 2008.. مشيرة إلى أن البلدين ملتزمان بأمنه". وقال المتحدث "الوضع هادئ. وأضاف أن القوات عادت. وانتهى.'
	echo "$output"
	[ "${#lines[@]}" -eq 4 ]
	[ "${lines[0]}" = 'وأشار إلى اتفاقية عام 2008.. مشيرة إلى أن البلدين ملتزمان بأمنه".' ]
}

@test "asplit: an apostrophe is not a quotation" {
	run split "The minister's aide said it's over. Then he left. O'Neill agreed."
	[ "${#lines[@]}" -eq 3 ]
}

@test "asplit: a dateline prefix stays in the first sentence" {
	run split 'بغداد - (أ.ف.ب): أعلنت الحكومة انتهاء العملية. وقال المتحدث إن القوات انسحبت.'
	[ "${#lines[@]}" -eq 2 ]
	[ "${lines[0]}" = 'بغداد - (أ.ف.ب): أعلنت الحكومة انتهاء العملية.' ]
}

@test "asplit: ، and ؛ do not end a sentence" {
	run split 'بحث الجانبان الأمن، والطاقة؛ والمياه، والحدود.'
	[ "${#lines[@]}" -eq 1 ]
}

@test "asplit: --max-chars cuts at ؛ first, then at ، ; never longer than N" {
	s='بحث الوزيران التعاون العسكري؛ وناقشا ملف الحدود، والتجارة، والطاقة، والمياه؛ واتفقا على لقاء قريب في بغداد.'
	run split "$s" --max-chars 40
	echo "$output"
	[ "${lines[0]}" = 'بحث الوزيران التعاون العسكري؛' ]
	[ "${lines[1]}" = 'وناقشا ملف الحدود، والتجارة، والطاقة،' ]
	for l in "${lines[@]}"; do
		[ "$(printf '%s' "$l" | wc -m)" -le 40 ]
	done
	run split "$s"
	[ "${#lines[@]}" -eq 1 ]
	run split 'كلمةطويلةجدابلامسافاتعلىالإطلاق' --max-chars 10
	[ "${#lines[@]}" -eq 4 ]
}

@test "asplit: mixed Latin and Arabic, right-to-left marks" {
	rlm=$(printf '\u200f') lrm=$(printf '\u200e')
	run split "وصل الوفد${rlm}.${rlm} والتقى ${lrm}Joe Biden${lrm} في البيت الأبيض. He said: \"We stand with Iraq.\" ثم غادر."
	echo "$output"
	[ "${#lines[@]}" -eq 4 ]
	[ "${lines[1]}" = "والتقى ${lrm}Joe Biden${lrm} في البيت الأبيض." ]
}

@test "asplit: a period between two Arabic words with no space ends a sentence" {
	run split 'غادر الوفد البلاد.وقال الوزير إن الزيارة ناجحة؟وأضاف أنه متفائل.'
	[ "${#lines[@]}" -eq 3 ]
	[ "${lines[0]}" = 'غادر الوفد البلاد.' ]
}

@test "asplit: a list number at the start of a line is no sentence" {
	run split '1. الوضع الأمني في البلاد'
	[ "${#lines[@]}" -eq 1 ]
	run split 'بلغ عدد الضحايا 12. وقال الدفاع المدني إن البحث مستمر.'
	[ "${#lines[@]}" -eq 2 ]
}

@test "asplit: -L adds abbreviations, -C continuation words" {
	run split 'قابل الوزير Adm. Cooper في بغداد. وصدر الكتاب تح. محمد.'
	[ "${#lines[@]}" -eq 4 ]
	run split 'قابل الوزير Adm. Cooper في بغداد. وصدر الكتاب تح. محمد.' -L "$FIX/asplit/extra-abbrev.tsv"
	[ "${#lines[@]}" -eq 2 ]
	run split 'وانتقد الهجوم .. مستنكراً استهداف المدنيين.'
	[ "${#lines[@]}" -eq 2 ]
	run split 'وانتقد الهجوم .. مستنكراً استهداف المدنيين.' -C "$FIX/asplit/extra-continue.tsv"
	[ "${#lines[@]}" -eq 1 ]
	run asplit -L "$TMP/none.tsv" </dev/null
	[ "$status" -eq 2 ]
}

@test "asplit: record fields: doc sid start end text, then the rest as the same bytes" {
	printf '%s\n' '{"id" : "r1", "n": 1.50e3, "text":"جملة أولى. وجملة ثانية.", "meta":{"a" : [1, 2]}}' >"$TMP/in"
	run asplit "$TMP/in"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = '{"doc":"r1","sid":0,"start":0,"end":10,"text":"جملة أولى.","n":1.50e3,"meta":{"a" : [1, 2]}}' ]
	[ "${lines[1]}" = '{"doc":"r1","sid":1,"start":11,"end":23,"text":"وجملة ثانية.","n":1.50e3,"meta":{"a" : [1, 2]}}' ]
}

@test "asplit: start and end map every sentence back to the text" {
	run asplit "$FIX/asplit/docs.jsonl"
	[ "$status" -eq 1 ]
	asplit "$FIX/asplit/docs.jsonl" 2>/dev/null >"$TMP/out" || true
	jq -r --slurpfile d "$FIX/asplit/docs.jsonl" '
	    . as $s | ($d[] | select(.id == $s.doc) | .text) as $t |
	    ($t | explode | .[$s.start:$s.end] | implode) == $s.text' \
	    "$TMP/out" | sort -u >"$TMP/ok"
	[ "$(cat "$TMP/ok")" = true ]
	[ "$(jq -r .doc "$TMP/out" | uniq -c | awk '{print $2 "=" $1}' | tr '\n' ' ')" = 'k1=4 k5=1 ' ]
	[ "$(jq -c '[.sid, .title, .date, .file]' "$TMP/out" | head -n 1)" = '[0,"الوزير يزور أربيل","2024-03-05","raw/k1.txt"]' ]
}

@test "asplit: no text, or a text that is not a string, is a bad line; an empty text gives no sentence" {
	run asplit --reject "$TMP/rej" "$FIX/asplit/docs.jsonl"
	[ "$status" -eq 1 ]
	[[ "$output" == *'docs.jsonl:3: no "text" field'* ]]
	[[ "$output" == *'docs.jsonl:4: "text" is not a string'* ]]
	[ "$(cut -c1-11 "$TMP/rej")" = "$(printf '{"id":"k3",\n{"id":"k4",')" ]
	[[ "$output" != *'"doc":"k2"'* ]]
	[[ "$output" != *'docs.jsonl:2'* ]]
	printf '%s\n' '{"id":"e","text":""}' '{"id":"w","text":" \n * \u200f"}' >"$TMP/in"
	run asplit "$TMP/in"
	[ "$status" -eq 0 ]
	[ -z "$output" ]
}

@test "asplit: bad JSON is reported and the rest goes on" {
	printf '%s\n' 'not json' '{"id":"g","text":"سليم."}' >"$TMP/in"
	run asplit "$TMP/in"
	[ "$status" -eq 1 ]
	[[ "$output" == *'in:1:'* ]]
	[[ "$output" == *'"doc":"g"'* ]]
}

@test "asplit: -f splits another field; its text replaces text" {
	printf '%s\n' '{"id":"f","text":"قديم","body":"أولى. ثانية.","x":1}' >"$TMP/in"
	run asplit -f body "$TMP/in"
	[ "${#lines[@]}" -eq 2 ]
	[ "${lines[1]}" = '{"doc":"f","sid":1,"start":6,"end":12,"text":"ثانية.","x":1}' ]
}

@test "asplit: FILE operands and - for standard input, in order" {
	printf '%s\n' '{"id":"a","text":"أ ب."}' >"$TMP/a"
	printf '%s\n' '{"id":"b","text":"ج د."}' | asplit "$TMP/a" - "$TMP/a" >"$TMP/out"
	[ "$(jq -r .doc "$TMP/out" | tr -d '\n')" = 'aba' ]
}

@test "asplit: --raw reads plain text lines, skips blank ones" {
	printf 'سطر أول. وثان.\n\n   \nسطر ثالث\n' >"$TMP/in"
	run asplit --raw "$TMP/in"
	[ "${#lines[@]}" -eq 3 ]
}

@test "asplit: a missing data file is an error, not a silent default" {
	mkdir -p "$TMP/empty"
	AKHBAR_DATADIR="$TMP/empty" run asplit </dev/null
	[ "$status" -eq 2 ]
	[[ "$output" == *asplit-abbrev.tsv* ]]
}

@test "asplit: sentences split again keep one doc, sid, start and end" {
	runsh "printf '%s\n' '{\"doc\":\"d1\",\"sid\":3,\"start\":0,\"end\":5,\"text\":\"قال الوزير. ثم ذهب.\"}' | asplit"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = '{"doc":"d1","sid":0,"start":0,"end":11,"text":"قال الوزير."}' ]
	[ "${lines[1]}" = '{"doc":"d1","sid":1,"start":12,"end":19,"text":"ثم ذهب."}' ]
}
