#!/usr/bin/env bats
# aread: raw article text files to document records.  Every article here
# is composed for these tests (tests/fixtures/aread/).

load 'helper'

A="$BATS_TEST_DIRNAME/fixtures/aread"

# field F of the only record of aread's output
field() {
	printf '%s\n' "$output" | jq -r ".$1"
}

@test "aread: --help, --version, usage errors" {
	run aread --help
	[ "$status" -eq 0 ]
	[[ "${lines[0]}" == "usage: aread"* ]]
	[[ "$output" == *"--lexicon"* ]]
	run aread --version
	[ "$status" -eq 0 ]
	[[ "$output" == *0.* ]]
	run aread --no-such-option
	[ "$status" -eq 2 ]
	run aread -e no-such-charset "$A/dateline.txt"
	[ "$status" -eq 2 ]
	[[ "$output" == *"no-such-charset: unknown encoding"* ]]
}

@test "aread: repeated title once, fetch-date header ignored, date line under the title" {
	run aread "$A/header-title.txt"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 1 ]
	[ "$(field id)" = header-title ]
	[ "$(field title)" = 'البرلمان يستضيف وزير الداخلية لمناقشة أمن الانتخابات' ]
	# "• Wednesday, 6 March 2024" above the logo is the day of the fetch
	[ "$(field date)" = 2019-08-12 ]
	[ "$(field file)" = "$A/header-title.txt" ]
}

@test "aread: furniture, share buttons, NBSP lines, emoji markers and the sign-off leave the body" {
	run aread "$A/header-title.txt"
	[ "$(field source)" = 'المنارة' ]
	text=$(field text)
	[ "$(printf '%s\n' "$text" | wc -l)" -eq 3 ]
	[ "$(printf '%s\n' "$text" | sed -n 1p)" = 'استضاف مجلس النواب وزير الداخلية في جلسة مغلقة لمناقشة خطة تأمين مراكز الاقتراع.' ]
	# the caption stays, its camera does not
	[ "$(printf '%s\n' "$text" | sed -n 2p)" = 'الوزير خلال الجلسة في مبنى البرلمان.' ]
	for w in logo Top شارك فيسبوك المنارة 2019 'البرلمان يستضيف'; do
		! printf '%s\n' "$text" | grep -q -- "$w"
	done
}

@test "aread: a dateline opening the body: no title, the outlet as source, the dateline kept" {
	run aread "$A/dateline.txt"
	[ "$status" -eq 0 ]
	[ "$(field title)" = null ]
	[ "$(field date)" = null ]
	[ "$(field source)" = 'المنارة' ]
	[[ "$(field text)" == 'المنارة من لندن: اجتمع وزيرا'* ]]
	# a sub-heading is body, not a sign-off or a title
	[ "$(field text | sed -n 3p)" = 'تعاون اقتصادي' ]
	[ "$(field text | wc -l)" -eq 4 ]
}

@test "aread: a dateline with a date and an agency in brackets" {
	run aread "$A/paren-source.txt" "$BATS_TEST_DIRNAME/../pipelines/samples/02-iraq-jordan-memo.txt"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "${lines[0]}" | jq -r .source)" = 'مرصد النيل' ]
	[ "$(printf '%s\n' "${lines[0]}" | jq -r .date)" = null ]
	[ "$(printf '%s\n' "${lines[1]}" | jq -r .source)" = 'نبض الشرق' ]
	[ "$(printf '%s\n' "${lines[1]}" | jq -r .date)" = 2024-02-04 ]
	[ "$(printf '%s\n' "${lines[1]}" | jq -r .title)" = null ]
}

@test "aread: the first line already a body sentence: title null; menu lines removed" {
	run aread "$A/no-title.txt"
	[ "$status" -eq 0 ]
	[ "$(field title)" = null ]
	[ "$(field source)" = null ]
	[ "$(field text | wc -l)" -eq 2 ]
	[[ "$(field text)" == 'التقى رئيس الوزراء'* ]]
	[[ "$(field text)" != *'مقالات'* ]]
}

@test "aread: title with the site's name, labelled date line, related links cut" {
	run aread "$A/site-title.txt"
	[ "$status" -eq 0 ]
	[ "$(field title)" = 'تركيا تعلن سحب قواتها من نقطة مراقبة شمالي سوريا' ]
	[ "$(field source)" = 'شبكة الصباح' ]
	[ "$(field date)" = 2020-10-20 ]
	[ "$(field text | wc -l)" -eq 2 ]
	[[ "$(field text)" != *'اقرأ'* ]]
	[[ "$(field text)" != *'روسيا تنشر'* ]]
	[[ "$(field text)" != *'سياسة'* ]]
}

@test "aread: Maghreb month, Arabic-Indic digits; 'المصدر: وكالات' names no outlet" {
	run aread "$A/maghreb.txt"
	[ "$status" -eq 0 ]
	[ "$(field date)" = 2020-07-10 ]
	[ "$(field source)" = null ]
	[[ "$(field text)" != *'وكالات'* ]]
	[ "$(field text | wc -l)" -eq 2 ]
}

@test "aread: month names of every series, paired forms, numeric and English dates" {
	check() {
		printf 'عنوان الخبر التجريبي للتاريخ هنا\n\n%s\n\nنص الخبر الأول.\nنص الخبر الثاني.\n' "$1" |
		    aread | jq -r .date
	}
	[ "$(check '3 كانون الثاني 2021')" = 2021-01-03 ]
	[ "$(check '3 شباط 2021')" = 2021-02-03 ]
	[ "$(check 'السبت 3 تشرين الأول / أكتوبر 2021')" = 2021-10-03 ]
	[ "$(check '3 كانون الأول ديسمبر عام 2021')" = 2021-12-03 ]
	[ "$(check '3 جانفي 2021')" = 2021-01-03 ]
	[ "$(check '3 أفريل 2021')" = 2021-04-03 ]
	[ "$(check '3 جويلية 2021')" = 2021-07-03 ]
	[ "$(check '3 أوت 2021')" = 2021-08-03 ]
	[ "$(check '3 يوليوز 2021')" = 2021-07-03 ]
	[ "$(check '3 غشت 2021')" = 2021-08-03 ]
	[ "$(check '٣ أيار ٢٠٢١')" = 2021-05-03 ]
	[ "$(check '3 مايس 2021')" = 2021-05-03 ]
	[ "$(check 'November 3, 2021')" = 2021-11-03 ]
	[ "$(check 'Wednesday, 3 November 2021')" = 2021-11-03 ]
	[ "$(check '03/11/2021 10:45')" = 2021-11-03 ]
	[ "$(check 'آخر تحديث: 2021-11-03 الساعة 10:45 بتوقيت بغداد')" = 2021-11-03 ]
	[ "$(check 'نشر في: 3/11/2021 | آخر تحديث: 4/11/2021 - 09:15')" = 2021-11-03 ]
	[ "$(check 'الأحد 28 ربيع الأول 1443 هـ الموافق 3 نوفمبر 2021 م')" = 2021-11-03 ]
	# no day, an impossible day, or more than a date: no date line
	[ "$(check 'آب / أغسطس 2021')" = null ]
	[ "$(check '31 شباط 2021')" = null ]
	[ "$(check 'زار الوزير بغداد في 3 شباط 2021 ثم غادر')" = null ]
}

@test "aread: -L adds furniture and outlets at run time; a bad -L file is an error" {
	printf '%s\n' 'العنوان الرئيسي لهذا الخبر المحلي' '' 'إعلان ممول من الراعي الرسمي' 'بدأ الخبر هنا بجملة أولى.' 'ثم جاءت جملة ثانية.' 'نشرة الفجر' >"$TMP/a.txt"
	run aread "$TMP/a.txt"
	[ "$(field source)" = 'نشرة الفجر' ]
	[[ "$(field text)" == *'إعلان ممول'* ]]
	printf '# my site\nprefix\tإعلان ممول\noutlet\tالفجر اليومية\n' >"$TMP/my.tsv"
	printf '%s\n' 'بغداد/ الفجر اليومية: بدأ الخبر هنا بجملة أولى.' >>"$TMP/a.txt"
	run aread -L "$TMP/my.tsv" "$TMP/a.txt"
	[ "$status" -eq 0 ]
	[[ "$(field text)" != *'إعلان ممول'* ]]
	# a bullet of one's own, and a related-links header
	printf '%s\n' 'العنوان الرئيسي لهذا الخبر المحلي' '' '§ بدأ الخبر هنا بجملة أولى.' 'ثم جاءت جملة ثانية.' 'روابط مفيدة' 'خبر آخر لا علاقة له بهذا الخبر' >"$TMP/g.txt"
	printf 'mark\t§\ncut\tروابط مفيدة\n' >"$TMP/my2.tsv"
	run aread -L "$TMP/my2.tsv" "$TMP/g.txt"
	[ "$(field text)" = "$(printf 'بدأ الخبر هنا بجملة أولى.\nثم جاءت جملة ثانية.')" ]
	printf 'colour\tred\n' >"$TMP/bad.tsv"
	run aread -L "$TMP/bad.tsv" "$TMP/a.txt"
	[ "$status" -eq 2 ]
	[[ "$output" == *"bad.tsv:1:"* ]]
	run aread -L "$TMP/none.tsv" "$TMP/a.txt"
	[ "$status" -eq 2 ]
}

@test "aread: a known outlet inside a dateline, added with -L" {
	printf '%s\n' 'بغداد/ الفجر اليومية: بدأ الخبر هنا بجملة أولى في العاصمة.' 'ثم جاءت جملة ثانية.' >"$TMP/b.txt"
	run aread "$TMP/b.txt"
	[ "$(field source)" = null ]
	printf 'outlet\tالفجر اليومية\n' >"$TMP/my.tsv"
	run aread -L "$TMP/my.tsv" "$TMP/b.txt"
	[ "$(field source)" = 'الفجر اليومية' ]
}

@test "aread: standard input, --id, and '-'" {
	run bash -c "aread <'$A/dateline.txt'"
	[ "$status" -eq 0 ]
	[ "$(field id)" = stdin ]
	[ "$(field file)" = - ]
	[ "$(field source)" = 'المنارة' ]
	run bash -c "aread --id wire-42 - <'$A/dateline.txt'"
	[ "$(field id)" = wire-42 ]
}

@test "aread: several FILE operands, in order, one record each" {
	mkdir -p "$TMP/d.x"
	cp "$A/no-title.txt" "$TMP/d.x/second.v2.txt"
	run aread "$A/maghreb.txt" "$TMP/d.x/second.v2.txt" "$A/dateline.txt"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 3 ]
	[ "$(printf '%s\n' "$output" | jq -r .id | tr '\n' ' ')" = 'maghreb second.v2 dateline ' ]
}

@test "aread: an unreadable FILE is reported, exit 2, the others still read" {
	run aread "$A/maghreb.txt" "$TMP/missing.txt" "$TMP" "$A/dateline.txt"
	[ "$status" -eq 2 ]
	[[ "$output" == *"aread: $TMP/missing.txt: No such file or directory"* ]]
	[[ "$output" == *"aread: $TMP: Is a directory"* ]]
	[ "$(printf '%s\n' "$output" | grep -c '^{')" -eq 2 ]
}

@test "aread: invalid UTF-8 names the line, exit 1, --reject keeps the file byte for byte" {
	printf 'عنوان الخبر التجريبي للتاريخ\n\nسطر سليم.\nسطر \xff\xfe معطوب.\n' >"$TMP/bad.txt"
	run aread --reject "$TMP/rej" "$TMP/bad.txt" "$A/maghreb.txt"
	[ "$status" -eq 1 ]
	[[ "$output" == *"aread: $TMP/bad.txt:4: invalid UTF-8"* ]]
	[ "$(printf '%s\n' "$output" | grep -c '^{')" -eq 1 ]
	cmp "$TMP/rej" "$TMP/bad.txt"
}

@test "aread: -e reads another encoding (windows-1256)" {
	iconv -f UTF-8 -t WINDOWS-1256 "$A/dateline.txt" >"$TMP/m1256.txt"
	run aread "$TMP/m1256.txt"
	[ "$status" -eq 1 ]
	[[ "$output" == *"m1256.txt:1: invalid UTF-8"* ]]
	aread "$A/dateline.txt" | jq -c 'del(.file)' >"$TMP/want"
	aread -e windows-1256 "$TMP/m1256.txt" | jq -c 'del(.file)' | sed 's/"m1256"/"dateline"/' >"$TMP/got"
	cmp "$TMP/want" "$TMP/got"
}

@test "aread: UTF-16 with a byte order mark is read as such" {
	iconv -f UTF-8 -t UTF-16 "$A/dateline.txt" >"$TMP/u16.txt"
	run aread "$TMP/u16.txt"
	[ "$status" -eq 0 ]
	[ "$(field source)" = 'المنارة' ]
}

@test "aread: CRLF, CR and a UTF-8 BOM read like LF" {
	aread "$A/header-title.txt" | jq -c 'del(.file, .id)' >"$TMP/want"
	{ printf '\xef\xbb\xbf'; sed 's/$/\r/' "$A/header-title.txt"; } >"$TMP/crlf.txt"
	aread "$TMP/crlf.txt" | jq -c 'del(.file, .id)' >"$TMP/got"
	cmp "$TMP/want" "$TMP/got"
	tr '\n' '\r' <"$A/header-title.txt" >"$TMP/cr.txt"
	aread "$TMP/cr.txt" | jq -c 'del(.file, .id)' >"$TMP/got"
	cmp "$TMP/want" "$TMP/got"
	! grep -q $'\r' "$TMP/got"
}

@test "aread: NUL bytes and overlong lines reject the file, exit 1" {
	printf 'سطر أول.\nسطر\0ثان.\n' >"$TMP/nul.txt"
	run aread --reject "$TMP/rej" "$TMP/nul.txt"
	[ "$status" -eq 1 ]
	[[ "$output" == *"nul.txt:2: NUL byte"* ]]
	cmp "$TMP/rej" "$TMP/nul.txt"
	printf 'سطر قصير.\n%0200d\n' 0 >"$TMP/long.txt"
	run aread --max-line 100 "$TMP/long.txt"
	[ "$status" -eq 1 ]
	[[ "$output" == *"long.txt:2: line too long"* ]]
}

@test "aread: an empty file, or one of furniture only, is a record with empty text" {
	: >"$TMP/empty.txt"
	printf 'logo\n\xc2\xa0\nTop\n' >"$TMP/furn.txt"
	run aread "$TMP/empty.txt" "$TMP/furn.txt"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 2 ]
	[ "$(printf '%s\n' "${lines[0]}" | jq -c '[.id,.title,.date,.source,.text]')" = '["empty",null,null,null,""]' ]
	[ "$(printf '%s\n' "${lines[1]}" | jq -r .text)" = '' ]
	# short lines only: nothing to tell a menu by, so they are all kept
	run bash -c "printf 'مرحبا بالعالم\nTop\nسطر ثان\n' | aread | jq -c .text"
	[ "$output" = '"مرحبا بالعالم\nسطر ثان"' ]
}

@test "aread: output is JSON the next stage takes; -u flushes per record" {
	run bash -c "aread -u '$BATS_TEST_DIRNAME'/../pipelines/samples/*.txt | jq -c '[.id, (.title|type), (.date|type)]'"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 5 ]
	[ "${lines[1]}" = '["02-iraq-jordan-memo","null","string"]' ]
}

@test "aread: outlet before a slash: a byline line, a dateline; a relative time is no title" {
	run aread "$A/slash-byline.txt" "$A/slash-dateline.txt"
	[ "$status" -eq 0 ]
	r0=${lines[0]} r1=${lines[1]}
	output=$r0
	[ "$(field title)" = 'مجلس الأمن يمدد ولاية بعثة الأمم المتحدة في العراق' ]
	[ "$(field source)" = 'السومرية نيوز' ]
	[ "$(field text | wc -l)" -eq 2 ]
	[[ "$(field text)" != *'أرشيفية'* ]]
	[[ "$(field text)" != *'منذ'* ]]
	output=$r1
	[ "$(field title)" = null ]
	[ "$(field source)" = 'شفق نيوز' ]
	[[ "$(field text)" == 'شفق نيوز/ أعلنت'* ]]
}

@test "aread: a date line with the outlet beside it; an author's byline names no outlet" {
	printf '%s\n' 'الحكومة تقر موازنة العام المقبل بعجز أقل' '' 'بغداد - شفق نيوز | 23 نوفمبر 2024' 'بقلم: سامر الجبوري' '' 'أقر مجلس الوزراء في جلسته الاعتيادية مشروع قانون الموازنة.' 'وأحال المشروع إلى البرلمان للتصويت عليه.' 'تحرير: هدى كريم' >"$TMP/c.txt"
	run aread "$TMP/c.txt"
	[ "$(field date)" = 2024-11-23 ]
	[ "$(field source)" = 'شفق نيوز' ]
	[ "$(field text | wc -l)" -eq 2 ]
	[[ "$(field text)" != *'بقلم'* ]]
	[[ "$(field text)" != *'تحرير'* ]]
}

@test "aread: without a title, a date line above the body is the date, unless it is the site's header" {
	printf '%s\n' 'اخر الاخبار' '' 'الخميس 4 نيسان 2024' '' 'التقى وزير الخارجية السفير الفرنسي، وبحث معه تطورات الأوضاع في المنطقة.' 'وأكد الجانبان أهمية الحوار.' >"$TMP/d.txt"
	run aread "$TMP/d.txt"
	[ "$(field title)" = null ]
	[ "$(field date)" = 2024-04-04 ]
	printf '%s\n' 'اخر الاخبار' '• Thursday, 9 January 2025' 'logo' '' 'التقى وزير الخارجية السفير الفرنسي، وبحث معه تطورات الأوضاع في المنطقة.' 'وأكد الجانبان أهمية الحوار.' >"$TMP/e.txt"
	run aread "$TMP/e.txt"
	[ "$(field title)" = null ]
	[ "$(field date)" = null ]
}

@test "aread: a labelled source names the first outlet; page furniture of a paper's site" {
	printf '%s\n' 'العالم العربي' 'الأكراد يطالبون بغداد بدفع رواتب الموظفين' 'نشر: 10:25-12 أبريل 2023 م ـ 21 رَمَضان 1444 هـ' 'رقم العدد [ 16206]' 'طالبت حكومة الإقليم الحكومة الاتحادية بإرسال الرواتب قبل العيد.' 'وقال متحدث باسم الحكومة إن الإقليم أوفى بالتزاماته.' 'المصدر : وكالات + صحيفة الأفق' >"$TMP/f.txt"
	run aread "$TMP/f.txt"
	[ "$(field title)" = 'الأكراد يطالبون بغداد بدفع رواتب الموظفين' ]
	[ "$(field date)" = 2023-04-12 ]
	[ "$(field source)" = 'صحيفة الأفق' ]
	[ "$(field text | wc -l)" -eq 2 ]
	[[ "$(field text)" != *'العدد'* ]]
}

@test "aread: a file name that is not UTF-8 keeps its other characters" {
	cp "$A/dateline.txt" "$TMP/$(printf 'wire\xff7.txt')"
	run bash -c "aread '$TMP'/wire*7.txt | jq -r .id"
	[ "$status" -eq 0 ]
	[ "$output" = "$(printf 'wire\xef\xbf\xbd7')" ]
}

@test "aread: a lone 'Published' label and a photo credit are furniture" {
	run aread "$A/published-label.txt"
	[ "$status" -eq 0 ]
	[ "$(field date)" = 2022-07-20 ]
	[ "$(field text | wc -l)" -eq 2 ]
	[[ "$(field text)" != *Published* ]]
	[[ "$(field text)" != *Reuters* ]]
}

@test "aread: a breadcrumb is no title; a wire's end marker and editor's codes end the body" {
	run aread "$A/wire-end.txt"
	[ "$status" -eq 0 ]
	[ "$(field title)" = 'الأردن والعراق يوقعان اتفاقية لتمديد خط النفط عبر العقبة' ]
	# "نشر في: الاثنين 20 يناير 2025 - 10:35"
	[ "$(field date)" = 2025-01-20 ]
	[ "$(field source)" = 'بترا' ]
	text=$(field text)
	[ "$(printf '%s\n' "$text" | wc -l)" -eq 3 ]
	[[ "$text" == 'عمّان - 20 - 1 (بترا) -- وقع وزير'* ]]
	[[ "$text" == *'بتمويل مشترك من البلدين.' ]]
	for w in الرئيسية محليات النهاية 'س ق' 'ر م' 'أيضا' 'محطة الضخ'; do
		! printf '%s\n' "$text" | grep -q -- "$w"
	done
}

@test "aread: an agency's name with its short name above the breadcrumb; the date in a 'رنا-' dateline" {
	run aread "$A/agency-header.txt"
	[ "$status" -eq 0 ]
	[ "$(field title)" = 'إغلاق طرق رئيسية في نابلس بعد اقتحام قوات الاحتلال للبلدة القديمة' ]
	[ "$(field date)" = 2025-02-14 ]
	[ "$(field source)" = 'رنا' ]
	text=$(field text)
	[ "$(printf '%s\n' "$text" | wc -l)" -eq 4 ]
	[[ "$text" == 'نابلس 14-2-2025 رنا- أغلقت'* ]]
	# the sub-heading stays; the marker and codes at the paragraph's end go
	printf '%s\n' "$text" | grep -qx 'حصيلة المواجهات'
	[[ "$text" == *'اجتماعاً طارئاً يوم الأحد.' ]]
	for w in الرئيسية 'أخبار محلية' وكالة النهاية 'ع ب' 'الحقوق' '©'; do
		! printf '%s\n' "$text" | grep -q -- "$w"
	done
}

@test "aread: a site's name above the breadcrumb, 'منذ ساعتين' is no date, a copyright line without ©" {
	run aread "$A/crumb-site.txt"
	[ "$status" -eq 0 ]
	[ "$(field title)" = 'البرلمان المصري يقر تعديلات قانون الإجراءات الجنائية بعد جدل واسع' ]
	[ "$(field date)" = 2025-01-20 ]
	text=$(field text)
	[ "$(printf '%s\n' "$text" | wc -l)" -eq 2 ]
	[[ "$text" == 'القاهرة: أقر مجلس النواب'* ]]
	for w in النيل الرئيسية ساعتين 'حقوق النشر' 'البرلمان المصري'; do
		! printf '%s\n' "$text" | grep -q -- "$w"
	done
}

@test "aread: breadcrumbs need three parts, or an arrow or a menu word; a headline with '|' stays" {
	printf '%s\n' 'Home > World > Middle East' 'الرئيسية / تقارير' 'مجلس الأمن يعقد جلسة طارئة بشأن الوضع في السودان' 'عقد مجلس الأمن الدولي جلسة طارئة مساء الخميس.' 'الخرطوم | أم درمان | بحري' 'وقال المندوب إن القتال امتد إلى المدن الثلاث.' >"$TMP/c.txt"
	run aread "$TMP/c.txt"
	[ "$(field title)" = 'مجلس الأمن يعقد جلسة طارئة بشأن الوضع في السودان' ]
	[ "$(field text | wc -l)" -eq 2 ]
	# two short parts joined by | are no breadcrumb: "عاجل" is no home page
	printf '%s\n' 'سانا' 'عاجل | انفجار في اللاذقية' 'وقع انفجار في مرفأ اللاذقية صباح اليوم.' 'وقالت مصادر إن عدد الجرحى ارتفع إلى خمسة.' >"$TMP/d.txt"
	run aread "$TMP/d.txt"
	[ "$(field title)" = 'عاجل | انفجار في اللاذقية' ]
}

@test "aread: -L adds copyright words, read-also labels and end markers" {
	printf '%s\n' 'within	كل الحقوق لنا' 'also	لا تفوت' 'end	تمت' >"$TMP/x.tsv"
	printf '%s\n' 'الحكومة تعلن خطة جديدة لدعم المزارعين في الجنوب' 'أعلنت الحكومة اليوم خطة لدعم المزارعين.' 'لا تفوت' 'المزارعون يطالبون بتعويضات عن موسم الجفاف' 'وقال الوزير إن الخطة تبدأ الشهر المقبل. (تمت)' 'كل الحقوق لنا 2025' >"$TMP/f.txt"
	run aread -L "$TMP/x.tsv" "$TMP/f.txt"
	[ "$status" -eq 0 ]
	[ "$(field text)" = "$(printf '%s\n%s' 'أعلنت الحكومة اليوم خطة لدعم المزارعين.' 'وقال الوزير إن الخطة تبدأ الشهر المقبل.')" ]
	run aread "$TMP/f.txt"
	[ "$(field text | wc -l)" -eq 5 ]
}

@test "aread: a known outlet last before the dateline's dash is the source" {
	printf '%s\n' 'الاحتلال يهدم منزلين في حي سلوان وسط مواجهات' 'القدس المحتلة 3-2-2025 وفا- هدمت جرافات الاحتلال منزلين في حي سلوان.' 'وقال أحد الأهالي إن الهدم جرى دون إنذار.' >"$TMP/w.txt"
	run aread "$TMP/w.txt"
	[ "$(field date)" = 2025-02-03 ]
	[ "$(field source)" = 'وفا' ]
	[[ "$(field text)" == 'القدس المحتلة 3-2-2025 وفا- هدمت'* ]]
}

@test "aread: a labelled date line above the headline is the article's; an unlabelled one is the fetch day" {
	printf '%s\n' 'سياسة' 'نشر في: الاثنين 20 يناير 2025 - 10:35' 'البرلمان يصادق على موازنة العام الجديد بعد تأخير طويل' 'صادق البرلمان على الموازنة العامة بعد جلسة استمرت حتى المساء.' 'وقال رئيس اللجنة المالية إن العجز تراجع.' >"$TMP/p.txt"
	run aread "$TMP/p.txt"
	[ "$(field title)" = 'البرلمان يصادق على موازنة العام الجديد بعد تأخير طويل' ]
	[ "$(field date)" = 2025-01-20 ]
	sed 's/^نشر في: //' "$TMP/p.txt" >"$TMP/q.txt"
	run aread "$TMP/q.txt"
	[ "$(field date)" = null ]
	[ "$(field text | wc -l)" -eq 2 ]
}

@test "aread: a relative time or a reading time under the headline is meta data, not body" {
	printf '%s\n' 'الحكومة التونسية تعلن إجراءات لدعم أسعار الخبز' 'منذ 3 ساعات' 'قراءة 2 دقائق' '1250 مشاهدة' 'أعلنت الحكومة التونسية حزمة إجراءات لدعم أسعار الخبز والدقيق.' 'منذ بداية العام ارتفعت الأسعار بنسبة عشرة في المئة.' >"$TMP/m.txt"
	run aread "$TMP/m.txt"
	[ "$(field title)" = 'الحكومة التونسية تعلن إجراءات لدعم أسعار الخبز' ]
	[ "$(field date)" = null ]
	[ "$(field text)" = "$(printf '%s\n%s' 'أعلنت الحكومة التونسية حزمة إجراءات لدعم أسعار الخبز والدقيق.' 'منذ بداية العام ارتفعت الأسعار بنسبة عشرة في المئة.')" ]
}

@test "aread: a lone read-also label takes its linked headlines, not a short sub-heading after them" {
	printf '%s\n' 'الحكومة التونسية تعلن إجراءات لدعم أسعار الخبز' 'أعلنت الحكومة التونسية حزمة إجراءات لدعم أسعار الخبز والدقيق.' 'اقرأ أيضا' 'ارتفاع أسعار الحبوب في الأسواق العالمية' 'اتحاد الشغل يطالب بزيادة الأجور في القطاع العام' 'الأسعار' 'وقال الوزير إن الدعم سيستمر حتى نهاية العام.' >"$TMP/r.txt"
	run aread "$TMP/r.txt"
	[ "$(field text)" = "$(printf '%s\n%s\n%s' 'أعلنت الحكومة التونسية حزمة إجراءات لدعم أسعار الخبز والدقيق.' 'الأسعار' 'وقال الوزير إن الدعم سيستمر حتى نهاية العام.')" ]
}
