/*
 * anorm - normalise Arabic text in records.
 *
 * What to do with each code point is data (anorm-map.tsv), compiled at
 * start-up into a table over U+0000-FFFF: keep, remove, a space, a
 * newline, or a replacement string that is already final.  Presentation
 * forms are filled in with ICU's NFKC, so the table holds no Unicode
 * knowledge of its own.  A text is then one pass of table look-ups that
 * copies unchanged runs of bytes as they are.
 *
 * NFC needs context (a base letter and the marks after it), so a text
 * goes to ICU only when it holds a code point that is not NFC-inert:
 * combining marks, mostly, which news text rarely carries.  There the
 * work is done in the order that keeps canonically equivalent inputs
 * equal -- base mappings, NFC, then the lossy foldings, then NFC -- each
 * repeated until nothing changes, which makes anorm idempotent.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include "akhbar.h"

static const char help[] =
"usage: anorm [-u] [-p PROFILE] [-f FIELD]... [-L FILE] [--raw] [FILE ...]\n"
"\n"
"Normalise the text and title fields of JSON records: presentation forms,\n"
"spaces, invisible and bidi controls, tatweel, digits, quotes, dashes, NFC.\n"
"\n"
"  -f, --field FIELD    normalise FIELD (repeatable; default text, title)\n"
"  -p, --profile NAME   default, or search (all the lossy foldings below)\n"
"      --alef           fold alef with hamza or madda, alef wasla to alef\n"
"      --yeh            fold alef maqsura and Farsi yeh to yeh\n"
"      --teh            fold teh marbuta to heh\n"
"      --diacritics     remove harakat, superscript alef, Quranic marks\n"
"      --keep-zwnj      keep U+200C ZERO WIDTH NON-JOINER (Persian)\n"
"  -L, --map FILE       add the mappings of FILE (anorm-map.tsv format)\n"
"      --raw            plain text lines in and out\n"
AK_COMMON_HELP;

enum {
	OPT_RAW = AK_OPT_FILTER_BASE, OPT_ALEF, OPT_YEH, OPT_TEH, OPT_DIAC,
	OPT_ZWNJ
};

static const struct option longopts[] = {
	{ "field",	required_argument,	NULL, 'f' },
	{ "profile",	required_argument,	NULL, 'p' },
	{ "map",	required_argument,	NULL, 'L' },
	{ "alef",	no_argument,		NULL, OPT_ALEF },
	{ "yeh",	no_argument,		NULL, OPT_YEH },
	{ "teh",	no_argument,		NULL, OPT_TEH },
	{ "diacritics",	no_argument,		NULL, OPT_DIAC },
	{ "keep-zwnj",	no_argument,		NULL, OPT_ZWNJ },
	{ "raw",	no_argument,		NULL, OPT_RAW },
	AK_COMMON_LONGOPTS,
	{ NULL, 0, NULL, 0 }
};

/* groups of the map file */
enum {
	G_BASE = 1, G_ZWNJ = 2, G_ALEF = 4, G_YEH = 8, G_TEH = 16, G_DIAC = 32,
	G_LOSSY = G_ALEF | G_YEH | G_TEH | G_DIAC
};
static const char *gname[] = { "base", "zwnj", "alef", "yeh", "teh",
    "diacritics" };

/*
 * actions; a table entry is action | UNSAFE | pool offset << 8 for REPL,
 * action | UNSAFE | combining class << 8 for KEEP
 */
enum { KEEP, DEL, SPACE, NL, REPL, NFKC, ZWJ };
#define UNSAFE	8u
#define SIMPLE	16u	/* REPL without a space or newline */
#define ACT(e)	((e) & 7u)
#define OFF(e)	((e) >> 8)

typedef struct {
	int		 group, act;
	uint32_t	 lo, hi;
	uint32_t	 rep[8];	/* REPL: the replacement */
	int		 nrep;
} rule;

static rule	*rules;
static size_t	 nrules;

static const UNormalizer2 *nfc, *nfkc;
static uint8_t	 unsafe_bm[0x10000 / 8];	/* not NFC-inert */
static uint32_t	*tab0, *tabl;	/* base; base and lossy */
static ak_buf	 pool;		/* replacements: a length byte, the bytes */

static const char **fields;
static size_t	 nfields;
static ak_buf	 out, tmp;
static UChar	*u16a, *u16b;
static int32_t	 u16cap;

/* ---- start-up: the table ---- */

static uint32_t
hexcp(const char *s, char **end)
{
	unsigned long v;

	if (s[0] == 'U' && s[1] == '+')
		s += 2;
	v = strtoul(s, end, 16);
	if (*end == s || v > 0x10FFFF)
		return 0xFFFFFFFF;
	return (uint32_t)v;
}

static void
load(const char *path)
{
	ak_tsv *t;
	char *col[4], *end, *p;
	int n, g;
	rule *r;

	if ((t = ak_tsv_open(path)) == NULL)
		exit(2);
	while ((n = ak_tsv_next(t, col, 4)) > 0) {
#define BAD(why) ak_errx(2, "%s:%lu: %s", path, ak_tsv_lineno(t), why)
		if (n < 3)
			BAD("expected GROUP, CODE POINTS, ACTION");
		rules = ak_realloc(rules, (nrules + 1) * sizeof(*rules));
		r = &rules[nrules++];
		memset(r, 0, sizeof(*r));
		for (g = 0; g < 6; g++)
			if (strcmp(col[0], gname[g]) == 0)
				r->group = 1 << g;
		if (r->group == 0)
			BAD("unknown group");
		r->lo = r->hi = hexcp(col[1], &end);
		if (*end == '-')
			r->hi = hexcp(end + 1, &end);
		if (r->lo == 0xFFFFFFFF || r->hi == 0xFFFFFFFF || *end != '\0' ||
		    r->hi < r->lo)
			BAD("bad code points");
		if (r->hi > 0xFFFF)
			BAD("only U+0000-FFFF can be mapped");
		if (strcmp(col[2], "del") == 0)
			r->act = DEL;
		else if (strcmp(col[2], "space") == 0)
			r->act = SPACE;
		else if (strcmp(col[2], "nl") == 0)
			r->act = NL;
		else if (strcmp(col[2], "nfkc") == 0)
			r->act = NFKC;
		else {
			r->act = REPL;
			for (p = col[2]; *p != '\0'; p = end) {
				while (*p == ' ')
					p++;
				if (*p == '\0')
					break;
				if (r->nrep == 8)
					BAD("replacement longer than 8");
				if ((r->rep[r->nrep++] = hexcp(p, &end)) ==
				    0xFFFFFFFF || (*end != ' ' && *end != '\0') ||
				    (r->rep[r->nrep - 1] >= 0xD800 &&
				    r->rep[r->nrep - 1] < 0xE000))
					BAD("bad action");
			}
			if (r->nrep == 0)
				BAD("bad action");
		}
#undef BAD
	}
	ak_tsv_close(t);
}

static int
inert(uint32_t c)
{
	UChar u[2];
	int32_t n = 0;
	UErrorCode e = U_ZERO_ERROR;

	U16_APPEND_UNSAFE(u, n, c);
	return unorm2_hasBoundaryBefore(nfc, (UChar32)c) &&
	    unorm2_quickCheck(nfc, u, n, &e) == UNORM_YES && U_SUCCESS(e);
}

static int
qc_yes(uint32_t c)
{
	UChar u[2];
	int32_t n = 0;
	UErrorCode e = U_ZERO_ERROR;

	U16_APPEND_UNSAFE(u, n, c);
	return unorm2_quickCheck(nfc, u, n, &e) == UNORM_YES && U_SUCCESS(e);
}

static int
is_unsafe(uint32_t c)
{
	if (c > 0xFFFF)
		return !inert(c);
	return unsafe_bm[c >> 3] >> (c & 7) & 1;
}

/* the rule in force for each code point while a table is built */
static int32_t	*ruleof;

static void expand(ak_buf *, uint32_t, int);

static void
expand_seq(ak_buf *b, uint32_t self, const uint32_t *cp, int n, int depth)
{
	int i;

	for (i = 0; i < n; i++)
		if (cp[i] == self || cp[i] > 0xFFFF)
			ak_utf8_put(b, cp[i]);
		else
			expand(b, cp[i], depth + 1);
}

/* appends the final image of c under the rules in ruleof */
static void
expand(ak_buf *b, uint32_t c, int depth)
{
	const rule *r;
	UChar u[2], v[64];
	uint32_t cp[64];
	int32_t n = 0, m, i;
	int k = 0;
	UErrorCode e = U_ZERO_ERROR;

	if (depth > 8)
		ak_errx(2, "mapping of U+%04X does not end", c);
	if (ruleof[c] < 0) {
		ak_utf8_put(b, c);
		return;
	}
	r = &rules[ruleof[c]];
	switch (r->act) {
	case DEL:
		break;
	case SPACE:
		ak_buf_addc(b, ' ');
		break;
	case NL:
		ak_buf_addc(b, '\n');
		break;
	case REPL:
		expand_seq(b, c, r->rep, r->nrep, depth);
		break;
	case NFKC:
		U16_APPEND_UNSAFE(u, n, c);
		m = unorm2_normalize(nfkc, u, n, v, 64, &e);
		if (U_FAILURE(e))
			ak_errx(2, "NFKC of U+%04X: %s", c, u_errorName(e));
		for (i = 0; i < m; ) {
			UChar32 x;

			U16_NEXT(v, i, m, x);
			cp[k++] = (uint32_t)x;
		}
		expand_seq(b, c, cp, k, depth);
		break;
	}
}

static uint32_t *
build(int groups)
{
	uint32_t *t = ak_calloc(0x10000, sizeof(*t));
	uint32_t c, unsafe;
	size_t i, j, off;

	for (c = 0; c < 0x10000; c++)
		ruleof[c] = -1;
	for (i = 0; i < nrules; i++)
		if (rules[i].group & groups)
			for (c = rules[i].lo; c <= rules[i].hi; c++)
				ruleof[c] = (int32_t)i;
	for (c = 0; c < 0x10000; c++) {
		if (c >= 0xD800 && c < 0xE000)
			continue;
		/*
		 * NFC's quick check: a text of code points that are each
		 * quick-check YES, with the marks of every run in canonical
		 * order, is in NFC; pass() checks the order.
		 */
		unsafe = qc_yes(c) ? 0 : UNSAFE;
		if (ruleof[c] < 0) {
			t[c] = KEEP | unsafe |
			    (uint32_t)unorm2_getCombiningClass(nfc, (UChar32)c) << 8;
			continue;
		}
		switch (rules[ruleof[c]].act) {
		case DEL:
			t[c] = (c == 0x200D ? ZWJ : DEL) | unsafe;
			continue;
		case SPACE:
			t[c] = SPACE | unsafe;
			continue;
		case NL:
			t[c] = NL | unsafe;
			continue;
		}
		ak_buf_reset(&tmp);
		expand(&tmp, c, 0);
		if (tmp.len > 255)
			ak_errx(2, "mapping of U+%04X too long", c);
		for (j = 0; j < tmp.len; )
			if (is_unsafe(ak_utf8_next(tmp.p, tmp.len, &j)))
				unsafe = UNSAFE;
		off = pool.len;
		ak_buf_addc(&pool, (int)tmp.len);
		ak_buf_add(&pool, tmp.p, tmp.len);
		if (off > 0xFFFFFF)
			ak_errx(2, "too many mappings");
		t[c] = REPL | unsafe | (uint32_t)off << 8;
		if (memchr(tmp.p, ' ', tmp.len) == NULL &&
		    memchr(tmp.p, '\n', tmp.len) == NULL && tmp.len > 0)
			t[c] |= SIMPLE;
	}
	return t;
}

static void
setup(int groups, char **maps, int nmaps)
{
	char *path;
	uint32_t c;
	UErrorCode e = U_ZERO_ERROR;
	int i;

	nfc = unorm2_getNFCInstance(&e);
	if (U_SUCCESS(e))
		nfkc = unorm2_getNFKCInstance(&e);
	if (U_FAILURE(e))
		ak_errx(2, "ICU normalizer: %s", u_errorName(e));
	if ((path = ak_data_path("anorm-map.tsv")) == NULL)
		ak_errx(2, "anorm-map.tsv: data file not found");
	load(path);
	free(path);
	for (i = 0; i < nmaps; i++)
		load(maps[i]);
	for (c = 0; c < 0x10000; c++)
		if (!(c >= 0xD800 && c < 0xE000) && !inert(c))
			unsafe_bm[c >> 3] |= (uint8_t)(1u << (c & 7));
	ruleof = ak_malloc(0x10000 * sizeof(*ruleof));
	tab0 = build(groups & ~G_LOSSY);
	tabl = (groups & G_LOSSY) ? build(groups) : tab0;
	free(ruleof);
}

/* ---- the pass over a text ---- */

enum { BOL, SP, OTHER };	/* what the output ends with */

/* ak_buf_add, inline: the pass calls it for every change */
static inline void
add(ak_buf *o, const char *p, size_t n)
{
	if (o->cap - o->len <= n)
		ak_buf_grow(o, n);
	memcpy(o->p + o->len, p, n);
	o->len += n;
}

static void
put_space(ak_buf *o, int *last)
{
	if (*last == OTHER) {
		ak_buf_addc(o, ' ');
		*last = SP;
	}
}

static void
put_nl(ak_buf *o, int *last)
{
	if (*last == SP)
		o->len--;
	ak_buf_addc(o, '\n');
	*last = BOL;
}

/*
 * Do the n bytes at s end with an emoji or U+FE0F?  The input, not the
 * output, decides, so that the fast and the NFC ways agree.
 */
static int
after_emoji(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;

	return (n >= 4 && p[n - 4] >= 0xF0 &&
	    (p[n - 4] > 0xF0 || p[n - 3] >= 0x9F)) ||
	    (n >= 3 && p[n - 3] == 0xEF && p[n - 2] == 0xB8 && p[n - 1] == 0x8F);
}

/* combining class of the last code point written (o, then s[run, i)) */
static uint32_t
prev_ccc(const ak_buf *o, const char *s, size_t run, size_t i)
{
	const char *p = i > run ? s + run : o->p;
	size_t n = i > run ? i - run : o->len, j;

	if (n == 0)
		return 0;
	j = n - 1;
	while (j > 0 && ((unsigned char)p[j] & 0xC0) == 0x80)
		j--;
	return unorm2_getCombiningClass(nfc,
	    (UChar32)ak_utf8_next(p, n, &j));
}

/*
 * Appends the mapping of s (valid UTF-8) by table t to o; spaces are
 * collapsed and trimmed at line ends.  Returns whether some code point
 * met needs NFC with its context.
 */
static int
pass(ak_buf *o, const char *s, size_t n, const uint32_t *t)
{
	const unsigned char *us = (const unsigned char *)s;
	size_t i = 0, run = 0, k, j, m, q;
	int last = BOL, unsafe = 0;
	uint32_t cp, e;
	const char *img;

	ak_buf_grow(o, n);
	while (i < n) {
		unsigned c = us[i];

		if (c < 0x80) {
			e = t[c];
			if (e == KEEP) {
				last = OTHER;
				i++;
				continue;
			}
			if (c == ' ' && e == SPACE && last == OTHER) {
				last = SP;
				i++;
				continue;
			}
			if (c == '\n' && e == NL && last != SP) {
				last = BOL;
				i++;
				continue;
			}
			cp = c;
			k = 1;
		} else if (c < 0xE0) {
			cp = (c & 0x1F) << 6 | (us[i + 1] & 0x3F);
			k = 2;
		} else if (c < 0xF0) {
			cp = (c & 0x0F) << 12 | (us[i + 1] & 0x3F) << 6 |
			    (us[i + 2] & 0x3F);
			k = 3;
		} else {
			cp = (c & 0x07) << 18 | (us[i + 1] & 0x3F) << 12 |
			    (us[i + 2] & 0x3F) << 6 | (us[i + 3] & 0x3F);
			unsafe |= is_unsafe(cp);
			last = OTHER;
			i += 4;
			continue;
		}
		if (k > 1)
			e = t[cp];
		if (ACT(e) == KEEP) {
			if (e != KEEP && ((e & UNSAFE) ||
			    OFF(e) < prev_ccc(o, s, run, i)))
				unsafe = 1;
			last = OTHER;
			i += k;
			continue;
		}
		unsafe |= (e & UNSAFE) != 0;
		add(o, s + run, i - run);
		i += k;
		run = i;
		if (e & SIMPLE) {	/* a letter for a letter, mostly */
			img = pool.p + OFF(e);
			add(o, img + 1, (unsigned char)*img);
			last = OTHER;
			continue;
		}
		switch (ACT(e)) {
		case ZWJ:
			if (after_emoji(s, i - k))
				add(o, s + i - k, k);
			break;
		case SPACE:
			put_space(o, &last);
			break;
		case NL:
			/* CR LF is one newline */
			if (!(cp == '\r' && i < n && s[i] == '\n'))
				put_nl(o, &last);
			break;
		case REPL:
			img = pool.p + OFF(e);
			m = (unsigned char)*img++;
			for (j = 0; j < m; j = q) {
				q = j + 1;
				if (img[j] == ' ')
					put_space(o, &last);
				else if (img[j] == '\n')
					put_nl(o, &last);
				else {
					while (q < m && img[q] != ' ' &&
					    img[q] != '\n')
						q++;
					add(o, img + j, q - j);
					last = OTHER;
				}
			}
			break;
		}
	}
	add(o, s + run, i - run);
	if (last == SP)
		o->len--;
	return unsafe;
}

/* tmp = NFC(s) */
static void
to_nfc(ak_buf *b, const char *s, size_t n)
{
	UErrorCode e = U_ZERO_ERROR;
	int32_t n16, m16, n8;

	if (n > INT32_MAX / 4)
		ak_errx(2, "text too long for ICU");
	if ((int32_t)n * 3 + 16 > u16cap) {
		u16cap = (int32_t)n * 3 + 16;
		u16a = ak_realloc(u16a, (size_t)u16cap * sizeof(UChar));
		u16b = ak_realloc(u16b, (size_t)u16cap * sizeof(UChar));
	}
	u_strFromUTF8(u16a, u16cap, &n16, s, (int32_t)n, &e);
	if (U_SUCCESS(e))
		m16 = unorm2_normalize(nfc, u16a, n16, u16b, u16cap, &e);
	if (U_FAILURE(e))
		ak_errx(2, "NFC: %s", u_errorName(e));
	ak_buf_reset(b);
	ak_buf_grow(b, (size_t)m16 * 3 + 1);
	u_strToUTF8(b->p, (int32_t)(b->cap - 1), &n8, u16b, m16, &e);
	if (U_FAILURE(e))
		ak_errx(2, "NFC: %s", u_errorName(e));
	b->len = (size_t)n8;
}

/* NFC and the table t in turn until nothing changes */
static void
settle(ak_buf *o, const uint32_t *t)
{
	int k;

	for (k = 0; k < 16; k++) {
		to_nfc(&tmp, o->p, o->len);
		ak_buf_reset(o);
		pass(o, tmp.p, tmp.len, t);
		if (o->len == tmp.len && memcmp(o->p, tmp.p, o->len) == 0)
			return;
	}
}

/* appends the normal form of a line that holds marks */
static void
slow(ak_buf *o, const char *s, size_t n)
{
	static ak_buf a, mid;

	ak_buf_reset(&a);
	pass(&a, s, n, tab0);
	settle(&a, tab0);
	if (tabl != tab0) {
		ak_buf_reset(&mid);
		ak_buf_add(&mid, a.p, a.len);
		ak_buf_reset(&a);
		pass(&a, mid.p, mid.len, tabl);
		settle(&a, tabl);
	}
	ak_buf_add(o, a.p, a.len);
}

static void
normalise(ak_buf *o, const char *s, size_t n)
{
	const char *nl;
	size_t k, start;

	ak_buf_reset(o);
	if (!pass(o, s, n, tabl))
		return;
	/* NFC does not reach across a newline: redo only the lines in need */
	ak_buf_reset(o);
	while (n > 0) {
		nl = memchr(s, '\n', n);
		k = nl != NULL ? (size_t)(nl - s) + 1 : n;
		start = o->len;
		if (pass(o, s, k, tabl)) {
			o->len = start;
			slow(o, s, k);
		}
		s += k;
		n -= k;
	}
}

/* ---- records ---- */

static void
one(ak_rec *r, void *arg)
{
	size_t i, n;
	const char *s;

	(void)arg;
	for (i = 0; i < nfields; i++)
		if ((s = ak_rec_str(r, fields[i], &n)) != NULL) {
			normalise(&out, s, n);
			/* unchanged text keeps its bytes (and escapes) */
			if (out.len != n || memcmp(out.p, s, n) != 0)
				ak_rec_set_str(r, fields[i], out.p, out.len);
		}
	ak_rec_emit(r);
}

static void
raw(const char *s, size_t n, void *arg)
{
	(void)arg;
	normalise(&out, s, n);
	/* the CR of a CR LF line is no line of its own */
	while (out.len > 0 && out.p[out.len - 1] == '\n')
		out.len--;
	ak_put_buf(&out);
	ak_endrec();
}

int
main(int argc, char *argv[])
{
	static const char *deflt[] = { "text", "title" };
	char **maps = NULL;
	int c, rawmode = 0, nmaps = 0, keep = 0;
	int profile = G_BASE | G_ZWNJ, groups = 0;

	ak_init(argv[0]);
	while ((c = getopt_long(argc, argv, "f:L:p:u", longopts, NULL)) != -1) {
		if (ak_common_opt(c, optarg, help))
			continue;
		switch (c) {
		case 'f':
			fields = ak_realloc(fields, (nfields + 1) * sizeof(*fields));
			fields[nfields++] = optarg;
			break;
		case 'L':
			maps = ak_realloc(maps, (size_t)(nmaps + 1) * sizeof(*maps));
			maps[nmaps++] = optarg;
			break;
		case 'p':
			if (strcmp(optarg, "search") == 0)
				profile = G_BASE | G_ZWNJ | G_LOSSY;
			else if (strcmp(optarg, "default") == 0)
				profile = G_BASE | G_ZWNJ;
			else
				ak_errx(2, "unknown profile: %s", optarg);
			break;
		case OPT_ALEF:
			groups |= G_ALEF;
			break;
		case OPT_YEH:
			groups |= G_YEH;
			break;
		case OPT_TEH:
			groups |= G_TEH;
			break;
		case OPT_DIAC:
			groups |= G_DIAC;
			break;
		case OPT_ZWNJ:
			keep = 1;
			break;
		case OPT_RAW:
			rawmode = 1;
			break;
		default:
			ak_usage(help);
		}
	}
	groups |= profile;
	if (keep)
		groups &= ~G_ZWNJ;
	if (nfields == 0) {
		fields = deflt;
		nfields = 2;
	}
	setup(groups, maps, nmaps);
	if (rawmode)
		return ak_run_lines(argv + optind, argc - optind, raw, NULL);
	return ak_run(argv + optind, argc - optind, one, NULL);
}
