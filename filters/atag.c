/*
 * atag - tokens, named entities, roles and dates of Arabic sentence records.
 *
 * Everything it knows about the language is data: the lexicons
 * lib/data/atag-*.tsv (then each -L FILE), the Arabic country names and
 * the month and weekday names of ICU.  Matching is on ak_fold()ed words:
 * a phrase table (ak_map) keyed by folded word sequences, tried longest
 * first from each token, and a word table that tells the clitic splitter
 * and the patterns what a single word is.
 *
 * Records of one document are held back only when the document has no
 * date, so that a bare weekday can be resolved against the first full date
 * found later in the same document.
 */
#include <ctype.h>
#include <dirent.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/udat.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>

#include "akhbar.h"

static const char help[] =
"usage: atag [-u] [-L FILE]... [--no-tokens] [FILE ...]\n"
"\n"
"Add tokens, named entities (PER ORG LOC DATE), roles and doc_date to\n"
"sentence records.\n"
"\n"
"  -L, --lexicon FILE   also load the lexicon FILE (repeatable)\n"
"      --no-tokens      do not write the tokens field\n"
AK_COMMON_HELP;

enum { OPT_NOTOK = AK_OPT_FILTER_BASE };

static const struct option longopts[] = {
	{ "lexicon",	required_argument,	NULL, 'L' },
	{ "no-tokens",	no_argument,		NULL, OPT_NOTOK },
	AK_COMMON_LONGOPTS,
	{ NULL, 0, NULL, 0 }
};

/* ------------------------------------------------------------------ */
/* lexicon                                                             */

enum cls {
	C_PER, C_ORG, C_LOC, C_NISBA, C_ROLE, C_GROUP, C_GIVEN, C_ORGHEAD,
	C_LOCHEAD, C_FACILITY,
	/* the pattern vocabulary of atag-patterns.tsv */
	C_STOP, C_WORD, C_VERB, C_ADJ, C_GENERIC, C_CONNECT, C_DATEMOD,
	C_DATEREL, C_DATEUNIT, C_YEARWORD, C_TIME, C_RANGE, C_LOCPREP,
	C_MONTH, C_WEEKDAY, C_CALENDAR, C_DATELINK, C_DAYORD,
	NCLS
};

static const char *clsname[NCLS] = {
	"PER", "ORG", "LOC", "NISBA", "ROLE", "GROUP", "GIVEN", "ORGHEAD",
	"LOCHEAD", "FACILITY",
	"STOP", "WORD", "VERB", "ADJ", "GENERIC", "CONNECT", "DATEMOD",
	"DATEREL", "DATEUNIT", "YEARWORD", "TIME", "RANGE", "LOCPREP",
	"MONTH", "WEEKDAY", "CALENDAR", "DATELINK", "DAYORD"
};

#define M(c)	(1u << (c))
#define M_NAME	(M(C_PER) | M(C_ORG) | M(C_LOC))
#define M_DATEW	(M(C_DATEMOD) | M(C_DATEREL) | M(C_DATEUNIT) | \
		 M(C_YEARWORD) | M(C_TIME) | M(C_MONTH) | M(C_WEEKDAY))
#define M_FUNC	(M(C_STOP) | M(C_VERB) | M(C_RANGE) | M(C_LOCPREP))
#define M_NOTNAME (M_FUNC | M_DATEW | M(C_ROLE) | M(C_GROUP) | \
		 M(C_NISBA) | M(C_ADJ) | M(C_ORGHEAD) | M(C_LOCHEAD) | \
		 M(C_FACILITY) | M(C_GENERIC) | M(C_ORG) | M(C_LOC))
#define M_NAMEW	(M(C_GIVEN) | M(C_PER) | M(C_CONNECT))

struct ent {
	char	*country, *sector, *canon;	/* NULL when empty */
	int	 num;				/* month or weekday number */
};

struct phrase {
	uint32_t	 mask;
	struct ent	*e[NCLS];
};

/* what a single folded word is */
struct word {
	uint32_t	 mask;		/* classes of the one-word phrase */
	uint32_t	 in;		/* classes of phrases it is part of */
	unsigned	 maxfirst;	/* longest phrase it starts, in words */
	struct phrase	*ph;		/* the one-word phrase, or NULL */
};

static ak_map *phrases, *words;
static ak_map *countries;	/* ICU's country names (folded): ISO code */

static struct word *
word_get(const char *s, size_t n)
{
	return ak_map_get(words, s, n);
}

static struct word *
word_put(const char *s, size_t n)
{
	void **v = ak_map_put(words, s, n);

	if (*v == NULL)
		*v = ak_calloc(1, sizeof(struct word));
	return *v;
}

static char *
dupnz(const char *s)
{
	return s == NULL || *s == '\0' ? NULL : ak_strdup(s);
}

/*
 * Splits folded text into words the way sentences are tokenised (letters
 * and digits; each other mark alone) and joins them with single spaces.
 */
/* the Arabic block and ASCII without ICU: most of the text */
static inline int
iswordc(uint32_t c)
{
	if (c < 0x80)
		return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' &&
		    (c | 0x20) <= 'z');
	if (c >= 0x0621 && c <= 0x0669)
		return 1;
	return u_isalnum((UChar32)c) ||
	    (U_GET_GC_MASK((UChar32)c) & U_GC_M_MASK) != 0;
}

static inline int
isdigitc(uint32_t c)
{
	if (c < 0x80)
		return c >= '0' && c <= '9';
	if (c >= 0x0621 && c <= 0x065F)
		return 0;
	return u_isdigit((UChar32)c);
}

static inline int
ismark(uint32_t c)
{
	if (c < 0x0300)
		return 0;
	if (c >= 0x064B && c <= 0x065F)
		return 1;
	return (U_GET_GC_MASK((UChar32)c) & U_GC_M_MASK) != 0;
}

static inline int
isspacec(uint32_t c)
{
	if (c < 0x80)
		return c == ' ' || (c >= '\t' && c <= '\r');
	if (c >= 0x0600 && c <= 0x06FF)
		return 0;
	return u_isspace((UChar32)c);
}

static size_t
phrase_key(ak_buf *out, const char *s, size_t n)
{
	ak_buf f = { 0 };
	size_t i = 0, nw = 0;
	int inword = 0, lastdig = 0;

	ak_buf_reset(out);
	ak_fold(&f, s, n);
	while (i < f.len) {
		size_t j = i;
		uint32_t c = ak_utf8_next(f.p, f.len, &j);

		if (isspacec(c)) {
			inword = 0;
		} else if (iswordc(c)) {
			if (!inword || lastdig != isdigitc(c)) {
				if (out->len > 0)
					ak_buf_addc(out, ' ');
				nw++;
			}
			ak_buf_add(out, f.p + i, j - i);
			inword = 1;
			lastdig = isdigitc(c);
		} else {
			if (out->len > 0)
				ak_buf_addc(out, ' ');
			ak_buf_add(out, f.p + i, j - i);
			nw++;
			inword = 0;
		}
		i = j;
	}
	ak_buf_free(&f);
	ak_buf_cstr(out);
	return nw;
}

static void
lex_add(const char *phrase, enum cls c, const char *country,
    const char *sector, const char *canon, int num)
{
	static ak_buf key;
	struct phrase *p;
	struct ent *e;
	size_t nw, i, ws;
	void **v;

	if ((nw = phrase_key(&key, phrase, strlen(phrase))) == 0)
		return;
	v = ak_map_put(phrases, key.p, key.len);
	if (*v == NULL)
		*v = ak_calloc(1, sizeof(struct phrase));
	p = *v;
	if ((e = p->e[c]) != NULL) {
		free(e->country);
		free(e->sector);
		free(e->canon);
	} else
		e = p->e[c] = ak_malloc(sizeof(*e));
	e->country = dupnz(country);
	e->sector = dupnz(sector);
	e->canon = dupnz(canon);
	e->num = num;
	p->mask |= M(c);
	if (nw == 1) {
		struct word *w1 = word_put(key.p, key.len);

		w1->mask |= M(c);
		w1->ph = p;
	}
	/* every proper prefix, so that a longest match stops early */
	for (i = 0; i < key.len; i++)
		if (key.p[i] == ' ') {
			v = ak_map_put(phrases, key.p, i);
			if (*v == NULL)
				*v = ak_calloc(1, sizeof(struct phrase));
		}
	for (i = ws = 0; i <= key.len; i++) {
		struct word *w;

		if (i < key.len && key.p[i] != ' ')
			continue;
		w = word_put(key.p + ws, i - ws);
		w->in |= M(c);
		if (ws == 0 && w->maxfirst < nw)
			w->maxfirst = nw;
		ws = i + 1;
	}
}

static void
lex_load(const char *path, int mustexist)
{
	ak_tsv *t;
	char *col[5];
	int n, c;

	if ((t = ak_tsv_open(path)) == NULL) {
		if (mustexist)
			ak_errx(2, "%s: cannot read lexicon", path);
		return;
	}
	while ((n = ak_tsv_next(t, col, 5)) > 0) {
		for (c = 0; c < NCLS; c++)
			if (n >= 2 && strcmp(col[1], clsname[c]) == 0)
				break;
		if (c == NCLS) {
			ak_warnx("%s:%lu: unknown class, line ignored",
			    ak_tsv_path(t), ak_tsv_lineno(t));
			continue;
		}
		lex_add(col[0], (enum cls)c, n > 2 ? col[2] : NULL,
		    n > 3 ? col[3] : NULL, n > 4 ? col[4] : NULL,
		    (c == C_MONTH || c == C_WEEKDAY || c == C_CALENDAR ||
		    c == C_DAYORD) && n > 4 ?
		    atoi(col[4]) : 0);
	}
	ak_tsv_close(t);
}

static int
namecmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* every atag-*.tsv of the data directory, in name order */
static void
lex_load_dir(void)
{
	char *probe, *slash, **names = NULL;
	size_t n = 0, i;
	struct dirent *d;
	DIR *dir;

	if ((probe = ak_data_path("atag-patterns.tsv")) == NULL)
		ak_errx(2, "atag-patterns.tsv: data file not found "
		    "(set AKHBAR_DATADIR)");
	if ((slash = strrchr(probe, '/')) != NULL)
		*slash = '\0';
	if ((dir = opendir(probe)) == NULL)
		ak_err(2, "%s", probe);
	while ((d = readdir(dir)) != NULL) {
		size_t l = strlen(d->d_name);

		if (strncmp(d->d_name, "atag-", 5) != 0 || l < 9 ||
		    strcmp(d->d_name + l - 4, ".tsv") != 0)
			continue;
		names = ak_realloc(names, (n + 1) * sizeof(*names));
		names[n] = ak_malloc(strlen(probe) + l + 2);
		sprintf(names[n++], "%s/%s", probe, d->d_name);
	}
	closedir(dir);
	qsort(names, n, sizeof(*names), namecmp);
	for (i = 0; i < n; i++) {
		lex_load(names[i], 0);
		free(names[i]);
	}
	free(names);
	free(probe);
}

static void
u8(char *out, size_t cap, const UChar *s, int32_t n)
{
	UErrorCode e = U_ZERO_ERROR;

	u_strToUTF8(out, (int32_t)cap, NULL, s, n, &e);
	if (U_FAILURE(e))
		out[0] = '\0';
}

static void
date_name(const char *name, size_t len, int kind, int n, void *arg)
{
	char buf[256];

	(void)arg;
	if (kind == AK_HIJRI_MONTH || len >= sizeof(buf))
		return;
	memcpy(buf, name, len);
	buf[len] = '\0';
	lex_add(buf, kind == AK_MONTH ? C_MONTH : C_WEEKDAY, NULL, NULL, NULL,
	    n);
}

/* Arabic country names, month and weekday names, from ICU */
static void
lex_load_icu(void)
{
	const char *const *cc;
	UChar ub[128];
	char name[512], loc[8];
	int32_t k;

	for (cc = uloc_getISOCountries(); *cc != NULL; cc++) {
		UErrorCode e = U_ZERO_ERROR;
		const char *iso3;

		snprintf(loc, sizeof(loc), "_%s", *cc);
		k = uloc_getDisplayCountry(loc, "ar", ub, 128, &e);
		iso3 = uloc_getISO3Country(loc);
		if (U_FAILURE(e) || iso3 == NULL || strlen(iso3) != 3 ||
		    iso3[0] == 'X')
			continue;
		u8(name, sizeof(name), ub, k);
		/* "الكونغو - كينشاسا", "(منطقة إدارية خاصة)": not as written */
		if (strpbrk(name, "()-") != NULL || name[0] == '\0')
			continue;
		lex_add(name, C_LOC, iso3, NULL, NULL, 0);
		{
			static ak_buf key;
			void **v;

			phrase_key(&key, name, strlen(name));
			v = ak_map_put(countries, key.p, key.len);
			if (*v == NULL)
				*v = ak_strdup(iso3);
		}
	}
	ak_date_names(0, date_name, NULL);
}

/* ------------------------------------------------------------------ */
/* tokens                                                              */

enum { T_WORD, T_NUM, T_PUNCT };

struct tok {
	uint32_t bs, be;	/* bytes of the text */
	uint32_t cs, ce;	/* code points */
	uint32_t prb, prc;	/* proclitics: bytes, code points */
	uint32_t sfb, sfc;	/* enclitic */
	uint32_t fo, fl;	/* folded base in fb */
	uint32_t ffo, ffl;	/* folded word as written */
	uint32_t c0, cn;	/* its phrase candidates: cands[c0 .. c0+cn) */
	uint32_t wm, wi, w1i;	/* w->mask, w->in, w1->in (0 if none) */
	int	 num;		/* value of a number, -1 if none */
	int	 addal;		/* "لل": the base gets back its alef */
	unsigned char kind;
	unsigned char cdone;	/* the candidates are computed */
	unsigned char guess;	/* و split off an unknown word: والاندر */
	unsigned char def;	/* the base has the article */
	struct word *w;		/* the base's word entry, or NULL */
	struct word *w1;	/* that of the base without its article */
	uint64_t h;		/* hash of the word as written */
};

/* the phrases that start at a token: each token's are looked up once */
struct cand {
	uint32_t	 mask;		/* the phrase's classes */
	uint32_t	 n;		/* words */
	int		 noal;		/* first word without its article */
	struct phrase	*p;
};

static struct cand *cands;
static size_t ncands, acands;

/*
 * The last words of the people named so far in the document: "أوستن"
 * after "لويد أوستن", "سترول" after "دانا سترول".
 */
static ak_map *surnames;

static struct tok *toks;
static size_t ntoks, atoks;
static ak_buf fb;		/* folded words */
static const char *txt;		/* the sentence */
static size_t txtlen;

#define TF(t)	(fb.p + (t)->fo)
#define TW(i)	(i < ntoks && toks[i].kind == T_WORD)

static const char *const procl[] = {
	"و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك",
	"لل", "ولل", "فلل", NULL
};

static const char *const encl[] = {
	"هما", "هم", "ها", "كم", "نا", "هن", "ه", NULL
};

static int
known(const char *s, size_t n)
{
	return n > 0 && word_get(s, n) != NULL;
}

/* a word of its own or the first of a phrase, not only inside one */
static int
known1(const char *s, size_t n)
{
	const struct word *w = n > 0 ? word_get(s, n) : NULL;

	return w != NULL && (w->mask != 0 || w->maxfirst > 0);
}

static int
startswith(const char *s, size_t n, const char *p)
{
	size_t l = strlen(p);

	return n >= l && memcmp(s, p, l) == 0;
}

/* letters in a folded word (two bytes each in the Arabic block) */
static inline size_t
nletters(const char *s, size_t n)
{
	size_t i = 0, k = 0;
	uint64_t w;

	/* eight bytes at a time: all but the continuation bytes 10xxxxxx,
	 * their flags summed by a multiply */
	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		w = w & ~(w << 1) & 0x8080808080808080ULL;
		k += 8 - (size_t)((w >> 7) * 0x0101010101010101ULL >> 56);
	}
	for (; i < n; i++)
		k += ((unsigned char)s[i] & 0xc0) != 0x80;
	return k;
}

static ak_buf tmpk;

/* bytes of the first n letters of t (with their marks) */
static size_t
lead_bytes(const struct tok *t, size_t n)
{
	size_t i = t->bs, j;
	uint32_t c;

	while (i < t->be) {
		j = i;
		c = ak_utf8_next(txt, t->be, &j);
		if (!ismark(c) &&
		    c != 0x640) {
			if (n == 0)
				break;
			n--;
		}
		i = j;
	}
	return i - t->bs;
}

/* bytes of the last n letters of t (with their marks) */
static size_t
tail_bytes(const struct tok *t, size_t n)
{
	size_t i = t->be;

	while (i > t->bs && n > 0) {
		size_t k = i - 1;
		uint32_t c;
		size_t j;

		while (k > t->bs && ((unsigned char)txt[k] & 0xc0) == 0x80)
			k--;
		j = k;
		c = ak_utf8_next(txt, t->be, &j);
		if (!ismark(c) &&
		    c != 0x640)
			n--;
		i = k;
	}
	return t->be - i;
}

/*
 * Proclitics: stripped when the rest is a known word and the whole is
 * not (a lexicon word before a common one), or before the article of an
 * unknown word, or (و only) before an unknown word of three letters or
 * more.  Returns the folded bytes of the proclitics; *al is 1 for ل + ال
 * written "لل", 2 for و split off an unknown word with the article (a
 * guess: "والاندر"); *wp is the whole word's entry.
 */
static size_t
segment(const char *f, size_t fl, int *al, struct word **wp)
{
	const struct word *w = *wp = word_get(f, fl);
	size_t i, pl, rl, weak = 0;

	*al = 0;
	if (w != NULL && ((w->mask & ~(M(C_WORD) | M(C_VERB))) != 0 ||
	    w->maxfirst > 1))
		return 0;
	for (i = 0; procl[i] != NULL; i++) {
		pl = strlen(procl[i]);
		if (!startswith(f, fl, procl[i]) || fl <= pl)
			continue;
		if (pl >= 4 && memcmp(procl[i] + pl - 4, "لل", 4) == 0) {
			ak_buf_reset(&tmpk);
			ak_buf_adds(&tmpk, "ا");
			ak_buf_add(&tmpk, f + pl - 2, fl - pl + 2);
			if (known(tmpk.p, tmpk.len) ||
			    nletters(f + pl, fl - pl) >= 2) {
				*al = 1;
				return pl - 2;
			}
			continue;
		}
		if (known1(f + pl, fl - pl) && nletters(f + pl, fl - pl) >= 2) {
			/* ولعام: و + لعام (a common word) or و+ل + عام */
			const struct word *r = word_get(f + pl, fl - pl);

			if ((r->mask & ~(M(C_WORD) | M(C_VERB))) != 0 ||
			    r->maxfirst > 1)
				return pl;
			if (weak == 0)
				weak = pl;
		}
	}
	if (weak > 0)
		return weak;
	/* "والاندر" inside "سيليست والاندر": as written */
	if (w != NULL)
		return 0;
	for (i = 0; procl[i] != NULL; i++) {
		pl = strlen(procl[i]);
		if (pl > 4 || !startswith(f, fl, procl[i]) ||
		    strstr(procl[i], "ك") != NULL)
			continue;
		rl = fl - pl;
		if (startswith(f + pl, rl, "ال") && nletters(f + pl, rl) >= 4 &&
		    !startswith(f + pl, rl, "الل")) {
			/* و + an unknown word with the article: maybe a name */
			if (pl == 2 && startswith(f, fl, "و"))
				*al = 2;
			return pl;
		}
	}
	if (startswith(f, fl, "و") && nletters(f, fl) >= 4 && fl > 2 &&
	    (unsigned char)f[2] >= 0xd8 && (unsigned char)f[2] <= 0xdb)
		return 2;
	return 0;
}

/* the enclitic pronoun, when what is left is a known word */
static void
segment_suffix(struct tok *t)
{
	const char *f = TF(t);
	size_t fl = t->fl, i, l;

	if (t->w != NULL || nletters(f, fl) < 5)
		return;
	/* the folded ه of a teh marbuta is no pronoun */
	if (memcmp(txt + t->be - 2, "ة", 2) == 0)
		return;
	for (i = 0; encl[i] != NULL; i++) {
		l = strlen(encl[i]);
		if (fl <= l || memcmp(f + fl - l, encl[i], l) != 0)
			continue;
		ak_buf_reset(&tmpk);
		ak_buf_add(&tmpk, f, fl - l);
		if (!known(tmpk.p, tmpk.len)) {
			/* قواتها -> قوات, حكومته -> حكومه */
			if (tmpk.len >= 2 && memcmp(tmpk.p + tmpk.len - 2,
			    "ت", 2) == 0) {
				tmpk.len -= 2;
				ak_buf_adds(&tmpk, "ه");
				if (!known(tmpk.p, tmpk.len))
					continue;
			} else
				continue;
		}
		t->sfc = nletters(encl[i], l);
		t->fl = fl - l;
		t->w = word_get(f, t->fl);
		return;
	}
}

static int definite(size_t);
static int definite1(const struct tok *);

/* ak_utf8_next with the one- and two-byte cases inline */
static inline uint32_t
nextcp(const char *s, size_t len, size_t *i)
{
	const unsigned char *p = (const unsigned char *)s + *i;

	if (p[0] < 0x80) {
		(*i)++;
		return p[0];
	}
	if ((p[0] & 0xe0) == 0xc0 && p[0] >= 0xc2 && *i + 1 < len &&
	    (p[1] & 0xc0) == 0x80) {
		*i += 2;
		return (uint32_t)(p[0] & 0x1f) << 6 | (p[1] & 0x3f);
	}
	return ak_utf8_next(s, len, i);
}

/*
 * A small direct-mapped cache of word analyses (folding, clitics, word
 * entry) keyed by the word as written: news vocabulary repeats, and the
 * big word table costs a cache miss or two on every look-up.
 */
#define TCN	16384

/*
 * An entry is known by the 64-bit hash of the word as written and its
 * length (a false hit is as likely as a meteorite); the folded forms are
 * folded again from the text, which is cheap, rather than kept here, so
 * that the table stays small enough for the processor's caches.
 */
struct tc {
	uint64_t	 h;
	struct word	*w, *w1;
	uint32_t	 wm, wi, w1i;
	unsigned char	 rl, pfb, sfb_f, prc, prb, sfc, sfb, addal, guess;
};

static struct tc *tcache;
static uint64_t tch;		/* hash of the word being analysed */

static int
cache_get(struct tok *t, const ak_buf *f)
{
	size_t rl = t->be - t->bs;
	struct tc *c;

	if ((tch = t->h) == 0)
		return 0;
	c = &tcache[tch & (TCN - 1)];
	if (c->h != tch || c->rl != rl)
		return 0;
	t->ffo = fb.len;
	t->ffl = f->len;
	ak_buf_add(&fb, f->p, f->len);
	t->fo = fb.len;
	if (c->addal)
		ak_buf_adds(&fb, "ا");
	ak_buf_add(&fb, f->p + c->pfb, f->len - c->pfb - c->sfb_f);
	t->fl = fb.len - t->fo;
	t->prc = c->prc;
	t->prb = c->prb;
	t->sfc = c->sfc;
	t->sfb = c->sfb;
	t->addal = c->addal;
	t->guess = c->guess;
	t->def = definite1(t);
	t->w = c->w;
	t->w1 = c->w1;
	t->wm = c->wm;
	t->wi = c->wi;
	t->w1i = c->w1i;
	return 1;
}

static void
cache_put(const struct tok *t, size_t pfb)
{
	struct tc *c;
	size_t sf = t->ffl - pfb + (t->addal ? 2 : 0) - t->fl;

	if (tch == 0 || pfb > 255 || sf > 255)
		return;
	c = &tcache[tch & (TCN - 1)];
	c->h = tch;
	c->rl = (unsigned char)(t->be - t->bs);
	c->pfb = (unsigned char)pfb;
	c->sfb_f = (unsigned char)sf;
	c->prc = (unsigned char)t->prc;
	c->prb = (unsigned char)t->prb;
	c->sfc = (unsigned char)t->sfc;
	c->sfb = (unsigned char)t->sfb;
	c->addal = (unsigned char)t->addal;
	c->guess = (unsigned char)t->guess;
	c->w = t->w;
	c->w1 = t->w1;
	c->wm = t->wm;
	c->wi = t->wi;
	c->w1i = t->w1i;
}

/*
 * ak_fold() of one token, with the letters of U+0600-U+067F done here
 * byte by byte (the same mapping); anything else goes to ak_fold().
 */
static void
fold_tok(ak_buf *out, const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned char *o;
	size_t i;

	ak_buf_reset(out);
	ak_buf_grow(out, n + 1);
	o = (unsigned char *)out->p;
	for (i = 0; i < n; i++) {
		unsigned c = s[i], d;

		if (c < 0x80) {
			*o++ = c >= 'A' && c <= 'Z' ? c + 32 : c;
			continue;
		}
		if ((c != 0xd8 && c != 0xd9) || i + 1 >= n) {
			ak_buf_reset(out);
			ak_fold(out, str, n);
			return;
		}
		d = s[++i];
		if (c == 0xd8) {
			if (d >= 0x90 && d <= 0x9a)	/* U+0610-061A */
				continue;
			if (d == 0xa2 || d == 0xa3 || d == 0xa5)
				d = 0xa7;		/* آ أ إ -> ا */
			else if (d == 0xa9) {		/* ة -> ه */
				c = 0xd9;
				d = 0x87;
			}
		} else {
			if ((d >= 0x8b && d <= 0x9f) || d == 0x80 || d == 0xb0)
				continue;		/* marks, tatweel */
			if (d == 0x89)			/* ى -> ي */
				d = 0x8a;
			else if (d == 0xb1)		/* ٱ -> ا */
				c = 0xd8, d = 0xa7;
			else if (d >= 0xa0 && d <= 0xa9) {
				*o++ = '0' + (d - 0xa0);
				continue;
			}
		}
		*o++ = c;
		*o++ = d;
	}
	out->len = (size_t)((char *)o - out->p);
	out->p[out->len] = '\0';
}

static void
set_masks(struct tok *t)
{
	t->wm = t->w != NULL ? t->w->mask : 0;
	t->wi = t->w != NULL ? t->w->in : 0;
	t->w1i = t->w1 != NULL ? t->w1->in : 0;
}

/*
 * Two passes: the first finds the tokens and asks the processor for the
 * cache entries of their words, the second analyses them, so that the
 * memory look-ups of a sentence overlap instead of waiting in turn.
 */
static void
tokenise(void)
{
	size_t i = 0, cp = 0, k, ti;
	static ak_buf f;

	ntoks = 0;
	ncands = 0;
	ak_buf_reset(&fb);
	if (tcache == NULL)
		tcache = ak_calloc(TCN, sizeof(*tcache));
	while (i < txtlen) {
		size_t j = i, s = i, scp = cp;
		uint32_t c = nextcp(txt, txtlen, &j);
		struct tok *t;
		int dig;

		if (isspacec(c) || c == 0x200c || c == 0x200d ||
		    c == 0x200f || c == 0x200e || c == 0xfeff) {
			i = j;
			cp++;
			continue;
		}
		if (ntoks == atoks) {
			atoks = atoks ? 2 * atoks : 64;
			toks = ak_realloc(toks, atoks * sizeof(*toks));
		}
		t = &toks[ntoks++];
		memset(t, 0, sizeof(*t));
		t->num = -1;
		i = j;
		cp++;
		if (!iswordc(c)) {
			t->kind = T_PUNCT;
		} else {
			dig = isdigitc(c);
			while (i < txtlen) {
				const unsigned char *p =
				    (const unsigned char *)txt + i;

				/* Arabic letters and marks: two bytes, no decoding */
				if (!dig && i + 1 < txtlen && ((p[0] == 0xd8 &&
				    p[1] >= 0xa1 && p[1] <= 0xba) || (p[0] == 0xd9 &&
				    p[1] >= 0x80 && p[1] <= 0x9f))) {
					i += 2;
					cp++;
					continue;
				}
				j = i;
				c = nextcp(txt, txtlen, &j);
				if (!iswordc(c) || (isdigitc(c) != dig &&
				    !ismark(c)))
					break;
				i = j;
				cp++;
			}
			t->kind = dig ? T_NUM : T_WORD;
		}
		t->bs = s;
		t->be = i;
		t->cs = scp;
		t->ce = cp;
		if (t->kind == T_WORD && i - s <= 255) {
			t->h = ak_hash_fixed(txt + s, i - s) | 1;
			__builtin_prefetch(&tcache[t->h & (TCN - 1)]);
		}
	}
	for (ti = 0; ti < ntoks; ti++) {
		struct tok *t = &toks[ti];

		fold_tok(&f, txt + t->bs, t->be - t->bs);
		if (t->kind == T_WORD && cache_get(t, &f))
			continue;
		if (t->kind == T_WORD) {
			struct word *w0;
			size_t pb = segment(f.p, f.len, &t->addal, &w0);

			t->guess = t->addal == 2;
			if (t->guess)
				t->addal = 0;
			t->prc = nletters(f.p, pb);
			t->prb = lead_bytes(t, t->prc);
			t->ffo = fb.len;
			t->ffl = f.len;
			ak_buf_add(&fb, f.p, f.len);
			t->fo = fb.len;
			if (t->addal)
				ak_buf_adds(&fb, "ا");
			ak_buf_add(&fb, f.p + pb, f.len - pb);
			t->fl = fb.len - t->fo;
			t->w = pb == 0 && !t->addal ? w0 : word_get(TF(t), t->fl);
			segment_suffix(t);
			if (t->sfc > 0)
				t->sfb = tail_bytes(t, t->sfc);
			t->def = definite1(t);
			t->w1 = t->def ? word_get(TF(t) + 4, t->fl - 4) : NULL;
			set_masks(t);
			cache_put(t, pb);
		} else {
			t->fo = t->ffo = fb.len;
			ak_buf_add(&fb, f.p, f.len);
			t->fl = t->ffl = f.len;
			if (t->kind == T_PUNCT && f.len == 1 &&
			    (unsigned char)f.p[0] < 0x80) {
				/* ASCII marks: looked up once */
				static struct word *aw[128];
				static unsigned char ad[128];
				unsigned char a = (unsigned char)f.p[0];

				if (!ad[a]) {
					aw[a] = word_get(f.p, 1);
					ad[a] = 1;
				}
				t->w = aw[a];
			} else
				t->w = word_get(TF(t), t->fl);
			set_masks(t);
			if (t->kind == T_NUM && f.len <= 6) {
				t->num = 0;
				for (k = 0; k < f.len; k++)
					t->num = isdigit((unsigned char)f.p[k]) ?
					    t->num * 10 + f.p[k] - '0' : -1000000;
				if (t->num < 0)
					t->num = -1;
			}
		}
	}
}

/* ------------------------------------------------------------------ */
/* matching                                                            */

static int
has(size_t i, enum cls c)
{
	return i < ntoks && (toks[i].wm & M(c));
}

static int
hasm(size_t i, uint32_t m)
{
	return i < ntoks && (toks[i].wm & m);
}

static int
definite(size_t i)
{
	return TW(i) && toks[i].def;
}

/* the article and at least two more letters */
static int
definite1(const struct tok *t)
{
	return startswith(fb.p + t->fo, t->fl, "ال") &&
	    nletters(fb.p + t->fo, t->fl) >= 4;
}

static int
bare(size_t i)			/* a word without proclitics */
{
	return TW(i) && toks[i].prc == 0;
}

static int
isfolded(size_t i, const char *s)
{
	return i < ntoks && toks[i].fl == strlen(s) &&
	    memcmp(TF(&toks[i]), s, toks[i].fl) == 0;
}

struct match {
	size_t		 n;		/* tokens */
	struct phrase	*p;
	int		 noal;		/* matched without the first ال */
};

/*
 * The longest phrase starting at token i with a class in want.  A phrase
 * also matches a first word that carries the article it lacks, for the
 * classes in alwant (العراقي for عراقي, الوزير for وزير).
 */
static void
cands_of(size_t i)
{
	static ak_buf key;
	int v;

	toks[i].cdone = 1;
	toks[i].c0 = ncands;
	toks[i].cn = 0;
	if (toks[i].kind == T_PUNCT)
		return;
	for (v = 0; v < 2; v++) {
		const char *f = TF(&toks[i]);
		size_t fl = toks[i].fl, n, j;
		struct word *w;

		if (v == 1) {
			if (!definite(i))
				break;
			f += 4;
			fl -= 4;
		}
		if ((w = v == 0 ? toks[i].w : toks[i].w1) == NULL)
			continue;
		ak_buf_reset(&key);
		ak_buf_add(&key, f, fl);
		for (n = 1, j = i; n <= w->maxfirst || n == 1; n++) {
			struct phrase *p;

			if (n == 1) {
				if ((p = w->ph) == NULL)
					continue;
			} else {
				/* inner words as written: العراق وسوريا */
				j++;
				if (j >= ntoks || toks[j - 1].sfc > 0)
					break;
				ak_buf_addc(&key, ' ');
				ak_buf_add(&key, fb.p + toks[j].ffo, toks[j].ffl);
				if ((p = ak_map_get(phrases, key.p,
				    key.len)) == NULL)
					break;
			}
			if (p->mask == 0)
				continue;
			if (ncands == acands) {
				acands = acands ? 2 * acands : 256;
				cands = ak_realloc(cands, acands * sizeof(*cands));
			}
			cands[ncands].mask = p->mask;
			cands[ncands].n = n;
			cands[ncands].noal = v;
			cands[ncands++].p = p;
			toks[i].cn++;
		}
	}
}

/*
 * The longest phrase starting at token i with a class in want.  A phrase
 * also matches a first word that carries the article it lacks, for the
 * classes in alwant (العراقي for عراقي, الوزير for وزير).
 */
static int
lex_match(size_t i, uint32_t want, uint32_t alwant, struct match *m)
{
	size_t k;

	m->n = 0;
	m->p = NULL;
	m->noal = 0;
	if (i >= ntoks || toks[i].kind == T_PUNCT)
		return 0;
	/* no phrase of these classes has this word: no need to look */
	if (!(toks[i].wi & want) && !(toks[i].w1i & alwant))
		return 0;
	if (!toks[i].cdone)
		cands_of(i);
	for (k = toks[i].c0; k < toks[i].c0 + toks[i].cn; k++) {
		const struct cand *c = &cands[k];

		if ((c->mask & (c->noal ? alwant : want)) && c->n > m->n) {
			m->n = c->n;
			m->p = c->p;
			m->noal = c->noal;
		}
	}
	return m->n > 0;
}

/* ------------------------------------------------------------------ */
/* mentions                                                            */

enum { K_ENT, K_ROLE };
#define T_DATE	(-1)

struct date {
	int	y, m, d, wd, rel;	/* 0 = unknown; rel -1 past +1 next */
	int	unit;			/* 'm' or 'y' for الشهر/العام + rel */
	int	mrel;			/* month + الماضي 'p', الجاري 'c', المقبل 'n' */
};

struct ment {
	int		 kind;		/* K_ENT, K_ROLE */
	int		 type;		/* C_PER C_ORG C_LOC or T_DATE */
	size_t		 i, j;		/* tokens [i, j) */
	const char	*country, *sector, *canon;
	long		 role;		/* index of the title role, or -1 */
	size_t		 hi, hj;	/* role head tokens */
	struct date	 dt;
};

static struct ment *ms;
static size_t nms, ams;

static struct ment *
ment_add(int kind, int type, size_t i, size_t j)
{
	struct ment *m;

	if (nms == ams) {
		ams = ams ? 2 * ams : 32;
		ms = ak_realloc(ms, ams * sizeof(*ms));
	}
	m = &ms[nms++];
	memset(m, 0, sizeof(*m));
	m->kind = kind;
	m->type = type;
	m->i = i;
	m->j = j;
	m->role = -1;
	return m;
}

static void
ment_from(struct ment *m, const struct ent *e)
{
	if (e == NULL)
		return;
	m->country = e->country;
	m->sector = e->sector;
	m->canon = e->canon;
}

/* ------------------------------------------------------------------ */
/* dates                                                               */

static int
month_at(size_t i, size_t *n)
{
	struct match m;

	if (i >= ntoks || toks[i].w == NULL ||
	    !(toks[i].wi & M(C_MONTH)) || !lex_match(i, M(C_MONTH), 0, &m))
		return 0;
	*n = m.n;
	return m.p->e[C_MONTH]->num;
}

static int
year_at(size_t i)
{
	return i < ntoks && toks[i].kind == T_NUM && toks[i].num >= 1000 &&
	    toks[i].num <= 2199 ? toks[i].num : 0;
}

static int
day_at(size_t i)
{
	return i < ntoks && toks[i].kind == T_NUM && toks[i].num >= 1 &&
	    toks[i].num <= 31 && toks[i].fl <= 2 ? toks[i].num : 0;
}

/* is token i one of the marks of set (UTF-8)? */
static int
punct_at(size_t i, const char *set)
{
	const char *p;
	size_t l;

	if (i >= ntoks || toks[i].kind != T_PUNCT)
		return 0;
	l = toks[i].fl;
	for (p = set; *p != '\0'; ) {
		size_t k = 0;

		ak_utf8_next(p, strlen(p), &k);
		if (k == l && memcmp(p, TF(&toks[i]), l) == 0)
			return 1;
		p += k;
	}
	return 0;
}

static size_t numeric_date(size_t, struct date *);

/*
 * A year, "(1993)", "1961 / 1962", "1308 هجري" (kept, but no Gregorian
 * value): tokens used, 0 if none.
 */
static size_t
year_part(size_t i, struct date *d)
{
	size_t j = i;
	int y, br = 0;

	if (punct_at(j, "(") && year_at(j + 1)) {
		br = 1;
		j++;
	}
	if ((y = year_at(j)) == 0)
		return 0;
	j++;
	if (punct_at(j, "/-") && year_at(j + 1) && toks[j + 1].num > y)
		j += 2;
	if (br) {
		if (!punct_at(j, ")"))
			return 0;
		j++;
	}
	if (has(j, C_CALENDAR)) {
		struct match m;

		/* هجري: a year of another calendar has no value here */
		if (lex_match(j, M(C_CALENDAR), 0, &m) &&
		    m.p->e[C_CALENDAR]->num == 1)
			y = -1;
		j++;
	}
	d->y = y;
	return j - i;
}

/* month [/ month] [عام] [year] at i: tokens used, 0 if no month */
static size_t
month_year(size_t i, struct date *d)
{
	size_t j = i, n;
	int mo, m2, y;

	if ((mo = month_at(j, &n)) == 0)
		return 0;
	d->m = mo;
	j += n;
	/* the paired name of the other series: كانون الأول ديسمبر */
	if (punct_at(j, "/-(") && (m2 = month_at(j + 1, &n)) != 0 &&
	    m2 == mo) {
		j += 1 + n;
		if (punct_at(j, ")"))
			j++;
	} else if ((m2 = month_at(j, &n)) == mo)
		j += n;
	if (punct_at(j, "(") && (n = numeric_date(j + 1, d)) > 0 &&
	    punct_at(j + 1 + n, ")")) {
		/* نيسان (26/4/1947) */
		j += n + 2;
	} else if ((n = year_part(has(j, C_YEARWORD) ? j + 1 : j, d)) > 0) {
		j += n + has(j, C_YEARWORD);
	} else if (punct_at(j, ",") && (y = year_at(j + 1)) != 0) {
		d->y = y;
		j += 2;
	} else if (has(j, C_DATEREL) && bare(j)) {
		/* آذار الماضي, أيلول الجاري: the year is the anchor's */
		d->mrel = isfolded(j, "الماضي") || isfolded(j, "الماضيه") ?
		    'p' : isfolded(j, "المقبل") || isfolded(j, "المقبله") ||
		    isfolded(j, "القادم") || isfolded(j, "القادمه") ? 'n' : 'c';
		j++;
	}
	return j - i;
}

/* "الثالث من", "الحادي والعشرين من" before a month: the day, 0 if none */
static int
dayord_at(size_t i, size_t *n)
{
	struct match m;

	if (i >= ntoks || toks[i].w == NULL ||
	    !(toks[i].wi & M(C_DAYORD)) || !lex_match(i, M(C_DAYORD), 0, &m) ||
	    !bare(i + m.n) || !isfolded(i + m.n, "من") ||
	    m.p->e[C_DAYORD]->num < 1 || m.p->e[C_DAYORD]->num > 31)
		return 0;
	*n = m.n + 1;
	return m.p->e[C_DAYORD]->num;
}

/* day [إلى day] month ... */
static size_t
day_month(size_t i, struct date *d)
{
	size_t j = i, n;
	int dd;

	if ((dd = day_at(j)) != 0) {
		j++;
		/* "7 إلى 8 أغسطس": no one day, the month is as precise as
		 * the text allows */
		if ((has(j, C_RANGE) || punct_at(j, "-")) && day_at(j + 1)) {
			j += 2;
			dd = -1;
		}
	} else if ((dd = dayord_at(j, &n)) != 0)
		j += n;
	else
		return 0;
	if ((n = month_year(j, d)) == 0)
		return 0;
	d->d = dd > 0 ? dd : 0;
	return j + n - i;
}

/* 21/9/2022, 2022-09-21 */
static size_t
numeric_date(size_t i, struct date *d)
{
	int a, b, c;

	if (i + 4 >= ntoks || toks[i].kind != T_NUM ||
	    !punct_at(i + 1, "/-.") || toks[i + 2].kind != T_NUM ||
	    !punct_at(i + 3, "/-.") || toks[i + 4].kind != T_NUM ||
	    TF(&toks[i + 1])[0] != TF(&toks[i + 3])[0])
		return 0;
	a = toks[i].num;
	b = toks[i + 2].num;
	c = toks[i + 4].num;
	if (year_at(i) && b >= 1 && b <= 12 && c >= 1 && c <= 31) {
		d->y = a; d->m = b; d->d = c;
	} else if (year_at(i + 4) && b >= 1 && b <= 12 && a >= 1 && a <= 31) {
		d->y = c; d->m = b; d->d = a;
	} else
		return 0;
	return 5;
}

/* a date expression at i: its length in tokens, 0 if none */
static size_t
date_at(size_t i, struct date *d)
{
	size_t j = i, n, k;
	int y;

	memset(d, 0, sizeof(*d));
	if (i >= ntoks)
		return 0;
	/* only numbers and date words start a date */
	if (toks[j].kind == T_WORD && (toks[j].w == NULL ||
	    !(toks[j].wi & (M_DATEW | M(C_DAYORD)))))
		return 0;
	if (has(j, C_DATEMOD) && bare(j + 1) && (has(j + 1, C_DATEUNIT) ||
	    has(j + 1, C_YEARWORD)) && has(j + 2, C_DATEREL)) {
		/* مطلع الشهر الجاري */
		d->unit = isfolded(j + 1, "الشهر") ? 'm' : 'y';
		d->rel = isfolded(j + 2, "الماضي") ? -1 :
		    isfolded(j + 2, "المقبل") || isfolded(j + 2, "القادم") ?
		    1 : 0;
		if (d->unit == 'm' || d->unit == 'y')
			return 3;
	}
	if (has(j, C_DATEMOD) && !has(j, C_WEEKDAY)) {
		k = date_at(j + 1, d);
		if (k > 0 && d->unit == 0)
			return k + 1;
		memset(d, 0, sizeof(*d));
		return 0;
	}
	if (TW(j) && has(j, C_WEEKDAY)) {
		struct match m;

		lex_match(j, M(C_WEEKDAY), 0, &m);
		d->wd = m.p->e[C_WEEKDAY]->num;
		j += m.n;
		if (has(j, C_DATEREL) && bare(j)) {
			d->rel = isfolded(j, "المقبل") ||
			    isfolded(j, "القادم") ? 1 : -1;
			j++;
		} else if (i > 0 && (isfolded(i - 1, "غد") ||
		    isfolded(i - 1, "غدا")))
			d->rel = 1;	/* "يوم غد الاثنين": the next one */
		k = j;
		if (punct_at(k, "(،,-"))
			k++;
		/* الأحد الموافق 5 آذار */
		if (has(k, C_DATELINK))
			k++;
		if ((n = day_month(k, d)) > 0 || (n = numeric_date(k, d)) > 0) {
			/* الثلاثاء (27 أيلول 2022) */
			if (punct_at(j, "(") && punct_at(k + n, ")"))
				n++;
			j = k + n;
		}
		return j - i;
	}
	if ((n = day_month(j, d)) > 0 || (n = numeric_date(j, d)) > 0 ||
	    (n = month_year(j, d)) > 0)
		return n;
	if (has(j, C_YEARWORD) && (n = year_part(j + 1, d)) > 0)
		return n + 1;
	/* a bare year, unless it counts the word after it (2000 جندي) */
	if ((y = year_at(j)) != 0 && y >= 1900 && y <= 2100 &&
	    toks[j].fl == 4 && (!TW(j + 1) || hasm(j + 1, M_FUNC |
	    M(C_DATEREL)) || definite(j + 1))) {
		d->y = y;
		return 1;
	}
	return 0;
}

struct anchor {
	int	y, m, d;		/* y == 0: none */
};

/* up to max digits of s at *i: their value, -1 if none */
static int
digits(const char *s, size_t *i, int max)
{
	int v = 0, k;

	for (k = 0; k < max && s[*i] >= '0' && s[*i] <= '9'; k++)
		v = 10 * v + (s[(*i)++] - '0');
	return k > 0 ? v : -1;
}

/* "YYYY-MM-DD..." (sscanf would cost more than the rest of a record) */
static int
parse_ymd(const char *s, struct anchor *a)
{
	size_t i = 0;

	memset(a, 0, sizeof(*a));
	if (s == NULL || strlen(s) < 10 || (a->y = digits(s, &i, 4)) < 0 ||
	    s[i++] != '-' || (a->m = digits(s, &i, 2)) < 1 || a->m > 12 ||
	    s[i++] != '-' || (a->d = digits(s, &i, 2)) < 1 || a->d > 31) {
		memset(a, 0, sizeof(*a));
		return 0;
	}
	return 1;
}

/*
 * "%04d-%02d-%02d" of the first n of y, m, d into out (11 bytes) when
 * they fit those widths, without printf (a hot spot); 0 when they do not
 */
static int
ymd(char *out, int n, int y, int m, int d)
{
	if (y < 0 || y > 9999 || m < 0 || m > 99 || d < 0 || d > 99)
		return 0;
	out[0] = (char)('0' + y / 1000);
	out[1] = (char)('0' + y / 100 % 10);
	out[2] = (char)('0' + y / 10 % 10);
	out[3] = (char)('0' + y % 10);
	out[4] = '\0';
	if (n >= 2) {
		out[4] = '-';
		out[5] = (char)('0' + m / 10);
		out[6] = (char)('0' + m % 10);
		out[7] = '\0';
	}
	if (n >= 3) {
		out[7] = '-';
		out[8] = (char)('0' + d / 10);
		out[9] = (char)('0' + d % 10);
		out[10] = '\0';
	}
	return 1;
}

/* snprintf(out, 11, ...) of the first n of y, m, d */
static void
date_str(char *out, int n, int y, int m, int d)
{
	if (ymd(out, n, y, m, d))
		return;
	if (n == 1)
		snprintf(out, 11, "%04d", y);
	else if (n == 2)
		snprintf(out, 11, "%04d-%02d", y, m);
	else
		snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
}

/* the ISO value of a date mention against the anchor; "" if none */
static void
date_value(const struct date *d, const struct anchor *a, char *out)
{
	int y = d->y, m = d->m, dd = d->d;

	out[0] = '\0';
	if (y < 0)
		return;
	if (d->unit) {
		if (a->y == 0)
			return;
		if (d->unit == 'y')
			date_str(out, 1, a->y + d->rel, 0, 0);
		else {
			m = a->m + d->rel;
			y = a->y;
			if (m < 1) { m = 12; y--; }
			if (m > 12) { m = 1; y++; }
			date_str(out, 2, y, m, 0);
		}
		return;
	}
	if (m != 0 && y == 0 && a->y != 0) {
		y = a->y;
		if (d->mrel == 'p' ? m >= a->m : d->mrel == 'n' ? m <= a->m :
		    d->mrel == 0 && m > a->m + 1)
			/* "في ديسمبر" read in January */
			y += d->mrel == 'n' ? 1 : -1;
	}
	if (y != 0 && m != 0 && dd != 0) {
		date_str(out, 3, y, m, dd);
		return;
	}
	if (d->wd != 0 && a->y != 0) {
		long z = ak_days_from_civil(a->y, a->m, a->d);
		/* 1970-01-01 was a Thursday: ICU weekday 5 */
		int wd = (int)(((z % 7) + 7 + 4) % 7) + 1, back;

		back = (wd - d->wd + 7) % 7;
		if (d->rel > 0)
			z += (d->wd - wd + 7) % 7 ? (d->wd - wd + 7) % 7 : 7;
		else
			z -= back == 0 && d->rel < 0 ? 7 : back;
		ak_civil_from_days(z, &y, &m, &dd);
		date_str(out, 3, y, m, dd);
		return;
	}
	if (y != 0 && m != 0)
		date_str(out, 2, y, m, 0);
	else if (y != 0)
		date_str(out, 1, y, 0, 0);
}

/* ------------------------------------------------------------------ */
/* patterns                                                            */


/*
 * علي the name and على the preposition fold alike: a given name that is
 * also a function word counts as a name only when written with final yeh.
 */
static int
yeh_final(size_t i)
{
	const struct tok *t = &toks[i];
	size_t e = t->be - t->sfb;

	return e >= t->bs + 2 && memcmp(txt + e - 2, "ي", 2) == 0;
}

/* could token i be part of a person's name?  strict: no common word */
static int
namelike(size_t i, int strict)
{
	const struct word *w;
	uint32_t wm = i < ntoks ? toks[i].wm : 0;
	uint32_t wi = i < ntoks ? toks[i].wi : 0;

	if (!TW(i) || nletters(TF(&toks[i]), toks[i].fl) < 2)
		return 0;
	if ((w = toks[i].w) == NULL)
		return 1;
	if ((wm & M_NAMEW) && (!(wm & M(C_STOP)) || yeh_final(i)))
		return 1;
	/* a nisba without the article inside a name: علي تركي الجمالي */
	if (!strict && (wm & M(C_NISBA)) && !definite(i) &&
	    !(wm & (M_FUNC | M_DATEW)))
		return 1;
	if (wm & M_NOTNAME)
		return 0;
	if (wi & (M(C_PER) | M(C_GIVEN)))
		return 1;
	if (wm & M(C_WORD))
		return !strict && !definite(i);
	return !strict;
}

/*
 * Words that follow a name but are not part of it: a present-tense verb
 * ("فؤاد حسين يشارك") or an adverbial accusative ("هزار عمر ممثلاً").
 */
static int
notcont(size_t i)
{
	const struct tok *t = &toks[i];
	const char *f = TF(t);

	if (t->w != NULL)
		return 0;
	if (nletters(f, t->fl) >= 4 && (startswith(f, t->fl, "ي") ||
	    startswith(f, t->fl, "ت")))
		return 1;
	/* a pronoun suffix: "رقمها" */
	if (nletters(f, t->fl) >= 4 && (memcmp(f + t->fl - 4, "ها", 4) == 0 ||
	    memcmp(f + t->fl - 4, "هم", 4) == 0))
		return 1;
	return t->be - t->bs >= 4 && (memcmp(txt + t->be - 2, "\u064b", 2) == 0 ||
	    memcmp(txt + t->be - 4, "\u064b\u0627", 4) == 0);
}

/* a one-word nisba (with or without the article) */
static int
nisba1(size_t i)
{
	struct match m;

	return lex_match(i, M(C_NISBA), M(C_NISBA), &m) && m.n == 1 &&
	    !(m.p->mask & M_NAME);
}

/* a word of a place name after a place type: كفر عانة, بيت نبالا */
static int
placelike(size_t i)
{
	const struct word *w;
	uint32_t wm = i < ntoks ? toks[i].wm : 0;
	uint32_t wi = i < ntoks ? toks[i].wi : 0;

	if (!TW(i) || nletters(TF(&toks[i]), toks[i].fl) < 2)
		return 0;
	if ((w = toks[i].w) == NULL)
		return 1;
	if (wm & (M_FUNC | M_DATEW | M(C_NISBA) | M(C_ADJ) |
	    M(C_GENERIC) | M(C_ROLE) | M(C_GROUP)))
		return 0;
	return (wm & (M(C_LOC) | M(C_CONNECT) | M(C_GIVEN) | M(C_PER))) ||
	    (wi & M(C_LOC)) || !(wm & M(C_WORD));
}

/* does a name end before token i?  ("سعدون ورئيس", "سعدون،", "سعدون في") */
static int
boundary(size_t i)
{
	return !TW(i) || toks[i].prc > 0 || hasm(i, M_FUNC | M(C_ROLE) |
	    M(C_GROUP));
}

/*
 * The third and fourth words of a name: a name word, a word after a
 * particle (عبد العزيز), an unknown word with the article (a family name)
 * or a nisba used as one.
 */
static int
nameword(size_t j)
{
	const struct word *w = j < ntoks ? toks[j].w : NULL;
	uint32_t wm = j < ntoks ? toks[j].wm : 0;
	uint32_t wi = j < ntoks ? toks[j].wi : 0;

	if (!TW(j))
		return 0;
	if (w != NULL && (wm & M_NAMEW) && !(wm & M(C_STOP)))
		return 1;
	if (w != NULL && !(wm & M_NOTNAME) && (wi & M(C_PER)))
		return 1;
	if (has(j - 1, C_CONNECT) && !definite(j - 1) && !hasm(j, M_FUNC))
		return 1;
	return definite(j) && (w == NULL || nisba1(j));
}

/* does token j go on the name that starts at i? */
static int
nextname(size_t i, size_t j, int afterrole)
{
	if (j >= ntoks || (!bare(j) && !toks[j].guess) ||
	    toks[j - 1].sfc > 0 || toks[j].sfc > 0 || notcont(j))
		return 0;
	/* "طالب حسين بتسريع", "لتعزيز", "بالإفراج": ب or ل on a verbal
	 * noun or on the article starts a phrase, not a surname */
	if (toks[j].w == NULL && toks[j].fl > 6 &&
	    (startswith(TF(&toks[j]), toks[j].fl, "بت") ||
	    startswith(TF(&toks[j]), toks[j].fl, "لت") ||
	    startswith(TF(&toks[j]), toks[j].fl, "بال") ||
	    startswith(TF(&toks[j]), toks[j].fl, "لل")))
		return 0;
	if (toks[j].guess)
		return boundary(j + 1) || (surnames != NULL &&
		    ak_map_get(surnames, fb.p + toks[j].ffo, toks[j].ffl));
	if (j == i + 1)
		return namelike(j, !afterrole) || (definite(j) && nisba1(j)) ||
		    (has(i, C_CONNECT) && !definite(i) && !hasm(j, M_FUNC));
	return nameword(j) || (toks[j].w == NULL && boundary(j + 1));
}

/* a person's name at i: [first, rest...], at most four words */
static size_t
name_span(size_t i, int afterrole)
{
	size_t j = i;

	/* a name takes no pronoun: "تابعته" */
	if (!namelike(i, !afterrole) || toks[i].sfc > 0)
		return 0;
	if (!afterrole && !has(i, C_GIVEN))
		return 0;
	if (afterrole && !hasm(i, M_NAMEW) && !(toks[i].w != NULL &&
	    (toks[i].wi & M(C_PER)))) {
		/*
		 * An unknown or common first word after a title: not a
		 * preposition phrase ("بتاريخ", "لتأمين"), not a feminine
		 * noun, and a common word only before a name-like word.
		 */
		if (toks[i].w == NULL && (startswith(TF(&toks[i]),
		    toks[i].fl, "ب") || startswith(TF(&toks[i]), toks[i].fl,
		    "ل") || memcmp(txt + toks[i].be - 2, "ة", 2) == 0))
			return 0;
		/* "أجرى الوزير اتصالاً": a name takes no tanween */
		if (memmem(txt + toks[i].bs, toks[i].be - toks[i].bs,
		    "\xd9\x8b", 2) != NULL)
			return 0;
		if (toks[i].w != NULL && !(bare(i + 1) && namelike(i + 1, 1)))
			return 0;
	}
	for (j = i + 1; j < i + 4 && nextname(i, j, afterrole); j++)
		;
	while (j > i + 1 && has(j - 1, C_CONNECT) && !has(j - 1, C_GIVEN) &&
	    !definite(j - 1))
		j--;
	/* a given name alone, when it is nothing else: "قال سمير" */
	if (j == i + 1 && !afterrole && (toks[i].wm & ~(M(C_GIVEN) |
	    M(C_PER))) != 0)
		return 0;
	return j - i;
}

/* a named ORG or LOC from the lexicon at i: tokens, or 0 */
static int titlectx;	/* inside a title: "لشؤون الشرق الأوسط" is a place */

static size_t
name_at(size_t i, uint32_t want, const struct ent **e, int *type)
{
	struct match m;

	if (!lex_match(i, want, 0, &m))
		return 0;
	if ((m.p->mask & M(C_LOC)) && (want & M(C_LOC)) &&
	    (!(m.p->mask & (M(C_ORG) | M(C_PER))) || titlectx || (i > 0 &&
	    has(i - 1, C_LOCPREP) && !(i > 1 && hasm(i - 2, M(C_GROUP) |
	    M(C_ROLE)))) || (toks[i].prc > 0 &&
	    memcmp(txt + toks[i].bs + toks[i].prb - 2, "ب", 2) == 0))) {
		*type = C_LOC;
	} else if ((m.p->mask & M(C_PER)) && (want & M(C_PER)))
		*type = C_PER;
	else if ((m.p->mask & M(C_ORG)) && (want & M(C_ORG)))
		*type = C_ORG;
	else
		*type = C_LOC;
	*e = m.p->e[*type];
	return m.n;
}

/* gender agreement of a noun and its adjective: both with ة or neither */
static int
agree(size_t n, size_t a)
{
	const char *f = TF(&toks[n]), *g = TF(&toks[a]);
	size_t fl = toks[n].fl, gl = toks[a].fl;
	int fn = fl >= 2 && memcmp(f + fl - 2, "ه", 2) == 0;
	int fa = gl >= 2 && memcmp(g + gl - 2, "ه", 2) == 0;

	return fn == fa;
}

/*
 * An organisation or facility opened by a head word: وزارة الدفاع
 * الأميركية, جهاز مكافحة الإرهاب, حكومة إقليم كردستان, تنظيم داعش,
 * مطار بغداد الدولي, قاعدة عين الأسد; or with the article and an
 * adjective: الحكومة العراقية, الجيش الأمريكي.
 */
/*
 * Adjectives of the genitive noun n from j on, not of the head: "وزارة
 * التعليم العالي", "لجنة الأمن الوطني" (at most two).  Returns the end.
 */
static size_t
gen_adj(size_t j, size_t n)
{
	size_t k;

	for (k = j; k < j + 2 && bare(k) && toks[k - 1].sfc == 0 &&
	    definite(k) && has(k, C_ADJ) && !has(k, C_NISBA) && agree(n, k);
	    k++)
		;
	return k;
}

/*
 * و + a noun with the article; also written as one word when the lexicon
 * keeps it whole for a phrase ("والتعاون" of "التخطيط والتعاون الإنمائي")
 */
static int
conj_def(size_t j)
{
	if (!TW(j))
		return 0;
	if (toks[j].prc == 1)
		return memcmp(txt + toks[j].bs, "و", 2) == 0 && definite(j);
	return toks[j].prc == 0 && toks[j].wm == 0 &&
	    startswith(TF(&toks[j]), toks[j].fl, "وال") &&
	    nletters(TF(&toks[j]), toks[j].fl) >= 6;
}

/* an unknown word shaped like an adjective: سري، جوية */
static int
adjshape(size_t j)
{
	const char *f = TF(&toks[j]);
	size_t fl = toks[j].fl;

	return (fl >= 2 && memcmp(f + fl - 2, "ي", 2) == 0) ||
	    (fl >= 4 && memcmp(f + fl - 4, "يه", 4) == 0);
}

static size_t
chain(size_t i, size_t hn, int def, int fac, const char **country)
{
	size_t j = i + hn, k;
	int named = 0, closed = 0, nind = 0, nunk = 1, t;
	const struct ent *e;
	struct match lm;

	if (!def) {
		while (j < ntoks && bare(j) && toks[j - 1].sfc == 0) {
			/*
			 * "وزارة الخارجية والتعاون الدولي الإماراتية": a
			 * portfolio named with the article (الخارجية, GOV)
			 * is the genitive of the chain, not a name that
			 * closes it
			 */
			if ((k = name_at(j, M(C_ORG) | M(C_LOC), &e, &t)) > 0 &&
			    !(k == 1 && t == C_ORG && definite(j) && e != NULL &&
			    e->sector != NULL && strcmp(e->sector, "GOV") == 0)) {
				/*
				 * "وزراء خارجية دول مجلس التعاون" (a portfolio
				 * of a title), "وكالة شفق نيوز", "شركة أدنوك":
				 * the organisation inside is the name
				 */
				if (t == C_ORG && ((nind > 0 && i > 0 &&
				    hasm(i - 1, M(C_ROLE) | M(C_GROUP))) ||
				    (e != NULL &&
				    e->sector != NULL &&
				    (strcmp(e->sector, "MED") == 0 ||
				    strcmp(e->sector, "BUS") == 0))))
					return 0;
				if (e != NULL && e->country != NULL)
					*country = e->country;
				j += k;
				named = closed = 1;
				break;
			}
			if (hasm(j, M_FUNC | M_DATEW | M(C_ROLE) |
			    M(C_GROUP) | M(C_GENERIC) | M(C_NISBA)) ||
			    toks[j].kind != T_WORD)
				return 0;
			/* "قاعدة البيانات" is no place */
			if (definite(j) && fac && (toks[j].wm & M(C_WORD)) &&
			    !(toks[j].wi & M_NAME))
				return 0;
			/* "سد تشرين": a facility of its own ("بلدية مدينة
			 * البيرة" is the municipality: a place type stays) */
			if (has(j, C_FACILITY) && !has(j, C_ORGHEAD) &&
			    !definite(j))
				return 0;
			if (definite(j)) {
				j = gen_adj(j + 1, j);
				closed = 1;
				/* وزارة التربية والتعليم: one conjunct */
				if (conj_def(j) && !hasm(j, M_FUNC |
				    M_DATEW | M(C_ROLE) | M(C_GROUP) |
				    M(C_GENERIC) | M(C_NISBA) | M_NAME) &&
				    toks[j - 1].sfc == 0)
					j = gen_adj(j + 1, j);
				break;
			}
			if (++nind > 2)
				return 0;
			/* a word of its own other than a name: no name */
			if ((toks[j].wm & ~(M(C_LOC) | M(C_GIVEN) |
			    M(C_PER))) != 0 || adjshape(j))
				nunk = 0;
			j++;
		}
		/*
		 * "جسر قره قوزاق": a facility named by two words the
		 * lexicon does not know, up to the end of the phrase (one
		 * is too often an adjective: "سجن كبير")
		 */
		if (!closed && fac && nind == 2 && nunk && (!TW(j) ||
		    toks[j].prc > 0 || hasm(j, M_FUNC | M_DATEW)))
			closed = 1;
		if (!closed)
			return 0;
	}
	for (k = j; k < j + 3 && bare(k) && toks[k - 1].sfc == 0 &&
	    definite(k) && agree(i + hn - 1, k); k++) {
		struct match m;

		if (!named && lex_match(k, M(C_NISBA), M(C_NISBA), &m) &&
		    m.n == 1) {
			if (m.p->e[C_NISBA]->country)
				*country = m.p->e[C_NISBA]->country;
			continue;
		}
		if (has(k, C_ADJ) && (fac || !named))
			continue;
		break;
	}
	if (def && k == j)
		return 0;
	/* "الأمانة العامة لمجلس التعاون": a body of a named organisation */
	if (def && toks[k - 1].sfc == 0 && toks[k].prc > 0 &&
	    toks[k].prb == 2 && memcmp(txt + toks[k].bs, "ل", 2) == 0 &&
	    (j = name_at(k, M(C_ORG), &e, &t)) > 0 && t == C_ORG) {
		if (e != NULL && e->country != NULL)
			*country = e->country;
		k += j;
	} else if (def && toks[k - 1].sfc == 0 && toks[k].prc == 1 &&
	    toks[k].prb == 2 && memcmp(txt + toks[k].bs, "ل", 2) == 0 &&
	    TW(k) && !hasm(k, M_FUNC | M_DATEW | M(C_ROLE) | M(C_GROUP) |
	    M(C_NISBA) | M_NAME) && !lex_match(k, M(C_ROLE) | M(C_GROUP) |
	    M(C_ORGHEAD) | M(C_FACILITY) | M(C_LOCHEAD), 0, &lm)) {
		/*
		 * "المجلس القومي لحقوق الإنسان", "الهيئة الوطنية
		 * للانتخابات": a body's remit, ل + a noun (with its definite
		 * genitive when the noun is indefinite); not an addressee
		 * ("قال المجلس الرئاسي لوسائل الإعلام")
		 */
		if (definite(k))
			k = gen_adj(k + 1, k);
		else if (toks[k].sfc == 0 && bare(k + 1) && definite(k + 1) &&
		    !hasm(k + 1, M_FUNC | M_DATEW | M(C_ROLE) | M(C_GROUP) |
		    M(C_NISBA)))
			k = gen_adj(k + 2, k + 1);
	}
	return k - i;
}

static size_t pat_at(size_t i, int inrole);

static int docstart;	/* the next sentence is its document's first */

static void
surnames_reset(void)
{
	docstart = 1;
	ak_map_free(surnames, NULL);
	surnames = ak_map_new();
}

static int
surname_at(size_t i)
{
	const struct tok *t = &toks[i];

	if (surnames != NULL && TW(i) && t->guess &&
	    ak_map_get(surnames, fb.p + t->ffo, t->ffl) != NULL)
		return 0;	/* والاندر: the whole word is the name */
	return surnames != NULL && TW(i) && nletters(TF(t), t->fl) >= 3 &&
	    !hasm(i, M_NOTNAME & ~(M(C_NISBA) | M(C_ORG) | M(C_LOC))) &&
	    ak_map_get(surnames, TF(t), t->fl) != NULL;
}

static void
surnames_add(void)
{
	size_t k;

	for (k = 0; k < nms; k++)
		if (ms[k].kind == K_ENT && ms[k].type == C_PER &&
		    ms[k].j - ms[k].i >= 2 && toks[ms[k].j - 1].sfc == 0 &&
		    !(toks[ms[k].j - 1].wm & (M_NOTNAME | M(C_CONNECT) |
		    M(C_WORD)))) {
			const struct tok *t = &toks[ms[k].j - 1];

			/* as written when و was only guessed off: والاندر */
			if (t->guess)
				*ak_map_put(surnames, fb.p + t->ffo, t->ffl) =
				    (void *)1;
			else
				*ak_map_put(surnames, TF(t), t->fl) = (void *)1;
		}
}

/* what a PER after a role is: the role's text is its title */
static size_t
person_after(size_t j, long role)
{
	const struct ent *e = NULL;
	struct ment *m;
	size_t n;
	int t;

	if (!bare(j))
		return 0;
	if ((n = name_at(j, M(C_PER), &e, &t)) == 0) {
		/* "باغتيال سليماني": the known name is the person */
		if (toks[j].w == NULL && name_at(j + 1, M(C_PER), &e, &t))
			return 0;
		if ((n = name_span(j, 1)) == 0)
			return 0;
	}
	/* the lexicon's name and the unknown rest: جمعة عناد سعدون */
	while (e != NULL && n < 4 && bare(j + n) && toks[j + n].w == NULL &&
	    !notcont(j + n) && boundary(j + n + 1))
		n++;
	m = ment_add(K_ENT, C_PER, j, j + n);
	ment_from(m, e);
	m->role = role;
	if (ms[role].country != NULL && m->country == NULL)
		m->country = ms[role].country;
	if (ms[role].sector != NULL && m->sector == NULL)
		m->sector = ms[role].sector;
	return n;
}

/*
 * May token i head a construct (إضافة)?  Not with the article, nor with
 * the nun of a sound plural or a dual (مسلحون، المسلحين، جنديان).
 */
static int
construct_head(size_t i)
{
	const char *f = TF(&toks[i]);
	size_t n = toks[i].fl;

	if (definite(i) || n < 4)
		return 0;
	return !(memcmp(f + n - 4, "ون", 4) == 0 ||
	    memcmp(f + n - 4, "ين", 4) == 0 || memcmp(f + n - 4, "ان", 4) == 0);
}

/*
 * Could token i, with the article, be an adjective (العسكرية، المسلحة,
 * a nationality) rather than a noun (الهجوم)?
 */
static int
adjective_like(size_t i)
{
	const char *f = TF(&toks[i]);

	if (has(i, C_ADJ) || has(i, C_NISBA))
		return 1;
	/* a participle: ال + م (المسلحة، المتحدة) */
	return definite(i) && toks[i].fl > 8 && memcmp(f + 4, "م", 2) == 0;
}

/* a title or a group, its complements, the name that follows */
static size_t
role_at(size_t i, const struct match *rm)
{
	int isgroup = !(rm->p->mask & M(C_ROLE));
	const struct ent *re = rm->p->e[isgroup ? C_GROUP : C_ROLE];
	const char *country = re->country, *sector = re->sector;
	size_t j = i + rm->n, n, ndef = 0, r, keep, k;
	int adj = 0, named = 0, portfolio = 0;
	size_t cut = 0, cutms = 0, pn;
	const char *cutcountry = NULL, *cutsector = NULL;
	struct match m, m2;

	/* "السفير الأمريكي" listed whole: the nisba inside gives the country */
	for (n = i + 1; country == NULL && n < j; n++)
		if (lex_match(n, M(C_NISBA), M(C_NISBA), &m) && m.n == 1)
			country = m.p->e[C_NISBA]->country;

	while (j < ntoks && j < i + rm->n + 10 && toks[j - 1].sfc == 0) {
		/* "العميد الركن": titles in a row.  After a nationality
		 * or a name inside, a title is another person's
		 * ("وزير الخارجية الأردني السفيرَ الأمريكي") unless a name
		 * ends the row ("رئيس مجلس الوزراء وزير الخارجية القطري
		 * الشيخ محمد"): remember where to cut */
		if (!isgroup && bare(j) && lex_match(j, M(C_ROLE),
		    M(C_ROLE), &m)) {
			if ((adj || named) && cut == 0) {
				cut = j;
				cutms = nms;
				cutcountry = country;
				cutsector = sector;
			}
			if (sector == NULL)
				sector = m.p->e[C_ROLE]->sector;
			j += m.n;
			continue;
		}
		/* "العميد الركن تركي المالكي": a definite title takes a
		 * definite nisba; an indefinite one starts the name */
		if (bare(j) && lex_match(j, M(C_NISBA), M(C_NISBA), &m) &&
		    !(m.p->mask & M_NAME) && (definite(j) || !definite(j - 1))) {
			size_t g = j - 1, h;

			/*
			 * "مساعد وزير الخارجية العراقية": a nisba that agrees
			 * with the ministry and not with the title makes the
			 * ministry an ORG.
			 */
			for (h = j - 1; h > i && definite(h); h--)
				;
			if (g > i && definite(g) && m.n == 1 && definite(j) &&
			    agree(g, j) && !agree(h, j) &&
			    lex_match(g, 0, M(C_ORGHEAD), &m2)) {
				struct ment *o = ment_add(K_ENT, C_ORG, g,
				    j + 1);

				o->sector = m2.p->e[C_ORGHEAD]->sector;
				o->country = m.p->e[C_NISBA]->country;
			}
			if (m.p->e[C_NISBA]->country != NULL)
				country = m.p->e[C_NISBA]->country;
			j += m.n;
			adj = 1;
			continue;
		}
		keep = nms;
		if (bare(j) && (n = pat_at(j, 1)) > 0) {
			/* the title ends at the person's name; after its
			 * nationality a name is its verb's object
			 * ("أغلقت السلطات الإسرائيلية معبر كرم أبو سالم") */
			if (ms[nms - 1].type == C_PER || adj) {
				nms = keep;
				break;
			}
			/* the name inside the title: رئيس حكومة إقليم كردستان */
			if (country == NULL && ms[nms - 1].country != NULL)
				country = ms[nms - 1].country;
			j += n;
			named = 1;
			continue;
		}
		if (toks[j].prc > 0 && isfolded(j, "شؤون") &&
		    memcmp(txt + toks[j].bs, "ل", 2) == 0) {
			/* لشؤون الشرق الأوسط: a name, or the portfolio */
			j++;
			portfolio = 1;
			titlectx = 1;
			n = bare(j) ? pat_at(j, 1) : 0;
			titlectx = 0;
			if (n > 0)
				j += n;
			else
				while (bare(j) && definite(j) &&
				    !hasm(j, M_FUNC | M_DATEW | M(C_ROLE) |
				    M(C_GROUP)))
					j++;
			continue;
		}
		/* "القائد السابق لفيلق القدس الإيراني", "الأمين العام لحزب
		 * الله": the body after ل is the title's; the name inside */
		keep = nms;
		/* "القائد السابق لـ": a modifier of the title before it */
		k = j;
		if (!isgroup && bare(j) && definite(j) && hasm(j,
		    M(C_GENERIC)) && j + 1 < ntoks && toks[j + 1].prc > 0)
			k = j + 1;
		if (!isgroup && toks[k].prc > 0 &&
		    memcmp(txt + toks[k].bs, "ل", 2) == 0 &&
		    (n = pat_at(k, 1)) > 0) {
			if (ms[nms - 1].type == C_ORG ||
			    ms[nms - 1].type == C_LOC) {
				if (country == NULL &&
				    ms[nms - 1].country != NULL)
					country = ms[nms - 1].country;
				j = k + n;
				named = 1;
				continue;
			}
			nms = keep;
		}
		keep = nms;
		/* "السفير الأمريكي في بغداد": the post's place; not after a
		 * portfolio ("مساعدة الوزير لشؤون الأمن الدولي في بغداد":
		 * where she was) */
		if (!isgroup && !portfolio && bare(j) && has(j, C_LOCPREP) &&
		    bare(j + 1) && (n = pat_at(j + 1, 1)) > 0) {
			if (ms[nms - 1].type == C_LOC) {
				j += 1 + n;
				continue;
			}
			nms = keep;
		}
		/* the portfolio: a known word, not a name (ألينا، العباسي),
		 * nor another title or group; none after a name ("المتحدث
		 * باسم الحكومة العراقية الهجوم": the object of the verb);
		 * of a group only after a head in the construct state (قوات
		 * الاحتلال) or as an adjective (الجماعات المسلحة), not
		 * "مسلحون النار" or "الوزارة الهجوم" (its object) */
		if ((!isgroup || construct_head(j - 1) || (definite(j - 1) &&
		    adjective_like(j))) &&
		    bare(j) && definite(j) && ndef < 3 && !adj && !named &&
		    toks[j].w != NULL && !(toks[j].wm & M_NAMEW) &&
		    !(toks[j].wi & M(C_PER)) &&
		    !hasm(j, M_FUNC | M_DATEW | M(C_GENERIC) | M(C_ROLE) |
		    M(C_GROUP))) {
			ndef++;
			j++;
			continue;
		}
		break;
	}
	r = nms;
	{
		struct ment *mm = ment_add(K_ROLE, isgroup ? C_GROUP : C_ROLE,
		    i, j);

		mm->country = country;
		mm->sector = sector;
		mm->hi = i;
		mm->hj = i + rm->n;
		if (!isgroup && (pn = person_after(j, (long)r)) == 0 &&
		    cut > 0) {
			/* no name ends the row: two persons */
			nms = cutms;
			mm = ment_add(K_ROLE, C_ROLE, i, cut);
			mm->country = cutcountry;
			mm->sector = cutsector;
			mm->hi = i;
			mm->hj = i + rm->n;
			return cut - i;
		}
		if (!isgroup)
			j += pn;
	}
	return j - i;
}

/*
 * "بيان صحافي", "مصدر أمني": a one-word indefinite title ending in ي right
 * after an indefinite noun is that noun's adjective, not a title; so is a
 * one-word definite title that is also an adjective (ADJ) right after a
 * definite noun: "المتطلبات الرئيسة" (main), not the president.
 */
static int
adjrole(size_t i, const struct match *rm)
{
	const char *f = TF(&toks[i]);
	size_t fl = toks[i].fl;

	if (rm->n != 1 || toks[i].prc != 0 || i == 0 || !TW(i - 1) ||
	    hasm(i - 1, M_FUNC | M_DATEW | M(C_ROLE) | M(C_GROUP) | M_NAME))
		return 0;
	if (definite(i))
		return has(i, C_ADJ) && definite(i - 1);
	return !rm->noal && fl >= 2 && memcmp(f + fl - 2, "ي", 2) == 0 &&
	    !definite(i - 1) && toks[i - 1].sfc == 0;
}

/* ICU's country of the one word at i, or NULL */
static const char *
country_at(size_t i)
{
	return TW(i) ? ak_map_get(countries, TF(&toks[i]), toks[i].fl) : NULL;
}

/*
 * A lexicon place that is also ICU's name of another country (عمان:
 * Amman, Oman) is the country when joined by و to a country name:
 * "الكويت وعمان", "عمان والبحرين".
 */
static void
city_or_country(struct ment *m, size_t i)
{
	const char *iso = country_at(i), *other;

	if (iso == NULL || m->country == NULL || strcmp(iso, m->country) == 0)
		return;
	if ((toks[i].prc == 1 && memcmp(txt + toks[i].bs, "و", 2) == 0 &&
	    i > 0 && (other = country_at(i - 1)) != NULL) ||
	    (i + 1 < ntoks && toks[i + 1].prc == 1 &&
	    memcmp(txt + toks[i + 1].bs, "و", 2) == 0 &&
	    (other = country_at(i + 1)) != NULL)) {
		if (strcmp(other, iso) == 0)
			return;
		m->country = iso;
		m->canon = NULL;
	}
}

/*
 * Everything but dates at token i: lexicon names, head-word patterns,
 * roles, given names.  Adds mentions; returns the tokens used, 0 if none.
 */
static size_t
pat_at(size_t i, int inrole)
{
	struct match rm, hm;
	const struct ent *e = NULL;
	const char *country = NULL;
	size_t nn, no = 0, ng = 0, best;
	int t = C_LOC, fac = 0, lochead, lt;
	const struct ent *le;
	struct match lm;
	struct ment *m;

	if (!TW(i))
		return 0;
	nn = name_at(i, M_NAME, &e, &t);
	/* "أزمة مالي", "دعم مالي": a place that is also an adjective */
	if (nn == 1 && t == C_LOC && (toks[i].wm & M(C_ADJ)) && i > 0 &&
	    toks[i].prc == 0 && !definite(i) && TW(i - 1) &&
	    !definite(i - 1) && toks[i - 1].sfc == 0 && !hasm(i - 1, M_FUNC |
	    M_DATEW | M(C_ROLE) | M(C_GROUP) | M_NAME | M(C_LOCHEAD) |
	    M(C_ORGHEAD) | M(C_FACILITY) | M(C_CONNECT)))
		nn = 0;
	if (lex_match(i, M(C_ORGHEAD) | M(C_FACILITY), M(C_ORGHEAD), &hm)) {
		fac = !hm.noal && (hm.p->mask & M(C_FACILITY)) &&
		    !(hm.p->mask & M(C_ORGHEAD));
		/*
		 * قضاء الحويجة is a place, القضاء العراقي the judiciary;
		 * جبهة الجولان a front line, جبهة التحرير الوطني a party: a
		 * word that heads both is a place type before a known place or an
		 * unknown word
		 */
		if (hm.noal || !(hm.p->mask & M(C_LOCHEAD)) ||
		    (!name_at(i + hm.n, M(C_LOC), &le, &lt) &&
		    (!TW(i + hm.n) || toks[i + hm.n].w != NULL)))
			no = chain(i, hm.n, hm.noal, fac, &country);
	}
	if (!inrole && has(i, C_GIVEN) && (!has(i, C_STOP) || yeh_final(i)))
		ng = name_span(i, 0);
	best = nn > no ? nn : no;
	/* محافظة البصرة: the province, not its governor */
	lochead = lex_match(i, M(C_LOCHEAD), 0, &lm) && bare(i + lm.n) &&
	    (placelike(i + lm.n) || name_at(i + lm.n, M(C_LOC), &le, &lt));
	if (!inrole && !lochead && lex_match(i, M(C_ROLE) | M(C_GROUP),
	    M(C_GROUP), &rm) && rm.n >= best && rm.n >= ng &&
	    !adjrole(i, &rm)) {
		size_t k, n;

		/* "رئيس حكومة" + "إقليم كردستان": the name inside wins */
		for (k = i + 1; k < i + rm.n; k++) {
			const char *c = NULL;
			struct match h;

			if (lex_match(k, M(C_ORGHEAD) | M(C_FACILITY),
			    M(C_ORGHEAD), &h) && (n = chain(k, h.n, h.noal,
			    0, &c)) > 0 && k + n > i + rm.n) {
				rm.n = k - i;
				break;
			}
		}
		return role_at(i, &rm);
	}
	if (ng > best && !(nn > 0 && t == C_PER)) {
		ment_add(K_ENT, C_PER, i, i + ng);
		return ng;
	}
	if (nn > 0 && nn >= no) {
		m = ment_add(K_ENT, t, i, i + nn);
		ment_from(m, e);
		if (nn == 1 && t == C_LOC)
			city_or_country(m, i);
		return nn;
	}
	/* شركة "قدس", صحيفة «الغد»: the quoted name of a company or outlet */
	if (no == 0 && nn == 0 && !inrole && lex_match(i, M(C_ORGHEAD), 0,
	    &hm) && !definite(i) && (e = hm.p->e[C_ORGHEAD])->sector != NULL &&
	    (strcmp(e->sector, "BUS") == 0 || strcmp(e->sector, "MED") == 0) &&
	    punct_at(i + hm.n, "\"«")) {
		size_t k = i + hm.n + 1;

		while (k < i + hm.n + 5 && TW(k))
			k++;
		if (k > i + hm.n + 1 && punct_at(k, "\"»")) {
			m = ment_add(K_ENT, C_ORG, i + hm.n + 1, k);
			m->sector = e->sector;
			return k + 1 - i;
		}
	}
	if (no > 0) {
		m = ment_add(K_ENT, fac ? C_LOC : C_ORG, i, i + no);
		ment_from(m, hm.p->e[fac ? C_FACILITY : C_ORGHEAD]);
		m->canon = NULL;
		if (country != NULL)
			m->country = country;
		return no;
	}
	/* a person named before in the document */
	if (!inrole && nn == 0 && no == 0 && surname_at(i)) {
		ment_add(K_ENT, C_PER, i, i + 1);
		return 1;
	}
	/*
	 * Unknown words before a title: "دانا سترول نائبة مساعد وزير
	 * الدفاع", "ألينا رومانوسكي، السفيرة" (two words, or one after a verb).
	 */
	if (!inrole && namelike(i, 1) && !has(i, C_GIVEN) &&
	    (toks[i].prc == 0 || isfolded(i, "و") || memcmp(txt +
	    toks[i].bs, "و", 2) == 0)) {
		size_t k = i + 1, r;
		struct match tm;

		while (k < i + 3 && bare(k) && namelike(k, 1) &&
		    toks[k - 1].sfc == 0)
			k++;
		r = punct_at(k, ",،") ? k + 1 : k;
		if (toks[k - 1].sfc == 0 && ((k - i >= 2 && r > k) || (i > 0 &&
		    has(i - 1, C_VERB))) && bare(r) && !notcont(i) &&
		    lex_match(r, M(C_ROLE), 0, &tm)) {
			ment_add(K_ENT, C_PER, i, k);
			return k - i;
		}
	}
	/*
	 * "مدينة سورية هي حلب" aside, "بلدة لبنانية كفرشوبا": a place
	 * type, its indefinite nisba, the name; the nisba is no place
	 */
	if (!inrole && lex_match(i, M(C_LOCHEAD), 0, &hm) && !hm.noal &&
	    !definite(i) && bare(i + hm.n) && !definite(i + hm.n) &&
	    toks[i + hm.n - 1].sfc == 0 && toks[i + hm.n].sfc == 0 &&
	    lex_match(i + hm.n, M(C_NISBA), 0, &lm) && lm.n == 1) {
		/* "في مدينة سورية": a Syrian town, not Syria */
		if (!bare(i + hm.n + 1) || ((nn = name_at(i + hm.n + 1,
		    M(C_LOC), &e, &t)) == 0 && (!placelike(i + hm.n + 1) ||
		    toks[i + hm.n + 1].w != NULL || adjshape(i + hm.n + 1))))
			return hm.n + 1;
		m = ment_add(K_ENT, C_LOC, i + hm.n + 1, i + hm.n + 1 +
		    (nn > 0 ? nn : 1));
		if (nn > 0)
			ment_from(m, e);
		return hm.n + 1 + (nn > 0 ? nn : 1);
	}
	/* مدينة أربيل, محافظة الأنبار: the bare name */
	if (!inrole && lex_match(i, M(C_LOCHEAD), 0, &hm) &&
	    bare(i + hm.n) && !name_at(i + hm.n, M_NAME, &e, &t) &&
	    placelike(i + hm.n)) {
		size_t k = i + hm.n + 1;

		/* "قرية كوكب الهوا", but not a known common word after it */
		while (k < i + hm.n + 3 && bare(k) && placelike(k) &&
		    toks[k - 1].sfc == 0 && !definite(k - 1) &&
		    (!definite(k) || toks[k].w == NULL ||
		    (toks[k].wi & M(C_LOC))))
			k++;
		ment_add(K_ENT, C_LOC, i + hm.n, k);
		return k - i;
	}
	return 0;
}

/*
 * The outlet of a dateline, by its position: "وطنية - ", "سودان تربيون:",
 * "بغداد - شفق نيوز:" open a document's first sentence.  Sets the span of
 * one to three words before the dash or colon that no lexicon names.
 */
static int
dateline(size_t *ds, size_t *de)
{
	const struct ent *e;
	size_t i = 0, k, n;
	int t;

	if ((n = name_at(0, M(C_LOC), &e, &t)) > 0 && punct_at(n, "-–"))
		i = n + 1;
	/* a place may open the outlet's name (سودان تربيون), not be it */
	/* وطنية: read as و + a word, as any unknown word may be */
	for (k = i; k < i + 3 && TW(k) && (k == i || toks[k].prc == 0) &&
	    !hasm(k, M_FUNC | M_DATEW |
	    M(C_ROLE) | M(C_GROUP) | M(C_GIVEN) | M(C_PER) | M(C_ORGHEAD) |
	    M(C_LOCHEAD) | M(C_FACILITY) | M(C_GENERIC)) &&
	    !(definite(k) && hasm(k, M(C_NISBA) | M(C_ADJ))); k++)
		;
	if (k == i || !punct_at(k, i > 0 ? ":" : "-–:") ||
	    name_at(i, M_NAME, &e, &t) == k - i)
		return 0;
	/* "المصدر:": an outlet's name is not all common words */
	for (n = i; n < k && (toks[n].wm & M(C_WORD)); n++)
		;
	if (n == k)
		return 0;
	if (toks[i].prc > 0 && toks[i].w == NULL) {
		/* the outlet's name as written: وطنية, not و + طنية */
		toks[i].prc = toks[i].prb = 0;
		toks[i].fo = toks[i].ffo;
		toks[i].fl = toks[i].ffl;
	}
	*ds = i;
	*de = k;
	return 1;
}

static void
tag(void)
{
	size_t i = 0, n, ds = 0, de = 0;
	struct date d;
	struct ment *m;
	struct match gm;

	nms = 0;
	if (docstart && dateline(&ds, &de)) {
		if (ds > 0)
			pat_at(0, 0);
		m = ment_add(K_ENT, C_ORG, ds, de);
		m->sector = "MED";
		i = de;
	}
	while (i < ntoks) {
		if (toks[i].kind != T_PUNCT && (n = date_at(i, &d)) > 0) {
			m = ment_add(K_ENT, T_DATE, i, i + n);
			m->dt = d;
			i += n;
			continue;
		}
		/* "حرب الخليج": a phrase listed as GENERIC names no place */
		if (lex_match(i, M(C_GENERIC), 0, &gm) && gm.n > 1) {
			i += gm.n;
			continue;
		}
		n = pat_at(i, 0);
		i += n > 0 ? n : 1;
	}
	/* a name followed by its title: "جيك سوليفان، مستشار الأمن القومي" */
	for (n = 0; n < nms; n++) {
		struct ment *p = &ms[n], *r = NULL;
		size_t g = p->j, k;

		if (p->kind != K_ENT || p->type != C_PER || p->role >= 0)
			continue;
		if (punct_at(g, ",،"))
			g++;
		for (k = n + 1; k < nms && r == NULL; k++)
			if (ms[k].kind == K_ROLE && ms[k].type == C_ROLE &&
			    ms[k].i == g)
				r = &ms[k];
		if (r == NULL)
			continue;
		p->role = (long)(r - ms);
		if (p->country == NULL)
			p->country = r->country;
		if (p->sector == NULL)
			p->sector = r->sector;
	}
}

/* ------------------------------------------------------------------ */
/* output                                                              */

static int notokens;

/*
 * JSON string of bytes of the validated record (so valid UTF-8): the
 * tokens field is several times the size of the input, and yajl_gen
 * with its UTF-8 check for every token would dominate the run time.
 */
static void
jstr(ak_buf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	size_t i, run = 0;

	ak_buf_grow(b, n + 2);
	b->p[b->len++] = '"';
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		ak_buf_add(b, s + run, i - run);
		run = i + 1;
		if (c == '"' || c == '\\') {
			ak_buf_addc(b, '\\');
			ak_buf_addc(b, c);
		} else if (c == '\n')
			ak_buf_add(b, "\\n", 2);
		else if (c == '\t')
			ak_buf_add(b, "\\t", 2);
		else {
			char u[6] = { '\\', 'u', '0', '0', hex[c >> 4],
			    hex[c & 15] };

			ak_buf_add(b, u, 6);
		}
	}
	ak_buf_add(b, s + run, n - run);
	ak_buf_addc(b, '"');
}

static void
jnum(ak_buf *b, size_t v)
{
	char d[24];
	size_t k = sizeof(d);

	do
		d[--k] = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	ak_buf_add(b, d + k, sizeof(d) - k);
}

/* ,"k":"v" */
static void
json_kv(ak_buf *b, const char *k, const char *v, size_t n)
{
	ak_buf_addc(b, ',');
	jstr(b, k, strlen(k));
	ak_buf_addc(b, ':');
	jstr(b, v, n);
}

/* ,"start":s,"end":e */
static void
json_span(ak_buf *b, size_t st, size_t en)
{
	ak_buf_add(b, ",\"start\":", 9);
	jnum(b, st);
	ak_buf_add(b, ",\"end\":", 7);
	jnum(b, en);
}

/* the text of tokens [i, j) without the proclitics of i */
static void
span_text(ak_buf *s, size_t i, size_t j)
{
	size_t b = toks[i].bs + toks[i].prb, e = toks[j - 1].be -
	    toks[j - 1].sfb;

	ak_buf_reset(s);
	if (toks[i].addal)
		ak_buf_adds(s, "ا");
	/* never a negative length, whatever a pattern made of the span */
	if (e > b)
		ak_buf_add(s, txt + b, e - b);
}

/* the raw writers of put_tokens: room was made beforehand */
static char *
wstr(char *p, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	size_t i;

	*p++ = '"';
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 0x20 && c != '"' && c != '\\') {
			*p++ = (char)c;
			continue;
		}
		*p++ = '\\';
		if (c == '"' || c == '\\')
			*p++ = (char)c;
		else {
			memcpy(p, "u00", 3);
			p[3] = hex[c >> 4];
			p[4] = hex[c & 15];
			p += 5;
		}
	}
	*p++ = '"';
	return p;
}

static char *
wnum(char *p, size_t v)
{
	char d[24];
	size_t k = sizeof(d);

	do
		d[--k] = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	memcpy(p, d + k, sizeof(d) - k);
	return p + sizeof(d) - k;
}

#define WLIT(p, s)	(memcpy((p), (s), sizeof(s) - 1), (p) + sizeof(s) - 1)

/*
 * [start, end, pre, suf, al] a token, in code points; trailing defaults
 * ("", "", 0) left out: the base is text[start+len(pre) : end-len(suf)],
 * with "ا" before it when al is 1 (ل + ال written لل).  Compact because
 * every later filter parses the line again.
 */
static void
put_tokens(ak_buf *b)
{
	size_t i;
	char *p;

	ak_buf_reset(b);
	ak_buf_addc(b, '[');
	for (i = 0; i < ntoks; i++) {
		const struct tok *t = &toks[i];

		ak_buf_grow(b, 6 * (t->prb + t->sfb) + 64);
		p = b->p + b->len;
		if (i > 0)
			*p++ = ',';
		*p++ = '[';
		p = wnum(p, t->cs);
		*p++ = ',';
		p = wnum(p, t->ce);
		if (t->kind == T_WORD && (t->prb > 0 || t->sfb > 0 ||
		    t->addal)) {
			*p++ = ',';
			p = wstr(p, txt + t->bs, t->prb);
			if (t->sfb > 0 || t->addal) {
				*p++ = ',';
				p = wstr(p, txt + t->be - t->sfb, t->sfb);
			}
			if (t->addal)
				p = WLIT(p, ",1");
		}
		*p++ = ']';
		b->len = (size_t)(p - b->p);
	}
	ak_buf_addc(b, ']');
}

static const char *const typename[] = {
	[C_PER] = "PER", [C_ORG] = "ORG", [C_LOC] = "LOC"
};

static void
put_common(ak_buf *b, const struct ment *m)
{
	static ak_buf s;

	span_text(&s, m->i, m->j);
	ak_buf_adds(b, "\"text\":");
	jstr(b, s.p, s.len);
	json_span(b, toks[m->i].cs + toks[m->i].prc, toks[m->j - 1].ce -
	    toks[m->j - 1].sfc);
	if (m->canon != NULL)
		json_kv(b, "canonical", m->canon, strlen(m->canon));
	if (m->country != NULL)
		json_kv(b, "country", m->country, strlen(m->country));
	if (m->sector != NULL)
		json_kv(b, "sector", m->sector, strlen(m->sector));
}

static void
put_ents(ak_buf *b, const struct anchor *a)
{
	static ak_buf s;
	size_t k, n = 0;
	char v[16];

	ak_buf_reset(b);
	ak_buf_addc(b, '[');
	for (k = 0; k < nms; k++) {
		const struct ment *m = &ms[k];

		if (m->kind != K_ENT)
			continue;
		if (n++ > 0)
			ak_buf_addc(b, ',');
		ak_buf_adds(b, "{\"type\":\"");
		ak_buf_adds(b, m->type == T_DATE ? "DATE" : typename[m->type]);
		ak_buf_adds(b, "\",");
		put_common(b, m);
		if (m->type == T_DATE) {
			date_value(&m->dt, a, v);
			if (v[0] != '\0') {
				ak_buf_adds(b, ",\"value\":\"");
				ak_buf_adds(b, v);
				ak_buf_addc(b, '"');
			} else
				ak_buf_adds(b, ",\"value\":null");
		}
		if (m->role >= 0) {
			span_text(&s, ms[m->role].i, ms[m->role].j);
			json_kv(b, "title", s.p, s.len);
		}
		ak_buf_addc(b, '}');
	}
	ak_buf_addc(b, ']');
}

static void
put_roles(ak_buf *b)
{
	static ak_buf s;
	size_t k, n = 0;

	ak_buf_reset(b);
	ak_buf_addc(b, '[');
	for (k = 0; k < nms; k++) {
		const struct ment *m = &ms[k];

		if (m->kind != K_ROLE)
			continue;
		if (n++ > 0)
			ak_buf_addc(b, ',');
		ak_buf_addc(b, '{');
		put_common(b, m);
		span_text(&s, m->hi, m->hj);
		json_kv(b, "head", s.p, s.len);
		ak_buf_adds(b, m->type == C_GROUP ? ",\"group\":true}" :
		    ",\"group\":false}");
	}
	ak_buf_addc(b, ']');
}

/* ------------------------------------------------------------------ */
/* records, held back per document while it has no date               */

static ak_rec *held_rec;
static char **held;		/* copies of the lines */
static size_t *heldlen, nheld, aheld;
static char **heldtext;		/* their text when it may hold a full date */
static size_t *heldtextlen;
static char *held_doc;		/* raw JSON of the held records' doc */
static size_t held_doclen;

static void
emit(ak_rec *r, const char *text, size_t len, const struct anchor *a)
{
	static ak_buf b;

	txt = text;
	txtlen = len;
	tokenise();
	tag();
	docstart = 0;
	if (surnames != NULL)
		surnames_add();
	if (!notokens) {
		put_tokens(&b);
		ak_rec_set_raw(r, "tokens", b.p, b.len);
	}
	put_ents(&b, a);
	ak_rec_set_raw(r, "entities", b.p, b.len);
	put_roles(&b);
	ak_rec_set_raw(r, "roles", b.p, b.len);
	if (a->y != 0) {
		char v[16];

		/* digits and dashes: no need of a JSON generator */
		if (ymd(v + 1, 3, a->y % 10000, a->m, a->d)) {
			v[0] = v[11] = '"';
			v[12] = '\0';
		} else
			snprintf(v, sizeof(v), "\"%04d-%02d-%02d\"",
			    a->y % 10000, a->m, a->d);
		ak_rec_set_raw(r, "doc_date", v, strlen(v));
	} else
		ak_rec_set_null(r, "doc_date");
	ak_rec_emit(r);
}

/* the first full date of the sentence, if any */
static int
first_full_date(const char *text, size_t len, struct anchor *a)
{
	static const struct anchor none;
	size_t k;
	char v[16];

	struct date d;
	size_t n;

	txt = text;
	txtlen = len;
	tokenise();
	/* dates only: names do not matter here */
	for (k = 0; k < ntoks; k += n > 0 ? n : 1)
		if ((n = toks[k].kind != T_PUNCT ? date_at(k, &d) : 0) > 0 &&
		    d.y > 0 && d.m && d.d) {
			date_value(&d, &none, v);
			return parse_ymd(v, a);
		}
	return 0;
}

/* ASCII, Arabic-Indic or Persian digits: a date needs one */
static int
hasdigit(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i;

	for (i = 0; i < n; i++)
		if ((p[i] >= '0' && p[i] <= '9') || (i + 1 < n &&
		    ((p[i] == 0xd9 && p[i + 1] >= 0xa0 && p[i + 1] <= 0xa9) ||
		    (p[i] == 0xdb && p[i + 1] >= 0xb0 && p[i + 1] <= 0xb9))))
			return 1;
	return 0;
}

static char *cur_doc;		/* the document whose names are known */
static size_t cur_doclen;
static struct anchor uanchor;	/* -u: its first full date so far */

static void
doc_switch(const char *doc, size_t len)
{
	if (cur_doc != NULL && len == cur_doclen &&
	    memcmp(doc, cur_doc, len) == 0)
		return;
	free(cur_doc);
	cur_doc = ak_strndup(doc, len);
	cur_doclen = len;
	surnames_reset();
	memset(&uanchor, 0, sizeof(uanchor));
}

static void
flush_held(void)
{
	struct anchor a = { 0, 0, 0 };
	const char *why, *text;
	size_t k, len;

	doc_switch(held_doc, held_doclen);
	for (k = 0; k < nheld && a.y == 0; k++)
		if (heldtext[k] != NULL)
			first_full_date(heldtext[k], heldtextlen[k], &a);
	for (k = 0; k < nheld; k++) {
		if (ak_rec_parse(held_rec, held[k], heldlen[k], &why) == 0 &&
		    (text = ak_rec_str(held_rec, "text", &len)) != NULL)
			emit(held_rec, text, len, &a);
		free(held[k]);
		free(heldtext[k]);
	}
	nheld = 0;
	free(held_doc);
	held_doc = NULL;
}

static void
one(ak_rec *r, void *arg)
{
	const char *text, *doc = "", *line;
	size_t len, doclen = 0, ll, dl;
	struct anchor a;
	int di;

	(void)arg;
	if ((text = ak_rec_str(r, "text", &len)) == NULL) {
		ak_bad("no string \"text\" field");
		return;
	}
	if (len >= UINT32_MAX / 2) {
		/* token offsets are 32-bit */
		ak_bad("text longer than 2 GB");
		return;
	}
	if ((di = ak_rec_find(r, "doc")) >= 0)
		doc = ak_rec_raw(r, (size_t)di, &doclen);
	if (nheld > 0 && (doclen != held_doclen ||
	    memcmp(doc, held_doc, doclen) != 0))
		flush_held();
	if (parse_ymd(ak_rec_str(r, "date", &dl), &a)) {
		if (di >= 0)
			doc_switch(doc, doclen);
		else
			surnames_reset();
		emit(r, text, len, &a);
		return;
	}
	if (di < 0) {
		/* no document to wait for: the record is its own */
		if (nheld > 0)
			flush_held();
		surnames_reset();
		if (!hasdigit(text, len) || !first_full_date(text, len, &a))
			memset(&a, 0, sizeof(a));
		emit(r, text, len, &a);
		return;
	}
	if (ak_unbuffered) {
		/*
		 * -u holds nothing: the first full date of the document so
		 * far (this sentence included) anchors, else none
		 */
		doc_switch(doc, doclen);
		if (uanchor.y == 0 && hasdigit(text, len))
			first_full_date(text, len, &uanchor);
		emit(r, text, len, &uanchor);
		return;
	}
	/* no date: hold the document's records to look for one */
	line = ak_rec_line(r, &ll);
	if (nheld == aheld) {
		aheld = aheld ? 2 * aheld : 16;
		held = ak_realloc(held, aheld * sizeof(*held));
		heldlen = ak_realloc(heldlen, aheld * sizeof(*heldlen));
		heldtext = ak_realloc(heldtext, aheld * sizeof(*heldtext));
		heldtextlen = ak_realloc(heldtextlen, aheld *
		    sizeof(*heldtextlen));
	}
	if (nheld == 0) {
		held_doc = ak_strndup(doc, doclen);
		held_doclen = doclen;
	}
	heldtext[nheld] = NULL;
	if (hasdigit(text, len)) {
		/* a copy of the bytes: the text may hold a \u0000 */
		heldtext[nheld] = ak_malloc(len + 1);
		memcpy(heldtext[nheld], text, len + 1);
	}
	heldtextlen[nheld] = len;
	held[nheld] = ak_strndup(line, ll);
	heldlen[nheld++] = ll;
}

int
main(int argc, char *argv[])
{
	char **lex = NULL;
	size_t nlex = 0, k;
	int c, st;

	ak_init(argv[0]);
	while ((c = getopt_long(argc, argv, "L:u", longopts, NULL)) != -1) {
		if (ak_common_opt(c, optarg, help))
			continue;
		switch (c) {
		case 'L':
			lex = ak_realloc(lex, (nlex + 1) * sizeof(*lex));
			lex[nlex++] = optarg;
			break;
		case OPT_NOTOK:
			notokens = 1;
			break;
		default:
			ak_usage(help);
		}
	}
	phrases = ak_map_new();
	words = ak_map_new();
	countries = ak_map_new();
	lex_load_icu();
	lex_load_dir();
	for (k = 0; k < nlex; k++)
		lex_load(lex[k], 1);
	free(lex);
	held_rec = ak_rec_new();
	st = ak_run(argv + optind, argc - optind, one, NULL);
	if (nheld > 0) {
		flush_held();
		st = ak_finish();
	}
	return st;
}
