#!/bin/sh
# bench/adedup.sh [BINDIR] - adedup's speed and memory on generated data.
#
#   --key:  1,000,000 short records (~64 bytes), 70% distinct keys
#   --near: 100 MB of 400-word Arabic documents, one in five a copy
#   memory: peak RSS over the items remembered, state file bytes an item
#
# Data goes to a temporary directory under ${TMPDIR:-/tmp}, removed after.
set -eu
bin=${1:-build/bin}
A="$bin/adedup"
[ -x "$A" ] || { echo "bench/adedup.sh: $A: not built" >&2; exit 2; }
d=$(mktemp -d "${TMPDIR:-/tmp}/adedup-bench.XXXXXX")
trap 'rm -rf "$d"' EXIT INT TERM

# CPU seconds (user + system: the machine may be shared) and peak KB of a
# command, its output to $d/out
measure() {
	/usr/bin/time -f '%U %S %M' -o "$d/time" "$@" >"$d/out"
	read -r u s kb <"$d/time"
	secs=$(echo "$u $s" | awk '{ print $1 + $2 }')
}

awk 'BEGIN { srand(1); for (i = 0; i < 1000000; i++)
    printf "{\"id\":\"r%d\",\"url\":\"https://example.com/a/%d\",\"n\":%d}\n",
    i, int(rand() * 700000), i }' >"$d/keys"
bytes=$(wc -c <"$d/keys")
measure "$A" --key url "$d/keys"
items=$(wc -l <"$d/out")
echo "$secs $kb $bytes $items" | awk '{ printf "adedup --key:    %8.0f records/s  %6.1f MB/s  %d items  %.0f bytes/item (peak RSS)\n",
    1000000 / ($1 ? $1 : 0.01), $3 / 1e6 / ($1 ? $1 : 0.01), $4, $2 * 1024 / $4 }'
measure "$A" --key url --state "$d/st" "$d/keys"
echo "$secs $(wc -c <"$d/st") $items" | awk '{ printf "adedup --key --state: %.2f s CPU, state file %.1f bytes/item\n", $1, $2 / $3 }'

# Arabic words, drawn at random into 400-word documents
words="وزير الخارجية العراقي بغداد أنقرة الحكومة الاتفاق المياه نهر دجلة الفرات البرلمان الانتخابات المفوضية
الناخبين النفط صادرات البصرة ميناء برميل الدولار الموازنة الجفاف المزارعين الحنطة محافظة ذي قار مؤتمر صحفي
المتحدث باسم وقال وأضاف أن إلى في من على مع عن بعد قبل خلال أكد أعلن اجتماع لقاء زيارة الرئيس رئيس الوزراء
الأمن القوات الشرطة هجوم مسلحين داعش التحالف الدولي الولايات المتحدة إيران تركيا سوريا الأردن الكويت
المنفذ الحدودي التجارة الشاحنات السكك الكهرباء المستشفى اللقاح الحصبة الكوليرا المدارس الجامعة الطلاب"
echo "$words" | tr ' ' '\n' | grep . >"$d/words"
awk -v target=100000000 'NR == FNR { w[n++] = $0; next } END { srand(2)
    while (size < target) {
	if (i % 5 == 4) t = prev
	else { t = ""; for (k = 0; k < 400; k++) t = t (k ? " " : "") w[int(rand() * n)] }
	line = sprintf("{\"id\":\"d%d\",\"text\":\"%s\"}", i, t)
	print line; size += length(line) + 1; prev = t; i++ } }' "$d/words" /dev/null >"$d/docs"
bytes=$(wc -c <"$d/docs")
docs=$(wc -l <"$d/docs")
measure "$A" --near "$d/docs"
items=$docs		# --near remembers every text, duplicates too
echo "$secs $kb $bytes $items $(wc -l <"$d/out")" | awk '{ printf "adedup --near:   %8.1f MB/s  %d docs, %d kept  %.0f bytes/item (peak RSS)\n",
    $3 / 1e6 / ($1 ? $1 : 0.01), $4, $5, $2 * 1024 / $4 }'

# 100,000 events over a month: 12 names, 6 countries, 8 types
awk 'BEGIN { srand(3); split("زيد عمرو خالد سعيد ماجد فيصل نوري هادي جاسم كريم ناصر وليد", nm, " ")
    split("IRQ USA TUR IRN SYR JOR", cc, " "); split("CONSULT AGREE ASSAULT PROTEST AID REQUEST SUPPORT ACCUSE", ty, " ")
    for (i = 0; i < 100000; i++) {
	d = sprintf("2024-01-%02d", 1 + int(i / 3300))
	printf "{\"id\":\"e%d\",\"doc\":\"d%d\",\"sid\":%d,\"type\":\"%s\",\"mode\":null,", i, int(i / 10), i % 10, ty[1 + int(rand() * 8)]
	printf "\"source\":{\"text\":\"%s %s\",\"country\":\"%s\"},", nm[1 + int(rand() * 12)], nm[1 + int(rand() * 12)], cc[1 + int(rand() * 6)]
	printf "\"target\":{\"text\":\"%s\",\"country\":\"%s\"},", nm[1 + int(rand() * 12)], cc[1 + int(rand() * 6)]
	printf "\"date\":\"%s\",\"location\":null,\"doc_date\":\"%s\"}\n", d, d } }' >"$d/events"
measure "$A" --events "$d/events"
echo "$secs $kb $(wc -l <"$d/out")" | awk '{ printf "adedup --events: %8.0f events/s  100000 in, %d out  %.0f bytes/event (peak RSS)\n",
    100000 / ($1 ? $1 : 0.01), $3, $2 * 1024 / 100000 }'

# the bundled sample articles through the pipeline, their events told
# again by 4,000 papers (ids and docs changed, dates kept)
top=$(cd "$(dirname "$0")/.." && pwd)
if [ -x "$bin/aevent" ] && ls "$top"/pipelines/samples/*.txt >/dev/null 2>&1; then
	"$bin/aread" "$top"/pipelines/samples/*.txt | "$bin/anorm" | "$bin/asplit" |
	    "$bin/atag" | "$bin/aevent" >"$d/sev"
	awk -v n=4000 '{ line[NR] = $0 } END { for (k = 0; k < n; k++)
	    for (i = 1; i <= NR; i++) { l = line[i]
		sub(/"id":"/, "&" k "-", l); sub(/"doc":"/, "&" k "-", l); print l } }' \
	    "$d/sev" >"$d/events2"
	n=$(wc -l <"$d/events2")
	measure "$A" --events "$d/events2"
	echo "$secs $kb $n $(wc -l <"$d/out")" | awk '{ printf "adedup --events: %8.0f events/s  %d in, %d out  (the samples told by 4,000 papers)\n",
	    $3 / ($1 ? $1 : 0.01), $3, $4 }'
fi
