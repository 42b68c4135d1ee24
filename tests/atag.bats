#!/usr/bin/env bats
# atag: tokens, entities, roles and dates of sentence records.  Every
# sentence is composed for these tests; the names they rely on are in
# lib/data/atag-core.tsv, atag-heads.tsv, atag-patterns.tsv or the user
# lexicon tests/fixtures/atag/user.tsv.

load 'helper'

# one sentence record, tagged: tag TEXT [DATE] [atag options...]
tag() {
	local date=${2:-2023-08-11}
	jq -cn --arg t "$1" --arg d "$date" \
	    '{doc: "t", sid: 0, text: $t, date: (if $d == "" then null else $d end)}' |
	    atag "${@:3}"
}

# "TYPE:text" of every entity, one a line
ents() {
	tag "$@" | jq -r '.entities[] | "\(.type):\(.text)"'
}

@test "atag: --help, --version, usage errors" {
	run atag --help
	[ "$status" -eq 0 ]
	[[ "${lines[0]}" == "usage: atag"* ]]
	run atag --version
	[ "$status" -eq 0 ]
	[[ "$output" == *0.* ]]
	run atag --no-such-option
	[ "$status" -eq 2 ]
	run atag -L "$TMP/missing.tsv" </dev/null
	[ "$status" -eq 2 ]
}

@test "atag: fields pass through in order, the new ones are added" {
	printf '%s\n' '{"doc":"d","sid":3,"start":0,"end":9,"text":"زار بغداد","title":"عنوان","date":"2022-09-21","source":"وكالة"}' |
	    atag >"$TMP/out"
	run jq -c 'keys_unsorted' "$TMP/out"
	[ "$output" = '["doc","sid","start","end","text","title","date","source","tokens","entities","roles","doc_date"]' ]
	run jq -r '.doc_date' "$TMP/out"
	[ "$output" = 2022-09-21 ]
	# the input's bytes come first, unchanged
	run cat "$TMP/out"
	[[ "$output" == '{"doc":"d","sid":3,"start":0,"end":9,"text":"زار بغداد","title":"عنوان","date":"2022-09-21","source":"وكالة",'* ]]
}

# "text start end [pre] [base] [suf]" of every token, the base rebuilt
# from the offsets: text[start+len(pre) : end-len(suf)], "ا" first when al
toks() {
	tag "$@" | jq -r '.text as $s | .tokens[] |
	    (.[2] // "") as $p | (.[3] // "") as $f |
	    "\($s[.[0]:.[1]]) \(.[0]) \(.[1]) [\($p)] [\(if .[4] == 1 then "ا" else "" end)\($s[.[0] + ($p | length):.[1] - ($f | length)])] [\($f)]"'
}

@test "atag: tokens carry code point offsets, proclitics and enclitics" {
	run toks 'وصل وبغداد للقوات، وقواتها'
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = 'وصل 0 3 [] [وصل] []' ]
	[ "${lines[1]}" = 'وبغداد 4 10 [و] [بغداد] []' ]
	[ "${lines[2]}" = 'للقوات 11 17 [ل] [القوات] []' ]
	[ "${lines[3]}" = '، 17 18 [] [،] []' ]
	[ "${lines[4]}" = 'وقواتها 19 26 [و] [قوات] [ها]' ]
	# compact: trailing defaults left out
	run bash -c "$(declare -f tag); tag 'وصل وبغداد للقوات، وقواتها' | jq -c .tokens"
	[ "$output" = '[[0,3],[4,10,"و"],[11,17,"ل","",1],[17,18],[19,26,"و","ها"]]' ]
}

@test "atag: every token's base is rebuilt from its offsets, whatever the text" {
	# marks, tatweel, a character outside the BMP, digits, Latin, quotes
	printf '%s\n' '{"doc":"d","sid":0,"text":"وَقالَ المتحدثُ باسمِ الحكومـــة 😀 \"إن\" UN وللبنان ولحكومتها 2023م، فبغداد؟"}' |
	    atag >"$TMP/out"
	run jq -r '.text as $s | .tokens[] | (.[2] // "") as $p | (.[3] // "") as $f |
	    select(.[0] < 0 or .[1] > ($s | length) or .[0] + ($p | length) > .[1] - ($f | length) or
	        $s[.[0]:.[0] + ($p | length)] != $p or $s[.[1] - ($f | length):.[1]] != $f) | tostring' "$TMP/out"
	[ "$status" -eq 0 ]
	[ "$output" = "" ]
	# the tokens cover every non-space character, in order, without overlap
	run jq -r '.text as $s | [.tokens[] | $s[.[0]:.[1]]] | join("")' "$TMP/out"
	[ "$output" = "$(jq -r '.text | gsub("\\s"; "")' "$TMP/out")" ]
	run jq -r '[.tokens[] | .[0], .[1]] | . == sort' "$TMP/out"
	[ "$output" = true ]
}

@test "atag: words that begin like a proclitic are not split" {
	run toks 'وزير ولاية بغداد'
	[ "${lines[0]}" = 'وزير 0 4 [] [وزير] []' ]
	[ "${lines[1]}" = 'ولاية 5 10 [] [ولاية] []' ]
	[ "${lines[2]}" = 'بغداد 11 16 [] [بغداد] []' ]
}

@test "atag: countries from ICU, places and organisations from the lexicons" {
	run ents 'وصل الوفد إلى فرنسا ثم إلى ألمانيا وبغداد'
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = 'LOC:فرنسا' ]
	[ "${lines[1]}" = 'LOC:ألمانيا' ]
	[ "${lines[2]}" = 'LOC:بغداد' ]
	run bash -c "$(declare -f tag); tag 'زار ألمانيا' | jq -r '.entities[0] | \"\(.country) \(.start) \(.end)\"'"
	[ "$output" = 'DEU 4 11' ]
}

@test "atag: the text of an entity has no proclitic, its offsets neither" {
	run bash -c "$(declare -f tag); tag 'عاد من واشنطن وبغداد' | jq -r '.entities[] | \"\(.text) \(.start) \(.end)\"'"
	[ "${lines[0]}" = 'واشنطن 7 13' ]
	[ "${lines[1]}" = 'بغداد 15 20' ]
}

@test "atag: ORGHEAD + construct chain + nisba is an ORG with a country" {
	run bash -c "$(declare -f tag); tag 'قالت وزارة الدفاع الأميركية في بيان' | jq -r '.entities[] | \"\(.type):\(.text):\(.country):\(.sector)\"'"
	[ "$output" = 'ORG:وزارة الدفاع الأميركية:USA:GOV' ]
	run ents 'وشارك جهاز مكافحة الإرهاب في العملية'
	[ "$output" = 'ORG:جهاز مكافحة الإرهاب' ]
	run ents 'ورحبت حكومة إقليم كردستان بالقرار'
	[ "$output" = 'ORG:حكومة إقليم كردستان' ]
}

@test "atag: the article + head needs an agreeing nisba or adjective" {
	run ents 'وقالت الحكومة العراقية إن الحكومة الاتحادية والجيش الأمريكي'
	[ "${lines[0]}" = 'ORG:الحكومة العراقية' ]
	[ "${lines[1]}" = 'ORG:الحكومة الاتحادية' ]
	[ "${lines[2]}" = 'ORG:الجيش الأمريكي' ]
	# back-references and generic plurals are no entities
	run ents 'وقالت الحكومة إن حكومة الإقليم والقوات الأمريكية'
	[ "$output" = '' ]
}

@test "atag: named forces are tagged by the name alone" {
	run ents 'وصلت قوات البيشمركة الكردية إلى أربيل'
	[ "${lines[0]}" = 'ORG:البيشمركة' ]
	[ "${lines[1]}" = 'LOC:أربيل' ]
}

@test "atag: LOCHEAD leaves the type word out, FACILITY keeps it" {
	run ents 'في محافظة الزهراوية قرب مطار بغداد الدولي وقاعدة عين الصقر الجوية في قضاء البوادي'
	[ "${lines[0]}" = 'LOC:الزهراوية' ]
	[ "${lines[1]}" = 'LOC:مطار بغداد الدولي' ]
	[ "${lines[2]}" = 'LOC:قاعدة عين الصقر الجوية' ]
	[ "${lines[3]}" = 'LOC:البوادي' ]
	[ "${#lines[@]}" -eq 4 ]
}

@test "atag: a title announces a PER, which gets its title, country and sector" {
	tag 'واستقبل وزير الدفاع العراقي فلاح زيدان أمس' >"$TMP/out"
	run jq -r '.entities[] | "\(.type):\(.text):\(.title):\(.country):\(.sector)"' "$TMP/out"
	[ "$output" = 'PER:فلاح زيدان:وزير الدفاع العراقي:IRQ:GOV' ]
	run jq -r '.roles[] | "\(.text):\(.head):\(.country):\(.sector)"' "$TMP/out"
	[ "$output" = 'وزير الدفاع العراقي:وزير الدفاع:IRQ:GOV' ]
}

@test "atag: a name before its title, and a given name with an unknown one" {
	run ents 'وقال كارل هيندمان، مستشار الأمن القومي الأمريكي إن'
	[ "$output" = 'PER:كارل هيندمان' ]
	run ents 'وحضر الاجتماع محمد الزبيدي وجيك مارلو'
	[ "${lines[0]}" = 'PER:محمد الزبيدي' ]
	[ "${lines[1]}" = 'PER:جيك مارلو' ]
	# a name ends at a verb or an adverbial accusative
	run ents 'وقال الوزير سالم عبود ممثلاً عن الحكومة'
	[ "$output" = 'PER:سالم عبود' ]
}

@test "atag: groups are roles with country and sector, not entities" {
	tag 'وانسحبت القوات الأمريكية من القاعدة' >"$TMP/out"
	run jq -r '.entities | length' "$TMP/out"
	[ "$output" = 0 ]
	run jq -r '.roles[] | "\(.text):\(.country):\(.sector):\(.group)"' "$TMP/out"
	[ "$output" = 'القوات الأمريكية:USA:MIL:true' ]
	# a counted soldier (the singular after a number) is a group too
	tag 'وهناك 2500 جندي أمريكي في العراق' >"$TMP/out"
	run jq -r '.roles[] | "\(.text):\(.country):\(.sector):\(.group)"' "$TMP/out"
	[ "$output" = 'جندي أمريكي:USA:MIL:true' ]
	# a people, and a people of a state
	tag 'وساعدنا شركاءنا كورد العراق في إعادة البناء' >"$TMP/out"
	run jq -r '.roles[] | "\(.text):\(.country):\(.sector):\(.group)"' "$TMP/out"
	[ "$output" = 'كورد العراق:IRQ:CVL:true' ]
	tag 'قرر الرئيس العفو عن المحكوم عليهم' >"$TMP/out"
	run jq -r '.roles[1] | "\(.text):\(.sector):\(.group)"' "$TMP/out"
	[ "$output" = 'المحكوم عليهم:CVL:true' ]
	# a people by its broken plural is a nationality (aevent's actor)
	tag 'وتظاهر آلاف المغاربة في الرباط' | aevent >"$TMP/out"
	run jq -r '.source | "\(.text):\(.country)"' "$TMP/out"
	[ "$output" = 'آلاف المغاربة:MAR' ]
}

@test "atag: a title that is also an adjective, after a definite noun, is the adjective" {
	tag 'حددت الاتفاقية المتطلبات الرئيسة لانسحاب القوات' >"$TMP/out"
	run jq -r '[.roles[].text] | join(",")' "$TMP/out"
	[ "$output" = 'القوات' ]
	tag 'وقالت الرئيسة إن' >"$TMP/out"
	run jq -r '[.roles[].text] | join(",")' "$TMP/out"
	[ "$output" = 'الرئيسة' ]
}

@test "atag: a group's other names have its canonical name" {
	for n in 'جماعة أنصار الله' 'الحوثيين' 'حركة أنصار الله'; do
		tag "وأعلنت $n مسؤوليتها" >"$TMP/out"
		[ "$(jq -r '.entities[0].canonical' "$TMP/out")" = 'جماعة الحوثي' ]
	done
	tag 'وقال البنتاغون' >"$TMP/out"
	[ "$(jq -r '.entities[0].canonical' "$TMP/out")" = 'وزارة الدفاع الأمريكية' ]
}

@test "atag: a name inside a title is tagged" {
	run ents 'والتقى رئيس حكومة إقليم كردستان بالوفد'
	[ "$output" = 'ORG:حكومة إقليم كردستان' ]
}

@test "atag: full dates, paired month names, Eastern digits" {
	run bash -c "$(declare -f tag); tag 'وقعت الأربعاء 21 سبتمبر 2022 وفي كانون الأول ديسمبر عام 2021 وفي ٣ تموز ٢٠٢٠' | jq -r '.entities[] | \"\(.text)=\(.value)\"'"
	[ "${lines[0]}" = 'الأربعاء 21 سبتمبر 2022=2022-09-21' ]
	[ "${lines[1]}" = 'كانون الأول ديسمبر عام 2021=2021-12' ]
	[ "${lines[2]}" = '٣ تموز ٢٠٢٠=2020-07-03' ]
}

@test "atag: ranges, slashes, brackets, years, modifiers" {
	run bash -c "$(declare -f tag); tag 'من 7 إلى 8 أغسطس / آب 2023 ثم الثلاثاء (27 أيلول 2022) ولعام 2008 وفي أواخر عام 2021' | jq -r '.entities[] | \"\(.text)=\(.value)\"'"
	[ "${lines[0]}" = '7 إلى 8 أغسطس / آب 2023=2023-08' ]
	[ "${lines[1]}" = 'الثلاثاء (27 أيلول 2022)=2022-09-27' ]
	[ "${lines[2]}" = 'عام 2008=2008' ]
	[ "${lines[3]}" = 'أواخر عام 2021=2021' ]
}

@test "atag: weekdays and relative months resolve against the document date" {
	# 2023-08-11 was a Friday
	run bash -c "$(declare -f tag); tag 'وصل الاربعاء وغادر السبت الماضي في مطلع الشهر الجاري' 2023-08-11 | jq -r '.entities[] | \"\(.text)=\(.value)\"'"
	[ "${lines[0]}" = 'الاربعاء=2023-08-09' ]
	[ "${lines[1]}" = 'السبت الماضي=2023-08-05' ]
	[ "${lines[2]}" = 'مطلع الشهر الجاري=2023-08' ]
	# a day and month without a year take the document's year
	run bash -c "$(declare -f tag); tag 'الخميس 10 آب / أغسطس' 2023-08-11 | jq -r '.entities[] | \"\(.text)=\(.value)\"'"
	[ "$output" = 'الخميس 10 آب / أغسطس=2023-08-10' ]
	# after غد (tomorrow) a weekday is the next one, not the last
	run bash -c "$(declare -f tag); tag 'يزور واشنطن يوم غد الاثنين ويعود غداً الخميس' 2023-08-11 | jq -r '.entities[] | \"\(.text)=\(.value)\"'"
	[ "${lines[1]}" = 'الاثنين=2023-08-14' ]
	[ "${lines[2]}" = 'الخميس=2023-08-17' ]
	# relative words alone are no entities
	run ents 'اليوم والأسبوع الماضي'
	[ "$output" = '' ]
}

@test "atag: without a document date, the first full date of the document" {
	run bash -c "atag '$FIX/atag/doc-nodate.jsonl' | jq -r '\"\(.doc) \(.doc_date) \" + ([.entities[] | select(.type == \"DATE\") | \"\(.text)=\(.value)\"] | join(\",\"))'"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = 'n1 2022-10-14 الاثنين=2022-10-10' ]
	[ "${lines[1]}" = 'n1 2022-10-14 الجمعة 14 تشرين الأول 2022=2022-10-14' ]
	[ "${lines[2]}" = 'n2 null الخميس=null' ]
}

@test "atag: -u holds nothing: a sentence is written before the next is read" {
	# the first line alone, the pipe kept open: its record must come out
	# (a descriptor of our own: bats keeps 3 for itself)
	local w
	mkfifo "$TMP/fifo"
	atag -u <"$TMP/fifo" >"$TMP/out" &
	exec {w}>"$TMP/fifo"
	head -1 "$FIX/atag/doc-nodate.jsonl" >&"$w"
	for i in $(seq 50); do [ -s "$TMP/out" ] && break; sleep 0.2; done
	first=$(cat "$TMP/out")
	sed -n 2,3p "$FIX/atag/doc-nodate.jsonl" >&"$w"
	exec {w}>&-
	wait
	# resolved with what it has: no date yet, then the one of its own sentence
	[ "$(jq -r '"\(.sid) \(.doc_date) " + (.entities[] | select(.type == "DATE") | "\(.text)=\(.value)")' <<<"$first")" = '0 null الاثنين=null' ]
	run jq -r '"\(.doc) \(.sid) \(.doc_date)"' "$TMP/out"
	[ "${lines[1]}" = 'n1 1 2022-10-14' ]
	[ "${lines[2]}" = 'n2 0 null' ]
}

@test "atag: -L adds user lexicons, later entries replace earlier ones" {
	run ents 'التقى سامر الفلاحي قادة تيار النهضة الجديدة في بلدة العين الزرقاء' 2023-08-11 -L "$FIX/atag/user.tsv"
	[ "${lines[0]}" = 'PER:سامر الفلاحي' ]
	[ "${lines[1]}" = 'ORG:تيار النهضة الجديدة' ]
	[ "${lines[2]}" = 'LOC:بلدة العين الزرقاء' ]
	printf 'بغداد\tLOC\tXXX\n' >"$TMP/over.tsv"
	run bash -c "$(declare -f tag); tag 'في بغداد' '' -L '$TMP/over.tsv' | jq -r '.entities[0].country'"
	[ "$output" = XXX ]
}

@test "atag: a record without a string text is rejected, the rest goes on" {
	printf '%s\n' '{"doc":"a","text":"في بغداد"}' '{"doc":"a","text":7}' 'not json' '{"doc":"a","text":"في أربيل"}' >"$TMP/in"
	run atag --reject "$TMP/rej" "$TMP/in"
	[ "$status" -eq 1 ]
	[[ "$output" == *"atag: $TMP/in:2: "* ]]
	[[ "$output" == *"atag: $TMP/in:3: "* ]]
	run bash -c "atag '$TMP/in' 2>/dev/null | jq -r '.entities[0].text'"
	[ "${lines[0]}" = 'بغداد' ]
	[ "${lines[1]}" = 'أربيل' ]
	run cat "$TMP/rej"
	[ "${lines[0]}" = '{"doc":"a","text":7}' ]
	[ "${lines[1]}" = 'not json' ]
}

@test "atag: odd text does not crash it" {
	printf '%s\n' '{"text":""}' '{"text":"و ل ب ، 2022 / / ("}' '{"text":"ـــ ً ٌ"}' '{"text":"لل ولل فلل"}' '{"text":"31/02/2022 99 إلى"}' >"$TMP/in"
	run atag "$TMP/in"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 5 ]
}

@test "atag: numeric dates, bare years, Hijri years, bracketed years" {
	run bash -c "$(declare -f tag); tag 'صدر في 21/9/2022 وفي 2014 ونشر 2000 جندي عام 1308 هجري وسنة (1935) م' | jq -r '.entities[] | \"\(.text)=\(.value)\"'"
	[ "${lines[0]}" = '21/9/2022=2022-09-21' ]
	[ "${lines[1]}" = '2014=2014' ]
	[ "${lines[2]}" = 'عام 1308 هجري=null' ]
	[ "${lines[3]}" = 'سنة (1935) م=1935' ]
	[ "${#lines[@]}" -eq 4 ]
}

@test "atag: a coordinated portfolio, a given name alone, an adjective is no title" {
	run ents 'وأعلنت وزارة التربية والتعليم الأردنية'
	[ "$output" = 'ORG:وزارة التربية والتعليم الأردنية' ]
	run ents 'وقال محمد إن الوضع هادئ'
	[ "$output" = 'PER:محمد' ]
	tag 'وقالت السفارة في بيان صحافي تابعته الوكالة' >"$TMP/out"
	run jq -c '[.entities, .roles]' "$TMP/out"
	[ "$output" = '[[],[]]' ]
}

@test "atag: a record without doc is a document of its own" {
	printf '%s\n' '{"text":"الاثنين 3 تموز 2023 ثم الخميس"}' '{"text":"الخميس"}' >"$TMP/in"
	run bash -c "atag '$TMP/in' | jq -c '[.doc_date, (.entities[] | .value)]'"
	[ "${lines[0]}" = '["2023-07-03","2023-07-03","2023-06-29"]' ]
	[ "${lines[1]}" = '[null,null]' ]
}

@test "atag: a surname alone names the person named before in the document" {
	printf '%s\n' '{"doc":"s","sid":0,"text":"وقال كارل هيندمان، مستشار الأمن القومي الأمريكي إن","date":"2023-01-02"}' \
	    '{"doc":"s","sid":1,"text":"وأضاف هيندمان أن","date":"2023-01-02"}' \
	    '{"doc":"o","sid":0,"text":"وأضاف هيندمان أن","date":"2023-01-02"}' >"$TMP/in"
	run bash -c "atag --no-tokens '$TMP/in' | jq -r '[.entities[] | \"\(.type):\(.text)\"] | join(\",\")'"
	[ "${lines[0]}" = 'PER:كارل هيندمان' ]
	[ "${lines[1]}" = 'PER:هيندمان' ]
	[ "${lines[2]}" = '' ]
}

@test "atag: a month with الماضي, الجاري, الحالي or المقبل; an ordinal day" {
	run bash -c "$(declare -f tag); tag 'تظاهروا في نيسان الماضي ثم مطلع أيار الجاري وفي الخامس من حزيران المقبل وفي 3 كانون الثاني الحالي' 2024-05-20 |
	    jq -r '.entities[] | \"\(.text)=\(.value)\"'"
	[ "${lines[0]}" = 'نيسان الماضي=2024-04' ]
	[ "${lines[1]}" = 'مطلع أيار الجاري=2024-05' ]
	[ "${lines[2]}" = 'الخامس من حزيران المقبل=2024-06-05' ]
	[ "${lines[3]}" = '3 كانون الثاني الحالي=2024-01-03' ]
	# a past month not yet reached this year is last year's
	run bash -c "$(declare -f tag); tag 'منذ تموز الماضي' 2024-05-20 | jq -r '.entities[0].value'"
	[ "$output" = 2023-07 ]
}

@test "atag: ministry chains with a genitive adjective, a conjunct, a body of a named ORG" {
	run ents 'وأعلنت وزارة التعليم العالي والبحث العلمي ووزارة الخارجية والتعاون الدولي الإماراتية موقفهما'
	[ "${lines[0]}" = 'ORG:وزارة التعليم العالي والبحث العلمي' ]
	[ "${lines[1]}" = 'ORG:وزارة الخارجية والتعاون الدولي الإماراتية' ]
	run ents 'ودعت الأمانة العامة لمجلس التعاون إلى التهدئة'
	[ "$output" = 'ORG:الأمانة العامة لمجلس التعاون' ]
	# ministers of the council's states: the council alone
	run ents 'اجتمع وزراء خارجية دول مجلس التعاون'
	[ "$output" = 'ORG:مجلس التعاون' ]
	# but a place type inside a chain stays, and so does a body of an ORG
	run ents 'وقال رئيس بلدية مدينة الخليل'
	[ "$output" = 'ORG:بلدية مدينة الخليل' ]
	run ents 'ونشرت وكالة أبحاث الكونغرس تقريرا'
	[ "$output" = 'ORG:وكالة أبحاث الكونغرس' ]
}

@test "atag: outlets and companies without their type word, quoted names" {
	run ents 'قال لوكالة شفق نيوز وصحيفة نيويورك تايمز إن شركة "النخيل للمقاولات" فازت'
	[ "${lines[0]}" = 'ORG:شفق نيوز' ]
	[ "${lines[1]}" = 'ORG:نيويورك تايمز' ]
	[ "${lines[2]}" = 'ORG:النخيل للمقاولات' ]
	# an agency whose name holds the word stays whole
	run ents 'بحسب وكالة الأنباء العراقية'
	[ "$output" = 'ORG:وكالة الأنباء العراقية' ]
}

@test "atag: words that are names only sometimes (على, مالي, عمان, الخليج, قوى الأمن الداخلي)" {
	run ents 'ويظهر على اليسار الوزير علي الأديب'
	[ "$output" = 'PER:علي الأديب' ]
	run ents 'تواجه الحكومة أزمة مالية ودعم مالي محدود'
	[ "$output" = '' ]
	run ents 'وصل الرئيس المالي إلى مالي والنيجر'
	[ "${lines[0]}" = 'LOC:مالي' ]
	run bash -c "$(declare -f tag); tag 'وصل الوفد إلى عمان' | jq -r '.entities[0] | \"\(.text) \(.country)\"'"
	[ "$output" = 'عمان JOR' ]
	run bash -c "$(declare -f tag); tag 'زار سلطنة عمان' | jq -r '.entities[0] | \"\(.text) \(.country)\"'"
	[ "$output" = 'سلطنة عمان OMN' ]
	# joined to a country name, the country
	run bash -c "$(declare -f tag); tag 'مذكرة تفاهم بين الكويت وعمان' | jq -r '.entities[1] | \"\(.text) \(.country)\"'"
	[ "$output" = 'عمان OMN' ]
	run ents 'منذ حرب الخليج الثانية ودول الخليج'
	[ "$output" = 'LOC:الخليج' ]
	run ents 'ورفع مستويات قدرة قوى الأمن الداخلي'
	[ "$output" = '' ]
	run ents 'ونفذت قوى الأمن الداخلي اللبنانية المداهمة'
	[ "$output" = 'ORG:قوى الأمن الداخلي اللبنانية' ]
	run ents 'وقال التحالف الدولي بقيادة الولايات المتحدة إن فيلق القدس الإيراني ينشط في شمال شرق سوريا'
	[ "${lines[0]}" = 'ORG:التحالف الدولي' ]
	[ "${lines[1]}" = 'LOC:الولايات المتحدة' ]
	[ "${lines[2]}" = 'ORG:فيلق القدس' ]
	[ "${lines[3]}" = 'LOC:سوريا' ]
}

@test "atag: an indefinite nisba after a definite title starts the name" {
	run ents 'وقال المتحدث العميد الركن تركي المالكي'
	[ "$output" = 'PER:تركي المالكي' ]
	run bash -c "$(declare -f tag); tag 'وقال السفير التركي' | jq -r '.roles[0].country'"
	[ "$output" = TUR ]
}

@test "atag: a place-type word is left out (ريف حلب)" {
	run ents 'في ريف حلب الشرقي وريف دمشق'
	[ "${lines[0]}" = 'LOC:حلب' ]
	[ "${lines[1]}" = 'LOC:ريف دمشق' ]
	# a facility named by two unknown words, not by an adjective
	run ents 'في محيط السد وجسر قره قوزاق.'
	[ "$output" = 'LOC:جسر قره قوزاق' ]
	run ents 'نقل إلى سجن سري ثم إلى سجن كبير'
	[ "$output" = '' ]
}

@test "atag: the span of a name after another is never negative (ASan)" {
	printf '%s\n' '{"doc":"d","sid":0,"text":"وحضر الاجتماع محمد الزبيدي وجيك مارلو"}' >"$TMP/in"
	run bash -c "atag '$TMP/in' | jq -r '.entities[] | \"\(.type):\(.text)\"'"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = 'PER:محمد الزبيدي' ]
}

@test "atag: a state body with its remit, ل + noun (المجلس القومي لحقوق الإنسان)" {
	run ents 'وطالب المجلس القومي لحقوق الإنسان بالإفراج عن المعتقلين'
	[ "$output" = 'ORG:المجلس القومي لحقوق الإنسان' ]
	run ents 'وأعلنت الهيئة الوطنية للانتخابات موعد الاقتراع'
	[ "$output" = 'ORG:الهيئة الوطنية للانتخابات' ]
	# the head and its adjective alone, then an ordinary ل phrase
	run ents 'وقال المجلس الرئاسي لوسائل الإعلام إن'
	[ "${lines[0]}" = 'ORG:المجلس الرئاسي' ]
}

@test "atag: common state bodies (النيابة العامة، الجريدة الرسمية)" {
	run ents 'وأحالت النيابة العامة المتهمين إلى القضاء بعدما نشرت الجريدة الرسمية القانون'
	[ "${lines[0]}" = 'ORG:النيابة العامة' ]
	[ "${lines[1]}" = 'ORG:الجريدة الرسمية' ]
}

@test "atag: a military rank is a title, never part of the name (العماد)" {
	run ents 'واستقبل العماد ميشال عون وفدا'
	[ "$output" = 'PER:ميشال عون' ]
	run ents 'وقال المقدم سامر الحلبي إن'
	[ "$output" = 'PER:سامر الحلبي' ]
}

@test "atag: a camp is a facility that keeps its type word (مخيم)" {
	run ents 'ونزح آلاف إلى مخيم أبو شوك قرب الفاشر'
	[ "${lines[0]}" = 'LOC:مخيم أبو شوك' ]
}

@test "atag: a place-type word before a common noun names no place" {
	run ents 'واندلعت اشتباكات في منطقة الإنشاءات شرقي المدينة'
	[ "$output" = '' ]
}

@test "atag: العاصمة + nisba + name gives the bare name" {
	run ents 'ووصل الموفد إلى العاصمة الليبية طرابلس مساء أمس'
	[ "$output" = 'LOC:طرابلس' ]
	run ents 'وعاد الوفد إلى العاصمة التشادية انجامينا'
	[ "$output" = 'LOC:انجامينا' ]
}

@test "atag: جبهة before a place is a front line, before a common noun a party" {
	run ents 'وتواصلت المعارك على جبهة الجولان'
	[ "$output" = 'LOC:الجولان' ]
	run ents 'ودعت جبهة التحرير الوطني أنصارها إلى التظاهر'
	[ "$output" = 'ORG:جبهة التحرير الوطني' ]
	# a district (قضاء) before an unknown name stays a place type
	run ents 'وفي قضاء البوادي شمال المحافظة'
	[ "$output" = 'LOC:البوادي' ]
}

@test "atag: the outlet of a dateline is an ORG by its position" {
	run ents 'وطنية - أعلن وزير الداخلية إغلاق الطريق'
	[ "${lines[0]}" = 'ORG:وطنية' ]
	run ents 'الخرطوم - دارفور نيوز: تجددت الاشتباكات'
	[ "${lines[0]}" = 'LOC:الخرطوم' ]
	[ "${lines[1]}" = 'ORG:دارفور نيوز' ]
	# a place alone, a common word or a verb before the colon: no outlet
	run ents 'بغداد - قال مسؤول إن'
	[ "$output" = 'LOC:بغداد' ]
	run ents 'المصدر: بيان الوزارة'
	[ "$output" = '' ]
	# only the document's first sentence has a dateline
	printf '%s\n' '{"doc":"d","sid":0,"text":"أعلنت الوزارة ذلك.","date":"2023-08-11"}' \
	    '{"doc":"d","sid":1,"text":"وطنية - ليس هنا.","date":"2023-08-11"}' >"$TMP/in"
	run bash -c "atag '$TMP/in' | jq -r '.entities[] | .text'"
	[ "$output" = '' ]
}

@test "atag: a place type and its indefinite nisba before the name (بلدة لبنانية)" {
	run ents 'وسقطت قذيفة على بلدة لبنانية حدودية ثم على مدينة سورية حلب'
	[ "$output" = 'LOC:حلب' ]
	run ents 'وقصفت الطائرات قرية سودانية أم درمان'
	[ "$output" = 'LOC:أم درمان' ]
}

@test "atag: مركز opens a body's name, not a town centre or a police station" {
	run ents 'وذكر مركز الإعلام الأمني في بيان أن الهجوم صد'
	[ "$output" = 'ORG:مركز الإعلام الأمني' ]
	run ents 'وقال مركز طب الطوارئ والإسعاف إن'
	[ "$output" = 'ORG:مركز طب الطوارئ والإسعاف' ]
	run ents 'وتجمع المحتجون في مركز المدينة أمام مركز الشرطة'
	[ "$output" = '' ]
}

@test "atag: an observatory or a league opens an organisation (مرصد، رابطة)" {
	run ents 'وحذر مرصد الأزهر من خطاب الكراهية'
	[ "$output" = 'ORG:مرصد الأزهر' ]
	run ents 'ودعت رابطة العالم الإسلامي إلى التهدئة'
	[ "$output" = 'ORG:رابطة العالم الإسلامي' ]
}

@test "atag: a title ends after the name inside it (المتحدث باسم X)" {
	run bash -c "$(declare -f tag); tag 'وأدان المتحدث باسم الحكومة الليبية الهجوم على المطار' | jq -r '.roles[].text'"
	[ "$output" = 'المتحدث باسم الحكومة الليبية' ]
}

@test "atag: a post's place is the title's, not after a portfolio (في بغداد)" {
	run bash -c "$(declare -f tag); tag 'وقال السفير الأمريكي في بغداد إن' | jq -r '.roles[].text'"
	[ "$output" = 'السفير الأمريكي في بغداد' ]
	run bash -c "$(declare -f tag); tag 'وبحثت مساعدة وزير الدفاع الأميركي لشؤون الأمن الدولي في بغداد مع القادة' | jq -r '.roles[0].text'"
	[ "$output" = 'مساعدة وزير الدفاع الأميركي لشؤون الأمن الدولي' ]
	# the place is tagged all the same
	run bash -c "$(declare -f tag ents); ents 'وبحثت مساعدة وزير الدفاع الأميركي لشؤون الأمن الدولي في بغداد مع القادة'"
	[ "$output" = 'LOC:بغداد' ]
}

@test "atag: after a nationality a title is another person's, unless a name ends the row" {
	run bash -c "$(declare -f tag); tag 'والتقى وزير الخارجية الأردني السفير الأمريكي' | jq -r '.roles[] | \"\(.text):\(.country)\"'"
	[ "${lines[0]}" = 'وزير الخارجية الأردني:JOR' ]
	[ "${lines[1]}" = 'السفير الأمريكي:USA' ]
	# one person with two titles and a name
	run bash -c "$(declare -f tag); tag 'مع رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن عبدالرحمن آل ثاني' | jq -r '.roles[].text'"
	[ "$output" = 'رئيس مجلس الوزراء وزير الخارجية القطري الشيخ' ]
	# a group takes no other group or title after it
	run bash -c "$(declare -f tag); tag 'واستقبلت حكومة الإقليم الوفد الأمريكي' | jq -r '.roles[].text'"
	[ "${lines[0]}" = 'حكومة الإقليم' ]
	[ "${lines[1]}" = 'الوفد الأمريكي' ]
	# nor its verb's object: a noun after a definite group is no
	# adjective of it; a plural with its nun heads no construct
	run bash -c "$(declare -f tag); tag 'وأدانت الوزارة الهجوم وهاجمت الجماعات المسلحة القرية' | jq -r '.roles[].text'"
	[ "${lines[0]}" = 'الوزارة' ]
	[ "${lines[1]}" = 'الجماعات المسلحة' ]
	run bash -c "$(declare -f tag); tag 'أطلق مسلحون النار على قافلة وانسحبت قوات الاحتلال' | jq -r '.roles[].text'"
	[ "${lines[0]}" = 'مسلحون' ]
	[ "${lines[1]}" = 'قوات الاحتلال' ]
}

@test "atag: what a minister held is no name (أجرى وزير الخارجية مباحثات)" {
	run bash -c "$(declare -f tag ents); ents 'وأجرى وزير الخارجية العراقي مباحثات مع نظيره التركي في بغداد'"
	[ "$output" = 'LOC:بغداد' ]
}

@test "atag: ب or ل on a verbal noun or an article ends a name (حسين بتسريع)" {
	run bash -c "$(declare -f tag ents); ents 'وقال وزير الخارجية فؤاد حسين، فيما طالب حسين بتسريع إجراءات العبور'"
	[[ "$output" == *"PER:حسين"* ]]
	[[ "$output" != *"بتسريع"* ]]
}

@test "atag: a title takes the body after ل, and its country (القائد السابق لفيلق القدس)" {
	run bash -c "$(declare -f tag); tag 'في إشارة إلى اغتيال القائد السابق لفيلق القدس الإيراني أمس' | jq -r '.roles[] | \"\(.text):\(.country)\"'"
	[ "$output" = 'القائد السابق لفيلق القدس الإيراني:IRN' ]
	run bash -c "$(declare -f tag); tag 'وقال الرئيس السابق للحكومة إن' | jq -r '.roles[0].text'"
	[ "$output" = 'الرئيس السابق' ]
}

@test "atag: armed units are a group actor (الوحدات الكردية)" {
	run bash -c "$(declare -f tag); tag 'إذا لم تلق الوحدات الكردية سلاحها' | jq -r '.roles[] | \"\(.text):\(.group)\"'"
	[ "$output" = 'الوحدات الكردية:true' ]
}

@test "atag: a word with tanween after a title is no name (أجرى الوزير اتصالاً)" {
	run ents 'أجرى وزير الخارجية السعودي اتصالاً هاتفياً بنظيره الإيراني'
	[ "$output" = '' ]
}

@test "atag: after its nationality a group takes no name (السلطات الإسرائيلية معبر ...)" {
	run bash -c "$(declare -f tag); tag 'وأغلقت السلطات الإسرائيلية معبر كرم أبو سالم' | jq -r '.roles[].text'"
	[ "$output" = 'السلطات الإسرائيلية' ]
}
