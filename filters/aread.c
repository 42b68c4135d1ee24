/*
 * aread - raw article text files to document records: the headline, the
 * publication date, the outlet and the body, with the page furniture that
 * a scraper or a copy-paste leaves (logos, menus, share buttons, related
 * links, repeated titles, the site's own date header) removed.
 *
 * One file is one record: the whole file is read, checked (UTF-8, no NUL,
 * no line over --max-line) and cut into lines; each line is classified
 * against the lexicon (lib/data/aread-*.tsv plus -L files, month and
 * weekday names from ICU), then a short pass over the lines picks the
 * title, the date and the source by their position on the page.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ustring.h>

#include "akhbar.h"

static const char help[] =
"usage: aread [-u] [-e NAME] [-L FILE]... [--id NAME] [FILE ...]\n"
"\n"
"Read raw article text files; write one document record per file with\n"
"id, title, date, source, text (the body, furniture removed) and file.\n"
"\n"
"  -e, --encoding NAME  input is in encoding NAME (any ICU converter,\n"
"                       e.g. windows-1256); default UTF-8\n"
"  -L, --lexicon FILE   add the entries of FILE to the built-in lexicon\n"
"                       (repeatable; format of aread-furniture.tsv)\n"
"      --id NAME        id of the article read from standard input\n"
"                       (default stdin)\n"
AK_COMMON_HELP;

enum { OPT_ID = AK_OPT_FILTER_BASE };

static const struct option longopts[] = {
	{ "encoding",	required_argument,	NULL, 'e' },
	{ "lexicon",	required_argument,	NULL, 'L' },
	{ "id",		required_argument,	NULL, OPT_ID },
	AK_COMMON_LONGOPTS,
	{ NULL, 0, NULL, 0 }
};

/* ------------------------------------------------------------------ */
/* the lexicon: matching form -> kinds                                 */

enum {
	K_DROP = 1 << 0,	/* a line of page furniture */
	K_PREFIX = 1 << 1,	/* a line starting so is furniture */
	K_CUT = 1 << 2,		/* related-links header: the body ends */
	K_MARK = 1 << 3,	/* bullet stripped from a line start */
	K_OUTLET = 1 << 4,	/* a news outlet */
	K_LABEL = 1 << 5,	/* "المصدر:" before an outlet */
	K_AUTHOR = 1 << 6,	/* "بقلم" before an author */
	K_NOTOUTLET = 1 << 7,	/* "مراسلنا من بغداد:" is no outlet */
	K_MONTH = 1 << 8,
	K_WEEKDAY = 1 << 9,
	K_FILL = 1 << 10,	/* words a date line may hold */
	K_WITHIN = 1 << 11,	/* a short line holding these is furniture */
	K_ALSO = 1 << 12,	/* "اقرأ أيضا": itself and the linked headline */
	K_END = 1 << 13,	/* "(النهاية)": the end of a wire */
	K_OUTWORD = 1 << 14,	/* "وكالة", "صحيفة": opens an outlet's name */
	K_HOME = 1 << 15,	/* "الرئيسية": a breadcrumb's first part */
	K_PUB = 1 << 16,	/* "نشر في": the date line is the article's */
	K_META = 1 << 17	/* "منذ ساعتين", "3 دقائق قراءة": no date */
};

static const struct {
	const char	*name;
	unsigned	 kind;
} kinds[] = {
	{ "also", K_ALSO }, { "author", K_AUTHOR }, { "cut", K_CUT },
	{ "drop", K_DROP }, { "end", K_END }, { "fill", K_FILL }, { "home", K_HOME },
	{ "label", K_LABEL }, { "mark", K_MARK }, { "meta", K_META },
	{ "month", K_MONTH },
	{ "notoutlet", K_NOTOUTLET }, { "outlet", K_OUTLET },
	{ "outword", K_OUTWORD }, { "prefix", K_PREFIX },
	{ "published", K_PUB },
	{ "weekday", K_WEEKDAY }, { "within", K_WITHIN }
};

struct entry {
	unsigned	kinds;
	int		month;
};

static ak_map	*lex;		/* matching form -> struct entry */
static ak_map	*marks;		/* a code point's UTF-8 -> non-NULL */
static ak_buf	 kbuf, fbuf;	/* scratch for keys */

/*
 * The matching form: ak_fold, then only letters and digits, words
 * separated by one space.  Line keys and lexicon keys are made alike, so
 * that "عرض مقالات:" and "عرض مقالات" are one entry.
 */
static void
mkkey(ak_buf *out, const char *s, size_t n)
{
	size_t i = 0;
	int gap = 0;

	ak_buf_reset(&fbuf);
	ak_fold(&fbuf, s, n);
	ak_buf_reset(out);
	while (i < fbuf.len) {
		uint32_t c = ak_utf8_next(fbuf.p, fbuf.len, &i);

		if (!u_isalnum((UChar32)c)) {
			gap = 1;
			continue;
		}
		if (gap && out->len > 0)
			ak_buf_addc(out, ' ');
		gap = 0;
		ak_utf8_put(out, c);
	}
	ak_buf_cstr(out);
}

static const struct entry *
lookup(const char *k, size_t n)
{
	return n ? ak_map_get(lex, k, n) : NULL;
}

static void
lex_add(const char *s, size_t n, unsigned kind, int month)
{
	struct entry **e;

	if (kind == K_MARK) {
		size_t i = 0;

		if (n > 0) {
			(void)ak_utf8_next(s, n, &i);
			*ak_map_put(marks, s, i) = (void *)1;
		}
		return;
	}
	mkkey(&kbuf, s, n);
	if (kbuf.len == 0)
		return;
	e = (struct entry **)ak_map_put(lex, kbuf.p, kbuf.len);
	if (*e == NULL)
		*e = ak_calloc(1, sizeof(**e));
	(*e)->kinds |= kind;
	if (month)
		(*e)->month = month;
}

static void
lex_load(const char *path)
{
	ak_tsv *t;
	char *col[3];
	size_t i;
	int n, month;

	if ((t = ak_tsv_open(path)) == NULL)
		exit(2);
	while ((n = ak_tsv_next(t, col, 3)) > 0) {
		for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
			if (strcmp(col[0], kinds[i].name) == 0)
				break;
		if (i == sizeof(kinds) / sizeof(kinds[0]) || n < 2)
			ak_errx(2, "%s:%lu: expected KIND<TAB>TEXT", path,
			    ak_tsv_lineno(t));
		month = 0;
		if (kinds[i].kind == K_MONTH && (n < 3 ||
		    (month = atoi(col[2])) < 1 || month > 12))
			ak_errx(2, "%s:%lu: month without a number 1-12", path,
			    ak_tsv_lineno(t));
		lex_add(col[1], strlen(col[1]), kinds[i].kind, month);
	}
	ak_tsv_close(t);
}

/* Month and weekday names of every Arabic series, from ICU (lib/date.c) */
static void
date_name(const char *s, size_t n, int kind, int num, void *arg)
{
	(void)arg;
	switch (kind) {
	case AK_MONTH:
		lex_add(s, n, K_MONTH, num);
		break;
	case AK_WEEKDAY:
		lex_add(s, n, K_WEEKDAY, 0);
		break;
	default:	/* Hijri month names may stand beside the date */
		lex_add(s, n, K_FILL, 0);
	}
}

static void
lex_init(char **user, size_t nuser)
{
	static const char *files[] = {
		"aread-furniture.tsv", "aread-sources.tsv", "aread-dates.tsv"
	};
	char *p;
	size_t i;

	lex = ak_map_new();
	marks = ak_map_new();
	/* every regional series of month names, and English headers */
	ak_date_names(1, date_name, NULL);
	for (i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		if ((p = ak_data_path(files[i])) == NULL)
			ak_errx(2, "%s: data file not found (set AKHBAR_DATADIR)",
			    files[i]);
		lex_load(p);
		free(p);
	}
	for (i = 0; i < nuser; i++)
		lex_load(user[i]);
}

/* ------------------------------------------------------------------ */
/* characters                                                          */

static int
is_blank(uint32_t c)
{
	return u_isUWhiteSpace((UChar32)c) ||
	    u_hasBinaryProperty((UChar32)c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
}

/* code point ending at s[n-1]; *w its length */
static uint32_t
prev_cp(const char *s, size_t n, size_t *w)
{
	size_t i = n;

	while (i > 0 && n - i < 4 && ((unsigned char)s[i - 1] & 0xC0) == 0x80)
		i--;
	if (i > 0)
		i--;
	*w = n - i;
	{
		size_t j = i;

		return ak_utf8_next(s, n, &j);
	}
}

static void
trim(const char **s, size_t *n)
{
	size_t i, w;

	for (;;) {
		i = 0;
		if (*n == 0 || !is_blank(ak_utf8_next(*s, *n, &i)))
			break;
		*s += i;
		*n -= i;
	}
	while (*n > 0 && is_blank(prev_cp(*s, *n, &w)))
		*n -= w;
}

/* Bullets and emoji before a line's text: markers, not words. */
static void
strip_marks(const char **s, size_t *n)
{
	for (;;) {
		size_t i = 0;
		uint32_t c;
		int t;

		trim(s, n);
		if (*n == 0)
			return;
		c = ak_utf8_next(*s, *n, &i);
		t = u_charType((UChar32)c);
		if (ak_map_get(marks, *s, i) == NULL && t != U_OTHER_SYMBOL &&
		    !(t == U_MODIFIER_SYMBOL && c >= 0x2000) &&
		    t != U_ENCLOSING_MARK)
			return;
		*s += i;
		*n -= i;
	}
}

/* Strips quotes, brackets and punctuation around a name. */
static void
strip_punct(const char **s, size_t *n)
{
	size_t i, w;

	for (;;) {
		trim(s, n);
		i = 0;
		if (*n == 0 || !u_ispunct((UChar32)ak_utf8_next(*s, *n, &i)))
			break;
		*s += i;
		*n -= i;
	}
	while (*n > 0 && u_ispunct((UChar32)prev_cp(*s, *n, &w))) {
		*n -= w;
		trim(s, n);
	}
}

/* the last character, closing quotes and brackets skipped */
static uint32_t
last_char(const char *s, size_t n)
{
	size_t w;
	uint32_t c = 0;

	while (n > 0) {
		c = prev_cp(s, n, &w);
		if (u_charType((UChar32)c) != U_FINAL_PUNCTUATION &&
		    u_charType((UChar32)c) != U_END_PUNCTUATION && c != '"' &&
		    c != '\'' && !is_blank(c))
			return c;
		n -= w;
	}
	return 0;
}

static int
ends_sentence(const char *s, size_t n)
{
	switch (last_char(s, n)) {
	case '.': case ':': case ',': case 0x060C: case 0x061B:
	case 0x2026: case ';':
		return 1;
	}
	return 0;
}

static int
count_words(const char *k, size_t n)
{
	size_t i;
	int w = n > 0;

	for (i = 0; i < n; i++)
		w += k[i] == ' ';
	return w;
}

/* ------------------------------------------------------------------ */
/* dates                                                               */

enum { T_NUM, T_WORD, T_PUNCT };

struct tok {
	int		 type;
	uint32_t	 c;		/* T_PUNCT */
	long		 val;		/* T_NUM */
	int		 ndig;
	const char	*s;		/* T_WORD: folded text */
	size_t		 n;
	size_t		 off;		/* offset in the folded line */
};

static struct tok *toks;
static int	 ntoks, captoks;
static ak_buf	 tfold, tkey;

static void
tok_push(struct tok t)
{
	if (ntoks == captoks) {
		captoks = captoks ? captoks * 2 : 64;
		toks = ak_realloc(toks, (size_t)captoks * sizeof(*toks));
	}
	toks[ntoks++] = t;
}

/* Tokens of s: numbers, words and single punctuation marks, folded. */
static void
tokenize(const char *s, size_t n)
{
	size_t i = 0, j;
	struct tok t;

	ntoks = 0;
	ak_buf_reset(&tfold);
	ak_fold(&tfold, s, n);
	while (i < tfold.len) {
		j = i;
		uint32_t c = ak_utf8_next(tfold.p, tfold.len, &j);

		memset(&t, 0, sizeof(t));
		t.off = i;
		if (c >= '0' && c <= '9') {
			t.type = T_NUM;
			while (i < tfold.len && tfold.p[i] >= '0' &&
			    tfold.p[i] <= '9') {
				if (t.ndig < 9)
					t.val = t.val * 10 + (tfold.p[i] - '0');
				t.ndig++;
				i++;
			}
		} else if (u_isalpha((UChar32)c)) {
			t.type = T_WORD;
			t.s = tfold.p + i;
			for (;;) {
				i = j;
				if (i >= tfold.len)
					break;
				c = ak_utf8_next(tfold.p, tfold.len, &j);
				if (!u_isalpha((UChar32)c))
					break;
			}
			t.n = (size_t)(tfold.p + i - t.s);
		} else {
			i = j;
			if (is_blank(c))
				continue;
			t.type = T_PUNCT;
			t.c = c;
		}
		tok_push(t);
	}
}

static const struct entry *
tok_entry(int i, int nwords)
{
	if (i + nwords > ntoks)
		return NULL;
	ak_buf_reset(&tkey);
	for (int k = i; k < i + nwords; k++) {
		if (toks[k].type != T_WORD)
			return NULL;
		if (k > i)
			ak_buf_addc(&tkey, ' ');
		ak_buf_add(&tkey, toks[k].s, toks[k].n);
	}
	return lookup(tkey.p, tkey.len);
}

/* month named at token i (one or two words); *end after it */
static int
month_at(int i, int *end)
{
	const struct entry *e;

	for (int w = 2; w >= 1; w--)
		if ((e = tok_entry(i, w)) != NULL && (e->kinds & K_MONTH)) {
			*end = i + w;
			return e->month;
		}
	return 0;
}

static int
is_punct(int i, const char *set)
{
	return i < ntoks && toks[i].type == T_PUNCT && toks[i].c < 0x80 &&
	    strchr(set, (int)toks[i].c) != NULL;
}

static int
is_word(int i, const char *w)
{
	return i < ntoks && toks[i].type == T_WORD &&
	    toks[i].n == strlen(w) && memcmp(toks[i].s, w, toks[i].n) == 0;
}

/* the paired forms: "تموز / يوليو", "كانون الأول ديسمبر", "آب (أغسطس)" */
static int
more_months(int j)
{
	int k, e;

	for (;;) {
		k = j;
		while (is_punct(k, "/-()|") || is_word(k, "\xd8\xa7\xd9\x88"))
			k++;	/* او */
		if (!month_at(k, &e))
			return j;
		j = e;
	}
}

static int
valid_date(long y, long m, long d)
{
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };

	if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 ||
	    d > mdays[m - 1])
		return 0;
	if (m == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
		return 0;
	return 1;
}

/* skips what may stand between a month and its year */
static int
to_year(int j)
{
	while (is_punct(j, ",-)") || (j < ntoks && toks[j].type == T_PUNCT &&
	    toks[j].c == 0x060C) || is_word(j, "\xd8\xb9\xd8\xa7\xd9\x85") ||
	    is_word(j, "\xd8\xb3\xd9\x86\xd9\x87"))
		j++;	/* عام سنه */
	return j;
}

/* A full date starting at token i: YYYYMMDD and *end, or 0. */
static long
date_at(int i, int *end)
{
	long d, m, y;
	int j, k;

	if (i >= ntoks)
		return 0;
	/* D MONTH [/ MONTH] [عام] YYYY */
	if (toks[i].type == T_NUM && toks[i].ndig <= 2 &&
	    (m = month_at(i + 1, &k)) != 0) {
		d = toks[i].val;
		j = to_year(more_months(k));
		if (j < ntoks && toks[j].type == T_NUM && toks[j].ndig == 4 &&
		    valid_date(y = toks[j].val, m, d)) {
			*end = j + 1;
			return y * 10000 + m * 100 + d;
		}
	}
	/* MONTH D, YYYY */
	if ((m = month_at(i, &k)) != 0) {
		j = more_months(k);
		if (j < ntoks && toks[j].type == T_NUM && toks[j].ndig <= 2) {
			d = toks[j].val;
			j = to_year(j + 1);
			if (j < ntoks && toks[j].type == T_NUM &&
			    toks[j].ndig == 4 && valid_date(y = toks[j].val, m, d)) {
				*end = j + 1;
				return y * 10000 + m * 100 + d;
			}
		}
	}
	/* D/M/YYYY, YYYY-MM-DD, D.M.YYYY */
	if (toks[i].type == T_NUM && i + 4 < ntoks &&
	    toks[i + 2].type == T_NUM && toks[i + 4].type == T_NUM &&
	    is_punct(i + 1, "/-.") && toks[i + 3].type == T_PUNCT &&
	    toks[i + 3].c == toks[i + 1].c) {
		long a = toks[i].val, b = toks[i + 2].val, c = toks[i + 4].val;

		if (toks[i].ndig == 4 && toks[i + 4].ndig <= 2)
			y = a, m = b, d = c;
		else if (toks[i + 4].ndig == 4 && toks[i].ndig <= 2)
			d = a, m = b, y = c;
		else
			return 0;
		if (m > 12 && d <= 12) {	/* M/D/Y */
			long t = m;

			m = d;
			d = t;
		}
		if (toks[i + 2].ndig <= 2 && valid_date(y, m, d)) {
			*end = i + 5;
			return y * 10000 + m * 100 + d;
		}
	}
	return 0;
}

/* first full date among the tokens from `from' to `to'; *at its start */
static long
find_date(int from, int to, int *at, int *end)
{
	long v;

	for (int i = from; i < to && i < ntoks; i++)
		if ((v = date_at(i, end)) != 0) {
			*at = i;
			return v;
		}
	return 0;
}

/*
 * A line that is a date and nothing else but weekday names, times,
 * labels ("نشر في", "آخر تحديث") and at most `allow' other words (a city,
 * an outlet).
 */
static long
date_line(const char *s, size_t n, int allow)
{
	const struct entry *e;
	long v;
	int at, end, other = 0;

	tokenize(s, n);
	if ((v = find_date(0, ntoks, &at, &end)) == 0)
		return 0;
	for (int i = 0, e2; i < ntoks; i++) {
		/* the date, or another: "نشر في ... | آخر تحديث ..." */
		if (i == at || date_at(i, &e2)) {
			i = (i == at ? end : e2) - 1;
			continue;
		}
		switch (toks[i].type) {
		case T_PUNCT:
			break;
		case T_NUM:
			/* a time, or the Hijri date beside the Gregorian */
			if (toks[i].ndig <= 2 || (toks[i].val >= 1300 &&
			    toks[i].val <= 1500))
				break;
			return 0;
		case T_WORD:
			/* "ربيع الأول", "جمادى الآخرة" */
			e = tok_entry(i, 2);
			if (e != NULL && (e->kinds & (K_FILL | K_MONTH))) {
				i++;
				break;
			}
			e = tok_entry(i, 1);
			if (e != NULL && (e->kinds & (K_FILL | K_WEEKDAY |
			    K_MONTH)))
				break;
			if (++other > allow)
				return 0;
		}
	}
	return v;
}

/* ------------------------------------------------------------------ */
/* lines                                                               */

enum {
	L_BLANK, L_DROP, L_CUT, L_DATE, L_OUTLET, L_LABEL, L_AUTHOR,
	L_QUOTED, L_TEXT
};

struct line {
	const char	*s;		/* trimmed text, marks stripped */
	size_t		 n;
	size_t		 koff, klen;	/* matching form in keys */
	size_t		 toff;		/* where it went in the text */
	int		 nw;
	int		 longline;	/* key and nw from its head only */
	int		 cls;
	int		 also;		/* "اقرأ أيضا" alone: a link follows */
	int		 crumb;		/* a breadcrumb */
	int		 pub;		/* L_DATE labelled as the publication's */
	long		 date;		/* L_DATE */
	const char	*src;		/* L_LABEL, L_QUOTED: the outlet */
	size_t		 srclen;
};

#define KEYMAX	512

static struct line *lines;
static size_t	 nlines, caplines;
static ak_buf	 keys;

/* The name between quotes on a short line: `السياسية "جدار نيوز"'. */
static int
quoted(struct line *l)
{
	static const char *open[] = { "\"", "\xe2\x80\x9c", "\xc2\xab",
	    "\xe2\x80\xb9", "\xe2\x80\x9e", "\xe2\x80\x9d" };
	static const char *close[] = { "\"", "\xe2\x80\x9d", "\xc2\xbb",
	    "\xe2\x80\xba", "\xe2\x80\x9c", "\xe2\x80\x9d" };
	const char *a, *b, *q;
	size_t i, qn;
	int inner, outer;

	for (i = 0; i < sizeof(open) / sizeof(open[0]); i++) {
		if ((a = memmem(l->s, l->n, open[i], strlen(open[i]))) == NULL)
			continue;
		a += strlen(open[i]);
		b = memmem(a, l->n - (size_t)(a - l->s), close[i],
		    strlen(close[i]));
		if (b == NULL)
			continue;
		q = a;
		qn = (size_t)(b - a);
		mkkey(&kbuf, q, qn);
		inner = count_words(kbuf.p, kbuf.len);
		outer = l->nw - inner;
		if (inner < 1 || inner > 3 || outer > 2)
			return 0;
		strip_punct(&q, &qn);
		l->src = q;
		l->srclen = qn;
		return 1;
	}
	return 0;
}

/*
 * A known outlet among the parts of s cut at / - | , ، – —
 * ("بغداد/ المدى", "السومرية نيوز - بغداد").  Returns 1 and the part.
 */
static int
outlet_part(const char *s, size_t n, const char **src, size_t *srclen)
{
	const struct entry *e;
	size_t i = 0, start = 0, j;
	uint32_t c;

	while (start < n) {
		for (;;) {
			j = i;
			c = i < n ? ak_utf8_next(s, n, &i) : '/';
			if (c == '/' || c == '-' || c == '|' || c == ',' ||
			    c == 0x060C || c == 0x2013 || c == 0x2014)
				break;
		}
		mkkey(&kbuf, s + start, j - start);
		if ((e = lookup(kbuf.p, kbuf.len)) != NULL &&
		    (e->kinds & K_OUTLET)) {
			*src = s + start;
			*srclen = j - start;
			return 1;
		}
		start = i > j ? i : n;
	}
	return 0;
}

/* length of the head of s[0..n) without any byte of reject (or ،) */
static size_t
strcspn_n(const char *s, size_t n, const char *reject)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strchr(reject, s[i]) != NULL || (i + 1 < n &&
		    memcmp(s + i, "\xd8\x8c", 2) == 0))
			break;
	return i;
}

/*
 * An agency's editor codes, "م ع ح / ف ج", "(ع.ف)": words of at most
 * three letters, single letters or parts cut by a slash.
 */
static int
is_code(const char *s, size_t n)
{
	size_t i = 0, len = 0;
	int words = 0, single = 1;

	mkkey(&kbuf, s, n);
	if (kbuf.len == 0)
		return 0;
	while (i <= kbuf.len) {
		uint32_t c = i < kbuf.len ? ak_utf8_next(kbuf.p, kbuf.len, &i) :
		    (i++, ' ');

		if (c == ' ') {
			words++;
			if (len > 1)
				single = 0;
			len = 0;
		} else if (!u_isalnum((UChar32)c) || ++len > 3)
			return 0;
	}
	return words <= 10 && (single || (words >= 2 &&
	    memchr(s, '/', n) != NULL));
}

/* Is there an entry of `kind' of one to six words anywhere in key k? */
static int
holds(const char *k, size_t n, unsigned kind)
{
	const struct entry *e;
	size_t i, j;
	int w;

	for (i = 0; i < n; i++) {
		if (i > 0 && k[i - 1] != ' ')
			continue;
		for (j = i, w = 0; j <= n && w < 6; j++)
			if (j == n || k[j] == ' ') {
				w++;
				if ((e = lookup(k + i, j - i)) != NULL &&
				    (e->kinds & kind))
					return 1;
			}
	}
	return 0;
}

/* Only numbers and words listed as meta, one word at least? */
static int
meta_line(const char *k, size_t n)
{
	const struct entry *e;
	size_t i, j;
	int words = 0;

	for (i = 0; i < n; i = j + 1) {
		for (j = i; j < n && k[j] != ' '; j++)
			;
		if (strspn(k + i, "0123456789") >= j - i)
			continue;
		if ((e = lookup(k + i, j - i)) == NULL || !(e->kinds & K_META))
			return 0;
		words++;
	}
	return words > 0;
}

static int
crumb_sep(uint32_t c)
{
	return c == '|' || c == '/' || c == '>' || c == 0xBB ||
	    c == 0x203A || c == 0x276F || c == 0x2192 || c == 0x2190 ||
	    c == '<' || c == 0xAB || c == 0x2039;
}

/*
 * A breadcrumb: "الرئيسية » أخبار محلية", "الرئيسية | محليات | الخليج":
 * short parts without a sentence's end, joined by | / > » ›.  Two parts
 * make one with an arrow or the home page first; with | or / it takes
 * three ("بغداد/ المسلة" is a dateline, "عاجل | ..." a headline).
 */
static int
breadcrumb(const struct line *l)
{
	const struct entry *e;
	size_t i = 0, j, start = 0;
	int parts = 0, arrow = 0, home = 0;
	uint32_t c;

	if (l->longline || l->nw > 16)
		return 0;
	for (;;) {
		for (c = 0, j = i; i < l->n; j = i) {
			c = ak_utf8_next(l->s, l->n, &i);
			if (crumb_sep(c))
				break;
			c = 0;
		}
		if (c == 0)
			j = l->n;
		mkkey(&kbuf, l->s + start, j - start);
		if (kbuf.len > 0) {
			if (count_words(kbuf.p, kbuf.len) > 3 ||
			    strspn(kbuf.p, "0123456789 ") == kbuf.len ||
			    ends_sentence(l->s + start, j - start))
				return 0;
			if (parts++ == 0 && (e = lookup(kbuf.p, kbuf.len)) !=
			    NULL && (e->kinds & K_HOME))
				home = 1;
		}
		if (c == 0)
			break;
		if (c != '|' && c != '/')
			arrow = 1;
		start = i;
	}
	return parts >= 3 || (parts == 2 && (arrow || home));
}

/*
 * An outlet's name with its short name, the site's header:
 * "وكالة الأنباء ... - وفا", "صحيفة النهار (النهار)".  The name opens
 * with an outlet word; the short name is one or two words.
 */
static int
site_name(struct line *l)
{
	static const char *seps[] = { " - ", " | ", " \xe2\x80\x93 ",
	    " \xe2\x80\x94 ", "(" };
	const struct entry *e;
	const char *p, *k = keys.p + l->koff, *b;
	size_t i, bn;

	if (l->nw < 3 || l->nw > 10 || l->longline ||
	    ends_sentence(l->s, l->n))
		return 0;
	for (i = 0; i < l->klen; i++)
		if (k[i] >= '0' && k[i] <= '9')
			return 0;
	i = strcspn_n(k, l->klen, " ");
	if ((e = lookup(k, i)) == NULL || !(e->kinds & K_OUTWORD))
		return 0;
	for (i = 0; i < sizeof(seps) / sizeof(seps[0]); i++) {
		if ((p = memmem(l->s, l->n, seps[i], strlen(seps[i]))) == NULL)
			continue;
		b = p + strlen(seps[i]);
		bn = l->n - (size_t)(b - l->s);
		strip_punct(&b, &bn);
		mkkey(&kbuf, b, bn);
		if (kbuf.len == 0 || count_words(kbuf.p, kbuf.len) > 2)
			return 0;
		l->src = b;
		l->srclen = bn;
		return 1;
	}
	return 0;
}

static void
classify(struct line *l)
{
	const char *k = keys.p + l->koff, *p;
	const struct entry *e;
	size_t i;
	int w;

	l->cls = L_TEXT;
	if (l->klen == 0) {
		l->cls = L_BLANK;
		return;
	}
	if ((e = lookup(k, l->klen)) != NULL) {
		if (e->kinds & (K_CUT | K_END))
			l->cls = L_CUT;
		else if (e->kinds & (K_DROP | K_ALSO | K_HOME)) {
			l->cls = L_DROP;
			l->also = (e->kinds & K_ALSO) != 0;
		}
		else if (e->kinds & K_OUTLET)
			l->cls = L_OUTLET;
		if (l->cls != L_TEXT)
			return;
	}
	/* a word-prefix of the line: furniture, a source label, a byline */
	for (i = 0, w = 1; i <= l->klen && w <= 6; i++) {
		if (i < l->klen && k[i] != ' ')
			continue;
		if ((e = lookup(k, i)) != NULL) {
			if (e->kinds & (K_PREFIX | K_ALSO)) {
				l->cls = L_DROP;
				return;
			}
			/* "(النهاية) م ع ح / ف ج" */
			if ((e->kinds & K_END) && is_code(k + i, l->klen - i)) {
				l->cls = L_CUT;
				return;
			}
			if ((e->kinds & K_LABEL) && l->nw - w >= 1 &&
			    l->nw - w <= 5 &&
			    (p = memchr(l->s, ':', l->n)) != NULL) {
				l->src = p + 1;
				l->srclen = l->n - (size_t)(p + 1 - l->s);
				/* "وكالات + الجزيرة": the first outlet named */
				for (;;) {
					const struct entry *x;
					size_t h = strcspn_n(l->src, l->srclen,
					    "+,|");
					const char *ps = l->src;
					size_t pn = h;

					strip_punct(&ps, &pn);
					mkkey(&kbuf, ps, pn);
					x = lookup(kbuf.p, kbuf.len);
					if ((x == NULL || !(x->kinds &
					    K_NOTOUTLET)) || h == l->srclen) {
						l->src = ps;
						l->srclen = pn;
						break;
					}
					h += (unsigned char)l->src[h] == 0xD8 ?
					    2 : 1;
					l->src += h;
					l->srclen -= h;
				}
				l->cls = L_LABEL;
				return;
			}
			if ((e->kinds & K_AUTHOR) && w < l->nw &&
			    l->nw - w <= 3 && !ends_sentence(l->s, l->n)) {
				l->cls = L_AUTHOR;
				return;
			}
		}
		w++;
	}
	/* editor's initials and codes: "ع.ح", "م ع ح / ف ج" */
	if (l->nw <= 10 && is_code(l->s, l->n)) {
		l->cls = L_DROP;
		return;
	}
	/* "منذ ساعتين", "قراءة 3 دقائق": the page's meta data */
	if (l->nw <= 6 && meta_line(k, l->klen)) {
		l->cls = L_DROP;
		return;
	}
	/* "© 2025 الموقع. جميع الحقوق محفوظة" */
	if (l->nw <= 14 && (memmem(l->s, l->n, "\xc2\xa9", 2) != NULL ||
	    holds(k, l->klen, K_WITHIN))) {
		l->cls = L_DROP;
		return;
	}
	if (l->nw <= 14) {
		/* "بغداد - شفق نيوز | 23 نوفمبر 2024": the outlet may stand by */
		int allow = 1;

		if (outlet_part(l->s, l->n, &l->src, &l->srclen)) {
			mkkey(&kbuf, l->src, l->srclen);
			allow += count_words(kbuf.p, kbuf.len);
		}
		if ((l->date = date_line(l->s, l->n, allow)) != 0) {
			l->cls = L_DATE;
			l->pub = holds(k, l->klen, K_PUB);
			return;
		}
		l->src = NULL;
		l->srclen = 0;
	}
	if (l->nw <= 5 && quoted(l))
		l->cls = L_QUOTED;
	else if (l->nw <= 6 && outlet_part(l->s, l->n, &l->src, &l->srclen))
		l->cls = L_OUTLET;
	else if (site_name(l))
		l->cls = L_OUTLET;
	else if (breadcrumb(l)) {
		l->cls = L_DROP;
		l->crumb = 1;
	}
}

static void
add_line(const char *s, size_t n)
{
	struct line *l;

	if (nlines == caplines) {
		caplines = caplines ? caplines * 2 : 256;
		lines = ak_realloc(lines, caplines * sizeof(*lines));
	}
	l = &lines[nlines++];
	memset(l, 0, sizeof(*l));
	strip_marks(&s, &n);
	l->s = s;
	l->n = n;
	/* a long line is a paragraph: its head is key enough */
	mkkey(&kbuf, s, n > KEYMAX ? KEYMAX : n);
	l->koff = keys.len;
	l->klen = kbuf.len;
	ak_buf_add(&keys, kbuf.p, kbuf.len);
	l->nw = count_words(kbuf.p, kbuf.len);
	if (n > KEYMAX) {
		l->longline = 1;
		l->nw = l->nw > 100 ? l->nw : 100;
	}
}

/* Cuts the document into lines at LF, CRLF, CR, U+2028 and U+2029. */
static void
split_lines(const char *s, size_t n)
{
	size_t i, start = 0;

	nlines = 0;
	ak_buf_reset(&keys);
	for (i = 0; i < n; i++) {
		if (s[i] == '\n' || s[i] == '\r') {
			add_line(s + start, i - start);
			if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n')
				i++;
			start = i + 1;
		} else if ((unsigned char)s[i] == 0xE2 && i + 2 < n &&
		    (unsigned char)s[i + 1] == 0x80 &&
		    ((unsigned char)s[i + 2] == 0xA8 ||
		    (unsigned char)s[i + 2] == 0xA9)) {
			add_line(s + start, i - start);
			i += 2;
			start = i + 1;
		}
	}
	if (start < n)
		add_line(s + start, n - start);
}

#define KEY(l)	(keys.p + (l)->koff)

static int
same_key(const struct line *a, const struct line *b)
{
	return !a->longline && !b->longline && a->klen == b->klen &&
	    memcmp(KEY(a), KEY(b), a->klen) == 0;
}

/* ------------------------------------------------------------------ */
/* one document                                                        */

struct doc {
	const char	*title;
	size_t		 titlen;
	ak_buf		 tkey;		/* the title's matching form */
	long		 date;
	const char	*src;
	size_t		 srclen;
	ak_buf		 text;
};

static void
set_source(struct doc *d, const char *s, size_t n)
{
	const struct entry *e;

	if (d->src != NULL)
		return;
	strip_punct(&s, &n);
	mkkey(&kbuf, s, n);
	if ((e = lookup(kbuf.p, kbuf.len)) != NULL && (e->kinds & K_NOTOUTLET))
		return;
	if (n > 0) {
		d->src = s;
		d->srclen = n;
	}
}

/*
 * A dateline opening the first paragraph: "إيلاف من لندن:", "بغداد - 4
 * فبراير 2024 (رويترز) -".  Each colon or spaced dash among the first ten
 * words ends a candidate prefix; the first prefix that names an outlet or
 * holds a date is the dateline.  Returns 1 when there is one.
 */
static int
dateline(const struct line *l, struct doc *d)
{
	const char *s = l->s, *p, *q, *r;
	size_t n = l->n, i, pn, qn;
	int words = 0, at, end, found;
	long v;

	for (i = 0; i < n && words < 10; i++) {
		if (s[i] == ' ' && i > 0 && s[i - 1] != ' ')
			words++;
		if (s[i] == ':' || (s[i] == '/' && i + 1 < n &&
		    s[i + 1] == ' ' && i > 0 && s[i - 1] != ' ') ||
		    (s[i] == '-' && i + 1 < n &&
		    (s[i + 1] == ' ' || s[i + 1] == '-') && i > 0 &&
		    s[i - 1] != '-') || (i + 3 < n && s[i] == ' ' &&
		    (memcmp(s + i + 1, "\xe2\x80\x93 ", 4) == 0 ||
		    memcmp(s + i + 1, "\xe2\x80\x94 ", 4) == 0))) {
			found = 0;
			pn = i;
			mkkey(&kbuf, s, pn);
			if (kbuf.len == 0)
				continue;
			/* "إيلاف من لندن:" */
			if (s[i] == ':' && count_words(kbuf.p, kbuf.len) <= 4 &&
			    (p = memmem(s, pn, " \xd9\x85\xd9\x86 ", 6)) != NULL) {
				const struct entry *e;

				mkkey(&kbuf, s, (size_t)(p - s));
				e = lookup(kbuf.p, kbuf.len);
				if (kbuf.len > 0 && count_words(kbuf.p,
				    kbuf.len) <= 2 && (e == NULL ||
				    !(e->kinds & K_NOTOUTLET)))
					set_source(d, s, (size_t)(p - s));
				found = 1;
			}
			/* "بغداد (رويترز) -": the prefix ends in the brackets */
			for (qn = pn; qn > 0 && s[qn - 1] == ' '; qn--)
				;
			if (qn > 0 && s[qn - 1] == ')' &&
			    (q = memrchr(s, '(', qn)) != NULL) {
				const struct entry *e;

				r = s + qn - 1;
				mkkey(&kbuf, q + 1, (size_t)(r - q - 1));
				e = lookup(kbuf.p, kbuf.len);
				if (kbuf.len > 0 && count_words(kbuf.p,
				    kbuf.len) <= 4 && strpbrk(kbuf.p,
				    "0123456789") == NULL && (e == NULL ||
				    !(e->kinds & K_NOTOUTLET))) {
					set_source(d, q + 1, (size_t)(r - q - 1));
					found = 1;
				}
			}
			/* a known outlet among the parts: "بغداد/ المسلة" */
			if (outlet_part(s, pn, &q, &qn)) {
				set_source(d, q, qn);
				found = 1;
			}
			/* or last: "القدس 3-2-2025 وفا-" */
			for (q = s + pn; q > s && q[-1] == ' '; q--)
				;
			for (r = q; r > s && r[-1] != ' '; r--)
				;
			if (r < q) {
				const struct entry *e;

				mkkey(&kbuf, r, (size_t)(q - r));
				if ((e = lookup(kbuf.p, kbuf.len)) != NULL &&
				    (e->kinds & K_OUTLET)) {
					set_source(d, r, (size_t)(q - r));
					found = 1;
				}
			}
			tokenize(s, pn);
			if ((v = find_date(0, 5, &at, &end)) != 0) {
				if (d->date == 0)
					d->date = v;
				found = 1;
			}
			if (found)
				return 1;
		}
	}
	return 0;
}

/* A headline: not too long, not ending like a sentence. */
static int
headline(const struct line *l)
{
	return l->nw >= 4 && l->nw <= 20 && !ends_sentence(l->s, l->n);
}

/*
 * The site's name after a headline, as in an HTML title: "HEAD | SITE",
 * "HEAD - SITE".  Returns the length of HEAD, or 0.
 */
static size_t
site_tail(const char *s, size_t n, const char **tail, size_t *tn)
{
	static const char *seps[] = { " | ", " - ", " \xe2\x80\x93 ",
	    " \xe2\x80\x94 " };
	const char *p, *best = NULL;
	size_t i, sl = 0;

	for (i = 0; i < sizeof(seps) / sizeof(seps[0]); i++)
		for (p = s; (p = memmem(p, n - (size_t)(p - s), seps[i],
		    strlen(seps[i]))) != NULL; p++)
			if (best == NULL || p > best) {
				best = p;
				sl = strlen(seps[i]);
			}
	if (best == NULL)
		return 0;
	*tail = best + sl;
	*tn = n - (size_t)(*tail - s);
	mkkey(&kbuf, *tail, *tn);
	if (kbuf.len == 0 || count_words(kbuf.p, kbuf.len) > 4)
		return 0;
	return (size_t)(best - s);
}

/* Is l the title again, maybe with the site's name after it? */
static int
is_title(const struct doc *d, const struct line *l)
{
	const char *t;
	size_t tn, hn;

	if (d->title == NULL || l->longline || l->klen < d->tkey.len)
		return 0;
	if (l->klen == d->tkey.len)
		return memcmp(KEY(l), d->tkey.p, l->klen) == 0;
	if (memcmp(KEY(l), d->tkey.p, d->tkey.len) != 0 ||
	    (hn = site_tail(l->s, l->n, &t, &tn)) == 0)
		return 0;
	mkkey(&kbuf, l->s, hn);
	return kbuf.len == d->tkey.len &&
	    memcmp(kbuf.p, d->tkey.p, kbuf.len) == 0;
}

/* l is the title: its text without the site's name, and its key. */
static void
set_title(struct doc *d, const struct line *l)
{
	const char *t;
	size_t tn, hn;

	d->title = l->s;
	d->titlen = l->n;
	if ((hn = site_tail(l->s, l->n, &t, &tn)) != 0) {
		const struct entry *e;

		mkkey(&kbuf, t, tn);
		if ((e = lookup(kbuf.p, kbuf.len)) != NULL &&
		    (e->kinds & K_OUTLET)) {
			d->titlen = hn;
			set_source(d, t, tn);
		}
	}
	trim(&d->title, &d->titlen);
	mkkey(&d->tkey, d->title, d->titlen);
}

/* Is line i followed by furniture (the logo): the site's header? */
static int
chrome(size_t i)
{
	while (++i < nlines && lines[i].cls == L_BLANK)
		;
	return i < nlines && lines[i].cls == L_DROP;
}

/* the next line after i that is not blank, or nlines */
static size_t
next_line(size_t i)
{
	while (++i < nlines && lines[i].cls == L_BLANK)
		;
	return i;
}

/*
 * Strips from the end of a body line what closes a wire: "(النهاية)",
 * "(انتهى)", then perhaps the editor's codes "م ع ح / ف ج".  Returns 1
 * when an end marker was there: the article ends with this line.
 */
static int
wire_end(struct line *l)
{
	const struct entry *e;
	const char *p, *q;
	size_t n = l->n;

	/* the codes after the marker, in brackets or not */
	for (p = l->s + n; p > l->s && p[-1] != ')'; p--)
		;
	if (p == l->s)
		return 0;
	if (p < l->s + n && !is_code(p, (size_t)(l->s + n - p)))
		return 0;
	for (;;) {
		if ((q = memrchr(l->s, '(', (size_t)(p - l->s))) == NULL)
			return 0;
		mkkey(&kbuf, q + 1, (size_t)(p - 1 - q - 1));
		if ((e = lookup(kbuf.p, kbuf.len)) != NULL && (e->kinds & K_END))
			break;
		/* "(م ع ح / ف ج)" after the marker */
		if (!is_code(q + 1, (size_t)(p - 1 - q - 1)) ||
		    memchr(q + 1, '/', (size_t)(p - q - 1)) == NULL)
			return 0;
		while (q > l->s && is_blank((unsigned char)q[-1]))
			q--;
		if (q == l->s || q[-1] != ')')
			return 0;
		p = q;
	}
	l->n = (size_t)(q - l->s);
	trim(&l->s, &l->n);
	return 1;
}

/* Is line i printed again within the next six lines? */
static int
repeats(size_t i)
{
	size_t j;
	int seen;

	for (j = i + 1, seen = 0; j < nlines && seen < 6; j++) {
		if (lines[j].cls == L_BLANK)
			continue;
		seen++;
		if (same_key(&lines[i], &lines[j]))
			return 1;
	}
	return 0;
}

static void
analyse(struct doc *d)
{
	struct line *l, *m, *last = NULL;
	size_t i, j, c0, body0, first = nlines;
	long predate = 0, pubdate = 0;
	int seen, nbody = 0, cut = 0;

	d->title = NULL;
	d->date = 0;
	d->src = NULL;
	d->srclen = 0;
	ak_buf_reset(&d->text);
	for (i = 0; i < nlines; i++)
		classify(&lines[i]);
	/*
	 * "اقرأ أيضا:" alone: the linked headlines under it go too, the
	 * first of any length, up to four more of four words or more (a
	 * sub-heading is shorter) without a sentence in them
	 */
	for (i = 0; i < nlines; i++) {
		if (!lines[i].also)
			continue;
		for (j = next_line(i), seen = 0; j < nlines && seen < 5 &&
		    lines[j].cls == L_TEXT && !lines[j].longline &&
		    lines[j].nw <= 25 && (seen == 0 || (lines[j].nw >= 4 &&
		    memmem(lines[j].s, lines[j].n, ". ", 2) == NULL)) &&
		    !ends_sentence(lines[j].s, lines[j].n); j = next_line(j))
			lines[j].cls = L_DROP, seen++;
	}

	/*
	 * The page's head: furniture, the site's date (the day it was
	 * fetched, not published), short menu items, a byline.
	 */
	for (c0 = 0; c0 < nlines; c0++) {
		l = &lines[c0];
		if (l->cls == L_QUOTED || l->cls == L_OUTLET || l->cls == L_LABEL)
			set_source(d, l->src ? l->src : l->s,
			    l->src ? l->srclen : l->n);
		if (l->cls == L_DATE && first < c0 && !chrome(c0))
			predate = l->date;
		/* "نشر في: ..." above the headline is no fetch date */
		if (l->cls == L_DATE && l->pub && pubdate == 0)
			pubdate = l->date;
		if (l->cls != L_BLANK && first == nlines)
			first = c0;
		/*
		 * short lines are menu items, unless printed twice; a line
		 * above the breadcrumb is the site's name
		 */
		if (l->cls == L_TEXT && (l->nw >= 4 || (l->nw >= 3 &&
		    ends_sentence(l->s, l->n)) || (l->nw >= 2 && repeats(c0))) &&
		    ((j = next_line(c0)) == nlines || !lines[j].crumb))
			break;
	}
	if (c0 == nlines) {
		/* short lines only: no head to tell apart, keep them all */
		for (i = 0; i < nlines; i++)
			if (lines[i].cls == L_TEXT) {
				if (d->text.len > 0)
					ak_buf_addc(&d->text, '\n');
				ak_buf_add(&d->text, lines[i].s, lines[i].n);
			}
		return;
	}

	/*
	 * The title: printed twice (once maybe with the site's name after
	 * it), or a headline above the body.
	 */
	l = &lines[c0];
	for (j = c0 + 1, seen = 0; j < nlines && seen < 6 && l->nw <= 30; j++) {
		const char *t;
		size_t tn, hn;

		m = &lines[j];
		if (m->cls == L_BLANK)
			continue;
		seen++;
		if (same_key(m, l)) {
			set_title(d, l);
			break;
		}
		if (l->klen > m->klen && (hn = site_tail(l->s, l->n, &t,
		    &tn)) != 0 && (mkkey(&kbuf, l->s, hn), kbuf.len ==
		    m->klen) && memcmp(kbuf.p, KEY(m), m->klen) == 0) {
			set_title(d, m);
			set_source(d, t, tn);
			break;
		}
		if (m->klen > l->klen && (hn = site_tail(m->s, m->n, &t,
		    &tn)) != 0 && (mkkey(&kbuf, m->s, hn), kbuf.len ==
		    l->klen) && memcmp(kbuf.p, KEY(l), l->klen) == 0) {
			set_title(d, l);
			set_source(d, t, tn);
			break;
		}
	}
	if (d->title == NULL && !dateline(l, d) && headline(l))
		for (j = c0 + 1; j < nlines; j++)
			if (lines[j].cls == L_TEXT) {
				set_title(d, l);
				break;
			}
	/*
	 * A date line above the headline is the site's header (the day the
	 * page was fetched); without a headline, one just above the body is
	 * the article's, unless it opens the page.
	 */
	if (d->title == NULL && d->date == 0)
		d->date = predate;
	body0 = d->title != NULL ? c0 + 1 : c0;

	for (i = body0; i < nlines && !cut; i++) {
		l = &lines[i];
		switch (l->cls) {
		case L_BLANK:
		case L_DROP:
			break;
		case L_CUT:
			cut = nbody > 0;
			break;
		case L_DATE:
			/* a date line under the title */
			if (d->date == 0 && nbody < 4)
				d->date = l->date;
			if (l->src != NULL && nbody == 0)
				set_source(d, l->src, l->srclen);
			break;
		case L_OUTLET:
			set_source(d, l->src ? l->src : l->s,
			    l->src ? l->srclen : l->n);
			break;
		case L_LABEL:
			set_source(d, l->src, l->srclen);
			break;
		case L_AUTHOR:
			break;
		case L_QUOTED:
			if (nbody > 0)
				goto text;
			set_source(d, l->src, l->srclen);
			break;
		default:
		text:
			if (nbody < 3 && is_title(d, l))
				break;
			if (nbody == 0)
				(void)dateline(l, d);
			if (wire_end(l)) {
				cut = 1;
				if (l->n == 0)
					break;
			}
			if (nbody > 0)
				ak_buf_addc(&d->text, '\n');
			last = l;
			l->toff = d->text.len;
			ak_buf_add(&d->text, l->s, l->n);
			nbody++;
		}
	}
	if (d->date == 0)
		d->date = pubdate;
	/* a sign-off: the outlet's name alone under the last paragraph */
	if (last != NULL && nbody >= 2 && last->nw <= 3 &&
	    !ends_sentence(last->s, last->n) && last_char(last->s,
	    last->n) != 0x061F && last_char(last->s, last->n) != '?' &&
	    last_char(last->s, last->n) != '!') {
		ak_buf_reset(&kbuf);
		ak_buf_add(&kbuf, KEY(last), last->klen);
		if (strpbrk(ak_buf_cstr(&kbuf), "0123456789") == NULL) {
			set_source(d, last->s, last->n);
			/* drop it with its newline */
			d->text.len = last->toff > 0 ? last->toff - 1 : 0;
		}
	}
}

/* ------------------------------------------------------------------ */
/* files                                                               */

static const char *encoding;	/* -e */
static const char *stdin_id = "stdin";
static ak_buf	 raw, conv;
static struct doc doc;

/* The whole of fd into b; -1 with errno on a read error. */
static int
slurp(int fd, ak_buf *b)
{
	struct stat st;
	ssize_t r;

	ak_buf_reset(b);
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
		ak_buf_grow(b, (size_t)st.st_size + 1);
	for (;;) {
		ak_buf_grow(b, 64 << 10);
		r = read(fd, b->p + b->len, b->cap - b->len - 1);
		if (r == 0)
			return 0;
		if (r < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		b->len += (size_t)r;
	}
}

static unsigned long long
line_of(const char *s, size_t off)
{
	unsigned long long n = 1;

	for (size_t i = 0; i < off; i++)
		n += s[i] == '\n';
	return n;
}

/*
 * A file that cannot be taken: named with the line at fault, copied byte
 * for byte to the --reject file, exit status 1.
 */
static void
bad(const char *name, unsigned long long line, const char *why)
{
	ak_flush();
	ak_warnx("%s:%llu: %s", name, line, why);
	ak_set_status(1);
	ak_reject_bytes(raw.p, raw.len);	/* the whole file */
}

/*
 * From encoding `from' to UTF-8 in conv; -1 and *off at a bad byte, -2
 * when too large for ICU.
 */
static int
convert(const char *from, const char *s, size_t n, size_t *off)
{
	UErrorCode st = U_ZERO_ERROR;
	UConverter *cv;
	UChar *u, *ut;
	const char *src = s;
	int32_t len;
	int ok;

	if ((cv = ucnv_open(from, &st)) == NULL || U_FAILURE(st))
		ak_errx(2, "%s: unknown encoding", from);
	ucnv_setToUCallBack(cv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL,
	    &st);
	if (n > (size_t)INT32_MAX / 8) {	/* ICU counts in int32_t */
		ucnv_close(cv);
		*off = 0;
		return -2;
	}
	u = ak_malloc((n + 2) * sizeof(UChar) * 2);
	ut = u;
	ucnv_toUnicode(cv, &ut, u + (n + 2) * 2, &src, s + n, NULL, 1, &st);
	ok = U_SUCCESS(st);
	if (!ok) {
		*off = (size_t)(src - s);
		*off = *off > 0 ? *off - 1 : 0;
	} else {
		ak_buf_reset(&conv);
		ak_buf_grow(&conv, (size_t)(ut - u) * 3 + 1);
		u_strToUTF8(conv.p, (int32_t)conv.cap, &len, u,
		    (int32_t)(ut - u), &st);
		if (U_FAILURE(st))
			ak_errx(2, "UTF-8 conversion failed: %s", u_errorName(st));
		conv.len = (size_t)len;
	}
	free(u);
	ucnv_close(cv);
	return ok ? 0 : -1;
}

/* "" when s is fit to read, else why not, with *off at the fault */
static const char *
check(const char *s, size_t n, size_t *off)
{
	size_t i = 0, e, v;

	while (i < n) {
		const char *nl = memchr(s + i, '\n', n - i);

		e = nl ? (size_t)(nl - s) : n;
		if (e - i > ak_max_line) {
			*off = i;
			return "line too long";
		}
		if ((v = ak_utf8_valid(s + i, e - i)) < e - i) {
			*off = i + v;
			return "invalid UTF-8";
		}
		if (memchr(s + i, '\0', e - i) != NULL) {
			*off = i;
			return "NUL byte";
		}
		i = e + 1;
	}
	return "";
}

/* A JSON string; a file name that is not UTF-8 gets U+FFFD per bad byte. */
static void
put_str(const char *s, size_t n)
{
	static ak_buf fix;
	size_t i = 0;

	if (ak_utf8_valid(s, n) == n) {
		ak_put_json_str(s, n);
		return;
	}
	ak_buf_reset(&fix);
	while (i < n)
		ak_utf8_put(&fix, ak_utf8_next(s, n, &i));
	ak_put_json_str(fix.p, fix.len);
}

static void
put_field(const char *key, const char *s, size_t n)
{
	ak_putc(',');
	ak_putc('"');
	ak_puts(key);
	ak_puts("\":");
	if (s == NULL)
		ak_puts("null");
	else
		put_str(s, n);
}

static void
emit(const char *id, size_t idlen, const char *file)
{
	char date[32];

	ak_puts("{\"id\":");
	put_str(id, idlen);
	put_field("title", doc.title, doc.titlen);
	if (doc.date) {
		snprintf(date, sizeof(date), "%04ld-%02ld-%02ld",
		    doc.date / 10000, doc.date / 100 % 100, doc.date % 100);
		put_field("date", date, 10);
	} else
		put_field("date", NULL, 0);
	put_field("source", doc.src, doc.srclen);
	put_field("text", doc.text.p ? doc.text.p : "", doc.text.len);
	put_field("file", file, strlen(file));
	ak_putc('}');
	ak_endrec();
}

/* file name without directory and extension */
static void
file_id(const char *path, const char **id, size_t *n)
{
	const char *b = strrchr(path, '/'), *dot;

	b = b ? b + 1 : path;
	dot = strrchr(b, '.');
	*id = b;
	*n = dot && dot > b ? (size_t)(dot - b) : strlen(b);
}

static void
one(const char *path)
{
	const char *s, *why, *from = encoding, *id;
	size_t n, off, idn;
	int fd, r, isstdin = strcmp(path, "-") == 0;

	if (isstdin)
		fd = STDIN_FILENO;
	else if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0) {
		ak_warn("%s", path);
		ak_set_status(2);
		return;
	}
	if (slurp(fd, &raw) < 0) {
		ak_warn("%s", path);
		ak_set_status(2);
		if (!isstdin)
			close(fd);
		return;
	}
	if (!isstdin)
		close(fd);
	s = raw.p ? raw.p : "";
	n = raw.len;
	/* a byte order mark tells the encoding */
	if (from == NULL && n >= 2 && ((unsigned char)s[0] == 0xFF &&
	    (unsigned char)s[1] == 0xFE))
		from = "UTF-16LE";
	else if (from == NULL && n >= 2 && ((unsigned char)s[0] == 0xFE &&
	    (unsigned char)s[1] == 0xFF))
		from = "UTF-16BE";
	if (from != NULL) {
		if ((r = convert(from, s, n, &off)) < 0) {
			char why2[128];

			snprintf(why2, sizeof(why2), r == -2 ?
			    "too large to convert from %s" : "invalid %s", from);
			bad(path, line_of(s, off), why2);
			return;
		}
		s = conv.p ? conv.p : "";
		n = conv.len;
	}
	if (n >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0) {
		s += 3;
		n -= 3;
	}
	if (*(why = check(s, n, &off)) != '\0') {
		/* line numbers count in the converted text when converted */
		bad(path, line_of(s, off), why);
		return;
	}
	split_lines(s, n);
	analyse(&doc);
	if (isstdin) {
		id = stdin_id;
		idn = strlen(id);
	} else
		file_id(path, &id, &idn);
	emit(id, idn, path);
}

int
main(int argc, char *argv[])
{
	static char *stdin_only[] = { "-" };
	char **user = NULL, **files;
	size_t nuser = 0;
	int c, i, nfiles;

	ak_init(argv[0]);
	while ((c = getopt_long(argc, argv, "e:L:u", longopts, NULL)) != -1) {
		if (ak_common_opt(c, optarg, help))
			continue;
		switch (c) {
		case 'e':
			encoding = optarg;
			break;
		case 'L':
			user = ak_realloc(user, (nuser + 1) * sizeof(*user));
			user[nuser++] = optarg;
			break;
		case OPT_ID:
			stdin_id = optarg;
			break;
		default:
			ak_usage(help);
		}
	}
	if (encoding != NULL) {
		UErrorCode st = U_ZERO_ERROR;
		UConverter *cv = ucnv_open(encoding, &st);

		if (cv == NULL || U_FAILURE(st))
			ak_errx(2, "%s: unknown encoding", encoding);
		ucnv_close(cv);
	}
	lex_init(user, nuser);
	free(user);
	files = argv + optind;
	nfiles = argc - optind;
	if (nfiles == 0) {
		files = stdin_only;
		nfiles = 1;
	}
	signal(SIGPIPE, SIG_IGN);
	for (i = 0; i < nfiles; i++)
		one(files[i]);
	return ak_finish();
}
