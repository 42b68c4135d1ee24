#!/usr/bin/env bats
# aevent: tagged sentences to PLOVER event records.  Every sentence is
# composed for these tests (fixtures/aevent/mkfix.py writes the fixtures).

load 'helper'

F="$BATS_TEST_DIRNAME/fixtures/aevent"

# "sid type source-country target-country trigger" of each event, a line
brief() {
	aevent "$@" | jq -r '[.sid, .type, (.source.country // "-"),
	    (.target.country // "-"), .trigger] | map(tostring) | join(" ")'
}

@test "aevent: --help, --version, usage errors" {
	run aevent --help
	[ "$status" -eq 0 ]
	[[ "${lines[0]}" == "usage: aevent"* ]]
	run aevent --version
	[ "$status" -eq 0 ]
	[[ "$output" == *0.* ]]
	run aevent --no-such-option
	[ "$status" -eq 2 ]
	run aevent -L /nonexistent/lexicon.tsv </dev/null
	[ "$status" -eq 2 ]
}

@test "aevent: one sentence for each of the 16 PLOVER types" {
	run brief "$F/types.json"
	[ "$status" -eq 0 ]
	[[ "$output" == *"0 AGREE IRQ FRA وقعت"* ]]
	[[ "$output" == *"1 CONSULT FRA JOR التقى"* ]]
	[[ "$output" == *"2 SUPPORT JOR EGY وأشاد"* ]]
	[[ "$output" == *"3 COOPERATE IRQ - وتعاونت"* ]]
	[[ "$output" == *"4 AID JPN SDN وقدمت"* ]]
	[[ "$output" == *"5 REQUEST - IRN طالبت"* ]]
	[[ "$output" == *"6 ACCUSE SYR ISR واتهمت"* ]]
	[[ "$output" == *"7 REJECT LBY - ورفض"* ]]
	[[ "$output" == *"8 THREATEN YEM USA وهدد"* ]]
	[[ "$output" == *"9 PROTEST SDN SDN وتظاهر"* ]]
	[[ "$output" == *"10 SANCTION USA IRN وفرضت"* ]]
	[[ "$output" == *"11 MOBILIZE TUR - ونشر"* ]]
	[[ "$output" == *"12 COERCE EGY EGY واعتقلت"* ]]
	[[ "$output" == *"13 ASSAULT - IRQ وهاجم"* ]]
	[[ "$output" == *"14 RETREAT RUS - وانسحبت"* ]]
	[[ "$output" == *"15 CONCEDE USA - وخففت"* ]]
	# the accused bombing, the demanded release and the eased sanctions
	# are no events of their own
	[ "${#lines[@]}" -eq 16 ]
}

@test "aevent: the record's fields, modes, quad and CAMEO codes" {
	run bash -c "head -1 '$F/types.json' | aevent"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 1 ]
	e="${lines[0]}"
	[ "$(jq -r '.doc, .sid, .type, .mode' <<<"$e" | tr '\n' ' ')" = "t 0 AGREE sign " ]
	[ "$(jq -r '.source.text' <<<"$e")" = 'وزارة الخارجية العراقية' ]
	[ "$(jq -r '.source.sector' <<<"$e")" = GOV ]
	[ "$(jq -r '.source.start, .source.end' <<<"$e" | tr '\n' ' ')" = "5 28 " ]
	[ "$(jq -r '.location' <<<"$e")" = 'بغداد' ]
	[ "$(jq -r '.quad, .cameo' <<<"$e" | tr '\n' ' ')" = "1 057 " ]
	# the sentence's outlet and date are renamed, not confused with the
	# event's source actor and date
	[ "$(jq -r '.outlet' <<<"$e")" = 'وكالة الأنباء' ]
	[ "$(jq -r '.doc_date' <<<"$e")" = 2024-03-05 ]
	[ "$(jq -r '.text' <<<"$e")" = "$(head -1 "$F/types.json" | jq -r .text)" ]
	[ "$(jq -r 'has("entities") or has("roles") or has("explain")' <<<"$e")" = false ]
	[[ "$(jq -r .id <<<"$e")" =~ ^[0-9a-f]{16}$ ]]
	run bash -c "sed -n 9p '$F/types.json' | aevent | jq -r .mode"
	[ "$output" = null ]
	run bash -c "sed -n 15p '$F/types.json' | aevent | jq -r .mode"
	[ "$output" = withdraw ]
}

@test "aevent: the mode from the sentence's words, the most specific" {
	run bash -c "aevent '$F/modes.json' | jq -r '[.type, .mode, .target.text // \"-\"] | join(\" \")'"
	[ "${lines[0]}" = "ASSAULT drone سيارة تقل قياديين" ]
	[ "${lines[1]}" = "ASSAULT crowd-control المتظاهرين" ]
}

@test "aevent: ids are stable for the same event" {
	a=$(aevent "$F/types.json" | jq -r .id)
	b=$(cat "$F/types.json" | aevent | jq -r .id)
	[ -n "$a" ]
	[ "$a" = "$b" ]
	[ "$(sort -u <<<"$a" | wc -l)" -eq "$(wc -l <<<"$a")" ]
}

@test "aevent: subject before the verb" {
	run bash -c "sed -n 1p '$F/roles.json' | aevent --explain"
	[ "$(jq -r '.type, .mode, .source.text' <<<"$output" | tr '\n' '|')" = 'AGREE|pledge|الحكومة الكويتية|' ]
	[[ "$(jq -r .explain <<<"$output")" == *"source: subject before verb"* ]]
}

@test "aevent: verb first, the target after مع" {
	run bash -c "sed -n 2p '$F/roles.json' | aevent --explain"
	[ "$(jq -r '.source.text, .target.country' <<<"$output" | tr '\n' '|')" = 'حيان عبد الغني|FRA|' ]
	[[ "$(jq -r .explain <<<"$output")" == *"source: subject after verb; target: after a preposition"* ]]
	# the title before the name lends its country, the name is the text
	[ "$(jq -r '.source.start' <<<"$output")" = 7 ]
}

@test "aevent: a verbal noun, its genitive and the target after إلى" {
	run bash -c "sed -n 3p '$F/roles.json' | aevent --explain"
	[ "$(jq -r '.type, .mode, .source.text, .target.text' <<<"$output" | tr '\n' '|')" = 'CONSULT|visit|هاكان فيدان|بغداد|' ]
	[[ "$(jq -r .explain <<<"$output")" == *"genitive subject"* ]]
}

@test "aevent: a passive takes its agent from من قبل" {
	run bash -c "sed -n 4p '$F/roles.json' | aevent --explain"
	[ "$(jq -r '.type, .source.text, .target.text' <<<"$output" | tr '\n' '|')" = 'COERCE|الشرطة الأردنية|سامي الخطيب|' ]
	[[ "$(jq -r .explain <<<"$output")" == *"passive agent"*"passive subject"* ]]
}

@test "aevent: unpointed passives: a count after the verb, لقي مصرعه" {
	run bash -c "aevent --explain '$F/passive.json' | jq -r '[.trigger, (.source.text // \"-\"), .target.text] | join(\"|\")'"
	[ "${#lines[@]}" -eq 2 ]
	# the instrument (بهجوم، بقصف) is the same event, not a second
	[ "${lines[0]}" = 'قتل|حزب العمال الكردستاني|ثلاثة جنود أتراك' ]
	# the agent named only by a nisba (atag-nisba.tsv)
	[ "${lines[1]}" = 'مصرعه|قصف إسرائيلي|سامر حداد' ]
}

@test "aevent: a killing with nobody named is still an event, once" {
	printf '%s\n' '{"doc":"z","sid":0,"text":"قتل 5 أشخاص وأصيب 10 آخرون في انفجار سيارة مفخخة في بغداد.","entities":[{"type":"LOC","text":"بغداد","start":52,"end":57,"country":"IRQ"}]}' >"$TMP/k"
	run bash -c "aevent '$TMP/k' | jq -c '[.type, .mode, .source, .target.text, .location]'"
	[ "$output" = '["ASSAULT","explosives",null,"5 أشخاص","بغداد"]' ]
	printf '%s\n' '{"doc":"z","sid":1,"text":"واندلعت احتجاجات واسعة في مدينة البصرة.","entities":[{"type":"LOC","text":"البصرة","start":33,"end":39,"country":"IRQ"}]}' >"$TMP/p"
	run bash -c "aevent '$TMP/p' | jq -c '[.type, .source, .location]'"
	[ "$output" = '["PROTEST",null,"البصرة"]' ]
	# other types need an actor
	printf '%s\n' '{"doc":"z","sid":2,"text":"وجرت محادثات مطولة.","entities":[]}' >"$TMP/c"
	run aevent "$TMP/c"
	[ -z "$output" ]
}

@test "aevent: joint subjects: the first named is the source" {
	run bash -c "sed -n 5p '$F/roles.json' | aevent"
	[ "$(jq -r '.source.country, .target.country, .trigger' <<<"$output" | tr '\n' '|')" = 'TUR|QAT|وقعتا|' ]
}

@test "aevent: a pronoun subject is the person named before" {
	run bash -c "sed -n 6,7p '$F/roles.json' | aevent | jq -c 'select(.sid == 6)'"
	[ "${#lines[@]}" -eq 1 ]
	[ "$(jq -r '.sid, .source.text, .target.text' <<<"$output" | tr '\n' '|')" = '6|سامح شكري|أيمن الصفدي|' ]
	# not from another document
	run bash -c "sed -n 7p '$F/roles.json' | aevent"
	[ -z "$output" ]
}

@test "aevent: قال X إن Y يجب أن: X demands of Y, and Y has not left" {
	run bash -c "aevent --explain '$F/speech.json' | jq -r '[.type, .source.text, .target.text] | join(\"|\")'"
	[ "$output" = 'REQUEST|حسن سالم|القوات التركية' ]
}

@test "aevent: a person named again keeps the country; a demanded act is none" {
	run bash -c "aevent '$F/names.json' | jq -r 'select(.sid == 1) | [.type, .source.text, .source.country, .target.country] | join(\"|\")'"
	[ "$output" = 'REQUEST|حسين|IRQ|TUR' ]
}

@test "aevent: the two parties after بين" {
	run bash -c "sed -n 8p '$F/roles.json' | aevent"
	[ "$(jq -r '.source.country, .target.country' <<<"$output" | tr '\n' '|')" = 'SAU|IRN|' ]
}

@test "aevent: no event from negated, planned, future, possible or said" {
	run aevent "$F/none.json"
	[ "$status" -eq 0 ]
	[ -z "$output" ]
	# the same actions, affirmed, are events
	printf '%s\n' "$(sed -n 2p "$F/none.json" | sed 's/لن ينسحب/قد انسحب/')" >"$TMP/yes"
	run bash -c "aevent '$TMP/yes' | jq -r .type"
	[ "$output" = RETREAT ]
}

@test "aevent: the date in the sentence, else the document's" {
	run bash -c "aevent --explain '$F/dates.json' | jq -r '[.doc, .sid, .date] | map(tostring) | join(\" \")'"
	[ "${lines[0]}" = "d 0 2024-02-12" ]
	# no date in the sentence: the document's, as precise as it is
	[ "${lines[1]}" = "e 1 2024-03-05" ]
	[ "${lines[2]}" = "d 2 null" ]
}

@test "aevent: dates relative to the document's: العام الماضي، أمس" {
	run bash -c "aevent '$F/dates.json' | jq -r 'select(.doc == \"g\") | .date'"
	[ "${lines[0]}" = 2023 ]
	[ "${lines[1]}" = 2024-03-04 ]
}

@test "aevent: an undated event: the date of the same event told before, else the document's" {
	run bash -c "aevent --explain '$F/dates.json' | jq -r 'select(.doc == \"h\") | [.sid, .date] | map(tostring) | join(\" \")'"
	[ "${lines[0]}" = "0 2024-02-02" ]
	# the same visit, a party in common: its date
	[ "${lines[2]}" = "2 2024-02-02" ]
	run bash -c "aevent --explain '$F/dates.json' | jq -r 'select(.doc == \"h\" and .sid == 2) | .explain'"
	[[ "$output" == *"date: the same event told before" ]]
	# another attack, nobody in common, in an article that names another
	# day and not its own: done that month, on a day it does not say
	run bash -c "aevent --explain '$F/dates.json' | jq -r 'select(.doc == \"i\") | [.sid, .type, .date, (.explain | sub(\".*date: \"; \"\"))] | map(tostring) | join(\" \")'"
	[ "${lines[0]}" = "0 ASSAULT 2024-03-03 nearest date in the clause" ]
	[ "${lines[1]}" = "1 ASSAULT 2024-03 the document's month: it tells of other days" ]
}

@test "aevent: which day: the article's own, its month, a visit's, the first of a span" {
	run bash -c "aevent '$F/days.json' | jq -r '[.doc, .sid, .type, .date] | map(tostring) | join(\" \")'"
	# the article names its own day: an undated act is of that day
	[ "${lines[1]}" = "o 1 ASSAULT 2024-03-05" ]
	# a visit holds more days than the meeting told in it, and a series
	# of meetings is new: the month; a meeting on a visit is on its day
	[ "${lines[2]}" = "v 0 CONSULT 2024-03-02" ]
	[ "${lines[3]}" = "v 1 CONSULT 2024-03" ]
	[ "${lines[4]}" = "v 2 CONSULT 2024-03" ]
	[ "${lines[6]}" = "w 1 CONSULT 2024-03-02" ]
	# what opens a span opens on its first day; a round in it, the month
	[ "${lines[7]}" = "s 0 COOPERATE 2024-03-03" ]
	[ "${lines[8]}" = "s 1 CONSULT 2024-03" ]
	# no date of its own, a story that opens on a day: what follows, its
	# month
	[ "${lines[9]}" = "p 0 CONSULT 2024-03-01" ]
	[ "${lines[10]}" = "p 1 CONSULT 2024-03" ]
	# -u has no look ahead, but what it has read counts
	run bash -c "aevent -u '$F/days.json' | jq -r 'select(.doc == \"v\") | .date'"
	[ "${lines[1]}" = "2024-03" ]
}

@test "aevent: parties that are no named entity: an object, a group noun" {
	run bash -c "aevent '$F/unnamed.json' | jq -r '[.sid, .type, .source.text, .target.text // \"-\"] | map(tostring) | join(\"|\")'"
	# the object after ما لا يقل عن
	[ "${lines[0]}" = "0|COERCE|الشرطة الأردنية|عشرين متظاهراً" ]
	# a group named by a common noun, the object over an adverb
	[ "${lines[1]}" = "1|ACCUSE|المجلس|الهجمات الأخيرة" ]
	# a circumstantial participle takes its clause's subject
	[ "${lines[2]}" = "1|REQUEST|المجلس|الأطراف" ]
	# the target after the verb's preposition, over a date; release is CONCEDE
	[ "${lines[3]}" = "2|CONCEDE|السلطات الإسرائيلية|30 أسيراً فلسطينياً" ]
	# "قوات الاحتلال" names a force: الاحتلال is no second event
	[ "${lines[4]}" = "3|COERCE|قوات الاحتلال|مخيم جنين" ]
	# a count as subject; احتجاجاً على is why, not a second protest
	[ "${lines[5]}" = "4|PROTEST|آلاف العمال|-" ]
	# an active verb whose subject is no party (تستهدف الخطة): none
	# the treaty word a NEED asks for, over two names and titles
	[[ "${lines[6]}" == "6|AGREE|أيمن الصفدي|"* ]]
	# a title and the name after it: one person, the source
	[ "${lines[7]}" = "7|REQUEST|أنطونيو غوتيريش|الأطراف" ]
	run bash -c "aevent '$F/unnamed.json' | jq -r 'select(.sid == 8) | [.trigger, .source.text // \"-\", .target.text] | join(\"|\")'"
	# one act: the victims of the passive, the agent (after ل) of the
	# noun that tells how
	[ "$output" = "وأصيب|قوات التحالف|عشرة أشخاص" ]
}

@test "aevent: one record a sentence of the unnamed fixture, none for تستهدف الخطة" {
	run bash -c "aevent '$F/unnamed.json' | jq -r .sid | sort -u | tr '\n' ' '"
	[ "$output" = "0 1 2 3 4 6 7 8 " ]
}

@test "aevent: a title said alone is the person the document names with it" {
	run sh -c 'aevent "$1" | jq -r "[.doc, .sid, .source.canonical] | map(tostring) | join(\" \")"' _ "$F/titles.json"
	[ "$status" -eq 0 ]
	# named after (the lead) and before; a title two men bore is neither
	[ "${lines[0]}" = "n 0 آن كلير لوجاندر" ]
	[ "${lines[2]}" = "n 2 ثابت العباسي" ]
	[ "${lines[4]}" = "o 1 null" ]
	# a title with no country is of the story's state
	[ "${lines[6]}" = "p 1 null" ]
	# -u writes each event at once: no name from after
	run sh -c 'aevent -u "$1" | jq -r .source.canonical' _ "$F/titles.json"
	[ "${lines[0]}" = "null" ]
	[ "${lines[2]}" = "ثابت العباسي" ]
}

@test "aevent: هناك X ... متمركزين: who is said to be there acts" {
	run sh -c 'aevent "$1" | jq -r "[.sid, .type, .source.text] | map(tostring) | join(\" \")"' _ "$F/there.json"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "1 MOBILIZE جندي أمريكي" ]
	[ "${lines[1]}" = "1 AID جندي أمريكي" ]
}

@test "aevent: دعوة is a call, not an invitation; a defied call was made to the doer" {
	run sh -c 'aevent "$1" | jq -r "[.doc, .sid, .type, .source.text, .target.text // \"-\"] | join(\" \")"' _ "$F/calls.json"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "k 0 REQUEST الاتحاد الأوروبي -" ]
	# بدعوة من, تلبية لدعوة and a call to visit are invitations: no
	# call, and no visit invited to
	[ "${lines[1]}" = "k 4 CONSULT الوزير الفرنسي باماكو" ]
	[ "${lines[2]}" = "k 3 REJECT المسلحون مجلس الأمن" ]
	[ "${lines[3]}" = "k 3 REQUEST مجلس الأمن المسلحون" ]
	# calls nobody is named making are not the last person's, nor are
	# the sanctions of a heading
	[ "${lines[4]}" = "kk 0 AGREE عاصمي غويتا فرنسا" ]
	[ "${#lines[@]}" -eq 5 ]
}

@test "aevent: the first of joint subjects before a noun; a lead dated through a telling" {
	run sh -c 'aevent "$1" | jq -r "[.sid, .source.text, .target.text // \"-\", .date] | map(tostring) | join(\" \")"' _ "$F/joint.json"
	[ "$status" -eq 0 ]
	# the lead takes the date that the third sentence takes from the second
	[ "${lines[0]}" = "0 الحكومة الأردنية - 2024-06-03" ]
	[ "${lines[2]}" = "2 الخصاونة الحكومة الأردنية 2024-06-03" ]
	# a fellow giver of aid is no recipient
	[ "${lines[3]}" = "3 القوات الفرنسية الجيش المالي 2024-06-20" ]
}

@test "aevent: a pardon of the rest of a sentence is of those it is given to" {
	run sh -c 'aevent "$1" | jq -r "[.type, .source.text, .target.text] | join(\" \")"' _ "$F/pardon.json"
	[ "$status" -eq 0 ]
	[ "$output" = "CONCEDE الرئيس التونسي المحكوم عليهم" ]
}

@test "aevent: after a new word of saying a verb is no part of the charge before" {
	run sh -c 'aevent "$1" | jq -r "[.sid, .type, .source.text] | map(tostring) | join(\" \")"' _ "$F/reserve.json"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "0 ACCUSE وزارة الخارجية القطرية" ]
	[ "${lines[1]}" = "0 THREATEN الدولة" ]
	# what the charge says stays the charge's
	[ "${lines[2]}" = "1 ACCUSE الحكومة" ]
	# a verbal act named after مؤكداً is one; an attack only talked of
	# after مشدداً is none
	[ "${lines[3]}" = "2 REJECT الرئيس الإيراني" ]
	[[ "${lines[4]}" == "2 THREATEN "* ]]
	[ "${#lines[@]}" -eq 5 ]
}

@test "aevent: each party charged with a ب-phrase of its own is a charge" {
	run sh -c 'aevent "$1" | jq -r "[.sid, .type, .target.text] | map(tostring) | join(\" \")"' _ "$F/charges.json"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "0 ACCUSE الحوثيين" ]
	[ "${lines[1]}" = "0 ACCUSE إيرانَ" ]
	# a party inside the charge is no second charge
	[ "${lines[2]}" = "1 ACCUSE المعارضة" ]
	[ "${#lines[@]}" -eq 3 ]
}

@test "aevent: an event named again after a preposition, with no party, is only talked of" {
	run sh -c 'aevent "$1" | jq -r "[.sid, .type, .source.text] | map(tostring) | join(\" \")"' _ "$F/talked.json"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "0 ASSAULT مسيّرة تركية" ]
	# named as a subject it is told again, by its doer
	[ "${lines[1]}" = "2 ASSAULT مسيّرة تركية" ]
	[ "${#lines[@]}" -eq 2 ]
}

@test "aevent: aid suspended, relations resumed; what an agreement is for is no act" {
	run brief "$F/resume.json"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "0 SANCTION - NER تعليق" ]
	[ "${lines[1]}" = "1 COOPERATE SAU IRN واستأنفت" ]
	[ "${lines[2]}" = "2 AGREE TUR EGY ووقعت" ]
	[ "${#lines[@]}" -eq 3 ]
}

@test "aevent: a state body with no nationality is of the story's country" {
	run bash -c "aevent '$F/home.json' | jq -r '[.sid, .type, .source.text, .source.country // \"-\"] | map(tostring) | join(\"|\")'"
	[ "${lines[0]}" = "0|COERCE|الشرطة|JOR" ]
	# protesters are no state body
	[ "${lines[1]}" = "1|REJECT|المتظاهرون|-" ]
}

@test "aevent: بين X وY over quotes, an alias in brackets and a descriptor" {
	run bash -c "aevent '$F/home.json' | jq -r 'select(.sid == 2) | [.type, .source.text, .target.text] | join(\"|\")'"
	[ "$output" = "ASSAULT|جيش العشائر|حركة الشباب" ]
}

@test "aevent: a participle after a quotation is the speaker's act" {
	run bash -c "aevent '$F/home.json' | jq -r 'select(.sid == 3) | [.type, .source.text] | join(\"|\")'"
	[ "$output" = "SUPPORT|أحمد عطاف" ]
}

@test "aevent: records without tokens or roles: the entities alone" {
	run bash -c "aevent '$F/bare.json' | jq -r '.type, .source.text, .target.text'"
	[ "$status" -eq 0 ]
	[ "$output" = "$(printf '%s\n' CONSULT 'جورجيا ميلوني' 'ليبيا')" ]
}

@test "aevent: -L adds a user's trigger entries" {
	run aevent "$F/user.json"
	[ -z "$output" ]
	printf '# my triggers\nشجب\tv\tACCUSE\t-\t111\t0\n' >"$TMP/my.tsv"
	run bash -c "aevent -L '$TMP/my.tsv' --explain '$F/user.json'"
	[ "$status" -eq 0 ]
	[ "$(jq -r '.type, .source.text' <<<"$output" | tr '\n' '|')" = 'ACCUSE|جوزيف عون|' ]
	[[ "$(jq -r .explain <<<"$output")" == *"lexicon my.tsv:2: شجب (v) ACCUSE"* ]]
	# a malformed entry is named, the others still load
	printf 'شجب\tq\n# a comment\nشجب\tv\tSCOLD\n' >"$TMP/bad.tsv"
	run bash -c "aevent -L '$TMP/bad.tsv' '$F/user.json' 2>&1 >/dev/null"
	[[ "$output" == *"bad.tsv:1: want FORM CLASS"* ]]
	[[ "$output" == *"bad.tsv:3: SCOLD is not a PLOVER type"* ]]
}

@test "aevent: --explain names the entry and the patterns" {
	run bash -c "head -1 '$F/types.json' | aevent --explain | jq -r .explain"
	[[ "$output" == "lexicon aevent-triggers.tsv:"*": وقع (v) AGREE; source: subject after verb; target: joint subject; date: nearest date in the clause" ]]
}

@test "aevent: bad lines are reported, rejected, and the rest goes on" {
	{ echo 'not json'; head -1 "$F/types.json"; echo '{"doc":"x","sid":1}';
	  echo '[1,2]'; } >"$TMP/in"
	run bash -c "aevent --reject '$TMP/rej' '$TMP/in' 2>'$TMP/err'"
	[ "$status" -eq 1 ]
	[ "${#lines[@]}" -eq 1 ]
	grep -q "aevent: $TMP/in:1: " "$TMP/err"
	grep -q "aevent: $TMP/in:3: record has no text" "$TMP/err"
	grep -q "aevent: $TMP/in:4: " "$TMP/err"
	[ "$(wc -l <"$TMP/rej")" -eq 3 ]
	# odd but valid values do not crash it
	printf '%s\n' '{"text":"وقعت مصر مذكرة","entities":[{"type":"LOC","text":"مصر","start":99,"end":3},{"type":7},null,"x"],"roles":{"a":1}}' \
	    '{"doc":"y","sid":0,"text":"","entities":[]}' >"$TMP/odd"
	run aevent "$TMP/odd"
	[ "$status" -eq 0 ]
}

@test "aevent: reads standard input and several files, writes with -u" {
	a=$(aevent "$F/roles.json" | wc -l)
	b=$(aevent "$F/dates.json" | wc -l)
	[ "$a" -gt 0 ] && [ "$b" -gt 0 ]
	run bash -c "cat '$F/roles.json' | aevent -u - '$F/dates.json' | wc -l"
	[ "$output" -eq $((a + b)) ]
}

@test "aevent: the party aimed at named later; a verbal noun's agent and object" {
	run bash -c "aevent '$F/aimed.json' | jq -r '[.sid, .type, .source.text,
	    (.target.text // \"-\")] | map(tostring) | join(\"|\")'"
	[ "$status" -eq 0 ]
	# a thing rejected: the party called on after it
	[[ "$output" == *"0|REJECT|الخارجية الإيرانية|الوكالة الدولية للطاقة الذرية"* ]]
	# a threat: its condition's subject
	[[ "$output" == *"1|THREATEN|يسرائيل كاتس|حزب الله"* ]]
	# what is said after أن names no party aimed at
	[[ "$output" == *"2|THREATEN|الخارجية الأميركية|-"* ]]
	# the genitive does it to the phrase after, its quoted name included
	[[ "$output" == *"3|COERCE|البحرية الإيرانية|ناقلة النفط \"سافيتي\""* ]]
	[[ "$output" == *"4|CONCEDE|حركة حماس|أربعة محتجزين"* ]]
	# a participle after a comma (not the noun مطالبة, not in the reach
	# of أدان before it)
	[[ "$output" == *"5|REQUEST|المجلس|الأمم المتحدة"* ]]
	# the means (بقذائف الهاون), then the target after على
	[[ "$output" == *"6|ASSAULT|حركة الشباب|مواقع للجيش"* ]]
	# a participle with no subject of its own takes its clause's
	[[ "$output" == *"7|MOBILIZE|الجيش الروسي|"* ]]
}

@test "aevent: unseen forms: a martyr's agent after ب, دان, arrests, pardons" {
	run bash -c "aevent '$F/forms.json' | jq -r '[.sid, .type, .source.text,
	    (.target.text // \"-\")] | map(tostring) | join(\"|\")'"
	[ "$status" -eq 0 ]
	# استشهد: the victims suffer it, the agent after برصاص does it
	[[ "$output" == *"0|ASSAULT|الجيش الإسرائيلي|ثلاثة مواطنين"* ]]
	# the phrase of the victims stops before a ب-phrase: the means, a
	# charge
	[[ "$output" != *"برصاص"* ]]
	[[ "$output" != *"بتهمة"* ]]
	# دان without hamza condemns
	[[ "$output" == *"1|ACCUSE|البرلمان العربي|"* ]]
	# ضبط and توقيف arrest; عفو عن pardons
	# (a place after قرب is where, not what was seized)
	[[ "$output" == *"2|COERCE|الشرطة العراقية|خمسة مهربين"* ]]
	[[ "$output" == *"3|COERCE|الشرطة الأردنية|ثلاثة أشخاص"* ]]
	[[ "$output" == *"4|CONCEDE|قيس سعيد|مئتي سجين"* ]]
	# a second feminine verb joined by و keeps its subject; the party
	# after it is its object
	[[ "$output" == *"5|REQUEST|الخارجية السودانية|مجلس الأمن"* ]]
	# ضبط النفس is restraint, not an arrest
	[[ "$output" != *"6|COERCE"* ]]
	# a participle after a comma is no object of the verb before
	[[ "$output" == *"7|ACCUSE|مجلس النواب الأردني|-"* ]]
	# a title's ل-phrases before the name: the name acts, the title's
	# parts are no party
	[[ "$output" == *"8|REQUEST|مايكل هامر|الحكومة الإثيوبية"* ]]
	[[ "$output" == *"9|REQUEST|جان بيير لاكروا|"* ]]
	[[ "$output" != *"للأمم المتحدة"* ]]
	# after a number the participle's letters are a noun, the accused:
	# no accusation, and the phrase keeps it
	[[ "$output" == *"11|COERCE|النيابة العامة المصرية|ثلاثة متهمين"* ]]
	[[ "$output" != *"11|ACCUSE"* ]]
	# ending another's presence (وجود جهاز X) is no withdrawal; ending
	# one's own is
	[[ "$output" != *"12|RETREAT"* ]]
	[[ "$output" == *"13|RETREAT|الجيش الأمريكي|"* ]]
}

@test "aevent: a state body without a nationality takes the document's country" {
	run bash -c "aevent '$F/forms.json' | jq -r 'select(.doc == \"h\") |
	    [.sid, .type, (.source.country // \"-\"), (.target.country // \"-\")]
	    | map(tostring) | join(\" \")'"
	[ "$status" -eq 0 ]
	[[ "$output" == *"0 COERCE LBY -"* ]]
	# an NGO is no body of the state: no country given to it
	[[ "$output" == *"1 ACCUSE - LBY"* ]]
}

@test "aevent: an event retold with the article takes the date told before" {
	run bash -c "aevent '$F/forms.json' | jq -r 'select(.doc == \"d\") |
	    [.sid, .type, .date] | map(tostring) | join(\" \")'"
	[ "$status" -eq 0 ]
	[[ "$output" == *"0 ASSAULT 2024-03-04"* ]]
	# "في الاشتباكات": the clashes of yesterday, not the day of the news
	[[ "$output" == *"1 ASSAULT 2024-03-04"* ]]
	# and it names the event it tells again, for adedup
	run bash -c "aevent '$F/forms.json' | jq -r 'select(.doc == \"d\") | .id, .retells'"
	[ "${lines[3]}" = "${lines[0]}" ]
	[ "${lines[1]}" = null ]
	# "ووقع المذكرة": the signing told before; "والتقى عراقجي" after his
	# visit shares a party, but no anaphoric noun says it is the visit
	run bash -c "aevent '$F/later.json' '$F/dates.json' | jq -r 'select(.doc == \"l\" or .doc == \"h\") | [.doc, .sid, .id, .retells] | join(\" \")'"
	l2=$(printf '%s\n' "${lines[@]}" | awk '$1 == "l" && $2 == 2 { print $3 }')
	[ -n "$l2" ]
	[ "$(printf '%s\n' "${lines[@]}" | awk '$1 == "l" && $2 == 3 { print $4 }')" = "$l2" ]
	[ "$(printf '%s\n' "${lines[@]}" | awk '$1 == "h" && $2 == 2 { print NF }')" -eq 3 ]
}

@test "aevent: a verb that starts with ب; an agreement's purpose and party" {
	run brief "$F/agree.json"
	[ "$status" -eq 0 ]
	# بحثت is no ب + noun heading the title after it
	[[ "$output" == *"0 CONSULT CAN JOR بحثت"* ]]
	# "مذكرة تفاهم لدعم X": X is the other party, the support no act
	[[ "$output" == *"0 AGREE CAN JOR ووقعت"* ]]
	[[ "$output" != *"AID"* ]]
	# "التعاون بين فرنسا والأردن": the other side of the pair
	[[ "$output" == *"2 CONSULT FRA JOR وناقش"* ]]
	# "أعلنت X انتهاء المهمة لقوات Y": Y withdraws, not X
	[[ "$output" == *"3 RETREAT CAN - انتهاء"* ]]
	# "ساعد X في هزيمة Y": X's act; a defeat only where one takes part
	[[ "$output" == *"4 ASSAULT FRA "*" هزيمة"* ]]
	[[ "$output" != *"4 AID"* ]]
	[[ "$output" != *"5 ASSAULT"* ]]
}

@test "aevent: a verb's preposition past what qualifies its subject" {
	run bash -c "aevent '$F/agree.json' | jq -r 'select(.sid == 6) | [.type, .target.text] | join(\" \")'"
	[ "$status" -eq 0 ]
	[ "$output" = "CONCEDE 120 معتقلاً" ]
	# "لم تعلّق X على القصف": X made no attack, and the shelling, named
	# again with no party, is only talked of
	run bash -c "aevent '$F/agree.json' | jq -r 'select(.sid == 7) | [.type, .source.text // \"-\"] | join(\" \")'"
	[ "$output" = "" ]
	# "تعرضت X لهجوم": X is the target
	run bash -c "aevent '$F/agree.json' | jq -r 'select(.sid == 8) | [.type, .source.text // \"-\", .target.text] | join(\" \")'"
	[ "$output" = "ASSAULT - القوات الكندية" ]
}

@test "aevent: زيارة أجراها X; سلّم إلى Y; a future meeting is no meeting" {
	run bash -c "aevent '$F/agree.json' | jq -r 'select(.sid >= 9 and .sid <= 11) | [.sid, .type, .source.text, .target.text] | map(tostring) | join(\" \")'"
	[ "$status" -eq 0 ]
	[[ "$output" == *"9 CONSULT بيل بلير عمّان"* ]]
	[[ "$output" == *"10 CONCEDE القوات الكندية الجيش الأردني"* ]]
	[[ "$output" != *"11 "* ]]
	# "افتتاح حوار": one event, the launch; the dialogue is its object
	run bash -c "aevent '$F/agree.json' | jq -r 'select(.sid == 12) | .type'"
	[ "$output" = "COOPERATE" ]
	# no counterpart named: the other of "بين X وY" later on
	run bash -c "aevent '$F/agree.json' | jq -r 'select(.sid == 13) | [.type, .source.country, .target.country] | join(\" \")'"
	[ "$output" = "AGREE FRA JOR" ]
}

@test "aevent: a bare group noun takes up the country told before" {
	run brief "$F/agree.json"
	[ "$status" -eq 0 ]
	[[ "$output" == *"1 RETREAT CAN JOR انسحبت"* ]]
	[[ "$output" == *"1 MOBILIZE CAN - بقيت"* ]]
}

@test "aevent: an undated event takes the date of the same event told later" {
	run bash -c "aevent --explain '$F/later.json' | jq -r '[.doc, .sid, .date, .explain] | map(tostring) | join(\" \")'"
	[ "$status" -eq 0 ]
	[[ "${lines[0]}" == "l 0 2024-03-03 "*"date: the same event told after" ]]
	[[ "${lines[1]}" == "l 2 2024-03-03 "* ]]
	# background years before the news dates no lead
	[[ "${lines[3]}" == "m 0 2024-03-05 "*"date: the document's date" ]]
	[[ "${lines[4]}" == "m 1 1998 "* ]]
	# without --explain the record is the same but for the explanation
	run bash -c "aevent '$F/later.json' | jq -r '.date' | paste -sd' '"
	[ "$output" = "2024-03-03 2024-03-03 2024-03-03 2024-03-05 1998 2024-03-05 2024-03-03 2024-03-05" ]
	# a pledge (ستواصل, AGREE) is not the signing told after it
	run bash -c "aevent '$F/later.json' | jq -r 'select(.doc == \"g\") | [.mode, .date] | join(\" \")'"
	[ "${lines[0]}" = "pledge 2024-03-05" ]
	[ "${lines[1]}" = "sign 2024-03-03" ]
	# "ووقع المذكرة": the agreement told before, with other names
	run bash -c "aevent --explain '$F/later.json' | jq -r 'select(.doc == \"l\" and .sid == 3) | .explain'"
	[[ "$output" == *"date: the same event told before" ]]
}

@test "aevent: the two sides are the document's first party and its other" {
	run brief "$F/sides.json"
	[ "$status" -eq 0 ]
	[ "$output" = "1 AGREE ITA TUN توقيعها" ]
}

@test "aevent: the second of a pair past a qualifier; a night of two days" {
	run bash -c "aevent '$F/night.json' | jq -r '[.type, .source.text, .target.text, .date] | join(\" \")'"
	[ "$status" -eq 0 ]
	[ "$output" = "ASSAULT قوات جهاز الأمن العام 2024-03-03" ]
}

@test "aevent: a dateline acts in nothing; a protest is against whom it asks" {
	run bash -c "aevent '$F/dateline.json' | jq -r '[.type, .source.text, .target.text] | join(\" \")'"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "PROTEST مئات الطلاب الحكومة الأردنية" ]
	[ "${lines[1]}" = "REQUEST مئات الطلاب الحكومة الأردنية" ]
}

@test "aevent: a place that witnesses an event is no party to it" {
	run bash -c "aevent '$F/dateline.json' | jq -r 'select(.sid > 0) | [.type, .source.text // \"-\"] | join(\" \")'"
	[ "$status" -eq 0 ]
	# "تشهد عمّان احتجاجات للمعلمين": the teachers protest
	[ "${lines[0]}" = "PROTEST المعلمين" ]
	[ "${lines[1]}" = "ASSAULT -" ]
}

@test "aevent: a series of meetings including X and Y is one event with each" {
	run bash -c "aevent '$F/series.json' | jq -r '[.sid, .type, .source.text, .target.text] | map(tostring) | join(\" \")'"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "0 CONSULT الوفد الأردني سيباستيان لوكورنو" ]
	[ "${lines[1]}" = "0 CONSULT الوفد الأردني برونو لومير" ]
	# one meeting with a counterpart and his aides stays one
	[ "${lines[2]}" = "1 CONSULT الوزير الأردني نظيره الفرنسي" ]
	[ "${#lines[@]}" -eq 3 ]
	# and each has an id of its own
	[ "$(aevent "$F/series.json" | jq -r .id | sort -u | wc -l)" -eq 3 ]
}

@test "aevent: one act told twice in a sentence takes the date of the second telling" {
	run bash -c "aevent '$F/twice.json' | jq -r '[.type, .target.text, .date, .trigger] | join(\" \")'"
	[ "$status" -eq 0 ]
	[ "$output" = "ASSAULT القائد العسكري 2023-05-03 اغتيال" ]
}

@test "aevent: an event noun told again is that event; its reporter did not do it" {
	run bash -c "aevent '$F/anaphor.json' | jq -r '[.sid, .type, .source.text] | map(tostring) | join(\" \")'"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "0 CONCEDE السلطات الأردنية" ]
	[ "${lines[1]}" = "1 CONCEDE السلطات الأردنية" ]
}

@test "aevent: protests and their repression (خرج في مسيرة، أضرب، فرّق، احتجاجاً على)" {
	run bash -c "aevent '$F/protest.json' | jq -r '[.sid, .type, .source.text // \"-\", .trigger] | map(tostring) | join(\" \")'"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "0 PROTEST آلاف المحتجين وخرج" ]
	[ "${lines[1]}" = "1 PROTEST عمال المناجم وأضرب" ]
	# what a protest is about was not done by the protesters
	[ "${lines[2]}" = "2 PROTEST عشرات المعلمين واعتصم" ]
	[ "${lines[3]}" = "3 PROTEST المئات وتظاهر" ]
	[ "${lines[4]}" = "4 ASSAULT الشرطة الأردنية وفرقت" ]
	[ "${lines[5]}" = "5 ASSAULT الفصائل وأطلقت" ]
	[ "${#lines[@]}" -eq 7 ]
	# a count and its word in quotes is the object
	run bash -c "aevent '$F/protest.json' | jq -r 'select(.sid == 6) | .target.text'"
	[ "$output" = '14 "إرهابياً"' ]
}

@test "aevent: no act in what one prepares to launch or any attack; an aspect's genitive" {
	run bash -c "aevent '$F/noact.json' | jq -r '[.sid, .type, .source.text // \"-\"] | map(tostring) | join(\" \")'"
	[ "$status" -eq 0 ]
	# the analyst did not protest, nor a crowd that welcomes (a cue for
	# one type, after the trigger)
	[ "$output" = "2 PROTEST -" ]
}

@test "aevent: clashes, arson, gunfire undergone, gatherings, a march's motive, a ceasefire" {
	run bash -c "aevent '$F/assault.json' | jq -r '[.sid, .type, .source.text // \"-\", .target.text // \"-\"] | map(tostring) | join(\" \")'"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "0 ASSAULT شبان فلسطينيين قوات الاحتلال" ]
	[ "${lines[1]}" = "1 ASSAULT مستوطنون منازل" ]
	[ "${lines[2]}" = "2 ASSAULT - قوات اليونيفيل" ]
	# أمام is where, not who
	[ "${lines[3]}" = "3 PROTEST العشرات -" ]
	# دعماً is why they marched, no aid
	[ "${lines[4]}" = "4 PROTEST آلاف -" ]
	# وقف إطلاق النار: no shots
	[ "${lines[5]}" = "6 ASSAULT طائرات حربية روسية معارضة" ]
	# "قالت X إن 12 شخصاً قتلوا في غارات إسرائيلية": X reports it
	[ "${lines[6]}" = "7 ASSAULT غارات إسرائيلية 12 شخصاً" ]
	# an armed group claims the attack it announces; the police only
	# report a death
	[ "${lines[7]}" = "8 ASSAULT سرايا القدس آلية" ]
	[ "${lines[8]}" = "9 ASSAULT - ثلاثة أشخاص" ]
	# a weapon as the subject: the act stands, its sender unknown
	[ "${lines[9]}" = "10 ASSAULT - سيارة تقل قياديين" ]
	# a capture announced, not a town under someone's control; a control
	# taken back
	[ "${lines[10]}" = "11 ASSAULT الجيش السوداني -" ]
	[ "${lines[11]}" = "13 ASSAULT الجيش السوداني جسر سوبا" ]
	[ "${#lines[@]}" -eq 13 ]
}

@test "aevent: what is asked is no object; nothing before signing it; no press conference" {
	run bash -c "aevent '$F/agree.json' | jq -r 'select(.sid >= 14 and .sid <= 17) | [.sid, .type, .target.text // \"-\"] | map(tostring) | join(\" \")'"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "14 REQUEST -" ]
	[ "${lines[1]}" = "15 REQUEST الحكومة" ]
	[ "${lines[2]}" = "17 REQUEST -" ]
	[ "${#lines[@]}" -eq 3 ]
	# "دعت إلى عقد اجتماع": what is asked for; "ضرورة الإفراج": no release
	run bash -c "aevent '$F/agree.json' | jq -r 'select(.sid >= 18) | [.sid, .type, .target.text // \"-\"] | map(tostring) | join(\" \")'"
	[ "$output" = "18 REQUEST -" ]
}

@test "aevent: a dated undergoing far from its verb; the story's state from its first party" {
	run bash -c "aevent '$F/assault.json' | jq -r 'select(.sid == 14) | [.type, .source.text // \"-\"] | join(\" \")'"
	[ "$output" = "ASSAULT -" ]
	run bash -c "aevent '$F/home2.json' | jq -r 'select(.sid == 2) | .source.country'"
	[ "$output" = "IRQ" ]
}

@test "aevent: distributing aid, donating, a count in words" {
	run bash -c "aevent '$F/give.json' | jq -r '[.sid, .type, .source.text // \"-\", .target.text // \"-\"] | map(tostring) | join(\" \")'"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "0 AID برنامج الأغذية العالمي آلاف الأسر" ]
	[ "${lines[1]}" = "1 AID السعودية الاقتصاد اليمني" ]
	[ "${lines[2]}" = "2 ASSAULT مسلحون مجهولون عشرين طالباً" ]
	# "بالهجوم الذي استهدف مقر البعثة": the denouncer did not attack
	[ "${lines[3]}" = "3 ACCUSE الاتحاد الأوروبي -" ]
	[ "${lines[4]}" = "3 ASSAULT - البعثة الأممية" ]
	# two victims in the dual
	[ "${lines[5]}" = "4 ASSAULT - جنديان" ]
	# an agreement extended: the pair after it is the agreement's
	[ "${lines[6]}" = "5 AGREE البيت الأبيض لبنان" ]
	# a sentence, a freeze, a closure, relations cut (علاقاتها)
	[ "${lines[7]}" = "6 COERCE محكمة مصرية عشرة متهمين" ]
	[ "${lines[8]}" = "7 SANCTION الولايات المتحدة شركات روسية" ]
	[ "${lines[9]}" = "8 COERCE السلطات الإسرائيلية معبر كرم أبو سالم" ]
	[ "${lines[10]}" = "9 SANCTION المغرب إيران" ]
}

@test "aevent: what one will take part in has not happened; talks told again keep their counterpart" {
	run bash -c "aevent --explain '$F/partake.json' | jq -r '[.sid, .type, .source.text, .target.text] | map(tostring) | join(\"|\")'"
	# سيشارك وفد في تفاصيل مباحثات: nothing yet
	[ "${lines[0]}" = "1|CONSULT|واشنطن|بغداد" ]
	# يشارك في المحادثات: the talks between Washington and Baghdad,
	# and of those two the party of the other state
	[ "${lines[1]}" = "2|CONSULT|وفداً عراقياً|واشنطن" ]
	[ "${#lines[@]}" -eq 2 ]
}

@test "aevent: a title and the body it heads are one actor, of the story's state, not the outlet's city" {
	run bash -c "aevent '$F/heads.json' | jq -r '[.sid, .source.text, .source.country] | map(tostring) | join(\"|\")'"
	[ "${lines[0]}" = "0|وزير الخارجية الأمريكي|USA" ]
	# رئيس الحكومة: the government's head; "إيلاف من لندن:" is where the
	# outlet is, Baghdad where the story is
	[ "${lines[1]}" = "1|رئيس الحكومة|IRQ" ]
	# "لزيارة الإقليم": the region is visited, of the story's state
	run bash -c "aevent '$F/heads.json' | jq -r 'select(.sid == 2) | [.source.text, .target.text, .target.country] | join(\"|\")'"
	[ "$output" = "الوزيرة الأمريكية|الإقليم|IRQ" ]
	# "نظيره الأردني أيمن الصفدي": the counterpart is the person named
	run bash -c "aevent '$F/heads.json' | jq -r 'select(.sid == 3) | [.source.text, .target.text] | join(\"|\")'"
	[ "$output" = "فؤاد حسين|أيمن الصفدي" ]
}

@test "aevent: last week is the one day of it the document names, else its month" {
	run bash -c "aevent --explain '$F/week.json' | jq -r '[.doc, .sid, .type, .date, (.explain | sub(\".*date: \"; \"\"))] | map(tostring) | join(\"|\")'"
	# the report's Tuesday is not the visit's; the signing during it is
	[ "${lines[0]}" = "wk|0|CONSULT|2024-02-28|the day the document names in the week" ]
	# "الزيارة" again: the date its visit has come to
	[ "${lines[2]}" = "wk|2|CONSULT|2024-02-28|the event it tells again" ]
	# no day named in that week: its month
	[ "${lines[3]}" = "wl|0|CONSULT|2024-02|nearest date in the clause" ]
}

@test "aevent: chants that demand; banners raised; an apposition is no object" {
	run bash -c "aevent '$F/said.json' | jq -r '[.sid, .type, .source.text, .target.text] | map(tostring) | join(\"|\")'"
	# "هتافات تطالب رئيس الوزراء": the chanters ask the prime minister
	[ "${lines[0]}" = "0|PROTEST|المتظاهرون|رئيس الوزراء" ]
	[ "${lines[1]}" = "0|REQUEST|المتظاهرون|رئيس الوزراء" ]
	# رفع needs banners to be a protest: lifted sanctions are a concession
	[ "${lines[2]}" = "1|CONCEDE|الولايات المتحدة|سوريا" ]
	# "X، عضو لجنة ... في مجلس النواب، الحكومةَ": the government is asked
	[ "${lines[3]}" = "2|REQUEST|رعد الكعبي|الحكومة" ]
	# the attack condemned, not the party of the next clause; مؤكداً
	# التزام is a pledge
	[ "${lines[4]}" = "3|ACCUSE|الوزير الأمريكي|الهجوم الإرهابي" ]
	[ "${lines[5]}" = "3|AGREE|الولايات المتحدة|الإمارات" ]
	[ "${#lines[@]}" -eq 6 ]
}

@test "aevent: a claim of responsibility is no topic; a date past another event is that one's" {
	run bash -c "aevent '$F/claim.json' | jq -r '[.sid, .type, .source.text, .date] | map(tostring) | join(\"|\")'"
	# "مسؤوليتها عن الهجوم": the group claims it; "تحدث عن الهجوم" tells
	# of nothing done
	[ "${lines[0]}" = "0|ASSAULT|جماعة الحوثي|2022-01-17" ]
	# the 3rd of January is the seizure's, not the attack's
	[ "${lines[1]}" = "2|ASSAULT|جماعة الحوثي|2022-01-17" ]
	[ "${lines[2]}" = "2|COERCE|الحوثيين|2022-01-03" ]
	[ "${#lines[@]}" -eq 3 ]
}

@test "aevent: one attack with its victims; no attack of words, in a match or in a memory" {
	run bash -c "aevent '$F/attacks.json' | jq -r '[.sid, .type, .source.text // \"-\"] | map(tostring) | join(\"|\")'"
	# killed and wounded in an attack that gunmen launched: one act, theirs
	[ "${lines[0]}" = "0|ASSAULT|مسلحون" ]
	# a minister attacks a policy, the media a campaign, a team in the
	# second half, a people remembers: nothing is attacked; a sit-in is
	# broken up, and gunmen attack a police station
	[ "${lines[1]}" = "5|ASSAULT|قوات الأمن" ]
	[ "${lines[2]}" = "6|ASSAULT|مسلحون" ]
	# a suicide bomber, a march organised, a tank destroyed, a grenade
	# thrown; an armed group is a group, and its arms end it
	[ "${lines[3]}" = "7|ASSAULT|انتحاري" ]
	[ "${lines[4]}" = "8|PROTEST|المعارضة" ]
	[ "${lines[5]}" = "9|ASSAULT|القوات الأوكرانية" ]
	[ "${lines[6]}" = "10|ASSAULT|مجهولون" ]
	[ "${lines[7]}" = "11|ASSAULT|مجموعة مسلحة" ]
	[ "${lines[8]}" = "12|ASSAULT|الجماعة المسلحة" ]
	[ "${#lines[@]}" -eq 9 ]
}

@test "aevent: fire opened or set, an operation, a refusal, an instrument, a name told again, followers, a group counted" {
	run bash -c "aevent '$F/more.json' | jq -r '[.sid, .type, .source.text // \"-\", .target.text // \"-\"] | map(tostring) | join(\"|\")'"
	[ "${lines[0]}" = "0|ASSAULT|البحرية الإيرانية|ناقلة نفط" ]
	[ "${lines[1]}" = "1|ASSAULT|مستوطنون|حقول زيتون" ]
	[ "${lines[2]}" = "2|ASSAULT|الجيش الباكستاني|مسلحين" ]
	# what the protesters refuse (فض الاعتصام) has not happened
	[[ "${lines[3]}" == "3|REJECT|المحتجون|"* ]]
	# "إن طائرة مسيرة استهدفت": the drone's sender is unknown, not the
	# ministry that tells of it
	[ "${lines[4]}" = "4|ASSAULT|-|سيارة" ]
	# "إن الجماعة نفذت" is the Houthis' claimed attack, told once
	[ "${lines[5]}" = "5|ASSAULT|جماعة الحوثي|-" ]
	[ "${lines[6]}" = "6|PROTEST|أنصار التيار الصدري|-" ]
	[ "${lines[7]}" = "7|ASSAULT|-|عناصر داعش" ]
	[ "${lines[8]}" = "8|ASSAULT|المحتجين|الشرطة" ]
	[ "${#lines[@]}" -eq 10 ]
	# a nationality in the accusative (فلسطينياً) gives the country
	run bash -c "aevent '$F/more.json' | jq -r 'select(.sid == 9) | .target.country'"
	[ "$output" = PSE ]
}

@test "aevent: who tells of deaths; a seizure on a charge; self-restraint; another's presence ended" {
	run bash -c "aevent '$F/report.json' | jq -r '[.sid, .type, .source.text // \"-\", .target.text // \"-\"] | map(tostring) | join(\"|\")'"
	# "بحسب مركز طب الطوارئ": the centre tells of the deaths
	[ "${lines[0]}" = "0|ASSAULT|-|ستة أشخاص" ]
	# "من ضبط خمسة عناصر ... لاتهامهم": the seizure, and no accusation
	[ "${lines[1]}" = "1|COERCE|وزارة الداخلية|خمسة عناصر" ]
	# "ضبط النفس" is restraint, not a seizure; the call stands
	[ "${lines[2]}" = "2|REQUEST|الأمم المتحدة|-" ]
	# "أنهت وجود جهاز X": X did not withdraw
	# "أدانت الوزارة الهجوم، متهمة إسرائيل": two acts, each its target
	[ "${lines[3]}" = "4|ACCUSE|الوزارة|الهجوم" ]
	[ "${lines[4]}" = "4|ACCUSE|الوزارة|إسرائيل" ]
	[ "${#lines[@]}" -eq 5 ]
}

@test "aevent: blame, recognition, a welcome expressed, a court by its genitives, a note handed" {
	run bash -c "aevent '$F/diplo.json' | jq -r '[.sid, .type, .source.text // \"-\", .target.text // \"-\"] | map(tostring) | join(\"|\")'"
	# "حمّلت X Y المسؤولية": X blames Y
	[ "${lines[0]}" = "0|ACCUSE|حركة حماس|الاحتلال الإسرائيلي" ]
	# recognition is support; a confession (اعترف المتهمون بتلقي) names
	# no party and is none
	[ "${lines[1]}" = "1|SUPPORT|إسبانيا|دولة فلسطين" ]
	# "أعربت عن ترحيبها": expressed, no topic; the pair after the
	# agreement is the agreement's, not the welcome's
	[ "${lines[2]}" = "2|SUPPORT|وزارة الخارجية الكويتية|-" ]
	[ "${lines[3]}" = "3|COERCE|محكمة أمن الدولة|ناشط معارض" ]
	# a note of protest handed to an ambassador: no release, no march
	# "دعا X إسرائيل إلى ... إلى غزة": the object right after the subject
	[ "${lines[4]}" = "6|REQUEST|الاتحاد الأوروبي|إسرائيل" ]
	# an attack they are said to plot has not happened
	[[ "${lines[5]}" == "7|COERCE|الشرطة الفرنسية|"* ]]
	# a sentence passed, an entry barred, a deadline given
	[[ "${lines[6]}" == "8|COERCE|"*"|راشد الغنوشي" ]]
	[ "${lines[7]}" = "9|COERCE|الحكومة الهندية|الصحفيين" ]
	[ "${lines[8]}" = "10|THREATEN|الحكومة العراقية|الفصائل المسلحة" ]
	[ "${#lines[@]}" -eq 9 ]
}

@test "aevent: thanks and a call by the one who thanked; a date of what was signed; a dual relative after a comma" {
	run bash -c "aevent '$F/thank.json' | jq -r '[.sid, .type, .source.text // \"-\", .target.text // \"-\", .date] | map(tostring) | join(\"|\")'"
	# "شكر حسين المملكة ...، ودعا": Hussein thanks, and Hussein calls;
	# 2019 is when the agreements were signed, not when he called
	[ "${lines[0]}" = "0|SUPPORT|حسين|المملكة الأردنية|2024-03-05" ]
	[ "${lines[1]}" = "0|REQUEST|حسين|-|2024-03-05" ]
	# "الصفدي ونظيره العراقي فؤاد حسين، اللذين عقدا": they held the talks;
	# "ضبط الحدود" is border control, no seizure
	[[ "$output" == *"1|CONSULT|فؤاد حسين|"* ]]
	[[ "$output" != *"COERCE"* ]]
}

@test "aevent: a project launched together, aid sent, a carrier deployed, a presence reinforced" {
	run bash -c "aevent '$F/coop.json' | jq -r '[.sid, .type, .source.text // \"-\", .target.text // \"-\"] | map(tostring) | join(\"|\")'"
	[ "${lines[0]}" = "0|COOPERATE|تركيا|العراق" ]
	[ "${lines[1]}" = "1|AID|الجزائر|ليبيا" ]
	[ "${lines[2]}" = "2|MOBILIZE|الولايات المتحدة|-" ]
	[ "${lines[3]}" = "3|MOBILIZE|روسيا|ليبيا" ]
	# a government's own project is cooperation with no one: none
	[ "${#lines[@]}" -eq 4 ]
}
