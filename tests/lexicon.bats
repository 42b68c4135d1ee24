#!/usr/bin/env bats
# lexicon.bats - the atag lexicons (lib/data/atag-*.tsv of the lexicon
# files) are well formed as installed: valid UTF-8, a header comment, at most
# five tab-separated columns, known classes, ISO 3166 alpha-3 countries and
# PLOVER/CAMEO sectors, sorted with LC_ALL=C sort, no phrase listed twice
# for a class (also after ak_fold-style folding), the classes each file is
# for.  The last tests feed broken files to the same checks, so that each
# check is known to be able to fail.

load helper

FILES="atag-places.tsv atag-orgs.tsv atag-people.tsv atag-roles.tsv atag-nisba.tsv atag-given.tsv"

ISO3="ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI
BEL BEN BES BFA BGD BGR BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN
BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG COK COL COM CPV CRI CUB
CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH
FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC
GRD GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN
IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN
LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL
MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER
NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL
PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM
SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA
TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY
USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE"
CLASSES="PER ORG LOC NISBA ROLE GROUP GIVEN ORGHEAD LOCHEAD FACILITY"
SECTORS="GOV MIL REB LEG JUD COP OPP IGO MED BUS CVL EDU REL ELI SPY INS"

# the installed data directory (make test-one installs into AKHBAR_PREFIX)
datadir() {
	if [ -n "$AKHBAR_PREFIX" ] && [ -d "$AKHBAR_PREFIX/share/akhbar" ]; then
		echo "$AKHBAR_PREFIX/share/akhbar"
	else
		echo "$BATS_TEST_DIRNAME/../lib/data"
	fi
}

# data lines only
body() { grep -v '^#' "$1" | grep -v '^[[:space:]]*$'; }

# print the offending lines of FILE for each check; silent when it is good
check_utf8()	{ iconv -f UTF-8 -t UTF-8 "$1" >/dev/null 2>&1 || echo "$1: not UTF-8"; }
check_header()	{ head -1 "$1" | grep -q "^# $(basename "$1") - " || echo "$1: no header"; }
check_cols()	{ body "$1" | awk -F'\t' 'NF > 5 || NF < 2 || $1 == "" { print FILENAME ": " NR ": " $0 }'; }
check_space()	{ body "$1" | grep -n -e ' 	' -e '	 ' -e '^ ' -e '  ' | head -5; }
check_sorted()	{ body "$1" | LC_ALL=C sort -c 2>&1; }
check_set() {	# FILE COLUMN "ALLOWED..." [empty-ok]
	body "$1" | awk -F'\t' -v col="$2" -v ok="$3" -v empty="$4" '
		BEGIN { n = split(ok, a, /[ \n]+/); for (i = 1; i <= n; i++) good[a[i]] = 1 }
		{ v = $col; if (v == "" && empty) next
		  if (!(v in good)) print "bad column " col ": " $0 }'
}
check_dups() {	# exact and folded phrase+class duplicates
	body "$1" | cut -f1,2 | LC_ALL=C sort | uniq -d
	body "$1" | cut -f1,2 | sed -e 's/[ًٌٍَُِّْٰـ]//g' -e 's/[أإآٱ]/ا/g' \
	    -e 's/ى/ي/g' -e 's/ة/ه/g' | LC_ALL=C sort | uniq -d
}
check_all() {
	local f="$1"
	check_utf8 "$f"; check_header "$f"; check_cols "$f"; check_space "$f"
	check_sorted "$f"; check_set "$f" 2 "$CLASSES"
	check_set "$f" 3 "$ISO3" 1; check_set "$f" 4 "$SECTORS" 1
	check_dups "$f"
}

@test "lexicon: every file is installed and has entries" {
	for f in $FILES; do
		[ -s "$(datadir)/$f" ]
		[ "$(body "$(datadir)/$f" | wc -l)" -ge 100 ]
	done
}

@test "lexicon: valid UTF-8 with a header comment naming the file" {
	for f in $FILES; do
		run check_utf8 "$(datadir)/$f"; [ -z "$output" ]
		run check_header "$(datadir)/$f"; [ -z "$output" ]
	done
}

@test "lexicon: 2 to 5 tab-separated columns, no stray spaces" {
	for f in $FILES; do
		run check_cols "$(datadir)/$f"; echo "$output"; [ -z "$output" ]
		run check_space "$(datadir)/$f"; echo "$output"; [ -z "$output" ]
	done
}

@test "lexicon: sorted with LC_ALL=C sort" {
	for f in $FILES; do
		run check_sorted "$(datadir)/$f"; echo "$f: $output"; [ -z "$output" ]
	done
}

@test "lexicon: known classes, ISO 3166 alpha-3 countries, known sectors" {
	for f in $FILES; do
		run check_set "$(datadir)/$f" 2 "$CLASSES"; echo "$output"; [ -z "$output" ]
		run check_set "$(datadir)/$f" 3 "$ISO3" 1; echo "$output"; [ -z "$output" ]
		run check_set "$(datadir)/$f" 4 "$SECTORS" 1; echo "$output"; [ -z "$output" ]
	done
}

@test "lexicon: no phrase twice for a class, also after folding" {
	for f in $FILES; do
		run check_dups "$(datadir)/$f"; echo "$f: $output"; [ -z "$output" ]
	done
}

@test "lexicon: each file holds the classes it is for" {
	d=$(datadir)
	run check_set "$d/atag-places.tsv" 2 "LOC LOCHEAD FACILITY"; [ -z "$output" ]
	run check_set "$d/atag-orgs.tsv" 2 "ORG ORGHEAD"; [ -z "$output" ]
	run check_set "$d/atag-people.tsv" 2 "PER"; [ -z "$output" ]
	run check_set "$d/atag-roles.tsv" 2 "ROLE GROUP"; [ -z "$output" ]
	run check_set "$d/atag-nisba.tsv" 2 "NISBA"; [ -z "$output" ]
	run check_set "$d/atag-given.tsv" 2 "GIVEN"; [ -z "$output" ]
}

@test "lexicon: NISBA, PER and named-place entries carry a country where they should" {
	d=$(datadir)
	# every nisba but the UN one names a state
	run bash -c "grep -v '^#' '$d/atag-nisba.tsv' | awk -F'\t' 'NF>1 && \$3==\"\" && \$4!=\"IGO\"'"
	[ -z "$output" ]
	# the persons and organisations of the guidelines' examples
	grep -q "^لويد أوستن	PER	USA	MIL" "$d/atag-people.tsv"
	grep -q "^مسرور بارزاني	PER	IRQ	GOV" "$d/atag-people.tsv"
	grep -q "^البيشمركة	ORG	IRQ	MIL" "$d/atag-orgs.tsv"
	grep -q "^وزارة الدفاع الأميركية	ORG	USA	GOV" "$d/atag-orgs.tsv"
	grep -q "^داعش	ORG		REB" "$d/atag-orgs.tsv"
	grep -q "^مطار بغداد الدولي	LOC	IRQ" "$d/atag-places.tsv"
	grep -q "^الأميركية	NISBA	USA		الأمريكية" "$d/atag-nisba.tsv"
}

@test "lexicon: generic plurals and common words are not names" {
	d=$(datadir)
	# GUIDELINES: generic plurals are not entities; common words are not names
	! grep -q "^القوات الأمريكية	ORG" "$d/atag-orgs.tsv"
	! grep -q "^التحالف	ORG" "$d/atag-orgs.tsv"
	! grep -q "^الحكومة	ORG" "$d/atag-orgs.tsv"
	! grep -q "^أمل	GIVEN" "$d/atag-given.tsv"
	! grep -q "^باسم	GIVEN" "$d/atag-given.tsv"
	! grep -q "^صور	LOC" "$d/atag-places.tsv"
	grep -q "^التحالف	GROUP" "$d/atag-roles.tsv"
	grep -q "^الحكومة	GROUP" "$d/atag-roles.tsv"
	# words that are names too but far more often ordinary words (or fold
	# into one): found by running atag over the Wojood and AQMAR text
	for trap in GIVEN:آنا GIVEN:آني GIVEN:رضا GIVEN:علي GIVEN:يحيى \
	    GIVEN:سعيد GIVEN:جمال GIVEN:رجب GIVEN:رمضان GIVEN:جوان GIVEN:صادق GIVEN:حكمت \
	    LOC:سيول LOC:ماليه LOC:مشهد LOC:دوما LOC:لفيف LOC:الباب \
	    LOC:حديثة LOC:العديد ORG:العربية ORG:فتح ORG:امتداد ORG:بلادي \
	    ORG:والا ORG:الحرة PER:صدام PER:روحاني PER:البشير NISBA:مجري; do
		run grep -hE "^${trap#*:}	${trap%%:*}(	|\$)" $(for f in $FILES; do echo "$d/$f"; done)
		echo "$trap: $output"; [ -z "$output" ]
	done
}

@test "lexicon: no title ends where a name can follow (GUIDELINES: names inside titles)" {
	d=$(datadir)
	for role in "رئيس الحكومة" "رئيس مجلس النواب" "عضو الكونغرس" "رئيس البرلمان" \
	    "وكيل وزارة الدفاع" "رئيس أركان الجيش" "عناصر داعش" "قوات التحالف"; do
		run grep -P "^$role\t(ROLE|GROUP)" "$d/atag-roles.tsv"
		echo "$role: $output"; [ -z "$output" ]
	done
	# and the heads themselves are there
	grep -q "^رئيس	ROLE" "$d/atag-roles.tsv"
	grep -q "^رئيس أركان	ROLE" "$d/atag-roles.tsv"
	grep -q "^عضو مجلس المحافظة	ROLE" "$d/atag-roles.tsv"
}

# the checks themselves must be able to fail
@test "lexicon: the checks reject a broken file" {
	f="$TMP/atag-bad.tsv"
	printf '# atag-bad.tsv - broken on purpose\n' > "$f"
	printf 'بغداد\tLOC\tIRQ\n' >> "$f"
	printf 'أربيل\tLOC\tIRQ\n' >> "$f"	# unsorted after بغداد
	run check_sorted "$f"; [ -n "$output" ]
	printf '# atag-bad.tsv - broken on purpose\nا\tLOC\tIRQ\t\t\tx\n' > "$f"
	run check_cols "$f"; [ -n "$output" ]
	printf '# atag-bad.tsv - broken on purpose\nا\tPLACE\n' > "$f"
	run check_set "$f" 2 "$CLASSES"; [ -n "$output" ]
	printf '# atag-bad.tsv - broken on purpose\nا\tLOC\tIRK\n' > "$f"
	run check_set "$f" 3 "$ISO3" 1; [ -n "$output" ]
	printf '# atag-bad.tsv - broken on purpose\nا\tORG\t\tARMY\n' > "$f"
	run check_set "$f" 4 "$SECTORS" 1; [ -n "$output" ]
	printf '# atag-bad.tsv - broken on purpose\nأربيل\tLOC\tIRQ\nاربيل\tLOC\tIRQ\n' > "$f"
	run check_dups "$f"; [ -n "$output" ]
	printf '# atag-bad.tsv - broken on purpose\n\xff\xfe\tLOC\n' > "$f"
	run check_utf8 "$f"; [ -n "$output" ]
	printf 'بغداد\tLOC\tIRQ\n' > "$f"
	run check_header "$f"; [ -n "$output" ]
	printf '# atag-bad.tsv - x\nبغداد \tLOC\n' > "$f"
	run check_space "$f"; [ -n "$output" ]
}
