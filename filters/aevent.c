/*
 * aevent - political events (PLOVER) from tagged Arabic sentence records.
 *
 * A sentence is cut into words; each word, with its proclitics (و ف ب ل
 * ك س) taken off, is looked up among the inflected forms generated from
 * the trigger lexicon.  A trigger that is negated, modal, planned or
 * inside an accusation (the cue lexicon) is dropped.  Its actors come
 * from atag's entities and roles by the shape of the clause: subject
 * before the verb, subject after it, the target after the trigger's
 * prepositions or as its object, the genitive of a verbal noun, the
 * agent of a passive, a pair after بين, coordinated subjects.  All the
 * words are data (lib/data/aevent-*.tsv), extended with -L.
 */
#include <ctype.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "akhbar.h"

static const char help[] =
"usage: aevent [-u] [--explain] [-L FILE]... [FILE ...]\n"
"\n"
"Write one PLOVER event record for each political event reported in the\n"
"tagged sentence records read.\n"
"\n"
"  -L, --lexicon FILE   also load trigger entries from FILE (repeatable)\n"
"  -e, --explain        add the lexicon entry and the patterns used\n"
AK_COMMON_HELP;

static const struct option longopts[] = {
	{ "lexicon",	required_argument,	NULL, 'L' },
	{ "explain",	no_argument,		NULL, 'e' },
	AK_COMMON_LONGOPTS,
	{ NULL, 0, NULL, 0 }
};

/* ------------------------------------------------------------------ */
/* lexicons                                                            */

#define MAXREST	3
#define MAXPREP	8

typedef struct {
	char	*lemma, *type, *mode, *cameo, *need, *where;
	char	 cls;			/* v i n l w p */
	char	 gen;			/* genitive of a noun: s t - */
	int	 needtarget;		/* FLAGS "target": no event without */
	int	 passive;		/* FLAGS "passive": its subject suffers */
	int	 speaker;		/* FLAGS "speaker": the sayer is source */
	int	 nob;			/* FLAGS "nob": not after ب (بدعوة) */
	int	 nrest, npreps, obj;
	char	*rest[MAXREST];		/* further words, folded */
	char	*preps[MAXPREP];	/* folded; "ب" "ل" are proclitics */
} trig;

typedef struct form {
	trig		*t;
	struct form	*next;
} form;

typedef struct cue {
	char	*kind;
	char	 applies;		/* * v i n */
	int	 window;		/* words before the trigger; 0: clause */
	int	 after;		/* words after it; 0: not after */
	char	*type;		/* the one type it takes away, or NULL */
	struct cue *next;	/* the same word for another type */
} cue;

enum { R_PREP = 1, R_LOC, R_PAIR, R_AGENT, R_PAIRSUBJ, R_BREAK, R_LEAD,
    R_QUANT, R_HEAD, R_SAY };

static ak_map	*forms;		/* folded form -> form list */
static ak_map	*cues;		/* folded word or "w1 w2" -> cue */
static ak_map	*roles;		/* folded word or "w1 w2" -> R_* */
static ak_map	*sets;		/* "name\tword" -> non-NULL */
static ak_map	*modes;		/* "TYPE\tword" -> mode */
static ak_map	*quads;		/* type -> "q\tcameo" */
static ak_map	*reldates;	/* folded word or "w1 w2" -> "y-1" "m0" "d-1" */
static ak_map	*nisbas;	/* folded nisba -> JSON country, atag's list */
static ak_map	*firsts;	/* first words of the "w1 w2" keys: pairget
				 * builds a key only after one of them */
static char	**synth;	/* this record's made-up JSON strings */
static size_t	 nsynth, capsynth;
static int	 explain;
static ak_buf	 tmp, tmp2;

static char *
fold_dup(const char *s)
{
	ak_buf_reset(&tmp);
	ak_fold(&tmp, s, strlen(s));
	return ak_strndup(tmp.p, tmp.len);
}

static const char *
unal(const char *s, size_t *n)
{
	if (*n > 6 && memcmp(s, "\xd8\xa7\xd9\x84", 4) == 0) {	/* ال */
		*n -= 4;
		return s + 4;
	}
	return s;
}

static void
add_form(const char *f, size_t n, trig *t)
{
	form **slot = (form **)ak_map_put(forms, f, n), *p;

	for (p = *slot; p != NULL; p = p->next)
		if (p->t == t)
			return;
	p = ak_malloc(sizeof(*p));
	p->t = t;
	p->next = *slot;
	*slot = p;
}

/* stem + suffix (+ pronoun) into the form table */
static void
addf(trig *t, const char *pre, const char *stem, size_t sn, const char *suf)
{
	ak_buf_reset(&tmp2);
	ak_buf_adds(&tmp2, pre);
	ak_buf_add(&tmp2, stem, sn);
	ak_buf_adds(&tmp2, suf);
	add_form(tmp2.p, tmp2.len, t);
}

#define YEH	"\xd9\x8a"
#define ALEF	"\xd8\xa7"
#define WAW	"\xd9\x88"
#define HEH	"\xd9\x87"
#define AL	"\xd8\xa7\xd9\x84"

static const char *prons[] = { "ه", "ها", "هم", "هما", "نا", "كم", "ي", NULL };

static int
ends(const char *s, size_t n, const char *suf)
{
	size_t k = strlen(suf);

	return n >= k && memcmp(s + n - k, suf, k) == 0;
}

/* Inflections by rule: the perfect from its 3ms form, the imperfect from
 * its 3ms form, nouns with the article, pronouns and plurals. */
static void
inflect(trig *t, const char *f)
{
	static const char *perf[] = { "", "ت", "ا", "تا", "وا", "ن", "نا",
	    "تم", "تما", NULL };
	static const char *impf[] = { "", "ان", "ون", "ين", "ن", "وا", "ا",
	    NULL };
	static const char *pfx[] = { "ي", "ت", "ن", "ا", NULL };
	size_t n = strlen(f), sn;
	int i, j;

	switch (t->cls) {
	case 'v':
		for (i = 0; perf[i]; i++)
			addf(t, "", f, n, perf[i]);
		for (j = 0; prons[j]; j++) {
			addf(t, "", f, n, prons[j]);
			ak_buf_reset(&tmp);
		}
		for (j = 0; prons[j]; j++) {
			ak_buf_reset(&tmp);
			ak_buf_add(&tmp, f, n);
			ak_buf_adds(&tmp, "ت");
			ak_buf_adds(&tmp, prons[j]);
			add_form(tmp.p, tmp.len, t);
			ak_buf_reset(&tmp);
			ak_buf_add(&tmp, f, n);
			ak_buf_adds(&tmp, "و");
			ak_buf_adds(&tmp, prons[j]);
			add_form(tmp.p, tmp.len, t);
		}
		if (ends(f, n, YEH) || ends(f, n, ALEF)) {	/* defective */
			sn = n - 2;
			addf(t, "", f, sn, "ت");
			addf(t, "", f, sn, "تا");
			addf(t, "", f, sn, "وا");
			addf(t, "", f, sn, "تها");
			addf(t, "", f, sn, "ته");
			addf(t, "", f, sn, "وه");
			if (ends(f, n, ALEF)) {
				addf(t, "", f, sn, "وا");
				addf(t, "", f, sn, "ونا");
				addf(t, "", f, sn, "وت");
			}
		}
		break;
	case 'i':
		if (n <= 2)
			break;
		f += 2;		/* the ي of the 3ms */
		n -= 2;
		for (i = 0; pfx[i]; i++) {
			/* أ and ن (I, we) take no suffix */
			for (j = 0; impf[j] && (i < 2 || j == 0); j++)
				addf(t, pfx[i], f, n, impf[j]);
			for (j = 0; prons[j]; j++)
				addf(t, pfx[i], f, n, prons[j]);
			if (i < 2 && (ends(f, n, YEH) || ends(f, n, WAW))) {
				addf(t, pfx[i], f, n - 2, "ون");
				addf(t, pfx[i], f, n - 2, "وا");
				addf(t, pfx[i], f, n - 2, "ين");
				addf(t, pfx[i], f, n - 2, "");	/* jussive */
			}
		}
		break;
	case 'n':
	case 'l':
		addf(t, "", f, n, "");
		addf(t, AL, f, n, "");
		if (ends(f, n, HEH)) {		/* teh marbuta */
			sn = n - 2;
			for (j = 0; prons[j]; j++) {
				ak_buf_reset(&tmp);
				ak_buf_add(&tmp, "ت", strlen("ت"));
				ak_buf_adds(&tmp, prons[j]);
				ak_buf_addc(&tmp, '\0');
				addf(t, "", f, sn, tmp.p);
				ak_buf_reset(&tmp);
				ak_buf_adds(&tmp, "ات");
				ak_buf_adds(&tmp, prons[j]);
				ak_buf_addc(&tmp, '\0');
				addf(t, "", f, sn, tmp.p);
			}
			addf(t, "", f, sn, "ات");
			addf(t, AL, f, sn, "ات");
			addf(t, "", f, sn, "تان");
			addf(t, "", f, sn, "تين");
			addf(t, AL, f, sn, "تان");
			addf(t, AL, f, sn, "تين");
			addf(t, "", f, sn, "تا");
			addf(t, "", f, sn, "ا");
		} else {
			static const char *pl[] = { "", "ات", "ان", "ين",
			    "ا", NULL };

			for (i = 0; pl[i]; i++) {
				addf(t, "", f, n, pl[i]);
				addf(t, AL, f, n, pl[i]);
				if (i < 2)
					for (j = 0; prons[j]; j++) {
						ak_buf_reset(&tmp);
						ak_buf_adds(&tmp, pl[i]);
						ak_buf_adds(&tmp, prons[j]);
						ak_buf_addc(&tmp, '\0');
						addf(t, "", f, n, tmp.p);
					}
			}
		}
		break;
	case 'p':	/* a participle as a circumstantial: داعياً، متهمة */
		addf(t, "", f, n, "ا");
		if (!ends(f, n, YEH))	/* داعية is a preacher */
			addf(t, "", f, n, HEH);	/* متهمة, as folded */
		addf(t, "", f, n, "ين");
		addf(t, "", f, n, "تين");
		break;
	default:	/* w: as written */
		addf(t, "", f, n, "");
		break;
	}
}

static char *
col(char *s)
{
	return (s == NULL || strcmp(s, "-") == 0 || *s == '\0') ? NULL :
	    ak_strdup(s);
}

static void
load_triggers(const char *path, int must)
{
	ak_tsv *tsv;
	char *c[9], *w, *save, *f;
	int n;

	if ((tsv = ak_tsv_open(path)) == NULL) {
		if (must)
			ak_errx(2, "%s: cannot read the trigger lexicon", path);
		return;
	}
	while ((n = ak_tsv_next(tsv, c, 9)) > 0) {
		trig *t;

		if (n < 3 || strchr("vinlwp", c[1][0]) == NULL || c[1][1]) {
			ak_warnx("%s:%lu: want FORM CLASS(v i n l w p) TYPE "
			    "[MODE CAMEO PREPS GEN NEED FLAGS]", ak_tsv_path(tsv),
			    ak_tsv_lineno(tsv));
			ak_set_status(1);
			continue;
		}
		if (ak_map_get(quads, c[2], strlen(c[2])) == NULL) {
			ak_warnx("%s:%lu: %s is not a PLOVER type",
			    ak_tsv_path(tsv), ak_tsv_lineno(tsv), c[2]);
			ak_set_status(1);
			continue;
		}
		t = ak_calloc(1, sizeof(*t));
		t->lemma = ak_strdup(c[0]);
		t->cls = c[1][0];
		t->type = ak_strdup(c[2]);
		t->mode = col(n > 3 ? c[3] : NULL);
		t->cameo = col(n > 4 ? c[4] : NULL);
		t->gen = n > 6 && (c[6][0] == 's' || c[6][0] == 't') ?
		    c[6][0] : '-';
		t->need = col(n > 7 ? c[7] : NULL);
		t->needtarget = n > 8 && strstr(c[8], "target") != NULL;
		t->passive = n > 8 && strstr(c[8], "passive") != NULL;
		t->speaker = n > 8 && strstr(c[8], "speaker") != NULL;
		t->nob = n > 8 && strstr(c[8], "nob") != NULL;
		if (t->need != NULL && t->need[0] == '@')
			memmove(t->need, t->need + 1, strlen(t->need));
		ak_buf_reset(&tmp);
		ak_buf_printf(&tmp, "%s:%lu", strrchr(ak_tsv_path(tsv), '/') ?
		    strrchr(ak_tsv_path(tsv), '/') + 1 : ak_tsv_path(tsv),
		    ak_tsv_lineno(tsv));
		t->where = ak_strndup(tmp.p, tmp.len);
		if (n > 5 && strcmp(c[5], "-") != 0)
			for (w = strtok_r(c[5], ",", &save); w != NULL &&
			    t->npreps < MAXPREP; w = strtok_r(NULL, ",", &save)) {
				if (strcmp(w, "0") == 0)
					t->obj = 1;
				else
					t->preps[t->npreps++] = fold_dup(w);
			}
		/* the first word inflects, the others are as written */
		f = fold_dup(c[0]);
		for (w = strtok_r(f, " ", &save); (w = strtok_r(NULL, " ",
		    &save)) != NULL && t->nrest < MAXREST; )
			t->rest[t->nrest++] = ak_strdup(w);
		inflect(t, f);
		free(f);
	}
	ak_tsv_close(tsv);
}

/*
 * atag's nationality adjectives (atag-nisba.tsv: phrase, NISBA, country),
 * read when they are there: "الدعم الأميركي" is a target with a country
 * though no entity.
 */
static void
load_nisbas(void)
{
	char *path = ak_data_path("atag-nisba.tsv"), *c[4];
	ak_tsv *tsv;

	nisbas = ak_map_new();
	if (path == NULL || (tsv = ak_tsv_open(path)) == NULL) {
		free(path);
		return;
	}
	while (ak_tsv_next(tsv, c, 4) >= 3) {
		void **slot;
		char *k;

		if (strcmp(c[1], "NISBA") != 0 || strlen(c[2]) != 3)
			continue;
		k = fold_dup(c[0]);
		slot = ak_map_put(nisbas, k, strlen(k));
		if (*slot == NULL) {
			ak_buf_reset(&tmp);
			ak_buf_printf(&tmp, "\"%s\"", c[2]);
			*slot = ak_strndup(tmp.p, tmp.len);
		}
		free(k);
	}
	ak_tsv_close(tsv);
	free(path);
}

static char *
datafile(const char *name)
{
	char *p = ak_data_path(name);

	if (p == NULL)
		ak_errx(2, "%s: data file not found (set AKHBAR_DATADIR)",
		    name);
	return p;
}

static void
note_pair(const char *k)
{
	const char *sp = strchr(k, ' ');

	if (sp != NULL)
		*ak_map_put(firsts, k, (size_t)(sp - k)) = (void *)1;
}

/* the small tables: cues, roles, sets, modes, types */
static void
load_table(const char *name, int which)
{
	char *path = datafile(name), *c[6];
	ak_tsv *tsv;
	int n;

	if ((tsv = ak_tsv_open(path)) == NULL)
		ak_errx(2, "%s: cannot read", path);
	while ((n = ak_tsv_next(tsv, c, 6)) > 0) {
		char *k;
		void **slot;

		if (n < 2) {
			ak_warnx("%s:%lu: too few columns", path,
			    ak_tsv_lineno(tsv));
			continue;
		}
		switch (which) {
		case 'c': {
			cue *q = ak_calloc(1, sizeof(*q));

			q->kind = ak_strdup(c[1]);
			q->applies = n > 2 ? c[2][0] : '*';
			q->window = n > 3 && isdigit((unsigned char)c[3][0]) ?
			    atoi(c[3]) : n > 3 && c[3][0] == '-' ? -1 : 0;
			q->after = n > 4 ? atoi(c[4]) : 0;
			q->type = n > 5 && strcmp(c[5], "-") != 0 ?
			    ak_strdup(c[5]) : NULL;
			k = fold_dup(c[0]);
			note_pair(k);
			slot = ak_map_put(cues, k, strlen(k));
			/* the later line wins over one for the same type;
			 * one for another type goes on beside it */
			{
				cue **pp = (cue **)slot, *old;

				while (*pp != NULL && !((*pp)->type == NULL ?
				    q->type == NULL : q->type != NULL &&
				    strcmp((*pp)->type, q->type) == 0))
					pp = &(*pp)->next;
				if ((old = *pp) != NULL) {
					q->next = old->next;
					free(old->kind);
					free(old->type);
					free(old);
				}
				*pp = q;
			}
			free(k);
			break;
		}
		case 'r': {
			static const char *kinds[] = { "", "prep", "loc",
			    "pair", "agent", "pairsubj", "break", "lead", "quant", "head",
			    "say", NULL };
			long r;

			for (r = 1; kinds[r] && strcmp(kinds[r], c[1]); r++)
				;
			if (kinds[r] == NULL) {
				ak_warnx("%s:%lu: unknown role %s", path,
				    ak_tsv_lineno(tsv), c[1]);
				continue;
			}
			k = fold_dup(c[0]);
			note_pair(k);
			*ak_map_put(roles, k, strlen(k)) = (void *)r;
			free(k);
			break;
		}
		case 's': {
			const char *w;
			size_t wn;

			k = fold_dup(c[1]);
			wn = strlen(k);
			w = unal(k, &wn);
			ak_buf_reset(&tmp);
			ak_buf_printf(&tmp, "%s\t%.*s", c[0], (int)wn, w);
			*ak_map_put(sets, tmp.p, tmp.len) = (void *)1;
			free(k);
			break;
		}
		case 'm':
			if (n < 3)
				continue;
			k = fold_dup(c[0]);
			ak_buf_reset(&tmp);
			ak_buf_printf(&tmp, "%s\t%s", c[1], k);
			slot = ak_map_put(modes, tmp.p, tmp.len);
			free(*slot);
			/* "P mode": the priority digit first */
			ak_buf_reset(&tmp2);
			ak_buf_addc(&tmp2, n > 3 && isdigit((unsigned char)
			    c[3][0]) ? c[3][0] : '0');
			ak_buf_adds(&tmp2, c[2]);
			*slot = ak_strndup(tmp2.p, tmp2.len);
			free(k);
			break;
		case 'd':
			k = fold_dup(c[0]);
			note_pair(k);
			slot = ak_map_put(reldates, k, strlen(k));
			free(*slot);
			*slot = ak_strdup(c[1]);
			free(k);
			break;
		case 'q':
			ak_buf_reset(&tmp);
			ak_buf_printf(&tmp, "%s\t%s%s", c[1], n > 2 ? c[2] : "",
			    n > 3 && strcmp(c[3], "anon") == 0 ? "\tanon" : "");
			slot = ak_map_put(quads, c[0], strlen(c[0]));
			free(*slot);
			*slot = ak_strndup(tmp.p, tmp.len);
			break;
		}
	}
	ak_tsv_close(tsv);
	free(path);
}

/* ------------------------------------------------------------------ */
/* a sentence                                                          */

enum { C_CONJ = 1, C_B = 2, C_L = 4, C_K = 8, C_S = 16 };

typedef struct {
	size_t	 bo, bl;	/* bytes in the text */
	size_t	 cs, ce;	/* code points */
	size_t	 fo, fl;	/* folded form in fb */
	int	 punct;		/* first code point of a mark, else 0 */
	int	 brk;		/* a clause ends before this token */
	int	 pbrk;		/* a full stop or colon is just before it */
	int	 ent;		/* inside an entity, role or date */
	int	 named;		/* inside a name or date: no trigger */
	int	 actor;		/* actor that starts in this token, or -1 */
	int	 used;		/* the NEED word of a verb: no event itself */
	int	 rolek;		/* role is known (role_of is hot) */
	long	 role;
} tok;

typedef struct {
	size_t	 cs, ce;
	int	 t0, t1;	/* tokens [t0, t1] */
	const char *text, *country, *sector, *canonical; /* raw JSON */
	size_t	 textl, countryl, sectorl, canonicall;
	char	 type;		/* P O L R (role), S (pair word) */
	int	 role;		/* R_* of the word before, 0 none */
	char	 clitic;	/* 'b' 'l' 'k' of a proclitic, 'w' and, 0 */
	int	 conj;		/* joined to the one before by و */
	int	 viaword;	/* marked through the word before it (a chain) */
	const char *prep;	/* folded word before, or "ب"/"ل" */
	size_t	 prepl;
	int	 dead;
	int	 body;		/* 1 + token of the body a title heads */
	int	 based;		/* "إيلاف من لندن:": where the outlet is */
	int	 grp;		/* a role that names a group (atag's group) */
} actor;

typedef struct {
	size_t	 cs, ce;
	const char *value;	/* raw JSON */
	size_t	 valuel;
	int	 t0;
	int	 noun;		/* "لعام 2008": the date of a noun */
	long	 wlo, whi;	/* "الأسبوع الماضي": the days it may be, or 0 */
	char	 buf[48];	/* the value of a relative date */
} date;

static tok	*toks;
static size_t	 ntok, captok;
static actor	*acts;
static size_t	 nact, capact;
static date	*dates;
static size_t	 ndate, capdate;
static ak_buf	 fb, out, ex;
static const char *text;
static size_t	 textl;

/* "مساعدة وزير الدفاع الأميركي لشؤون الأمن الدولي سيليست والاندر" */
struct title {
	char	*key;		/* the title folded, one space between words */
	char	*country;	/* JSON, or NULL */
	char	*name;		/* JSON string: the name's canonical or text */
};

/* what the document has said so far */
static struct {
	char	*doc;
	char	*src;		/* JSON of the last actor, for pronouns */
	long	 srcsid;
	char	*first;		/* JSON of the first actor with a country */
	char	*firstc;	/* its country, JSON */
	char	*second;	/* JSON of the first one of another country */
	ak_map	*names;		/* first or last word of a person -> country */
	ak_map	*bytype;	/* type -> JSON source of its last event, or
				 * "" for one with none */
	ak_map	*bytgt;		/* type -> JSON target of it, or "" */
	ak_map	*byid;		/* type -> id of it */
	char	*home;		/* JSON country of its first place */
	char	**told;		/* dated events: "KIND\tdate\tid\t word word " */
	size_t	 ntold;
	int	 otherday;	/* it names a day in the month before its own */
	long	*days;		/* the days it names */
	size_t	 ndays;
	int	 sameday;	/* it names its own day */
	struct title *titles;	/* the titles it gave a name */
	size_t	 ntitles;
} docst;

static size_t
ws(const char *s, size_t i, size_t n)
{
	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' ||
	    s[i] == '\r'))
		i++;
	return i;
}

/* end of the JSON value at s[i] (the line is valid JSON) */
static size_t
skipval(const char *s, size_t i, size_t n)
{
	int depth = 0;

	do {
		if (i >= n)
			return n;
		switch (s[i]) {
		case '"':
			for (i++; i < n && s[i] != '"'; i++)
				if (s[i] == '\\')
					i++;
			i++;
			break;
		case '{': case '[':
			depth++;
			i++;
			break;
		case '}': case ']':
			depth--;
			i++;
			break;
		case ',': case ':': case ' ': case '\t': case '\n': case '\r':
			i++;
			break;
		default:	/* a number, true, false, null */
			while (i < n && s[i] != ',' && s[i] != ']' &&
			    s[i] != '}' && s[i] != ':' && s[i] != ' ' &&
			    s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
				i++;
		}
	} while (depth > 0);
	return i;
}

typedef struct {
	const char *k[10], *v[10];
	size_t kl[10], vl[10];
	int n;
} obj;

static inline const char *
oget(const obj *o, const char *key, size_t *len)
{
	int i;
	size_t kl = strlen(key);

	for (i = 0; i < o->n; i++)
		if (o->kl[i] == kl + 2 && o->k[i][1] == key[0] &&
		    memcmp(o->k[i] + 1, key, kl) == 0) {
			if (o->vl[i] == 4 && memcmp(o->v[i], "null", 4) == 0)
				return NULL;
			*len = o->vl[i];
			return o->v[i];
		}
	return NULL;
}

static long
onum(const obj *o, const char *key)
{
	size_t l, k;
	const char *v = oget(o, key, &l);
	long x = 0;

	if (v == NULL || l == 0 || !isdigit((unsigned char)v[0]))
		return -1;
	/* strtol's value without its cost: offsets are hot */
	for (k = 0; k < l && v[k] >= '0' && v[k] <= '9'; k++) {
		if (x > (LONG_MAX - (v[k] - '0')) / 10)
			return LONG_MAX;
		x = x * 10 + (v[k] - '0');
	}
	return x;
}

/* each object of the array at s[0..n) to fn */
static void
each_obj(const char *s, size_t n, void (*fn)(const obj *))
{
	size_t i = ws(s, 0, n);

	if (i >= n || s[i] != '[')
		return;
	for (i++; ; ) {
		obj o;

		i = ws(s, i, n);
		if (i < n && s[i] == ',')
			i = ws(s, i + 1, n);
		if (i >= n || s[i] == ']')
			return;
		if (s[i] != '{') {
			i = skipval(s, i, n);
			continue;
		}
		o.n = 0;
		for (i++; ; ) {
			size_t k;

			i = ws(s, i, n);
			if (i < n && s[i] == ',')
				i = ws(s, i + 1, n);
			if (i >= n || s[i] == '}') {
				i++;
				break;
			}
			k = i;
			i = skipval(s, i, n);
			if (o.n < 10) {
				o.k[o.n] = s + k;
				o.kl[o.n] = i - k;
			}
			i = ws(s, i, n);
			if (i < n && s[i] == ':')
				i = ws(s, i + 1, n);
			k = i;
			i = skipval(s, i, n);
			if (o.n < 10) {
				o.v[o.n] = s + k;
				o.vl[o.n++] = i - k;
			}
		}
		fn(&o);
	}
}

static int
raweq(const char *v, size_t n, const char *lit)
{
	size_t k = strlen(lit);

	return v != NULL && n == k + 2 && memcmp(v + 1, lit, k) == 0;
}

static void
add_entity(const obj *o, int role)
{
	actor *a;
	size_t tl = 0;
	const char *ty = role ? NULL : oget(o, "type", &tl);
	long cs = onum(o, "start"), ce = onum(o, "end");

	if (cs < 0 || ce <= cs)
		return;
	if (ty != NULL && raweq(ty, tl, "DATE")) {
		if (ndate == capdate)
			dates = ak_realloc(dates, (capdate = capdate * 2 + 8) *
			    sizeof(*dates));
		memset(&dates[ndate], 0, sizeof(dates[ndate]));
		dates[ndate].cs = cs;
		dates[ndate].ce = ce;
		dates[ndate].value = oget(o, "value", &dates[ndate].valuel);
		ndate++;
		return;
	}
	if (!role && !raweq(ty, tl, "PER") && !raweq(ty, tl, "ORG") &&
	    !raweq(ty, tl, "LOC"))
		return;
	if (nact == capact)
		acts = ak_realloc(acts, (capact = capact * 2 + 8) *
		    sizeof(*acts));
	a = &acts[nact++];
	memset(a, 0, sizeof(*a));
	a->cs = cs;
	a->ce = ce;
	a->type = role ? 'R' : ty[1];
	a->text = oget(o, "text", &a->textl);
	a->country = oget(o, "country", &a->countryl);
	a->sector = oget(o, "sector", &a->sectorl);
	a->canonical = oget(o, "canonical", &a->canonicall);
	{
		size_t gl;
		const char *g = role ? oget(o, "group", &gl) : NULL;

		a->grp = g != NULL && gl == 4 && memcmp(g, "true", 4) == 0;
	}
	if (a->text == NULL)
		nact--;
}

static void ent_cb(const obj *o) { add_entity(o, 0); }
static void role_cb(const obj *o) { add_entity(o, 1); }

static int
is_mark(uint32_t c)
{
	if (c >= 0x0621 && c <= 0x064A)		/* a letter, the most asked */
		return 0;
	return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' ||
	    c == '?' || c == '"' || c == '(' || c == ')' || c == 0x060C ||
	    c == 0x061B || c == 0x061F || c == 0x00AB || c == 0x00BB ||
	    c == 0x201C || c == 0x201D || c == 0x2026 || c == '[' || c == ']' ||
	    c == '/' || c == '-' || c == 0x2013 || c == 0x2014 || c == '\'';
}

static int
is_brk(uint32_t c)
{
	return c == '.' || c == ';' || c == ':' || c == '!' || c == '?' ||
	    c == 0x061B || c == 0x061F || c == 0x2026;
}

/* ak_utf8_next with ASCII and two-byte letters inline: tokenise is hot */
static inline uint32_t
next_cp(size_t *ip)
{
	const unsigned char *s = (const unsigned char *)text + *ip;

	if (s[0] < 0x80) {
		*ip += 1;
		return s[0];
	}
	if (s[0] >= 0xC2 && s[0] <= 0xDF && *ip + 1 < textl &&
	    (s[1] & 0xC0) == 0x80) {
		*ip += 2;
		return (uint32_t)(s[0] & 0x1F) << 6 | (s[1] & 0x3F);
	}
	return ak_utf8_next(text, textl, ip);
}

static void
tokenise(void)
{
	size_t i = 0, cp = 0;

	ntok = 0;
	ak_buf_reset(&fb);
	while (i < textl) {
		size_t b = i, c0 = cp;
		uint32_t c = next_cp(&i);
		tok *t;

		cp++;
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
		    c == 0xA0 || c == 0x200C || c == 0x200F || c == 0x200E)
			continue;
		if (ntok == captok)
			toks = ak_realloc(toks, (captok = captok * 2 + 64) *
			    sizeof(*toks));
		t = &toks[ntok++];
		memset(t, 0, sizeof(*t));
		t->bo = b;
		t->cs = c0;
		t->actor = -1;
		if (is_mark(c) && !(c == '.' && b > 0 && i < textl &&
		    isdigit((unsigned char)text[b - 1]) &&
		    isdigit((unsigned char)text[i]))) {
			t->punct = (int)c;
			t->bl = i - b;
			t->ce = cp;
			continue;
		}
		for (;;) {
			size_t j = i;
			uint32_t d;

			if (i >= textl)
				break;
			d = next_cp(&j);
			if (d >= 0x0621 && d <= 0x064A) {	/* a letter */
				i = j;
				cp++;
				continue;
			}
			if (d == ' ' || d == '\t' || d == '\n' || d == '\r' ||
			    d == 0xA0 || (is_mark(d) && !(d == '.' &&
			    isdigit((unsigned char)text[i - 1]) && j < textl &&
			    isdigit((unsigned char)text[j]))))
				break;
			i = j;
			cp++;
		}
		t->bl = i - b;
		t->ce = cp;
		t->fo = fb.len;
		ak_fold(&fb, text + b, t->bl);
		t->fl = fb.len - t->fo;
	}
}

#define F(t)	(fb.p + (t)->fo)

/* the proclitic-free candidates of a folded word */
typedef struct {
	const char *s[6];
	size_t	 n[6];
	int	 cl[6];
	int	 k;
} cands;

static int
letter_is(const char *s, const char *l)
{
	return s[0] == l[0] && s[1] == l[1];
}

static void
cand_add(cands *c, const char *s, size_t n, int cl)
{
	if (c->k < 6 && n >= 4) {
		c->s[c->k] = s;
		c->n[c->k] = n;
		c->cl[c->k++] = cl;
	}
}

static void
candidates(cands *c, const char *s, size_t n)
{
	int base, i;

	c->k = 0;
	cand_add(c, s, n, 0);
	if (n >= 6 && (letter_is(s, "و") || letter_is(s, "ف")))
		cand_add(c, s + 2, n - 2, C_CONJ);
	base = c->k;
	for (i = 0; i < base; i++) {
		const char *p = c->s[i];
		size_t m = c->n[i];
		int cl = c->cl[i];

		if (m <= 6)
			continue;
		if (letter_is(p, "ل") && letter_is(p + 2, "ل") && m > 8) {
			/* لل = ل + ال */
			cand_add(c, p + 2, m - 2, cl | C_L);
			continue;
		}
		if (letter_is(p, "ب"))
			cand_add(c, p + 2, m - 2, cl | C_B);
		else if (letter_is(p, "ل"))
			cand_add(c, p + 2, m - 2, cl | C_L);
		else if (letter_is(p, "ك"))
			cand_add(c, p + 2, m - 2, cl | C_K);
		else if (letter_is(p, "س"))
			cand_add(c, p + 2, m - 2, cl | C_S);
	}
}

/* the value of the token's word in m, tried with its proclitics off */
static void *
wordget(ak_map *m, const tok *t, int strip)
{
	cands c;
	int i;
	void *v;

	if (t->punct)
		return NULL;
	candidates(&c, F(t), t->fl);
	for (i = 0; i < c.k && (i == 0 || strip); i++)
		if ((v = ak_map_get(m, c.s[i], c.n[i])) != NULL)
			return v;
	return NULL;
}

static void *
pairget(ak_map *m, size_t i)
{
	cands c;
	int k;
	void *v;

	if (i + 1 >= ntok || toks[i].punct || toks[i + 1].punct)
		return NULL;
	candidates(&c, F(&toks[i]), toks[i].fl);
	for (k = 0; k < c.k; k++) {
		if (ak_map_get(firsts, c.s[k], c.n[k]) == NULL)
			continue;
		ak_buf_reset(&tmp);
		ak_buf_add(&tmp, c.s[k], c.n[k]);
		ak_buf_addc(&tmp, ' ');
		ak_buf_add(&tmp, F(&toks[i + 1]), toks[i + 1].fl);
		if ((v = ak_map_get(m, tmp.p, tmp.len)) != NULL)
			return v;
	}
	return NULL;
}

static long
role_of(size_t i)
{
	long r;

	if (toks[i].rolek)
		return toks[i].role;
	if ((r = (long)pairget(roles, i)) == 0)
		r = (long)wordget(roles, &toks[i], 1);
	toks[i].rolek = 1;
	return toks[i].role = r;
}

/* token index of code point cp */
static int
tok_at(size_t cp)
{
	size_t lo = 0, hi = ntok;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (toks[mid].ce <= cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < ntok && toks[lo].cs <= cp ? (int)lo : -1;
}

static int
act_cmp(const void *a, const void *b)
{
	const actor *x = a, *y = b;

	if (x->cs != y->cs)
		return x->cs < y->cs ? -1 : 1;
	return x->ce > y->ce ? -1 : x->ce < y->ce;
}

/* the letters of the token before code point cp: the proclitics */
static void
prefix_of(const tok *t, size_t cp, char *cl, int *conj)
{
	size_t i = t->bo, c = t->cs;

	*cl = 0;
	*conj = 0;
	while (c < cp && i < t->bo + t->bl) {
		uint32_t u = ak_utf8_next(text, textl, &i);

		c++;
		if (u == 0x0648 || u == 0x0641)
			*conj = 1;
		else if (u == 0x0628)
			*cl = 'b';
		else if (u == 0x0644)
			*cl = 'l';
		else if (u == 0x0643)
			*cl = 'k';
	}
}

/*
 * Can this word head a genitive (construct state)?  Not with the article,
 * a possessive pronoun (جانبها) or the ت of a verb (عبّرت; ات plurals
 * can).
 */
static int
construct(const tok *t)
{
	const char *s = text + t->bo;
	size_t n = t->bl;

	/* the article, also after ل (للمعلمين) or وال، بال */
	if (t->fl >= 4 && (memcmp(F(t), AL, 4) == 0 || (t->fl > 6 &&
	    (memcmp(F(t), "لل", 4) == 0 || memcmp(F(t), "وال", 6) == 0 ||
	    memcmp(F(t), "بال", 6) == 0))))
		return 0;
	if (ends(s, n, "ها") || ends(s, n, "هم") || ends(s, n, "هما") ||
	    ends(s, n, "كم"))
		return 0;
	if (ends(s, n, "ت") && !ends(s, n, "ات"))
		return 0;
	return 1;
}

/*
 * An actor at the end of a genitive chain is inside the phrase of the
 * preposition that heads the chain: "لجهود العراق", "مع كبار القادة",
 * "من سيطرة داعش", "إلى جانب شعب العراق".  Up to three plain words back.
 */
static void
idafa_prep(actor *a, size_t t0)
{
	size_t j, k;

	for (j = t0, k = 0; j-- > 0 && k < 3; k++) {
		cands c;
		long r;

		if (toks[j].punct || toks[j].actor >= 0 || toks[j].ent ||
		    toks[j + 1].brk)
			return;
		r = role_of(j);
		if (r == R_PREP) {
			candidates(&c, F(&toks[j]), toks[j].fl);
			a->role = R_PREP;
			a->prep = c.s[c.k - 1];
			a->prepl = c.n[c.k - 1];
			a->viaword = 1;
			return;
		}
		if (r != 0 && r != R_QUANT)
			return;
		/* "بحثت الوزيرة": a verb's ت heads no genitive, nor
		 * is its ب a preposition */
		if (k > 0 ? !construct(&toks[j]) :
		    (ends(text + toks[j].bo, toks[j].bl, "ت") &&
		    !ends(text + toks[j].bo, toks[j].bl, "ات")))
			return;
		candidates(&c, F(&toks[j]), toks[j].fl);
		if (c.k > 1 && (c.cl[c.k - 1] & (C_B | C_L)) &&
		    c.n[c.k - 1] >= 6) {
			a->role = R_PREP;
			a->prep = (c.cl[c.k - 1] & C_B) ? "ب" : "ل";
			a->prepl = 2;
			a->viaword = 1;
			return;
		}
	}
}

static int conj_next(int);

static int	in_set(const char *, const tok *);

static char *
keep(const char *s, size_t n)
{
	if (nsynth == capsynth)
		synth = ak_realloc(synth, (capsynth = capsynth * 2 + 8) *
		    sizeof(*synth));
	return synth[nsynth++] = ak_strndup(s, n);
}

/*
 * An actor grown over more words (رئيس الحكومة، أنصار X): its text, as
 * JSON, is the sentence from code point cs to the end of token last.
 */
static void
retext(actor *a, size_t cs, size_t last)
{
	size_t from = toks[last].bo, cp = toks[last].cs;
	int t = tok_at(cs);

	if (t >= 0) {
		from = toks[t].bo;
		cp = toks[t].cs;
	}
	while (cp++ < cs)
		ak_utf8_next(text, textl, &from);
	ak_buf_reset(&tmp);
	ak_json_str(&tmp, text + from, toks[last].bo + toks[last].bl - from);
	a->text = keep(tmp.p, tmp.len);
	a->textl = tmp.len;
	a->cs = cs;
}

/* "الدعم الأميركي", "بقصف إسرائيلي": a noun and its nisba, outside every
 * mention, is a weak actor (type N): a target or an agent, never a
 * subject */
static int trigger_word(const tok *);
static int np_word(size_t);
static int definite(const tok *);

/* an adjective's ending: حربية، عسكري، جوية (ي or ية) */
static int
adjective(const tok *t)
{
	const char *f = F(t);
	size_t n = t->fl;

	return n > 6 && (ends(f, n, "ي") || ends(f, n, "يه"));
}

static void
nisba_actors(void)
{
	size_t i, k, h;

	while (nsynth > 0)
		free(synth[--nsynth]);
	for (i = 1; i < ntok; i++) {
		const char *cty;
		size_t b, cs;
		actor *a;
		cands c;
		int x;

		if (toks[i].punct || toks[i - 1].punct ||
		    (cty = ak_map_get(nisbas, F(&toks[i]), toks[i].fl)) ==
		    NULL || isdigit((unsigned char)F(&toks[i - 1])[0]) ||
		    in_set("counts", &toks[i - 1]))
			continue;	/* "مليون عراقي" is no actor */
		for (k = 0; k < nact; k++)
			if (acts[k].cs < toks[i].ce &&
			    acts[k].ce > toks[i - 1].cs)
				break;
		if (k < nact || ak_map_get(nisbas, F(&toks[i - 1]),
		    toks[i - 1].fl) != NULL)
			continue;
		/* "طائرات حربية روسية": over one adjective that agrees with
		 * the noun before it */
		h = i - 1;
		if (i >= 2 && !toks[i - 2].punct && !toks[i - 2].ent &&
		    toks[i - 2].actor < 0 && !toks[i - 2].brk &&
		    !toks[i - 1].brk && !trigger_word(&toks[i - 2]) &&
		    !trigger_word(&toks[i - 1]) &&
		    definite(&toks[i - 2]) == definite(&toks[i - 1]) &&
		    adjective(&toks[i - 1]) && np_word(i - 2) &&
		    !in_set("nonhead", &toks[i - 2]) &&
		    !isdigit((unsigned char)F(&toks[i - 2])[0]) &&
		    !in_set("counts", &toks[i - 2]))
			h = i - 2;
		/* the noun without its proclitics */
		candidates(&c, F(&toks[h]), toks[h].fl);
		b = toks[h].bo;
		cs = toks[h].cs;
		if (c.k > 1 && c.n[c.k - 1] >= 6 && c.cl[c.k - 1] != 0)
			for (x = (int)((toks[h].fl - c.n[c.k - 1]) / 2);
			    x > 0; x--) {
				ak_utf8_next(text, textl, &b);
				cs++;
			}
		if (nact == capact)
			acts = ak_realloc(acts, (capact = capact * 2 + 8) *
			    sizeof(*acts));
		a = &acts[nact++];
		memset(a, 0, sizeof(*a));
		a->cs = cs;
		a->ce = toks[i].ce;
		a->type = 'N';
		ak_buf_reset(&tmp);
		ak_json_str(&tmp, text + b, toks[i].bo + toks[i].bl - b);
		a->text = keep(tmp.p, tmp.len);
		a->textl = tmp.len;
		a->country = cty;
		a->countryl = 5;
	}
}

/* the token a mention's role word ends before: over an opening quote
 * ("بين "قوات سوريا الديمقراطية"") */
static size_t
before_quote(size_t t0)
{
	if (t0 > 1 && (toks[t0 - 1].punct == '"' ||
	    toks[t0 - 1].punct == 0xAB || toks[t0 - 1].punct == 0x201C))
		return t0 - 1;
	return t0;
}

/* does actor a say its country (not absent, not null)? */
static int
has_country(const actor *a)
{
	return a->country != NULL && !(a->countryl == 4 &&
	    memcmp(a->country, "null", 4) == 0);
}

/* a title's JSON string folded, its words one space apart */
static void
title_key(ak_buf *b, const char *json, size_t n)
{
	size_t i, j = 0;

	ak_buf_reset(b);
	if (json == NULL || n < 2 || json[0] != '"')
		return;
	ak_fold(b, json + 1, n - 2);
	for (i = 0; i < b->len; i++)
		if (b->p[i] != ' ' || (j > 0 && b->p[j - 1] != ' '))
			b->p[j++] = b->p[i];
	while (j > 0 && b->p[j - 1] == ' ')
		j--;
	b->len = j;
}

/*
 * Title t was said with name p: a title said alone elsewhere in the
 * document may be p (a lead's "مساعدة وزير الدفاع الأميركي", told by
 * name in the body).
 */
static void
remember_title(const actor *t, const actor *p)
{
	ak_buf k = { 0 };
	struct title *x;
	const actor *c = has_country(p) ? p : t;

	title_key(&k, t->text, t->textl);
	if (k.len == 0 || p->text == NULL) {
		ak_buf_free(&k);
		return;
	}
	if (docst.ntitles % 8 == 0)
		docst.titles = ak_realloc(docst.titles, (docst.ntitles + 8) *
		    sizeof(*docst.titles));
	x = &docst.titles[docst.ntitles++];
	x->key = ak_strndup(k.p, k.len);
	x->country = has_country(c) ? ak_strndup(c->country, c->countryl) :
	    NULL;
	if (p->canonical != NULL && p->canonicall > 2 && p->canonical[0] == '"')
		x->name = ak_strndup(p->canonical, p->canonicall);
	else
		x->name = ak_strndup(p->text, p->textl);
	ak_buf_free(&k);
}

/*
 * The one name the document gave a title that begins with key's words
 * (of no other country), or NULL: "وزير الدفاع" said of two men is
 * neither.  A title said with no country names only a person of the
 * story's state, if the document has one ("وزير الخارجية" in a story
 * from Amman is not the American named before).
 */
static const char *
title_name(const char *key, const char *cc)
{
	const char *name = NULL, *home = cc == NULL ? docst.home : NULL;
	const struct title *one = NULL;
	size_t k, n = strlen(key);

	for (k = 0; k < docst.ntitles; k++) {
		const struct title *x = &docst.titles[k];

		if (strncmp(x->key, key, n) != 0 ||
		    (x->key[n] != '\0' && x->key[n] != ' '))
			continue;
		if (cc != NULL && x->country != NULL &&
		    strcmp(cc, x->country) != 0)
			continue;
		if (name != NULL && strcmp(name, x->name) != 0)
			return NULL;
		name = x->name;
		one = x;
	}
	if (one != NULL && home != NULL && one->country != NULL &&
	    strcmp(home, one->country) != 0)
		return NULL;
	return name;
}

static void
setup_actors(void)
{
	size_t i, j, pv;

	nisba_actors();

	if (nact > 1)
		qsort(acts, nact, sizeof(*acts), act_cmp);
	/* nested mentions: the outer one stands, lending what it lacks */
	for (i = 0; i < nact; i++) {
		if (acts[i].dead)
			continue;
		for (j = i + 1; j < nact && acts[j].cs < acts[i].ce; j++) {
			if (acts[j].ce > acts[i].ce)
				continue;
			acts[j].dead = 1;
			if (acts[i].country == NULL) {
				acts[i].country = acts[j].country;
				acts[i].countryl = acts[j].countryl;
			}
			if (acts[j].type == 'P' && acts[i].type == 'R') {
				/* a title holding a name: the name speaks */
				remember_title(&acts[i], &acts[j]);
				acts[i].text = acts[j].text;
				acts[i].textl = acts[j].textl;
				acts[i].canonical = acts[j].canonical;
				acts[i].canonicall = acts[j].canonicall;
				acts[i].type = 'P';
			}
		}
	}
	for (i = j = 0; i < nact; i++)
		if (!acts[i].dead)
			acts[j++] = acts[i];
	nact = j;
	/* "مساعد وزير الخارجية الأمريكي للشؤون الأفريقية مايكل هامر":
	 * a title's ل-phrases (and the body they name) before the name are
	 * the title's; the name is the actor, no part of the title is */
	for (i = 0; i + 1 < nact; i++) {
		actor *a = &acts[i];
		int ta = tok_at(a->ce ? a->ce - 1 : 0), tb, k;
		size_t m;

		if (a->type != 'R' || a->dead || ta < 0)
			continue;
		for (m = i + 1; m < nact && m <= i + 3 && acts[m].type != 'P';
		    m++)
			;
		if (m >= nact || m > i + 3 || (tb = tok_at(acts[m].cs)) < 0 ||
		    tb - ta < 2 || tb - ta > 8 ||
		    !letter_is(F(&toks[ta + 1]), "ل"))
			continue;
		for (k = ta + 1; k < tb; k++)
			if (toks[k].punct || (!letter_is(F(&toks[k]), "ل") &&
			    !(toks[k].fl > 4 && memcmp(F(&toks[k]), "ال",
			    4) == 0)))
				break;
		if (k < tb)
			continue;
		for (k = (int)i + 1; (size_t)k < m; k++)
			acts[k].dead = 1;
		acts[m].cs = a->cs;
		if (acts[m].country == NULL) {
			acts[m].country = a->country;
			acts[m].countryl = a->countryl;
		}
		if (acts[m].sector == NULL) {
			acts[m].sector = a->sector;
			acts[m].sectorl = a->sectorl;
		}
		a->dead = 1;
	}
	for (i = j = 0; i < nact; i++)
		if (!acts[i].dead)
			acts[j++] = acts[i];
	nact = j;
	/* "أنصار الرئيس السابق": the followers of an actor are one actor,
	 * of its country */
	for (i = 0; i < nact; i++) {
		actor *a = &acts[i];
		int t = tok_at(a->cs), e = tok_at(a->ce ? a->ce - 1 : 0);

		if (t > 0 && e >= 0 && toks[t].cs == a->cs &&
		    !toks[t - 1].punct && toks[t - 1].actor < 0 &&
		    in_set("followers", &toks[t - 1])) {
			const char *f = F(&toks[t - 1]);

			/* و or ف before it is no part of the name */
			retext(a, toks[t - 1].cs + (letter_is(f, "و") ||
			    letter_is(f, "ف")), (size_t)e);
			a->type = 'R';
			a->grp = 1;
		}
	}
	/* a title then a name (، allowed between): one actor, the name's */
	for (i = 0; i + 1 < nact; i++) {
		actor *a = &acts[i], *b = &acts[i + 1];
		int ta = tok_at(a->ce ? a->ce - 1 : 0), tb = tok_at(b->cs);
		int gap = tb - ta;

		if (ta < 0 || tb < 0)
			continue;
		if (gap == 2 && toks[ta + 1].punct != 0x060C &&
		    toks[ta + 1].punct != ',')
			continue;
		if (gap < 1 || gap > 2)
			continue;
		/* "نظيره الأردني أيمن الصفدي": a noun with a nationality and
		 * the name of the same state after it are one person */
		if ((a->type == 'R' || (a->type == 'N' && gap == 1 &&
		    a->country != NULL && b->country != NULL &&
		    a->countryl == b->countryl &&
		    memcmp(a->country, b->country, a->countryl) == 0)) &&
		    b->type == 'P') {
			char cl;
			int conj;

			prefix_of(&toks[tb], b->cs, &cl, &conj);
			if (conj)
				continue;
			if (a->type == 'R')
				remember_title(a, b);
			b->cs = a->cs;
			if (b->country == NULL) {
				b->country = a->country;
				b->countryl = a->countryl;
			}
			if (b->sector == NULL) {
				b->sector = a->sector;
				b->sectorl = a->sectorl;
			}
			a->dead = 1;
		} else if (a->type == 'R' && b->type == 'R' && gap == 1 &&
		    a->country == NULL && !definite(&toks[ta]) &&
		    toks[tb].ce == b->ce &&
		    toks[tb].cs == b->cs && definite(&toks[tb]) &&
		    in_set("agents", &toks[tb])) {
			/* "رئيس الحكومة", "قائد الجيش": a title in the
			 * construct state (no article) and the body it heads
			 * are one actor, of the body's state */
			retext(a, a->cs, (size_t)tb);
			a->ce = b->ce;
			a->country = b->country;
			a->countryl = b->countryl;
			a->body = tb + 1;
			b->dead = 1;
			i++;
		} else if (a->type == 'P' && b->type == 'R' && gap == 2 &&
		    a->country == NULL) {
			/* apposition: "X، مستشار الأمن القومي الأمريكي" */
			a->ce = b->ce;
			a->country = b->country;
			a->countryl = b->countryl;
			a->sector = b->sector;
			a->sectorl = b->sectorl;
			b->dead = 1;
			i++;
		}
	}
	for (i = j = 0; i < nact; i++)
		if (!acts[i].dead)
			acts[j++] = acts[i];
	nact = j;
	for (i = 0; i < nact; i++) {
		actor *a = &acts[i];
		int t0 = tok_at(a->cs), t1 = tok_at(a->ce ? a->ce - 1 : 0);

		if (t0 < 0 || t1 < 0 || toks[t1].ce != a->ce) {
			/* a mention that ends inside a word is no mention */
			a->dead = 1;
			continue;
		}
		a->t0 = t0;
		a->t1 = t1;
		for (j = (size_t)t0; j <= (size_t)t1; j++) {
			toks[j].ent = 1;
			if (a->type != 'R')
				toks[j].named = 1;
		}
		if (toks[t0].actor < 0)
			toks[t0].actor = (int)i;
		{
			int conj;

			prefix_of(&toks[t0], a->cs, &a->clitic, &conj);
			a->conj = conj;
		}
		if (a->clitic == 'b' || a->clitic == 'l') {
			a->prep = a->clitic == 'b' ? "ب" : "ل";
			a->prepl = 2;
			a->role = R_PREP;
		} else if ((pv = before_quote((size_t)t0)) > 0 &&
		    !toks[pv - 1].punct) {
			long r = pv > 1 ? (long)pairget(roles, pv - 2) : 0;

			/* two words first: "من قبل X" */
			if (r == 0)
				r = role_of(pv - 1);
			if (r != 0 && r != R_BREAK && r != R_PAIRSUBJ &&
			    r != R_LEAD && r != R_QUANT && r != R_SAY) {
				cands c;
				int k;

				a->role = (int)r;
				candidates(&c, F(&toks[pv - 1]),
				    toks[pv - 1].fl);
				for (k = 0; k < c.k; k++)
					if (ak_map_get(roles, c.s[k], c.n[k])) {
						a->prep = c.s[k];
						a->prepl = c.n[k];
						break;
					}
			} else
				idafa_prep(a, (size_t)t0);
		}
	}
	/* a conjunct shares the preposition of the first: بين X وY */
	for (i = 1; i < nact; i++)
		if (acts[i].conj && acts[i].role == 0 && !acts[i].dead &&
		    conj_next((int)i - 1) == (int)i && acts[i - 1].role != 0 &&
		    acts[i].t0 == acts[i - 1].t1 + 1) {
			acts[i].role = acts[i - 1].role;
			acts[i].prep = acts[i - 1].prep;
			acts[i].prepl = acts[i - 1].prepl;
		}
	/* "كبار مسؤولي الجيش في العراق": the place lends its country */
	for (i = 0; i + 1 < nact; i++)
		if (acts[i].country == NULL && acts[i].type != 'L' &&
		    !acts[i].dead && acts[i + 1].role == R_LOC &&
		    acts[i + 1].t0 <= acts[i].t1 + 5 &&
		    acts[i + 1].country != NULL) {
			acts[i].country = acts[i + 1].country;
			acts[i].countryl = acts[i + 1].countryl;
		}
	/* "القوات الأميركية غادرت ... بينما بقيت القوات": a bare group
	 * noun takes up the same noun told with its country before */
	for (i = 1; i < nact; i++) {
		cands c, d;

		if (acts[i].country != NULL || acts[i].type != 'R' ||
		    acts[i].dead || acts[i].t0 < 0)
			continue;
		candidates(&c, F(&toks[acts[i].t0]), toks[acts[i].t0].fl);
		for (j = i; j-- > 0; ) {
			if (acts[j].dead || acts[j].type != 'R' ||
			    acts[j].country == NULL || acts[j].t0 < 0)
				continue;
			candidates(&d, F(&toks[acts[j].t0]),
			    toks[acts[j].t0].fl);
			if (c.k > 0 && d.k > 0 && c.n[c.k - 1] == d.n[d.k - 1] &&
			    memcmp(c.s[c.k - 1], d.s[d.k - 1], c.n[c.k - 1]) == 0) {
				acts[i].country = acts[j].country;
				acts[i].countryl = acts[j].countryl;
				break;
			}
		}
	}
	for (i = 0; i < ndate; i++) {
		int t0 = tok_at(dates[i].cs), t1 = tok_at(dates[i].ce - 1);

		dates[i].t0 = t0;
		dates[i].noun = 0;
		if (t0 >= 0) {
			char cl;
			int conj;

			prefix_of(&toks[t0], dates[i].cs, &cl, &conj);
			dates[i].noun = cl == 'l';
		}
		for (j = (size_t)t0; t0 >= 0 && t1 >= 0 && j <= (size_t)t1;
		    j++)
			toks[j].ent = toks[j].named = 1;
	}
	/* clause breaks and the pair words (الجانبان) */
	for (i = 0; i < ntok; i++) {
		long r;

		if (toks[i].punct) {
			if (is_brk((uint32_t)toks[i].punct) && i + 1 < ntok)
				toks[i + 1].brk = toks[i + 1].pbrk = 1;
			continue;
		}
		if (toks[i].ent)
			continue;
		r = role_of(i);
		if (r == R_BREAK)
			toks[i].brk = 1;
	}
}

/* a clause break between tokens a < b? */
static int
broken(size_t a, size_t b)
{
	size_t i;

	for (i = a + 1; i <= b && i < ntok; i++)
		if (toks[i].brk)
			return 1;
	return 0;
}

/* a full stop (not a clause word) between tokens a < b? */
static int
pbroken(size_t a, size_t b)
{
	size_t i;

	for (i = a + 1; i <= b && i < ntok; i++)
		if (toks[i].pbrk)
			return 1;
	return 0;
}

/* "name\tword", the key of the set and mode tables (no printf: hot) */
static void
tabkey(ak_buf *b, const char *name, const char *w, size_t n)
{
	ak_buf_reset(b);
	ak_buf_adds(b, name);
	ak_buf_addc(b, '\t');
	ak_buf_add(b, w, n);
}

static int
in_set(const char *set, const tok *t)
{
	cands c;
	int i;

	if (t->punct)
		return 0;
	candidates(&c, F(t), t->fl);
	for (i = 0; i < c.k; i++) {
		size_t n = c.n[i];
		const char *w = unal(c.s[i], &n);

		ak_buf_reset(&tmp);
		tabkey(&tmp, set, w, n);
		if (ak_map_get(sets, tmp.p, tmp.len))
			return 1;
		/* the alef of an indefinite accusative: صاروخاً */
		if (n > 6 && ends(w, n, "ا") && !ends(w, n, "ها") &&
		    !ends(w, n, "هما")) {
			tabkey(&tmp, set, w, n - 2);
			if (ak_map_get(sets, tmp.p, tmp.len))
				return 1;
		}
		/* a possessive: علاقاتها، أصولهم، علاقاتهما، مساعداته (ه
		 * only after the plural's ات: alone it may be a folded
		 * teh marbuta) */
		if (n > 10 && ends(w, n, "هما")) {
			tabkey(&tmp, set, w, n - 6);
			if (ak_map_get(sets, tmp.p, tmp.len))
				return 1;
		} else if (n > 8 && (ends(w, n, "ها") || ends(w, n, "هم"))) {
			tabkey(&tmp, set, w, n - 4);
			if (ak_map_get(sets, tmp.p, tmp.len))
				return 1;
		} else if (n > 8 && ends(w, n, "اته")) {
			tabkey(&tmp, set, w, n - 2);
			if (ak_map_get(sets, tmp.p, tmp.len))
				return 1;
		}
	}
	return 0;
}

/* the token of the trigger's NEED word, -1 for none, -2 if it needs none */
static long
need_at(const trig *t, size_t i)
{
	size_t j, lo = i > 8 ? i - 8 : 0, hi, w;

	if (t->need == NULL)
		return -2;
	/* eight words after it, a name or title counting as one ("وقع
	 * وزير الخارجية الكويتي عبدالله اليحيا ونظيره ... مذكرة") */
	for (hi = i + 1, w = 0; hi < ntok && w < 8; hi++)
		if (!toks[hi].ent || toks[hi].actor >= 0)
			w++;
	/* the object after it first: "هذه العقوبات بعد فرض X عقوبات" */
	for (j = i + 1; j < hi; j++)
		if (in_set(t->need, &toks[j]))
			return (long)j;
	for (j = lo; j < i; j++)
		if (in_set(t->need, &toks[j]))
			return (long)j;
	return -1;
}

/*
 * A bare perfect (دعم، قتل) is also the verbal noun; it is read as a
 * verb only where a verb stands: at a clause start, after a subject, after
 * a lead word (قد، ثم، حيث ...) or with و/ف.
 */
static int
verb_place(size_t i, int clitics)
{
	size_t j;

	if (clitics & C_CONJ)
		return 1;
	if (i == 0 || toks[i].brk)
		return 1;
	j = i - 1;
	if (toks[j].punct)
		return 1;
	if (toks[j].actor >= 0 || (toks[j].ent && !toks[j].named))
		return 1;
	for (; toks[j].ent && j > 0; j--)
		if (toks[j].actor >= 0)
			return 1;
	return role_of(i - 1) == R_LEAD || role_of(i - 1) == R_BREAK;
}

/* does the matched form carry a possessive pronoun the lemma lacks? */
static int
has_pron(const trig *t, const char *f, size_t n)
{
	static const char *p[] = { "هما", "هم", "ها", "ه", "نا", NULL };
	int k;

	for (k = 0; p[k]; k++)
		if (ends(f, n, p[k]) && n > strlen(p[k]) + 4) {
			/* a word that ends in ه itself (teh marbuta) */
			if (strcmp(p[k], "ه") == 0 &&
			    ends(t->lemma, strlen(t->lemma), "ة"))
				return 0;
			/* a verb's نا is "we" */
			if (strcmp(p[k], "نا") == 0 && (t->cls == 'v' ||
			    t->cls == 'i'))
				return 2;
			return 1;
		}
	return 0;
}

static int usable(int);

/* is a place before token i, in its clause, the subject of a verb of
 * witnessing (شهدت بغداد ... اشتباكات)? */
static int
witnessed_before(size_t i)
{
	size_t a, k, n;

	for (a = 0; a < nact; a++) {
		if (acts[a].dead || acts[a].type != 'L' || acts[a].t0 < 0 ||
		    (size_t)acts[a].t1 >= i || broken((size_t)acts[a].t1, i))
			continue;
		k = (size_t)acts[a].t0;
		for (n = 0; k > 0 && n < 4 && toks[k - 1].ent; n++)
			k--;
		if (k > 0 && in_set("witness", &toks[k - 1]))
			return 1;
	}
	return 0;
}

/*
 * "مذكرة تفاهم لدعم قوات البيشمركة": a purpose (لـ + verbal noun) right
 * after an agreement word tells what the agreement is for, not an act.
 */
static int
agreement_purpose(size_t i)
{
	size_t j, k;

	for (j = i, k = 0; j-- > 0 && k < 3; k++) {
		if (toks[j].punct || toks[j + 1].brk)
			return 0;
		if (in_set("agreement", &toks[j]))
			return 1;
	}
	return 0;
}

/*
 * The first party after لـ in the clause after token i, other than src;
 * past an agreement word unless any is set.  "ووقعت مذكرة تفاهم لدعم
 * قوات البيشمركة": the party an agreement is for is its other side;
 * "انتهاء الدور القتالي للتحالف": the holder of what ends.
 */
static int
lam_party(size_t i, int src, int any)
{
	size_t j;

	for (j = i + 1; j < ntok && j <= i + 10; j++) {
		int a = toks[j].actor;

		if (toks[j].brk || toks[j].pbrk)
			return -1;
		if (in_set("agreement", &toks[j]))
			any = 1;
		if (a < 0)
			continue;
		if (any && a != src && usable(a) && acts[a].role == R_PREP &&
		    acts[a].prepl == 2 && memcmp(acts[a].prep, "ل", 2) == 0)
			return a;
		j = (size_t)acts[a].t1;
	}
	return -1;
}

/*
 * "سيشارك وفد في مباحثات", "ليشارك في": a verb of taking part in the
 * future or as a purpose; what it takes part in has not happened.
 */
static const char *
partake_later(const tok *t)
{
	cands c;
	int i;
	const char *f = F(t);

	if (t->punct || t->fl < 8)
		return NULL;
	/* only a word that starts with س or ل (after و or ف) may be one:
	 * no need to take the others apart */
	if (letter_is(f, "و") || letter_is(f, "ف"))
		f += 2;
	if (!letter_is(f, "س") && !letter_is(f, "ل"))
		return NULL;
	candidates(&c, F(t), t->fl);
	for (i = 0; i < c.k; i++) {
		size_t n = c.n[i];
		const char *w = unal(c.s[i], &n);

		if (!(c.cl[i] & (C_S | C_L)))
			continue;
		ak_buf_reset(&tmp);
		tabkey(&tmp, "partake", w, n);
		if (ak_map_get(sets, tmp.p, tmp.len))
			return c.cl[i] & C_S ? "future" : "purpose";
	}
	return NULL;
}

/* is a verb of expressing (أعرب، عبّر) in the clause before token j? */
static int
expressed(size_t j)
{
	size_t k;

	for (k = j; k-- > 0 && k + 8 >= j && !toks[k + 1].brk; )
		if (in_set("express", &toks[k]))
			return 1;
	return 0;
}

/* A cue before the trigger that takes the event away: its kind, or NULL. */
static const char *
blocked(size_t i, const trig *t, int clitics)
{
	char cls = t->cls;
	size_t j, words = 0;
	int k = cls == 'l' || cls == 'w' || cls == 'p' ? 'n' : cls;

	if (cls == 'i' && (clitics & C_S))
		return "future";
	if (cls == 'i' && (clitics & C_L))
		return "purpose";
	/* "ضبط 5 عناصر لاتهامهم بإدارة صفحات": the charge they were taken
	 * on, no accusation made */
	if (k == 'n' && (clitics & C_L) && strcmp(t->type, "ACCUSE") == 0)
		return "charge";
	/* "حبس ثلاثة متهمين", "على متهمين": after a number or a
	 * preposition the participle's letters are a noun (the accused) */
	if (cls == 'p' && i > 0 && !toks[i - 1].punct &&
	    (isdigit((unsigned char)F(&toks[i - 1])[0]) ||
	    in_set("counts", &toks[i - 1]) || in_set("victims", &toks[i - 1]) ||
	    role_of(i - 1) == R_PREP || role_of(i - 1) == R_LOC))
		return "a noun after a number or a preposition";
	/* "قوات الاحتلال", "سلطات الاحتلال": the noun names its holder */
	if (k == 'n' && i > 0 && in_set("holders", &toks[i - 1]) &&
	    construct(&toks[i - 1]))
		return "a holder's name";
	for (j = i; j-- > 0; ) {
		cue *q;

		if (toks[j + 1].brk)
			break;
		/* "أدان الهجمات، مطالباً": a participle after a comma is
		 * a predicate of its own, out of the reach of what went
		 * before */
		if (cls == 'p' && (toks[j].punct == 0x060C ||
		    toks[j].punct == ','))
			break;
		if (toks[j].punct)
			continue;
		words++;
		if (k == 'n' && words <= 6) {
			const char *why = partake_later(&toks[j]);

			if (why != NULL)
				return why;
		}
		q = pairget(cues, j);
		if (q == NULL)
			q = wordget(cues, &toks[j], 1);
		while (q != NULL && ((q->applies != '*' && q->applies != k) ||
		    q->window < 0 || (q->type != NULL &&
		    strcmp(q->type, t->type) != 0)))
			q = q->next;
		if (q == NULL)
			continue;
		/* "أعرب عن تقديره": a word the trigger needs is no cue */
		if (t->need != NULL && in_set(t->need, &toks[j]))
			continue;
		/* "أعلنت الجماعة مسؤوليتها عن الهجوم": a claim, no topic;
		 * "أعربت الوزارة عن ترحيبها": what is expressed is the act */
		if (strcmp(q->kind, "topic") == 0 && j > 0 &&
		    (in_set("claims", &toks[j - 1]) || expressed(j)))
			continue;
		if (q->window == 0 || words <= (size_t)q->window)
			return q->kind;
	}
	/* "زيارة ... المرتقبة", "انسحاب القوات سوف يستمر" */
	for (j = i + 1, words = 0; j < ntok && !toks[j].brk; j++) {
		cue *q;

		if (toks[j].punct)
			continue;
		words++;
		for (q = wordget(cues, &toks[j], 1); q != NULL; q = q->next)
			if (q->after > 0 && (size_t)q->after >= words &&
			    (q->applies == '*' || q->applies == k) &&
			    (q->type == NULL || strcmp(q->type, t->type) == 0))
				return q->kind;
	}
	return NULL;
}

/* does the word end in teh marbuta (folded to ه)? */
static int
marbuta(const tok *t)
{
	return t->bl >= 2 && memcmp(text + t->bo + t->bl - 2, "ة", 2) == 0;
}

static int
passive_at(const tok *t)
{
	size_t i = t->bo, end = t->bo + t->bl;
	int letters = 0;

	/* a damma on one of the first three letters after و ف: قُتل،
	 * اعتُقل (an active perfect has fathas there) */
	while (i < end) {
		uint32_t u = ak_utf8_next(text, textl, &i);

		if (u == 0x064F && letters >= 1)
			return 1;
		if (ak_is_arabic_letter(u)) {
			if (letters >= 3)
				return 0;
			if (letters == 0 && (u == 0x0648 || u == 0x0641))
				continue;
			letters++;
		}
	}
	return 0;
}

/*
 * "إن 30 شخصاً قتلوا في غارات": a count of victims right before a
 * perfect of force is its unpointed passive subject; the first token of
 * the count, or -1
 */
static int
victims_before(size_t i)
{
	if (i >= 2 && !toks[i - 1].punct && !toks[i - 2].punct &&
	    toks[i - 1].actor < 0 && in_set("victims", &toks[i - 1]) &&
	    (isdigit((unsigned char)F(&toks[i - 2])[0]) ||
	    in_set("counts", &toks[i - 2])))
		return (int)i - 2;
	return -1;
}

/*
 * "قتل ثلاثة جنود": a perfect followed by a count or by victims is the
 * unpointed passive (قُتل); news gives the killer a subject otherwise.
 */
static int
victims_after(size_t i)
{
	size_t j = i + 1;

	if (j >= ntok || toks[j].punct)
		return 0;
	if (isdigit((unsigned char)F(&toks[j])[0]))
		return 1;
	return in_set("victims", &toks[j]);
}

/* ------------------------------------------------------------------ */
/* roles                                                               */

typedef struct {
	int	 a;		/* actor index, -1 none */
	const char *json;	/* else this JSON object, or NULL */
} who;

typedef struct {
	size_t	 t;		/* trigger token */
	size_t	 tend;		/* last token of the trigger */
	trig	*tr;
	who	 src, tgt;
	const char *srule, *trule;
	long	 need;		/* token of the NEED word, or < 0 */
	int	 passive;
	int	 nth;		/* one of several counterparts: 1, 2 ... */
	size_t	 dalt;		/* 1 + the token of the same act told again */
	int	 emitted;
	char	 id[17];
	const char *retells;	/* id of the event it tells again, or NULL */
	int	 merged;	/* its victims are another attack's */
} event;

static event	*evs;
static size_t	 nev, capev;

/*
 * Event i once more, with target a (and trule, if not NULL): the events
 * added since nev0 are numbered for their ids.
 */
static void
again_with(size_t i, int a, const char *trule, size_t nev0)
{
	if (nev == capev)
		evs = ak_realloc(evs, (capev = capev * 2 + 8) * sizeof(*evs));
	evs[nev] = evs[i];
	evs[nev].tgt.a = a;
	if (trule != NULL)
		evs[nev].trule = trule;
	evs[nev].nth = (int)(nev - nev0 + 1);
	nev++;
}

/* token j opens a ب-phrase: ب on a word of three letters or more */
static int
with_b(size_t j)
{
	cands c;
	int k;

	if (j >= ntok || toks[j].punct)
		return 0;
	candidates(&c, F(&toks[j]), toks[j].fl);
	for (k = 0; k < c.k; k++)
		if ((c.cl[k] & C_B) && c.n[k] >= 6)
			return 1;
	return 0;
}

/* a verbal act (PLOVER quad 1 or 3): a threat, a demand, praise */
static int
verbal(const char *type)
{
	const char *q = ak_map_get(quads, type, strlen(type));

	return q != NULL && (q[0] == '1' || q[0] == '3');
}

/*
 * "طالبت X بالإفراج عن", "اتهم X بقتل": what is demanded, threatened or
 * alleged did not happen (yet): no event from a noun or a subjunctive
 * after such a trigger in its clause.
 */
static int
inside_speech(size_t i, const trig *t)
{
	size_t x;

	if (t->cls == 'v' || t->cls == 'p')	/* a predicate of its own */
		return 0;
	for (x = 0; x < nev; x++) {
		const char *ty = evs[x].tr->type;
		size_t j;

		if (evs[x].t < i && !broken(evs[x].t, i) &&
		    (strcmp(ty, "REQUEST") == 0 || strcmp(ty, "ACCUSE") == 0 ||
		    strcmp(ty, "THREATEN") == 0 || strcmp(ty, "REJECT") == 0)) {
			/* "رفضوا الإفراج عنهم رغم دعوة المجلس": what
			 * stands despite it, or a verb or a verbal act after
			 * a new word of saying ("أدانت الهجوم، مؤكدة أن
			 * الدولة تحتفظ بحق الرد"; "مؤكداً احتفاظ إسرائيل
			 * بحق"), is no part of what is said; an attack named
			 * there is only talked of */
			for (j = evs[x].t + 1; j < i; j++)
				if (in_set("despite", &toks[j]) ||
				    ((t->cls == 'i' || verbal(t->type)) &&
				    in_set("saying", &toks[j])))
					break;
			if (j < i)
				continue;
			/* "أدانت X الهجوم وأعربت عن تضامنها": the verb the
			 * noun needs starts a statement of its own */
			for (j = evs[x].t + 1; t->need != NULL && j < i; j++)
				if (in_set(t->need, &toks[j]))
					break;
			if (t->need == NULL || j == i)
				return 1;
		}
	}
	return 0;
}

/* "قُتل X بهجوم": the noun after ب is how the event before was done */
static int
instrument(size_t i, const trig *t, int clitics)
{
	size_t x;

	if (t->cls != 'n' || !(clitics & C_B))
		return 0;
	for (x = 0; x < nev; x++)
		if (strcmp(evs[x].tr->type, t->type) == 0 && evs[x].t < i &&
		    i - evs[x].t <= 8 && !broken(evs[x].t, i))
			return 1;
	return 0;
}

/* who met or signed with whom: either order */
static int
symmetric(const char *type)
{
	return strcmp(type, "CONSULT") == 0 || strcmp(type, "AGREE") == 0 ||
	    strcmp(type, "COOPERATE") == 0;
}

/* aevent-types.tsv: may an event of the type be told with nobody? */
static int
anonymous(const char *type)
{
	const char *q = ak_map_get(quads, type, strlen(type));

	return q != NULL && strstr(q, "\tanon") != NULL;
}

static int
is_word(const tok *t, const char *w)
{
	return !t->punct && t->fl == strlen(w) && memcmp(F(t), w, t->fl) == 0;
}

static int
usable(int a)
{
	/* "(كونا)", "(أ ف ب)": the agency that reports, not a party */
	if (a >= 0 && acts[a].t0 > 0 && toks[acts[a].t0 - 1].punct == '(' &&
	    acts[a].sector != NULL && acts[a].sectorl == 5 &&
	    memcmp(acts[a].sector, "\"MED\"", 5) == 0)
		return 0;
	return a >= 0 && !acts[a].dead && acts[a].role != R_LOC &&
	    acts[a].role != R_HEAD && acts[a].type != 'N';
}

/* the last token of set before token i in its clause, within max words,
 * or -1 */
static long
set_before(size_t i, const char *set, size_t max)
{
	size_t j;

	for (j = i; j-- > 0 && i - j <= max; ) {
		if (toks[j + 1].brk || toks[j + 1].pbrk)
			return -1;
		if (in_set(set, &toks[j]))
			return (long)j;
	}
	return -1;
}

/* "رغم دعوة", "على الرغم من الدعوات": token i stands despite something */
static int
despite_before(size_t i)
{
	return set_before(i, "despite", 3) >= 0;
}

/*
 * "هناك 2500 جندي أمريكي ... لا يزالون متمركزين": the actor said to be
 * there, within six words after هناك in the sentence before token i,
 * or -1
 */
static int
said_there(size_t i)
{
	size_t j, k;

	for (j = i; j-- > 0; ) {
		if (toks[j + 1].pbrk)
			return -1;
		if (!in_set("there", &toks[j]))
			continue;
		for (k = j + 1; k < i && k <= j + 6; k++)
			if (toks[k].actor >= 0 && usable(toks[k].actor))
				return toks[k].actor;
		return -1;
	}
	return -1;
}

/* TYPE is in set (its types are written as words, folded like them) */
static int
type_in(const char *set, const char *type)
{
	ak_buf_reset(&tmp2);
	ak_buf_adds(&tmp2, set);
	ak_buf_addc(&tmp2, '\t');
	ak_fold(&tmp2, type, strlen(type));
	return ak_map_get(sets, tmp2.p, tmp2.len) != NULL;
}

/*
 * "رفض القرار، داعياً الحكومة إلى", "جدد رفضه لاستمرار احتلال إيران":
 * a rejection or a threat aims at a party; when its object is none or
 * a thing, the party is the first one named after it in the sentence.
 * "هدد ... إذا لم تلق الوحدات الكردية": a threat's party is who must
 * meet its condition, even over a place named first.
 */
static int
aimed_party(const event *e, int cond)
{
	size_t j, from = e->tend + 1;
	int a;

	if (cond) {
		for (j = from; j < ntok && !toks[j].pbrk; j++)
			if (in_set("condition", &toks[j]))
				break;
		if (j >= ntok || toks[j].pbrk)
			return -1;
		from = j + 1;
	}
	for (j = from; j < ntok && !toks[j].pbrk; j++) {
		/* "حذرت من أن واشنطن ستفرض", "مؤكداً احتفاظ إسرائيل":
		 * what is said names no party aimed at, nor does a
		 * condition but by its subject */
		if (!cond && (in_set("aimstop", &toks[j]) ||
		    in_set("condition", &toks[j]) || role_of(j) == R_SAY))
			return -1;
		/* the condition's subject: right after its verb, with no
		 * preposition ("إذا لم يفرج عن المحتجزين" has none) */
		if (cond && j > from + 2)
			return -1;
		if ((a = toks[j].actor) < 0)
			continue;
		if (cond && (acts[a].role != 0 || acts[a].clitic == 'b' ||
		    acts[a].clitic == 'l' || acts[a].clitic == 'k'))
			return -1;
		if (!usable(a) || a == e->src.a || acts[a].type == 'S')
			continue;
		if (e->src.a >= 0 && acts[a].textl == acts[e->src.a].textl &&
		    memcmp(acts[a].text, acts[e->src.a].text,
		    acts[a].textl) == 0)
			continue;
		return a;
	}
	return -1;
}

/* an unnamed object of no country whose head is a word of the set
 * things (القرار، الإفراج، نشاطات): no party */
static int
a_thing(const char *json)
{
	const char *p;
	int k;

	if (strstr(json, "\"country\":null") == NULL ||
	    (p = strstr(json, "\"start\":")) == NULL)
		return 0;
	k = tok_at((size_t)strtoul(p + 8, NULL, 10));
	return k >= 0 && in_set("things", &toks[k]);
}

static int
prep_ok(const trig *t, const actor *a)
{
	int k;

	if (a->role != R_PREP && a->role != R_PAIR && a->role != R_AGENT)
		return 0;
	for (k = 0; k < t->npreps; k++)
		if (strlen(t->preps[k]) == a->prepl &&
		    memcmp(t->preps[k], a->prep, a->prepl) == 0)
			return 1;
	return 0;
}

/* the actor starting at token i, or -1 */
static int
actor_at(size_t i)
{
	return i < ntok ? toks[i].actor : -1;
}

/* the next actor joined by و (or "، و") to actor a */
static int
conj_next(int a)
{
	size_t i = (size_t)acts[a].t1 + 1;
	int b;

	if (i < ntok && (toks[i].punct == '"' || toks[i].punct == 0xBB ||
	    toks[i].punct == 0x201D))
		i++;		/* a closing quote */
	if (i < ntok && toks[i].punct == '(') {
		while (i < ntok && toks[i].punct != ')')
			i++;
		i++;
	}
	if (i < ntok && (toks[i].punct == 0x060C || toks[i].punct == ','))
		i++;
	b = actor_at(i);
	if (b >= 0 && acts[b].conj && acts[b].role == 0) {
		/* "وفصائل "الجيش الوطني"": the name is more specific */
		size_t j = (size_t)acts[b].t1 + 1;
		int c;

		if (j < ntok && (toks[j].punct == '"' || toks[j].punct ==
		    0xAB || toks[j].punct == 0x201C))
			j++;
		c = actor_at(j);
		if (acts[b].type == 'R' && c >= 0 && !acts[c].dead &&
		    (acts[c].type == 'O' || acts[c].type == 'P') &&
		    acts[c].role == 0) {
			acts[c].conj = 1;
			b = c;
		}
		return b;
	}
	return -1;
}

/* the first of a chain of coordinated actors ending with a */
static int
conj_head(int a)
{
	int b;

	while (acts[a].conj && a > 0) {
		b = a - 1;
		if (conj_next(b) != a || acts[b].role != 0)
			break;
		a = b;
	}
	return a;
}

/* the nearest free actor before token i in its clause */
static int
before(size_t i, int locs_too)
{
	size_t j;

	for (j = i; j-- > 0; ) {
		int a = toks[j].actor;

		if (toks[j + 1].brk)
			return -1;
		if (a >= 0 && usable(a) && acts[a].role == 0 &&
		    (size_t)acts[a].t1 < i && (locs_too || acts[a].type != 'L'))
			return a;
	}
	return -1;
}

static int	trigger_word(const tok *);

/*
 * "رفض الحزب، الذراع السياسية للجماعة، القرار", "دعا النائب X، عضو لجنة
 * الأمن والدفاع في مجلس النواب، الحكومة": if a comma is at token from and
 * an apposition runs to a second comma (no other mark, no trigger, no
 * clause end), the token after that comma; else from.
 */
static size_t
past_apposition(size_t from)
{
	size_t k;

	if (from >= ntok || toks[from].punct != 0x060C)
		return from;
	for (k = from + 1; k < ntok && k <= from + 12; k++) {
		if (toks[k].punct == 0x060C)
			return k + 1;
		if (toks[k].punct || toks[k].pbrk || toks[k].brk ||
		    trigger_word(&toks[k]))
			break;
	}
	return from;
}

/* first free actor after token i within n words, no preposition between */
static int
after(size_t i, int n, int skip_nonactor)
{
	size_t j;
	int words = 0, comma = 0;

	/* the subject's apposition is no object */
	if (skip_nonactor == 2 && i + 1 < ntok && toks[i + 1].actor < 0 &&
	    past_apposition(i + 1) > i + 1)
		i = past_apposition(i + 1) - 1;
	for (j = i + 1; j < ntok && words <= n; j++) {
		int a = toks[j].actor;

		if (toks[j].brk)
			return -1;
		if (toks[j].punct == 0x060C || toks[j].punct == ',')
			comma = 1;
		if (a >= 0) {
			/* "في أرلينغتون، فيرجينيا": a place after a comma
			 * is an apposition, not an object */
			if (usable(a) && acts[a].role == 0 && !acts[a].conj &&
			    !(comma && skip_nonactor == 2 &&
			    acts[a].type == 'L' && j > 0 &&
			    (toks[j - 1].punct == 0x060C ||
			    toks[j - 1].punct == ',')))
				return a;
			j = (size_t)acts[a].t1;
			words++;
			continue;
		}
		if (toks[j].punct) {
			if ((toks[j].punct == 0x060C || toks[j].punct == ',') &&
			    skip_nonactor == 2 && words >= 1)
				return -1;	/* an object stays in its phrase,
						 * short appositions aside */
			if (toks[j].punct == 0x060C || toks[j].punct == ',' ||
			    toks[j].punct == '(' || toks[j].punct == ')')
				continue;
			return -1;
		}
		if (toks[j].ent)
			continue;
		{
			long r = role_of(j);

			/* "الذي تقوده X": another clause; "مع قتلة X": a
			 * phrase, not the subject */
			if (r == R_LEAD || r == R_PREP || r == R_LOC ||
			    r == R_PAIR || r == R_AGENT) {
				/* "المدعومة من إيران الحكومةَ": over a
				 * phrase that is only a preposition and
				 * its actor */
				if (r != R_LEAD && j + 1 < ntok &&
				    toks[j + 1].actor >= 0) {
					j = (size_t)acts[toks[j + 1].actor].t1;
					words++;
					continue;
				}
				/* "استقبل X في مكتبه Y": over a place
				 * adjunct before an object */
				if (r == R_LOC && skip_nonactor == 2 &&
				    j + 1 < ntok && !toks[j + 1].punct &&
				    !toks[j + 1].ent) {
					j++;
					words += 2;
					continue;
				}
				/* "منذ عام 2014": over a dated phrase */
				if (r != R_LEAD && j + 1 < ntok &&
				    toks[j + 1].named && toks[j + 1].actor < 0) {
					while (j + 1 < ntok && toks[j + 1].named &&
					    toks[j + 1].actor < 0)
						j++;
					continue;
				}
				return -1;
			}
		}
		if (!skip_nonactor)
			return -1;
		words++;
	}
	return -1;
}

/* the actor marked by one of the trigger's prepositions after token i */
static int
marked_after(const trig *t, size_t i, int skip)
{
	size_t j;

	for (j = i + 1; j < ntok && j <= i + 16; j++) {
		int a = toks[j].actor;

		if (toks[j].brk)
			return -1;
		if (a >= 0 && a != skip && !acts[a].dead &&
		    acts[a].role != R_LOC && prep_ok(t, &acts[a]))
			return a;
	}
	return -1;
}

/* is actor a of the JSON country c ("USA" with quotes)? */
static int
is_country(int a, const char *c)
{
	return acts[a].country != NULL && acts[a].countryl == 5 &&
	    memcmp(acts[a].country, c, 5) == 0;
}

/* are actors a and b of one known country? */
static int
same_country(int a, int b)
{
	return acts[b].country != NULL && is_country(a, acts[b].country);
}

/* the second of "بين X وY": a conjunct that took X's preposition */
static int
pair_second(int a)
{
	int y = conj_next(a), over = 0;
	size_t j;

	/* "بين قوات تابعة لحكومة الوحدة وجهاز X": over what qualifies X */
	for (j = (size_t)acts[a].t1 + 1; y < 0 && j < ntok &&
	    j <= (size_t)acts[a].t1 + 6 && !toks[j].brk && !toks[j].punct;
	    j++) {
		int c = toks[j].actor;

		if (c < 0 || acts[c].dead)
			continue;
		/* a conjunct after "لحكومة X" took its ل */
		if (acts[c].conj && (acts[c].role == acts[a].role ||
		    acts[c].role == 0 || (over && acts[c].role == R_PREP)))
			y = c;
		else if (acts[c].role != R_PREP)
			break;
		over = 1;
		j = (size_t)acts[c].t1;
	}
	return y;
}

/* the JSON country ("USA" with its quotes) of a party, or NULL */
static const char *
who_country(const who *w)
{
	const char *p;

	if (w->a >= 0)
		return acts[w->a].country != NULL && acts[w->a].countryl == 5 ?
		    acts[w->a].country : NULL;
	if (w->json != NULL && (p = strstr(w->json, "\"country\":\"")) != NULL)
		return p + 10;
	return NULL;
}


/* "بين X وY" just after token i: X, with *y set */
static int
pair_after(size_t i, int *y)
{
	size_t j;

	for (j = i + 1; j < ntok && j <= i + 5; j++) {
		int a = toks[j].actor;

		if (toks[j].brk)
			return -1;
		if (a >= 0 && acts[a].role == R_PAIR) {
			*y = pair_second(a);
			return a;
		}
		/* "الحوار الاستراتيجي بين": over its adjectives only, not
		 * another noun ("تناول الاجتماع تبادل المعلومات بين") */
		if (a < 0 && !toks[j].punct && !is_word(&toks[j], "بين") &&
		    (trigger_word(&toks[j]) || !(adjective(&toks[j]) ||
		    (definite(&toks[j]) && definite(&toks[i])) ||
		    (!definite(&toks[j]) && !definite(&toks[i]) &&
		    ends(F(&toks[j]), toks[j].fl, "ه")))))
			return -1;	/* اشتباكات عنيفة بين: an adjective */
	}
	return -1;
}

/* ------------------------------------------------------------------ */
/* output                                                              */


/* n in decimal (no printf: emit is hot) */
static void
put_num(ak_buf *b, size_t n)
{
	char d[24], *p = d + sizeof(d);

	do
		*--p = (char)('0' + n % 10);
	while ((n /= 10) > 0);
	ak_buf_add(b, p, (size_t)(d + sizeof(d) - p));
}

static void
put_raw(ak_buf *b, const char *key, const char *v, size_t n)
{
	ak_buf_adds(b, ",\"");
	ak_buf_adds(b, key);
	ak_buf_adds(b, "\":");
	if (v == NULL)
		ak_buf_adds(b, "null");
	else
		ak_buf_add(b, v, n);
}

/*
 * "الحكومة", "السلطات" with no nationality said: the state the story is
 * in, the country of the document's first place (its dateline)
 */
static const char *
home_of(size_t t0)
{
	return docst.home != NULL && t0 < ntok &&
	    in_set("state", &toks[t0]) ? docst.home : NULL;
}

/* a body of a state: its sector says so (GOV MIL COP JUD LEG) */
static int
state_body(const actor *a)
{
	static const char *sec[] = { "GOV", "MIL", "COP", "JUD", "LEG",
	    NULL };
	int k;

	for (k = 0; a->sector != NULL && sec[k]; k++)
		if (raweq(a->sector, a->sectorl, sec[k]))
			return 1;
	return 0;
}

/*
 * "وزارة الداخلية", "المجلس الرئاسي": a state body named without its
 * country is the document's own (its first place's country).
 */
static void
actor_json(ak_buf *b, const actor *a)
{
	const char *h;

	ak_buf_adds(b, "{\"text\":");
	ak_buf_add(b, a->text, a->textl);
	if (!has_country(a) &&
	    ((a->type == 'R' && (h = home_of(a->body > 0 ?
	    (size_t)a->body - 1 : (size_t)a->t0)) != NULL) ||
	    (a->type != 'L' && a->type != 'R' && state_body(a) &&
	    (h = docst.home) != NULL)))
		put_raw(b, "country", h, strlen(h));
	else
		put_raw(b, "country", a->country, a->countryl);
	put_raw(b, "sector", a->sector, a->sectorl);
	put_raw(b, "canonical", a->canonical, a->canonicall);
	ak_buf_adds(b, ",\"start\":");
	put_num(b, a->cs);
	ak_buf_adds(b, ",\"end\":");
	put_num(b, a->ce);
	ak_buf_addc(b, '}');
}

static void
who_json(ak_buf *b, const who *w)
{
	if (w->a >= 0)
		actor_json(b, &acts[w->a]);
	else if (w->json != NULL)
		ak_buf_adds(b, w->json);
	else
		ak_buf_adds(b, "null");
}

/* an actor's JSON without this sentence's offsets, for later sentences */
static char *
nooffsets(const char *json)
{
	static const char tail[] = ",\"start\":null,\"end\":null}";
	const char *p = strstr(json, ",\"start\":");
	size_t n = p != NULL ? (size_t)(p - json) : strlen(json) - 1;
	char *s = ak_malloc(n + sizeof(tail));

	memcpy(s, json, n);
	memcpy(s + n, tail, sizeof(tail));
	return s;
}

static void
remember(const who *w, long sid)
{
	ak_buf b = { 0 };

	if (w->a < 0)
		return;
	actor_json(&b, &acts[w->a]);
	ak_buf_cstr(&b);
	free(docst.src);
	docst.src = nooffsets(b.p);
	docst.srcsid = sid;
	ak_buf_free(&b);
}


/* is token j a verbal noun or participle of a type other than type
 * (احتجاجاً على، تنديداً بـ، رفضاً لـ)? */
static int
about_other(size_t j, const char *type)
{
	cands c;
	int k;
	form *f;

	if (toks[j].punct || toks[j].ent)
		return 0;
	candidates(&c, F(&toks[j]), toks[j].fl);
	for (k = 0; k < c.k; k++)
		for (f = ak_map_get(forms, c.s[k], c.n[k]); f != NULL;
		    f = f->next)
			if (f->t->cls != 'v' && f->t->cls != 'i' &&
			    strcmp(f->t->type, type) != 0)
				return 1;
	return 0;
}

/* the words of set need after a verb that is no act are none either
 * ("لم يعقد اجتماعاً", "ستعقد جولة من المباحثات", "لشن هجوم") */
static void
mark_needed(size_t i, const char *need)
{
	size_t j;

	for (j = i + 1; j < ntok && j <= i + 8 && !toks[j].pbrk &&
	    !toks[j].brk; j++)
		if (in_set(need, &toks[j]))
			toks[j].used = 1;
}

/* the token after a verb of undergoing (set undergo) before token i in
 * its clause, or 0 */
static size_t
undergone(size_t i)
{
	long j = set_before(i, "undergo", 12);

	return j >= 0 && (size_t)j + 1 < i ? (size_t)j + 1 : 0;
}

static int
motive(size_t i, const trig *t)
{
	const char *f = F(&toks[i]), *w = text + toks[i].bo;
	size_t x, n = toks[i].fl, wl = toks[i].bl;

	/* the tanween says it ("دعماً", not the dual دعما); without it a
	 * noun's alef that is no pronoun (تضامنها، التزامهما) */
	if (!(memmem(w, wl, "\xd9\x8b", 2) != NULL ||
	    (t->cls == 'n' && ends(f, n, "ا") && !ends(f, n, "ها") &&
	    !ends(f, n, "هما") && !ends(f, n, "نا"))) ||
	    ends(t->lemma, strlen(t->lemma), "ا") ||
	    ends(t->lemma, strlen(t->lemma), "ى"))
		return 0;
	for (x = 0; x < nev; x++)
		if (evs[x].t < i && !pbroken(evs[x].t, i) &&
		    strcmp(evs[x].tr->type, t->type) != 0)
			return 1;
	return 0;
}

/* "إن" or "أن" between tokens a < b: a reported clause opens */
static int
that_between(size_t a, size_t b)
{
	size_t j;

	for (j = a + 1; j < b && j < ntok; j++)
		if (in_set("that", &toks[j]))
			return 1;
	return 0;
}

static void	kind_of(ak_buf *, const trig *);

/*
 * The parties and id of the document's last event of e's type.  Its
 * parties may be the very strings replaced (the same event told before):
 * both are copied before either is freed.
 */
static void
remember_type(const event *e)
{
	ak_buf b = { 0 };
	void **slot;
	const char *t = e->tr->type;
	char *src, *tgt;

	if (e->src.a >= 0 || e->src.json != NULL) {
		who_json(&b, &e->src);
		ak_buf_cstr(&b);
	}
	src = b.len > 0 ? nooffsets(b.p) : ak_strdup("");
	ak_buf_reset(&b);
	if (e->tgt.a >= 0 || e->tgt.json != NULL) {
		who_json(&b, &e->tgt);
		ak_buf_cstr(&b);
	}
	tgt = b.len > 0 ? nooffsets(b.p) : ak_strdup("");
	ak_buf_free(&b);
	slot = ak_map_put(docst.bytype, t, strlen(t));
	free(*slot);
	*slot = src;
	slot = ak_map_put(docst.bytgt, t, strlen(t));
	free(*slot);
	*slot = tgt;
	ak_buf_reset(&b);
	kind_of(&b, e->tr);
	ak_buf_addc(&b, '\t');
	ak_buf_adds(&b, e->id);
	slot = ak_map_put(docst.byid, t, strlen(t));
	free(*slot);
	*slot = ak_strndup(b.p, b.len);
	ak_buf_free(&b);
}

/*
 * The id of the document's last event of t's type if it is of t's kind
 * (a meeting's, not the visit before it), or NULL.
 */
static const char *
last_id(const trig *t)
{
	const char *x = ak_map_get(docst.byid, t->type, strlen(t->type));
	ak_buf k = { 0 };
	int same;

	if (x == NULL)
		return NULL;
	kind_of(&k, t);
	same = strncmp(x, k.p, k.len) == 0 && x[k.len] == '\t';
	ak_buf_free(&k);
	return same ? strchr(x, '\t') + 1 : NULL;
}

/*
 * The party of the document's last event of the type that is of another
 * state than sc (a JSON country), or NULL.
 */
static const char *
other_told(const char *type, const char *sc)
{
	const char *x[2], *p;
	int k;

	x[0] = ak_map_get(docst.bytype, type, strlen(type));
	x[1] = ak_map_get(docst.bytgt, type, strlen(type));
	for (k = 0; k < 2; k++)
		if (x[k] != NULL && (p = strstr(x[k], "\"country\":\"")) !=
		    NULL && memcmp(p + 10, sc, 5) != 0 &&
		    (x[1 - k] == NULL || (p = strstr(x[1 - k],
		    "\"country\":\"")) == NULL || memcmp(p + 10, sc, 5) == 0))
			return x[k];
	return NULL;
}

static int
same(const who *x, const who *y)
{
	/* one party named twice in the sentence is one party */
	if (x->a >= 0 && y->a >= 0 && x->a != y->a)
		return acts[x->a].textl == acts[y->a].textl &&
		    memcmp(acts[x->a].text, acts[y->a].text,
		    acts[x->a].textl) == 0;
	if (x->a >= 0 || y->a >= 0)
		return x->a == y->a;
	return x->json == y->json;
}

/*
 * "قصفت موقعا لحزب العمال": the object is a thing, its owner after ل the
 * target.  One word of object (a date may stand before it).
 */
static int
possessed_object(size_t from)
{
	size_t j = from + 1;
	int a;

	while (j < ntok && toks[j].named && toks[j].actor < 0)
		j++;
	if (j + 1 >= ntok || toks[j].punct || toks[j].ent || role_of(j) != 0)
		return -1;
	if ((a = toks[j + 1].actor) >= 0 && acts[a].clitic == 'l' &&
	    !acts[a].dead)
		return a;
	return -1;
}

/* the agent of a passive: من قبل X، بـ X، بطائرة X، بهجوم لـ X */
/* does the nisba phrase a open with a word of force (غارات، قصف،
 * صواريخ)?  Then it names who used it */
static int
trigger_phrase(int a)
{
	size_t j = (size_t)acts[a].t0;

	return in_set("attack", &toks[j]) || in_set("missile", &toks[j]) ||
	    in_set("explosive", &toks[j]);
}

static int
agent_after(size_t i, size_t n)
{
	size_t j;

	for (j = i + 1; j < ntok && j <= i + n; j++) {
		int c = toks[j].actor;

		if (toks[j].pbrk)
			break;
		/* "بحسب مركز طب الطوارئ": who tells of it, not who did
		 * it */
		if (c >= 0 && j > 0 && in_set("according", &toks[j - 1])) {
			j = (size_t)acts[c].t1;
			continue;
		}
		/* "قتلوا في غارات إسرائيلية": the means with its
		 * nationality (a nisba phrase) after في */
		if (c >= 0 && acts[c].type == 'N' && j > 0 &&
		    is_word(&toks[j - 1], "في") && trigger_phrase(c))
			return c;
		if (c >= 0 && (acts[c].role == R_AGENT ||
		    acts[c].clitic == 'b' || (acts[c].prepl == 2 &&
		    memcmp(acts[c].prep, "ب", 2) == 0) ||
		    (acts[c].clitic == 'l' && j > 0 &&
		    toks[j - 1].actor < 0 && !toks[j - 1].punct &&
		    letter_is(F(&toks[j - 1]), "ب"))))
			return c;
	}
	return -1;
}

/* ------------------------------------------------------------------ */
/* unnamed parties: "اعتقلت القوات 12 متظاهراً", "أدان المجلس الهجوم":
 * a noun phrase that is no named entity is still the event's party   */

static char	**nps;		/* this sentence's phrases, as JSON */
static size_t	  nnp, capnp;

static int
definite(const tok *t)
{
	static const char *art[] = { "ال", "وال", "فال", "بال", "لل", "ولل",
	    NULL };
	int k;

	for (k = 0; art[k]; k++)
		if (t->fl > strlen(art[k]) + 2 &&
		    memcmp(F(t), art[k], strlen(art[k])) == 0)
			return 1;
	return 0;
}

static int
nisba(const tok *t)
{
	const char *s = F(t);

	return ends(s, t->fl, "ي") || ends(s, t->fl, "يه") ||
	    ends(s, t->fl, "يين") || ends(s, t->fl, "يات") ||
	    ends(s, t->fl, "يون");
}

/* does token t bear tanween (an accusative noun: حكماً، صاروخاً)? */
static int
tanween(const tok *t)
{
	return memmem(text + t->bo, t->bl, "\xd9\x8b", 2) != NULL;
}

/* is the word some trigger's form? */
static int
trigger_word(const tok *t)
{
	cands c;
	int k, nv = tanween(t);
	const form *f;

	candidates(&c, F(t), t->fl);
	for (k = 0; k < c.k; k++)
		for (f = ak_map_get(forms, c.s[k], c.n[k]); f != NULL;
		    f = f->next)
			/* "حكماً": tanween makes no verb */
			if (!nv || (f->t->cls != 'v' && f->t->cls != 'i'))
				return 1;
	return 0;
}

/* may token j stand in a noun phrase? */
static int
np_word(size_t j)
{
	const tok *t = &toks[j];

	if (j >= ntok || t->punct || t->brk || t->fl < 4 ||
	    (t->named && t->actor < 0 && !t->ent) || role_of(j) != 0 ||
	    in_set("nonhead", t))
		return 0;
	/* a date inside the phrase ends it */
	if (t->named && t->actor < 0)
		return 0;
	return 1;
}

/* the last token of the noun phrase that starts at token i, or -1:
 * [number] noun, then its genitive, adjectives and و-joined nouns */
static int
quote(int c)
{
	return c == '"' || c == 0xAB || c == 0xBB || c == 0x201C ||
	    c == 0x201D;
}

static long
np_end(size_t i)
{
	size_t j, last;
	int defi, counted = 0;

	if (i >= ntok)
		return -1;
	if (toks[i].actor >= 0)
		return acts[toks[i].actor].t1;
	if (toks[i].fl > 6 && memcmp(F(&toks[i]), "وال", 6) == 0)
		return -1;	/* "وزارة الخارجية والتعاون": a conjunct */
	if (toks[i].fl > 8 && !definite(&toks[i]) &&
	    ends(F(&toks[i]), toks[i].fl, "يا") &&
	    (i + 1 >= ntok || toks[i + 1].punct || !np_word(i + 1)))
		return -1;	/* "اعتقلت إدارياً", "رسمياً": an adverb */
	if (!toks[i].punct && (isdigit((unsigned char)F(&toks[i])[0]) ||
	    in_set("counts", &toks[i]))) {
		/* "30 أسيراً", "مئات المتظاهرين"; "21 "إرهابياً"": the
		 * counted word in quotes, the quotes kept */
		if (i + 2 < ntok && quote(toks[i + 1].punct) &&
		    toks[i + 2].actor < 0 && np_word(i + 2) &&
		    i + 3 < ntok && quote(toks[i + 3].punct))
			return (long)i + 3;
		if (i + 1 >= ntok || toks[i + 1].actor >= 0 || !np_word(i + 1))
			return -1;
		i++;
		counted = 1;
	} else if (!np_word(i))
		return -1;
	else if (i > 0 && !toks[i - 1].punct &&
	    (isdigit((unsigned char)F(&toks[i - 1])[0]) ||
	    in_set("counts", &toks[i - 1])))
		counted = 1;	/* np_group's: the count is before i */
	last = i;
	defi = definite(&toks[last]);
	for (j = last + 1; j < ntok && j <= i + 4; j++) {
		const tok *t = &toks[j];

		if (t->pbrk || t->brk || (t->actor < 0 && !np_word(j)))
			break;
		/* "الجماعة المسلحة | الحاجز": arms end the group */
		if (in_set("armed", &toks[last]))
			break;
		if (t->actor >= 0) {
			/* "حظر جماعة X": a name as the genitive */
			if (acts[t->actor].role != 0 || defi)
				break;
			last = (size_t)acts[t->actor].t1;
			break;
		}
		if (trigger_word(t) && !(j == i + 1 && !counted &&
		    !letter_is(F(t), "و") && in_set("victims", &toks[i])))
			break;		/* "قتل 5 أشخاص وأصيب"; not "ثلاثة متهمين" */
		if ((counted || j >= i + 2) && t->fl > 2 &&
		    memcmp(F(t), "ب", 2) == 0)
			break;		/* "3 مواطنين برصاص X", "بتهمة" */
		if (t->fl > 2 && memcmp(F(t), "و", 2) == 0 &&
		    trigger_word(t) == 0 && definite(t) == defi &&
		    (definite(t) || !ends(F(t), t->fl, "ه")))
			last = j;	/* "ست شركات وشخصين" */
		else if (definite(t) ? defi || j == last + 1 : !defi &&
		    (nisba(t) || j == last + 1))
			last = j;
		else
			break;
		defi = defi || definite(t);
	}
	return (long)last;
}

/* the country of a nisba, also in the accusative (فلسطينياً), or NULL */
static const char *
nisba_of(const tok *t)
{
	const char *c = ak_map_get(nisbas, F(t), t->fl);

	if (c == NULL && t->fl > 6 && ends(F(t), t->fl, "يا"))
		c = ak_map_get(nisbas, F(t), t->fl - 2);
	return c;
}

/* the JSON of tokens [a, b] as an actor with nothing known */
static const char *
np_json(size_t a, size_t b)
{
	ak_buf x = { 0 };
	const char *cty = NULL;
	size_t k;

	/* "الدعم الأميركي", "قافلة تركية": the nisba tells the country */
	for (k = a; k <= b && cty == NULL; k++)
		cty = nisba_of(&toks[k]);
	if (cty == NULL)
		cty = home_of(a);
	ak_buf_adds(&x, "{\"text\":");
	ak_json_str(&x, text + toks[a].bo, toks[b].bo + toks[b].bl -
	    toks[a].bo);
	ak_buf_printf(&x, ",\"country\":%s,\"sector\":null,"
	    "\"canonical\":null,\"start\":%zu,\"end\":%zu}",
	    cty != NULL ? cty : "null", toks[a].cs, toks[b].ce);
	ak_buf_cstr(&x);
	if (nnp == capnp)
		nps = ak_realloc(nps, (capnp = capnp * 2 + 8) * sizeof(*nps));
	return nps[nnp++] = x.p;
}

/*
 * "تظاهرات شبه يومية للخريجين": the group after لل (ل + ال) within a few
 * words of token j, as JSON with its article back ("الخريجين"), or NULL
 */
static const char *
lam_group(size_t j)
{
	size_t k, e;
	long z;
	ak_buf x = { 0 };
	const char *cty;

	for (k = j; k < ntok && k < j + 4; k++) {
		if (toks[k].punct || toks[k].brk || toks[k].ent)
			return NULL;
		if (toks[k].fl > 8 && memcmp(F(&toks[k]), "لل", 4) == 0 &&
		    toks[k].bl > 4 && memcmp(text + toks[k].bo, "لل", 4) == 0)
			break;
	}
	if (k >= ntok || k >= j + 4 || (z = np_end(k)) < 0)
		return NULL;
	e = (size_t)z;
	cty = NULL;
	for (j = k; j <= e && cty == NULL; j++)
		cty = nisba_of(&toks[j]);
	ak_buf_adds(&x, "{\"text\":");
	ak_buf_reset(&tmp2);
	ak_buf_adds(&tmp2, "ا");
	ak_buf_add(&tmp2, text + toks[k].bo + 2, toks[e].bo + toks[e].bl -
	    toks[k].bo - 2);
	ak_json_str(&x, tmp2.p, tmp2.len);
	ak_buf_printf(&x, ",\"country\":%s,\"sector\":null,"
	    "\"canonical\":null,\"start\":%zu,\"end\":%zu}",
	    cty != NULL ? cty : "null", toks[k].cs + 1, toks[e].ce);
	ak_buf_cstr(&x);
	if (nnp == capnp)
		nps = ak_realloc(nps, (capnp = capnp * 2 + 8) * sizeof(*nps));
	return nps[nnp++] = x.p;
}

/* a group that may act from token j: "المجلس الوزاري", "آلاف الطلاب",
 * "المئات من الخريجين"; its last token in *z */
static int
np_group(size_t j, long *z)
{
	size_t k;

	if (j >= ntok || toks[j].actor >= 0 || (role_of(j) != 0 &&
	    role_of(j) != R_QUANT))
		return 0;
	/* "أدان المجلس", "أضرب عمال الموانئ": with the article or before
	 * a genitive that has it */
	if (in_set("agents", &toks[j]) && (definite(&toks[j]) ||
	    (j + 1 < ntok && !toks[j + 1].punct && toks[j + 1].actor < 0 &&
	    definite(&toks[j + 1]) && np_word(j + 1))))
		return (*z = np_end(j)) >= 0;
	/* "محكمة أمن الدولة": a chain of genitives that ends definite */
	if (in_set("agents", &toks[j]) && !definite(&toks[j]) &&
	    j + 2 < ntok && !toks[j + 1].punct && !toks[j + 2].punct &&
	    toks[j + 1].actor < 0 && toks[j + 2].actor < 0 &&
	    !definite(&toks[j + 1]) && np_word(j + 1) &&
	    definite(&toks[j + 2]) && np_word(j + 2)) {
		*z = (long)j + 2;
		return 1;
	}
	/* "هاجمت مجموعة مسلحة قرية": a noun that an adjective of arms
	 * makes a group */
	if (j + 1 < ntok && !toks[j + 1].punct && toks[j + 1].actor < 0 &&
	    np_word(j) && definite(&toks[j]) == definite(&toks[j + 1]) &&
	    in_set("armed", &toks[j + 1])) {
		*z = (long)j + 1;
		return 1;
	}
	if (!in_set("counts", &toks[j]))
		return 0;
	/* "تظاهر المئات في الرباط": a definite count alone */
	if (definite(&toks[j]) && (j + 1 >= ntok || toks[j + 1].punct ||
	    (!is_word(&toks[j + 1], "من") && !np_word(j + 1)))) {
		*z = (long)j;
		return 1;
	}
	if (j + 1 >= ntok)
		return 0;
	k = j + 1;
	if (is_word(&toks[k], "من"))
		k++;
	return k < ntok && toks[k].actor < 0 && np_word(k) &&
	    (*z = np_end(k)) >= 0;
}

/* "كما أدان المجلس", "يذكر أن الحوثيين استولوا": a group named by a
 * common noun (aevent-sets.tsv "agents") right after or before the verb;
 * sets *end to the phrase's last token */
static const char *
np_subject(const event *e, size_t *end)
{
	size_t i = e->t;
	long z;

	/* "أدان المجلس", "تظاهر المئات من الخريجين" */
	if (np_group(e->tend + 1, &z)) {
		*end = (size_t)z;
		return np_json(e->tend + 1, (size_t)z);
	}
	if (i > 0 && !toks[i].brk && in_set("agents", &toks[i - 1]) &&
	    definite(&toks[i - 1]) && role_of(i - 1) == 0) {
		*end = 0;
		return np_json(i - 1, i - 1);
	}
	if (i > 1 && !toks[i].brk && !toks[i - 1].brk &&
	    in_set("agents", &toks[i - 2]) && definite(&toks[i - 2]) &&
	    (definite(&toks[i - 1]) || nisba(&toks[i - 1])) &&
	    np_word(i - 1) && role_of(i - 2) == 0) {
		*end = 0;
		return np_json(i - 2, i - 1);
	}
	return NULL;
}

/*
 * "أعلنت جماعة الحوثي ... إن الجماعة نفذت": a group noun with the article
 * that is the first word of a name told before it in the sentence is
 * that name; its actor, or -1.
 */
static int
named_by_head(size_t k)
{
	size_t n = toks[k].fl, x;
	const char *w = unal(F(&toks[k]), &n);
	int best = -1, c;

	if (n == toks[k].fl)	/* no article: not a back-reference */
		return -1;
	for (x = 0; x < nact; x++) {
		const actor *a = &acts[x];
		cands cd;

		if (a->dead || a->t0 < 0 || (size_t)a->t1 >= k ||
		    (a->type != 'O' && a->type != 'R') || a->t1 == a->t0)
			continue;
		candidates(&cd, F(&toks[a->t0]), toks[a->t0].fl);
		for (c = 0; c < cd.k; c++)
			if (cd.n[c] == n && memcmp(cd.s[c], w, n) == 0)
				best = (int)x;
	}
	return best;
}

/* "غارات جوية للتحالف العربي": a named agent after ل, over adjectives,
 * where ل does not mark the target (دعم لـ) */
static int
lam_agent(const event *e)
{
	size_t j;
	int k;
	const char *q = ak_map_get(quads, e->tr->type, strlen(e->tr->type));

	/* in giving and helping ل names who gets it (الدعم لقوات X) */
	if (q == NULL || (q[0] != '3' && q[0] != '4'))
		return -1;
	for (k = 0; k < e->tr->npreps; k++)
		if (strcmp(e->tr->preps[k], "ل") == 0)
			return -1;
	for (j = e->tend + 1; j < ntok && j <= e->tend + 3; j++) {
		const tok *t = &toks[j];

		if (t->punct || t->brk)
			break;
		if (t->actor >= 0) {
			const actor *x = &acts[t->actor];

			return x->clitic == 'l' && !x->dead && x->type != 'L' ?
			    t->actor : -1;
		}
		if (!nisba(t))
			break;
	}
	return -1;
}

/* "للتحالف": ل and التحالف, a group noun */
static int
lil_agent(const tok *t)
{
	ak_buf_reset(&tmp2);
	ak_buf_adds(&tmp2, "agents\tا");
	ak_buf_add(&tmp2, F(t) + 2, t->fl - 2);
	return ak_map_get(sets, tmp2.p, tmp2.len) != NULL;
}

/* of a verbal noun: "غارات للتحالف" (its agent after ل), "جدد المجلس
 * رفضه" (the group before it whose act it is) */
static const char *
np_agent(const event *e, size_t *end)
{
	size_t i = e->t, j;
	long z;

	for (j = e->tend + 1; j < ntok && j <= e->tend + 3; j++) {
		const tok *t = &toks[j];

		if (t->punct || t->brk)
			break;
		if (t->fl > 4 && memcmp(F(t), "لل", 4) == 0 &&
		    lil_agent(t) && (z = np_end(j)) >= 0) {
			*end = (size_t)z;
			return np_json(j, (size_t)z);
		}
		if (!definite(t) && !nisba(t))
			break;		/* only adjectives before it */
	}
	for (j = i; j-- > 0 && j + 10 >= i; ) {
		const tok *t = &toks[j];

		/* "أغلق العشرات من الخريجين المبنى، احتجاجاً": over a comma */
		if (t->punct == 0x060C || t->punct == ',')
			continue;
		if ((toks[j + 1].brk && !toks[j + 1].punct) || t->punct ||
		    t->actor >= 0)
			break;
		if (np_group(j, &z) && (size_t)z < i) {
			*end = (size_t)z;
			return np_json(j, (size_t)z);
		}
	}
	return NULL;
}

/* the object or the party after the trigger's preposition, from token
 * from on: "فرض عقوبات على ست شركات", "استهدفت القافلة" */
/* "سفينة الشحن "روابي"": the name in quotes after the phrase ending
 * at z is part of it; the token that ends it */
static size_t
quoted_name(size_t z)
{
	size_t j = z + 1, k;

	if (j >= ntok || (toks[j].punct != '"' && toks[j].punct != 0xAB &&
	    toks[j].punct != 0x201C))
		return z;
	for (k = j + 1; k < ntok && k <= j + 4 && !toks[k].punct; k++)
		;
	if (k == j + 1 || k >= ntok || k > j + 4 || (toks[k].punct != '"' &&
	    toks[k].punct != 0xBB && toks[k].punct != 0x201D))
		return z;
	return k;
}

/* is token x one of the trigger's prepositions? */
static int
is_prep(const trig *t, const tok *x)
{
	int k;

	for (k = 0; k < t->npreps; k++)
		if (strlen(t->preps[k]) == x->fl &&
		    memcmp(t->preps[k], F(x), x->fl) == 0)
			return 1;
	return 0;
}

static const char *
np_object(const event *e, size_t from, int direct)
{
	const trig *t = e->tr;
	size_t j;
	long z;
	int k;

	for (j = from; j < ntok && j <= from + 8; j++) {
		const tok *x = &toks[j];

		/* a clause ends here, unless after a comma: "، الأربعاء، " */
		if (j > from && (x->pbrk || (x->brk && !toks[j - 1].punct)))
			break;
		if (x->punct || (x->named && x->actor < 0) ||
		    (e->need >= 0 && (size_t)e->need == j))
			continue;	/* an aside, a date, "فرض عقوبات على" */
		/* "، مؤكداً عزمه": a circumstantial participle after a
		 * comma opens its own clause; it is no one's object */
		if (j > from && (toks[j - 1].punct == 0x060C ||
		    toks[j - 1].punct == ',') && x->actor < 0 && x->fl > 6 &&
		    memcmp(F(x), "م", 2) == 0 && (ends(F(x), x->fl, "ا") ||
		    ends(F(x), x->fl, "ه") || ends(F(x), x->fl, "ة")))
			break;
		for (k = 0; k < t->npreps; k++)
			if (strlen(t->preps[k]) == x->fl &&
			    memcmp(t->preps[k], F(x), x->fl) == 0)
				break;
		if (k < t->npreps) {
			/* "دعت فرنسا إلى عقد اجتماع": after إلى a demand
			 * names what it asks for; a party there is named */
			if (strcmp(t->type, "REQUEST") == 0 &&
			    strcmp(t->preps[k], "الي") == 0)
				return NULL;
			if ((z = np_end(j + 1)) >= 0)
				return np_json(j + 1, quoted_name((size_t)z));
			return NULL;
		}
		if (in_set("adverbs", x))
			continue;	/* "بشدة", "ما لا يقل عن" */
		/* "هدد بتوسيع الهجمات": what is threatened, not whom */
		if (x->fl > 2 && memcmp(F(x), "ب", 2) == 0 && !e->passive) {
			for (k = 0; k < t->npreps; k++)
				if (strcmp(t->preps[k], "ب") == 0)
					return NULL;
			/* "هجوماً بطائرات مسيرة وصواريخ على منشآت": the
			 * means, then the target, a few words on */
			if (!t->obj) {
				size_t m;

				for (m = j + 1; m < ntok && m <= j + 5 &&
				    !toks[m].punct && !is_prep(t, &toks[m]); m++)
					;
				if (m < ntok && m <= j + 5 &&
				    is_prep(t, &toks[m])) {
					j = m - 1;
					continue;
				}
			}
		}
		/* "طالب حسين بتسريع الإجراءات": ب on a verbal noun or the
		 * article opens what is asked, no object */
		if (x->fl > 6 && (memcmp(F(x), "بال", 6) == 0 ||
		    memcmp(F(x), "بت", 4) == 0 ||
		    (strcmp(t->type, "REQUEST") == 0 &&
		    letter_is(F(x), "ب"))))
			break;	/* "طالب البرلمان بخروج القوات" too */
		if (direct && (t->obj || e->passive) && !symmetric(t->type) &&
		    (z = np_end(j)) >= 0)
			return np_json(j, quoted_name((size_t)z));
		/* "أفرجت الإدارة العامة للإفراج بقطاع ...، السبت، عن
		 * 3510 نزيلاً": a verb that takes no direct object finds
		 * its preposition past what qualifies its subject */
		if (t->obj || e->passive || t->npreps == 0 || trigger_word(x))
			break;
		if (x->actor >= 0) {
			/* "التابعة لوزارة الداخلية": over a party after ل,
			 * unless ل marks this verb's party */
			const actor *q = &acts[x->actor];

			if (q->role != R_PREP || q->prepl != 2 ||
			    memcmp(q->prep, "ل", 2) != 0 || is_prep(t, x))
				break;
			j = (size_t)q->t1;
		}
	}
	return NULL;
}

/*
 * A verbal noun's genitive followed by an indefinite noun phrase is its
 * agent, and the phrase its object (احتجاز الحوثيين سفينة الشحن): the
 * JSON of that object, or NULL.
 */
static const char *
masdar_object(const trig *t, int g)
{
	size_t j = (size_t)acts[g].t1 + 1;
	long z;

	if (!t->obj || j >= ntok || toks[j].punct || toks[j].brk ||
	    toks[j].ent || toks[j].actor >= 0 || definite(&toks[j]) ||
	    trigger_word(&toks[j]) || (z = np_end(j)) < 0)
		return NULL;
	return np_json(j, quoted_name((size_t)z));
}

/* ------------------------------------------------------------------ */

#define NPSUBJ	"a group named by a common noun"

/* the subject of the clause a participle hangs on: the event before it
 * in the sentence, else the speaker of قال */
static int
clause_subject(const event *e, who *w)
{
	size_t j, k, x;
	int any = -1;

	/* the last verb with a subject, else the last event with one */
	for (x = nev; x-- > 0 && !pbroken(evs[x].t, e->t); ) {
		if (evs[x].src.a < 0 && evs[x].src.json == NULL)
			continue;
		if (evs[x].tr->cls == 'v' || evs[x].tr->cls == 'i') {
			*w = evs[x].src;
			return 1;
		}
		if (any < 0)
			any = (int)x;
	}
	if (any >= 0) {
		*w = evs[any].src;
		return 1;
	}
	/* the sentence's speaker, over a quotation's full stops */
	for (j = e->t; j-- > 0; ) {
		if (role_of(j) != R_SAY)
			continue;
		for (k = j + 1; k < e->t && k <= j + 3; k++)
			if (toks[k].actor >= 0 && usable(toks[k].actor)) {
				w->a = toks[k].actor;
				w->json = NULL;
				return 1;
			}
	}
	return 0;
}

/* the parties find_roles found no actor for */
static void
unnamed(event *e, int pron)
{
	size_t from = e->tend + 1, z = 0;
	int a = e->src.a, verb = e->tr->cls == 'v' || e->tr->cls == 'i';
	const char *j;
	int b = e->tgt.a, g;

	/* "دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش": the title and
	 * the name after it are one person, the source */
	if (a >= 0 && b < 0 && acts[a].type == 'R') {
		size_t k;

		for (k = (size_t)acts[a].t1 + 1; k < ntok &&
		    k <= (size_t)acts[a].t1 + 4 && toks[k].actor < 0; k++)
			;
		if (k < ntok && toks[k].actor >= 0 &&
		    acts[toks[k].actor].type == 'P' &&
		    acts[toks[k].actor].t0 == (int)k) {
			b = toks[k].actor;
			e->trule = "object";
		}
	}
	if (a >= 0 && b >= 0 && acts[a].type == 'R' && acts[b].type == 'P' &&
	    acts[b].t0 > acts[a].t1 + 1 && acts[b].t0 <= acts[a].t1 + 4 &&
	    !broken((size_t)acts[a].t1, (size_t)acts[b].t0) &&
	    e->trule != NULL && strcmp(e->trule, "object") == 0) {
		size_t k;

		for (k = (size_t)acts[a].t1 + 1; k < (size_t)acts[b].t0; k++)
			if (toks[k].punct || role_of(k) != 0)
				break;
		if (k == (size_t)acts[b].t0) {
			e->src.a = a = b;
			e->tgt.a = -1;
			e->srule = "the name after the title";
			e->trule = NULL;
		} else if (e->tgt.a < 0)
			e->trule = NULL;
	}
	if (e->tr->cls == 'p' && e->src.json == NULL && (a < 0 ||
	    (e->srule != NULL && strcmp(e->srule,
	    "nearest actor before") == 0)) &&
	    clause_subject(e, &e->src)) {
		/* "أدان المجلس الهجوم، داعياً": the circumstantial's subject
		 * is the clause's */
		e->srule = "the clause's subject";
	} else if (a < 0 && e->src.json == NULL && verb && !e->passive &&
	    (j = np_subject(e, &z)) != NULL) {
		e->src.json = j;
		e->srule = NPSUBJ;
		if (z > 0)
			from = past_apposition(z + 1);
		else if ((g = named_by_head(e->t - 1)) >= 0) {
			e->src.json = NULL;
			e->src.a = a = g;
			e->srule = "the name a group noun tells again";
		}
	} else if ((a < 0 || (e->srule != NULL &&
	    strcmp(e->srule, "actor after the noun") == 0)) &&
	    e->src.json == NULL && !verb && !e->passive &&
	    (g = lam_agent(e)) >= 0) {
		e->src.a = a = g;
		e->srule = "agent after ل";
		if (e->tgt.a == g)
			e->tgt.a = -1;
	} else if ((a < 0 || (e->srule != NULL &&
	    strcmp(e->srule, "actor after the noun") == 0)) &&
	    e->src.json == NULL && !verb && !e->passive &&
	    (j = np_agent(e, &z)) != NULL) {
		e->src.a = -1;
		e->src.json = j;
		e->srule = NPSUBJ;
	} else if (a >= 0 && (size_t)acts[a].t0 > e->tend &&
	    ((size_t)acts[a].t0 <= e->tend + 2 || (e->srule != NULL &&
	    strcmp(e->srule, "the name after the title") == 0))) {
		/* VSO: the object follows the subject and its conjuncts */
		int c;

		from = (size_t)acts[a].t1 + 1;
		for (c = conj_next(a); c >= 0; c = conj_next(c))
			from = (size_t)acts[c].t1 + 1;
		/* over an apposition between commas */
		from = past_apposition(from);
	}
	/* "رفضه القاطع": the pronoun is the object, an adjective follows */
	if (e->tgt.a < 0 && e->tgt.json == NULL &&
	    (e->tgt.json = np_object(e, from, !pron)) != NULL)
		e->trule = "unnamed object";
}

/*
 * "اتهمت X ...، وطالبت مجلس الأمن بـ": a perfect joined by و in the same
 * sentence, agreeing in gender with the perfect before, goes on with its
 * subject; the party after it is its object.  A new subject comes with
 * فيما or بينما in news, or with a verb of the other gender.
 */
static int
same_subject(const event *p, size_t i)
{
	const tok *x = &toks[p->t], *y = &toks[i];
	int fx, fy;

	if (p->tr->cls != 'v' || toks[i].actor >= 0 || p->srule == NULL ||
	    strcmp(p->srule, "subject after verb") != 0 ||
	    pbroken(p->t, i) || p->src.a < 0 ||
	    (size_t)acts[p->src.a].t0 > i)
		return 0;
	fx = ends(F(x), x->fl, "ت");
	fy = ends(F(y), y->fl, "ت");
	return fx && fy;
}

/* "آلاف من أنصار X" right after token tend: the group counted, or -1 */
static int
counted_group(size_t tend)
{
	int g;

	if (tend + 3 >= ntok || !in_set("counts", &toks[tend + 1]) ||
	    !is_word(&toks[tend + 2], "من"))
		return -1;
	g = actor_at(tend + 3);
	return g >= 0 && usable(g) ? g : -1;
}

static void
find_roles(event *e, int clitics, int pron)
{
	trig *t = e->tr;
	size_t i = e->t;
	int a = -1, b = -1, y = -1, verb = t->cls == 'v' || t->cls == 'i';
	int jb = -1;		/* a subject's conjunct */
	int rel = 0;		/* the verb opens a relative clause */
	int said = 0;		/* its subject is a thing said (هتافات) */
	int npsubj = 0;		/* a group noun after إن is its subject */
	size_t sk;
	int vb = (t->cls == 'v' && (strcmp(t->type, "ASSAULT") == 0 ||
	    strcmp(t->type, "COERCE") == 0)) ? victims_before(i) : -1;
	int pas = t->passive || vb >= 0 || (t->cls == 'v' &&
	    (passive_at(&toks[i]) || ((strcmp(t->type, "ASSAULT") == 0 ||
	    strcmp(t->type, "COERCE") == 0) && victims_after(e->tend))));

	e->src.a = e->tgt.a = -1;
	e->src.json = e->tgt.json = NULL;
	e->srule = e->trule = NULL;
	e->passive = pas;
	if (t->speaker) {
		/* "قال X إن Y يجب أن يغادر": X demands of Y */
		size_t j, k;

		for (j = i; j-- > 0 && a < 0; ) {
			if (toks[j + 1].pbrk)
				break;
			if (role_of(j) != R_SAY)
				continue;
			for (k = j + 1; k < i && k <= j + 3; k++)
				if (toks[k].actor >= 0 &&
				    usable(toks[k].actor)) {
					a = toks[k].actor;
					e->srule = "the speaker";
					break;
				}
		}
		if (a < 0)
			return;
		if ((b = before(i, 1)) >= 0 && b != a)
			e->trule = "the one it is asked of";
		else
			b = -1;
		e->src.a = a;
		e->tgt.a = b;
		return;
	}
	if (pas) {
		/* قُتل X بـ Y / من قبل Y; "لقي X مصرعه"; "إن 30 شخصاً
		 * قتلوا" */
		if (vb >= 0) {
			e->tgt.json = np_json((size_t)vb, i - 1);
			e->trule = "the victims before it";
		} else if ((b = counted_group(e->tend)) >= 0)
			/* "قتل عشرات من عناصر داعش" */
			e->trule = "the group counted";
		else if ((b = after(e->tend, 3, 1)) >= 0)
			e->trule = "passive subject";
		else if (!verb && (b = before(i, 1)) >= 0)
			e->trule = "the one who suffered, before";
		if ((a = agent_after(e->tend, 12)) >= 0)
			e->srule = "passive agent";
	} else if (verb) {
		size_t j = i;

		/* "ساند X ... وقد حررنا": "we" is the speaker's side, the
		 * subject of the verb before */
		if (pron == 2 && nev > 0 && evs[nev - 1].src.a >= 0 &&
		    (evs[nev - 1].tr->cls == 'v' || evs[nev - 1].tr->cls ==
		    'i')) {
			a = evs[nev - 1].src.a;
			e->srule = "we: the subject of the verb before";
		}
		/* "زار X بغداد وناقش": the subject of the verb before, not
		 * the object standing before و */
		if (a < 0 && (clitics & C_CONJ) && nev > 0 &&
		    evs[nev - 1].src.a >= 0 &&
		    (evs[nev - 1].tr->cls == 'v' || evs[nev - 1].tr->cls ==
		    'i') && !broken(evs[nev - 1].t, i) &&
		    (after(e->tend, 2, 1) < 0 || same_subject(&evs[nev - 1],
		    i))) {
			a = evs[nev - 1].src.a;
			e->srule = "subject of the verb before";
			j = 0;
		}
		/* subject before the verb: "X قد وقعتا", "X، أشار" */
		for (;;) {
			while (j > 0 && (toks[j - 1].punct == 0x060C ||
			    toks[j - 1].punct == ',' ||
			    is_word(&toks[j - 1], "قد") ||
			    is_word(&toks[j - 1], "لقد")))
				j--;
			if (j == 0 || toks[j - 1].punct != ')')
				break;
			/* "X (يمين) يلتقيان": over the aside */
			while (j > 0 && toks[j - 1].punct != '(')
				j--;
			if (j > 0)
				j--;
		}
		if (a < 0 && j > 0 && !toks[j].brk) {
			int c = -1;
			size_t k;

			for (k = j; k-- > 0 && c < 0; ) {
				if (toks[k].actor >= 0 &&
				    (size_t)acts[toks[k].actor].t1 == j - 1)
					c = toks[k].actor;
				if (!toks[k].ent)
					break;
			}
			if (c >= 0 && acts[c].role == R_HEAD && acts[c].t0 > 1 &&
			    toks[acts[c].t0 - 2].ent) {
				/* "X بقيادة Y، ساند": X */
				size_t k2 = (size_t)acts[c].t0 - 2;

				while (k2 > 0 && toks[k2].actor < 0 &&
				    toks[k2 - 1].ent)
					k2--;
				if (toks[k2].actor >= 0 && (size_t)acts[
				    toks[k2].actor].t1 == (size_t)acts[c].t0 - 2)
					c = toks[k2].actor;
			}
			if (c >= 0 && (usable(c) || (acts[c].type == 'N' &&
			    !acts[c].dead)) && acts[c].role == 0) {
				/* "طائرة مسيرة تركية قصفت": a nisba
				 * phrase right before its verb is its
				 * subject */
				a = conj_head(c);
				e->srule = "subject before verb";
				if (a != c)
					jb = conj_next(a);
			}
		}
		/* "الهجوم الذي استهدف مقر البعثة": after a relative the
		 * subject is what it stands for; what follows is the object */
		if (i > 0 && !pron && in_set("relative", &toks[i - 1]))
			rel = 1;
		/* "ورددوا هتافات تطالب رئيس الوزراء": an imperfect that
		 * describes a thing said has it as subject; who said it is
		 * the source, the party after the verb the object */
		if (a < 0 && i > 0 && !pron && t->cls == 'i' &&
		    toks[i - 1].actor < 0 && !definite(&toks[i - 1]) &&
		    in_set("utterances", &toks[i - 1]))
			rel = said = 1;
		if (a < 0 && !rel) {
			int g = actor_at(e->tend + 1);

			/* "قصفت طائرات تركية" */
			if (g >= 0 && acts[g].type == 'N' &&
			    acts[g].role == 0 && !acts[g].conj) {
				a = g;
				e->srule = "subject after verb";
			}
		}
		/* "تظاهر آلاف من أنصار التيار الصدري": the group counted */
		if (a < 0 && !rel && !pas && (a = counted_group(e->tend)) >= 0)
			e->srule = "the group counted";
		if (a < 0 && !rel && (a = after(e->tend, 2, 1)) >= 0) {
			size_t k;

			e->srule = "subject after verb";
			jb = conj_next(a);
			/* "وفد برئاسة X": X is the most specific actor; a
			 * group led by X ("التحالف بقيادة السعودية", a
			 * word of the set agents) stays the actor */
			for (k = (size_t)acts[a].t1 + 1; jb < 0 &&
			    !in_set("agents", &toks[acts[a].t0]) && k < ntok &&
			    k <= (size_t)acts[a].t1 + 6; k++)
				if (toks[k].actor >= 0 &&
				    acts[toks[k].actor].role == R_HEAD) {
					a = toks[k].actor;
					e->srule = "subject's head";
					break;
				}
		}
		/* "بحثت X ... ووقعت": the subject of the verb before */
		if (a < 0 && (clitics & C_CONJ) && nev > 0 &&
		    evs[nev - 1].src.a >= 0 && (evs[nev - 1].tr->cls == 'v' ||
		    evs[nev - 1].tr->cls == 'i')) {
			a = evs[nev - 1].src.a;
			e->srule = "subject of the verb before";
		}
	} else {
		/* verbal noun: its genitive, "بين X وY" */
		int g = actor_at(e->tend + 1);
		const char *z;

		if (!pron && g >= 0 && usable(g) && (acts[g].role == 0 ||
		    acts[g].viaword) && !acts[g].conj) {
			/* "زيارة بغداد", "ارتياحها لزيارة الإقليم": a place
			 * is visited, it does not visit */
			if (t->gen == 't' || (t->mode != NULL &&
			    strcmp(t->mode, "visit") == 0 &&
			    (acts[g].type == 'L' || (acts[g].type == 'R' &&
			    in_set("places", &toks[acts[g].t0]))))) {
				b = g;
				e->trule = "genitive object";
				if (t->gen == 't' && (z = masdar_object(t,
				    g)) != NULL) {
					/* "احتجاز الحوثيين سفينة الشحن": the
					 * genitive does it to the object
					 * that follows */
					a = g;
					b = -1;
					e->tgt.json = z;
					e->srule = "genitive subject";
					e->trule = "object after the genitive";
				} else if (t->gen == 't') {
					/* "اغتيال X": a nominal passive; its
					 * agent, if any, comes after */
					if ((a = agent_after(e->tend,
					    25)) >= 0)
						e->srule = "passive agent";
				}
			} else if (t->gen == 's') {
				a = g;
				e->srule = "genitive subject";
			}
		}
		if (a < 0 && e->tend + 2 < ntok &&
		    in_set("perform", &toks[e->tend + 1]) &&
		    (g = actor_at(e->tend + 2)) >= 0 && usable(g)) {
			/* "زيارة أجراها الوزير X": who performed it */
			a = g;
			e->srule = "agent of the verb that performs it";
		}
		if (a < 0 && e->tend + 3 < ntok &&
		    toks[e->tend + 1].fl >= 6 &&
		    memcmp(F(&toks[e->tend + 1]), "قام", 6) == 0 &&
		    toks[e->tend + 2].fl >= 4 &&
		    memcmp(F(&toks[e->tend + 2]), "به", 4) == 0 &&
		    (g = actor_at(e->tend + 3)) >= 0 && usable(g)) {
			/* "زيارة قام بها X" */
			a = g;
			e->srule = "agent after قام به";
		}
		if (a < 0 && e->tend + 3 < ntok && role_of(e->tend + 1) ==
		    R_LEAD && !toks[e->tend + 2].punct &&
		    !toks[e->tend + 2].ent &&
		    (ends(text + toks[e->tend + 2].bo, toks[e->tend + 2].bl,
		    "ها") || ends(text + toks[e->tend + 2].bo,
		    toks[e->tend + 2].bl, "ه")) &&
		    (g = actor_at(e->tend + 3)) >= 0 && usable(g) &&
		    acts[g].role == 0) {
			/* "الهجمات التي تقودها داعش" */
			a = g;
			e->srule = "agent of the relative clause";
		}
		/* "تمديد العمل بالاتفاق بين لبنان وإسرائيل": a pair after
		 * the noun it needs is that noun's, not its parties (and
		 * pair_after() goes past no other noun: ترحيبها بالاتفاق
		 * بين X وY) */
		if (a < 0 && b < 0 && (g = pair_after(e->tend, &y)) >= 0 &&
		    !(e->need > (long)e->tend &&
		    e->need + 1 < (long)acts[g].t0)) {
			a = g;
			e->srule = "pair after بين";
			if (y >= 0) {
				b = y;
				e->trule = "pair after بين";
			}
		}
	}
	/* "دعا الاتحاد الأوروبي إسرائيل إلى السماح ... إلى غزة": the
	 * object right after the subject, before any party a preposition
	 * marks further on */
	if (b < 0 && e->tgt.json == NULL && t->obj && verb && !pas &&
	    a >= 0 && (size_t)acts[a].t0 > e->tend &&
	    (size_t)acts[a].t1 + 1 < ntok &&
	    (y = toks[acts[a].t1 + 1].actor) >= 0 && y != a &&
	    usable(y) && acts[y].role == 0 && !acts[y].conj &&
	    acts[y].clitic == 0 && acts[y].type != 'N') {
		b = y;
		e->trule = "object";
	}
	if (b < 0 && e->tgt.json == NULL &&
	    (b = marked_after(t, e->tend, a)) >= 0) {
		int y2;

		e->trule = "after a preposition";
		/* "ناقشت الوزيرة الأميركية التعاون بين الولايات المتحدة
		 * والعراق": of the pair, the one that is not her side */
		if (acts[b].role == R_PAIR && a >= 0 &&
		    (y2 = pair_second(b)) >= 0 &&
		    same_country(a, b) && !same_country(a, y2)) {
			b = y2;
			e->trule = "the other of the pair after بين";
		}
	}
	/* "X وY يلتقيان": for a meeting or a signing the partner is the
	 * other party, whatever follows */
	if (b < 0 && jb >= 0 && jb != a && symmetric(t->type)) {
		b = jb;
		e->trule = "joint subject";
	}
	if (b < 0 && e->tgt.json == NULL && t->obj && !pas) {
		size_t from = a >= 0 && (size_t)acts[a].t0 > e->tend ?
		    (size_t)acts[a].t1 : e->tend;

		/* "ضبطت X خمسة مهربين قرب منفذ Y": a place after في،
		 * قرب is where, not the object */
		if ((b = after(from, 5, 2)) >= 0 && acts[b].type == 'L' &&
		    acts[b].t0 > 1 && ((size_t)acts[b].t0 - 2 > from ?
		    role_of((size_t)acts[b].t0 - 2) == R_LOC : 0))
			b = -1;
		else if (b >= 0 && acts[b].type == 'L' && acts[b].t0 > 0 &&
		    (size_t)acts[b].t0 - 1 > from &&
		    role_of((size_t)acts[b].t0 - 1) == R_LOC)
			b = -1;
		if (b >= 0 && b != a)
			e->trule = "object";
		else
			b = possessed_object(from);
		if (b >= 0 && e->trule == NULL)
			e->trule = "owner of the object";
	}
	/* joint subjects: the second is the target unless the verb has
	 * one ("طالبت X وY الحكومةَ": the government) */
	if (b < 0 && jb >= 0 && jb != a) {
		b = jb;
		e->trule = "joint subject";
	}
	/* "قوات الأمن التي تقاتل", "X ونظيره Y، اللذين عقدا": the subject
	 * is what the relative stands for */
	if (a < 0 && verb && i > 1 && role_of(i - 1) == R_LEAD &&
	    (toks[i - 2].ent || (i > 2 && toks[i - 2].punct == 0x060C &&
	    toks[i - 3].ent))) {
		size_t k = toks[i - 2].ent ? i - 2 : i - 3;

		while (k > 0 && toks[k].actor < 0 && toks[k - 1].ent)
			k--;
		if (toks[k].actor >= 0 && usable(toks[k].actor)) {
			a = toks[k].actor;
			e->srule = "antecedent of the relative";
		}
	}
	/* "بالهجوم الذي استهدف X": the antecedent is no party; the act
	 * stands, its doer unsaid */
	if (a < 0 && rel && !said) {
		pas = 1;
		e->passive = 1;
	}
	/* who chanted the chants: the sentence's last actor before them */
	for (sk = i; a < 0 && said && sk-- > 0; )
		if (toks[sk].actor >= 0 && usable(toks[sk].actor) &&
		    toks[sk].actor != b) {
			a = toks[sk].actor;
			e->srule = "who said it";
		}
	/* "قال المتحدث إن الجماعة نفذت": the group noun after إن is the
	 * subject, not the speaker (unnamed() names it) */
	if (a < 0 && !pas && verb && !pron && i >= 2 &&
	    toks[i - 1].actor < 0 && definite(&toks[i - 1]) &&
	    in_set("agents", &toks[i - 1]) && in_set("that", &toks[i - 2]))
		npsubj = 1;
	if (a < 0 && !pas && !npsubj) {
		if ((a = before(i, 1)) >= 0) {
			e->srule = pron ? "the pronoun's antecedent" :
			    "nearest actor before";
			/* "تواصل القوات الأمريكية وقوات التحالف تقديم": the
			 * first of joint subjects (GUIDELINES); of a meeting
			 * or a pledge the other is the target if nothing else
			 * is, of aid a fellow giver */
			if (conj_head(a) != a) {
				a = conj_head(a);
				if (b < 0 && e->tgt.json == NULL &&
				    symmetric(t->type) &&
				    (b = conj_next(a)) >= 0)
					e->trule = "joint subject";
			}
		}
		else if (!verb && !pron && (a = after(e->tend, 12, 2)) >= 0 &&
		    a != b)
			e->srule = "actor after the noun";
		else
			a = -1;
	}
	if (a >= 0 && a == b)
		b = -1;
	e->src.a = a;
	e->tgt.a = b;
	if (a >= 0 && role_of((size_t)acts[a].t0) == R_PAIRSUBJ) {
		/* الجانبان: the party the article named first */
		e->src.a = -1;
		e->src.json = docst.first;
		e->srule = "pair word: the document's first actor";
		/* "بين الجانبين": both parties; "اجتمع الجانبان مع X": X */
		if (docst.second != NULL && (acts[a].role == R_PAIR ||
		    b < 0)) {
			e->tgt.a = -1;
			e->tgt.json = docst.second;
			e->trule = "pair word: the document's other party";
		} else if (b >= 0 && e->trule != NULL &&
		    strcmp(e->trule, "after a preposition") != 0)
			e->tgt.a = -1;
	}
}

static const char *
mode_of(const trig *t)
{
	static ak_map *typed;	/* the types that have mode words */
	size_t j, it = 0, kl, nt;
	char *m, *best = NULL;
	const char *key, *tab;
	void *v;

	if (typed == NULL) {
		typed = ak_map_new();
		while (ak_map_iter(modes, &it, &key, &kl, &v)) {
			tab = memchr(key, '\t', kl);
			*ak_map_put(typed, key, tab ? (size_t)(tab - key) : kl) =
			    typed;
		}
	}
	nt = ak_map_get(typed, t->type, strlen(t->type)) != NULL ? ntok : 0;
	/* the word of highest priority: طائرة مسيرة is a drone */
	for (j = 0; j < nt; j++) {
		cands c;
		int k;

		if (toks[j].punct)
			continue;
		candidates(&c, F(&toks[j]), toks[j].fl);
		for (k = 0; k < c.k; k++) {
			tabkey(&tmp, t->type, c.s[k], c.n[k]);
			if ((m = ak_map_get(modes, tmp.p, tmp.len)) != NULL &&
			    (best == NULL || m[0] > best[0]))
				best = m;
		}
	}
	/* a strong word (a drone, a bomb: priority 2 and up) says more
	 * than the trigger's own mode (قصف: heavy weapons) */
	if (t->mode != NULL && (best == NULL || best[0] < '2'))
		return t->mode;
	return best != NULL ? best + 1 : NULL;
}

/* the first and the last word of a person's name, as written in JSON */
static void
name_ends(const actor *a, const char **w, size_t *n)
{
	const char *s = a->text + 1, *e = a->text + a->textl - 1, *p;

	for (p = s; p < e && *p != ' '; p++)
		;
	w[0] = s;
	n[0] = (size_t)(p - s);
	for (p = e; p > s && p[-1] != ' '; p--)
		;
	w[1] = p;
	n[1] = (size_t)(e - p);
}

/*
 * "شفق نيوز/ تظاهر المئات", "إيلاف من لندن: بحثت", "بغداد - وقّع": the
 * outlet and the place of a dateline, before its mark in the first words
 * of a document, report; they act in nothing.
 */
static void
dateline(void)
{
	size_t j, k;
	int from = 0;

	for (j = 0; j < ntok && j < 6; j++) {
		uint32_t p = (uint32_t)toks[j].punct;

		if (p == '/' || p == ':' || p == '-' || p == 0x2013 ||
		    p == 0x2014)
			break;
		/* only names and "من" before the mark, no verb */
		if (!toks[j].punct && !toks[j].ent && !is_word(&toks[j], "من"))
			return;
		from |= is_word(&toks[j], "من");
	}
	if (j == 0 || j >= ntok || j >= 6)
		return;
	for (k = 0; k < nact; k++)
		if (acts[k].t0 >= 0 && (size_t)acts[k].t1 < j) {
			acts[k].dead = 1;
			/* the outlet's city, not the story's place */
			acts[k].based = from;
		}
}

/*
 * "حسين" after "فؤاد حسين" (IRQ): a person named again by part of the
 * name keeps the country the document gave him.
 */
static void
known_people(void)
{
	size_t i;
	int k;

	for (i = 0; i < nact; i++) {
		actor *a = &acts[i];
		const char *w[2];
		size_t n[2];

		if (a->dead || a->type != 'P' || a->textl < 8)
			continue;
		name_ends(a, w, n);
		for (k = 1; k >= 0; k--) {
			const char *c;

			if (n[k] < 6)	/* three letters at least */
				continue;
			if (a->country != NULL) {
				void **slot = ak_map_put(docst.names, w[k],
				    n[k]);

				if (*slot == NULL)
					*slot = ak_strndup(a->country,
					    a->countryl);
			} else if ((c = ak_map_get(docst.names, w[k],
			    n[k])) != NULL) {
				a->country = c;
				a->countryl = strlen(c);
			}
		}
	}
}

/*
 * "العام الماضي", "أمس", "لا تزال": dates relative to the document's
 * date (atag tags none of them), resolved here as dates of the sentence.
 */
static void
relative_dates(const char *dd, size_t ddl)
{
	size_t i;
	int y, m, d;
	char *e;

	/* strtol, not sscanf: sscanf measures the rest of the line first */
	if (dd == NULL || ddl < 7)
		return;
	y = (int)strtol(dd + 1, &e, 10);
	if (e == dd + 1)
		return;
	m = ddl >= 9 ? atoi(dd + 6) : 0;
	d = ddl >= 12 ? atoi(dd + 9) : 0;
	for (i = 0; i < ntok; i++) {
		const char *v;
		int two = 0, off;
		date *x;

		if (toks[i].punct || toks[i].named)
			continue;
		if ((v = pairget(reldates, i)) != NULL)
			two = 1;
		else if ((v = wordget(reldates, &toks[i], 1)) == NULL)
			continue;
		off = atoi(v + 1);
		if (ndate == capdate)
			dates = ak_realloc(dates, (capdate = capdate * 2 + 8) *
			    sizeof(*dates));
		x = &dates[ndate];
		memset(x, 0, sizeof(*x));
		x->t0 = (int)i;
		x->cs = toks[i].cs;
		x->ce = toks[i + two].ce;
		if (v[0] == 'y')
			snprintf(x->buf, sizeof(x->buf), "\"%04d\"", y + off);
		else if (v[0] == 'm' && m > 0) {
			int mm = m + off, yy = y;

			while (mm < 1) {
				mm += 12;
				yy--;
			}
			snprintf(x->buf, sizeof(x->buf), "\"%04d-%02d\"", yy, mm);
		} else if (v[0] == 'd' && d > 0) {
			struct tm tm = { 0 };
			time_t t;

			tm.tm_year = y - 1900;
			tm.tm_mon = m - 1;
			tm.tm_mday = d + off;
			tm.tm_hour = 12;
			t = timegm(&tm);
			gmtime_r(&t, &tm);
			snprintf(x->buf, sizeof(x->buf), "\"%04d-%02d-%02d\"",
			    tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
		} else if (v[0] == 'w' && d > 0) {
			/* "الأسبوع الماضي": a day of the week before, which
			 * the text may name elsewhere; until then its month */
			long z = ak_days_from_civil(y, m, d) + 7L * off;
			int yy, mm, dd2;

			ak_civil_from_days(z, &yy, &mm, &dd2);
			snprintf(x->buf, sizeof(x->buf), "\"%04d-%02d\"", yy,
			    mm);
			x->wlo = z - 6;
			x->whi = z + 6;
		} else
			continue;
		x->value = x->buf;
		x->valuel = strlen(x->buf);
		ndate++;
		/* a date word is no trigger and no object */
		toks[i].ent = toks[i].named = 1;
		toks[i + two].ent = toks[i + two].named = 1;
		i += two;
	}
}

static long	 newsday = LONG_MIN;	/* the document's date, a day */

/*
 * The first (last set) or last day of the period a JSON date ("2023",
 * "2023-08", "2023-08-07", with its quotes) names, or LONG_MIN.
 */
static long
json_day(const char *d, size_t dl, int last)
{
	long lo, hi;

	if (d == NULL || dl < 6 || d[0] != '"' || d[dl - 1] != '"' ||
	    !ak_date_range(d + 1, dl - 2, &lo, &hi))
		return LONG_MIN;
	return last ? hi : lo;
}

static long
first_day(const char *d, size_t dl)
{
	return json_day(d, dl, 0);
}

/*
 * "دعا إلى تفعيل الاتفاقيات الموقعة بين البلدين منذ عام 2019": a date
 * after منذ that follows a participle (ال + م) between the trigger at i
 * and the date at j is the participle's.
 */
static int
since_of_noun(size_t i, size_t j)
{
	size_t k, m = j;

	while (m > i + 1 && (is_word(&toks[m - 1], "عام") ||
	    is_word(&toks[m - 1], "العام")))
		m--;
	if (m <= i + 1 || !is_word(&toks[m - 1], "منذ"))
		return 0;
	/* "الاتفاقيات الموقعة": a feminine participle after the noun it
	 * describes (not "المخيم", "المئات") */
	for (k = i + 2; k + 1 < m; k++)
		if (toks[k].actor < 0 && !toks[k].ent && definite(&toks[k]) &&
		    toks[k].fl > 8 && memcmp(F(&toks[k]) + 4, "م", 2) == 0 &&
		    ends(F(&toks[k]), toks[k].fl, "ه") &&
		    !adjective(&toks[k]) && !trigger_word(&toks[k]) &&
		    !toks[k - 1].punct && toks[k - 1].actor < 0 &&
		    definite(&toks[k - 1]))
			return 1;
	return 0;
}

/*
 * Is an event of another type than the one at token i told between i and
 * j (i < j)?  Not the noun another trigger needs (افتتاح حوار), nor the
 * same act told again (قُتل ... في الهجوم الذي شنته).
 */
static int
event_between(size_t i, size_t j)
{
	const char *type = NULL;
	size_t x;

	for (x = 0; x < nev; x++)
		if (evs[x].t == i)
			type = evs[x].tr->type;
	for (x = 0; x < nev; x++)
		if (evs[x].t > i && evs[x].t < j && !toks[evs[x].t].used &&
		    (type == NULL || strcmp(evs[x].tr->type, type) != 0))
			return 1;
	return 0;
}

/*
 * the event's date: the nearest dated mention in its clause; not one
 * after the document's date ("وقع الجانبان مذكرة ... على أن تبدأ
 * المرحلة الأولى مطلع العام المقبل": what is reported has happened)
 */
static const date *
date_of(size_t i)
{
	const date *best = NULL;
	size_t bd = (size_t)-1, k;

	for (k = 0; k < ndate; k++) {
		const date *d = &dates[k];
		size_t t0, dist;

		if (d->value == NULL || d->t0 < 0)
			continue;
		t0 = (size_t)d->t0;
		if (t0 < i ? pbroken(t0, i) : pbroken(i, t0))
			continue;
		dist = t0 < i ? i - t0 : t0 - i;
		/* a date before the trigger scopes over what follows it
		 * ("في عام 2022 أكدت ..."); one after it, less far, and not
		 * past another event ("ويأتي الهجوم بعد أسبوعين من احتجاز
		 * الحوثيين سفينة ... في الثالث من يناير": the seizure's) */
		if ((t0 > i && (dist > 25 || event_between(i, t0) ||
		    since_of_noun(i, t0))) || d->noun)
			continue;
		if (newsday != LONG_MIN &&
		    first_day(d->value, d->valuel) > newsday)
			continue;
		if (dist < bd) {
			bd = dist;
			best = d;
		}
	}
	/* "تقرير نشرته يوم الثلاثاء ... نتائج زيارة X الأسبوع الماضي": a
	 * relative date after the event, in its clause, is its own */
	for (k = 0; k < ndate; k++) {
		const date *d = &dates[k];

		if (d->value == d->buf && d->t0 > (int)i &&
		    (size_t)d->t0 - i <= 15 && !broken(i, (size_t)d->t0) &&
		    (newsday == LONG_MIN ||
		    first_day(d->value, d->valuel) <= newsday)) {
			best = d;
			break;
		}
	}
	/* "ليل الاثنين الثلاثاء": a night of two days is dated by the
	 * first */
	for (k = 0; best != NULL && k < ndate; k++)
		if (dates[k].value != NULL && dates[k].t0 >= 0 &&
		    dates[k].t0 + 1 == best->t0 &&
		    dates[k].ce + 1 == best->cs)
			return &dates[k];
	return best;
}

/* the number 1-31 that token t is, or 0 (folded: its digits are ASCII,
 * whatever the text wrote) */
static int
day_number(const tok *t)
{
	const char *p = F(t), *e = p + t->fl;
	int v = 0, n = 0;

	while (p < e && n < 3 && *p >= '0' && *p <= '9') {
		v = v * 10 + (*p++ - '0');
		n++;
	}
	return p == e && v >= 1 && v <= 31 ? v : 0;
}

/*
 * "افتتاح الحوار في الفترة من 7 إلى 8 آب 2023": atag dates a span of
 * days by its month; what opens it, opens on its first day.  The date
 * into buf, or NULL.
 */
static const char *
opening_date(const event *e, const date *d, char *buf, size_t n)
{
	size_t j = e->t >= 2 ? e->t - 2 : 0;
	int day;

	if (d == NULL || d->t0 < 0 || d->valuel != 9 ||
	    (day = day_number(&toks[d->t0])) == 0)
		return NULL;
	for (; j <= e->t && !in_set("opening", &toks[j]); j++)
		;
	if (j > e->t)
		return NULL;
	snprintf(buf, n, "%.8s-%02d\"", d->value, day);
	return buf;
}

static const char *
location_of(size_t i, size_t *len)
{
	size_t k, bd = (size_t)-1;
	const actor *best = NULL;

	for (k = 0; k < nact; k++) {
		const actor *a = &acts[k];
		size_t t0 = (size_t)a->t0, dist;

		if (a->dead || a->type != 'L' || a->role != R_LOC)
			continue;
		if (t0 < i ? broken(t0, i) : broken(i, t0))
			continue;
		dist = t0 < i ? i - t0 : t0 - i;
		if (dist < bd) {
			bd = dist;
			best = a;
		}
	}
	if (best == NULL)
		return NULL;
	*len = best->textl;
	return best->text;
}

/* the folded content words of a party's text, " w1 w2 ", into b */
static void
party_words(ak_buf *b, const who *w)
{
	const char *s = NULL, *p;
	size_t n = 0, i;
	ak_buf f = { 0 };

	if (w->a >= 0) {
		s = acts[w->a].text;
		n = acts[w->a].textl;
	} else if (w->json != NULL && strncmp(w->json, "{\"text\":\"", 9) == 0) {
		s = w->json + 8;
		p = strchr(s + 1, '"');
		n = p != NULL ? (size_t)(p - s) + 1 : 0;
	}
	if (s == NULL || n < 2)
		return;
	ak_fold(&f, s + 1, n - 2);
	ak_buf_cstr(&f);
	for (p = f.p; *p; ) {
		while (*p == ' ')
			p++;
		i = strcspn(p, " ");
		if (i >= 6) {	/* three letters or more, less the article */
			const char *q = p;
			size_t k = i;

			if (k > 8 && memcmp(q, "ال", 4) == 0) {
				q += 4;
				k -= 4;
			} else if (k > 10 && memcmp(q, "وال", 6) == 0) {
				q += 6;
				k -= 6;
			}
			/* تركية, تركي: one word */
			if (k > 6 && memcmp(q + k - 2, "ه", 2) == 0)
				k -= 2;
			ak_buf_addc(b, ' ');
			ak_buf_add(b, q, k);
		}
		p += i;
	}
	ak_buf_addc(b, ' ');
	ak_buf_free(&f);
}

/*
 * "قُتل ثمانية مدنيين بقصف استهدف قافلة، مساء الثلاثاء ... إن مسيّرة
 * استهدفت القافلة": the same event told again, with a party in common,
 * is dated where it was first told.
 */
/*
 * "وقتل ستة مدنيين في الاشتباكات": the article on an event noun of the
 * same type points back at that event, told before with its date.
 */
static int
retold(const event *e)
{
	size_t j;
	cands c;
	int k;
	form *f;

	for (j = 0; j < ntok; j++) {
		if (j == e->t || toks[j].punct || toks[j].actor >= 0 ||
		    !definite(&toks[j]))
			continue;
		/* "سلسلة من الاجتماعات": a part of a whole, not one told */
		if (j >= 2 && is_word(&toks[j - 1], "من") &&
		    in_set("partitive", &toks[j - 2]))
			continue;
		/* "ووقعت المذكرة": the agreement told before */
		if (strcmp(e->tr->type, "AGREE") == 0 &&
		    in_set("agreement", &toks[j]))
			return 1;
		candidates(&c, F(&toks[j]), toks[j].fl);
		for (k = 0; k < c.k; k++)
			for (f = ak_map_get(forms, c.s[k], c.n[k]); f != NULL;
			    f = f->next)
				if (f->t->cls == 'n' &&
				    strcmp(f->t->type, e->tr->type) == 0)
					return 1;
	}
	return 0;
}

/*
 * The kind of an event for telling it again: its type, and for an
 * agreement the mode its trigger gives ("AGREE:pledge" is no signing);
 * a visit is "CONSULT:visit"; the mode of an attack or a meeting tells
 * only how it was done.
 */
static void
kind_of(ak_buf *b, const trig *t)
{
	ak_buf_adds(b, t->type);
	if (t->mode != NULL && (strcmp(t->type, "AGREE") == 0 ||
	    (strcmp(t->type, "CONSULT") == 0 &&
	    strcmp(t->mode, "visit") == 0))) {
		ak_buf_addc(b, ':');
		ak_buf_adds(b, t->mode);
	}
}

/*
 * May an event of kind a take the date of one of kind b (both
 * "KIND\t...")?  The same kind, or a meeting a visit's: a meeting on a
 * visit of one day is on that day.  Not a visit a meeting's: "يلتقيان
 * في 7 آب ... زار وفد الولايات المتحدة" the visit holds the meeting and
 * other days.
 */
static int
kind_dates(const char *a, const char *b)
{
	size_t n = strcspn(a, "\t"), m = strcspn(b, "\t");

	if (n == m)
		return memcmp(a, b, n) == 0;
	return m == n + 6 && memcmp(a, b, n) == 0 &&
	    memcmp(b + n, ":visit", 6) == 0;
}

/* does some " word " of words stand in in (both " w1 w2 ", the words
 * after anything before their first space)? */
static int
shares_word(const char *words, const char *in)
{
	const char *p;
	char w[256];

	if (words == NULL || in == NULL)
		return 0;
	for (p = words; (p = strchr(p, ' ')) != NULL && p[1] != '\0'; p++) {
		size_t n = strcspn(p + 1, " ");

		if (n == 0 || n + 3 > sizeof(w))
			continue;
		w[0] = ' ';
		memcpy(w + 1, p + 1, n);
		w[n + 1] = ' ';
		w[n + 2] = '\0';
		if (strstr(in, w) != NULL)
			return 1;
	}
	return 0;
}

/*
 * docst.told holds "KIND\tdate\tid\t word word ": the date of the last
 * one of e's kind that it tells again, with its length; and the id of
 * that one when e names it by an anaphoric noun (ووقعت المذكرة), which
 * is surer than a party word in common.
 */
static const char *
told_before(const event *e, size_t *len, const char **idp)
{
	ak_buf w = { 0 }, kd = { 0 };
	size_t k;
	const char *hit = NULL;

	kind_of(&kd, e->tr);
	ak_buf_cstr(&kd);
	party_words(&w, &e->tgt);
	party_words(&w, &e->src);
	ak_buf_cstr(&w);
	for (k = docst.ntold; k-- > 0 && hit == NULL; ) {
		const char *x = docst.told[k], *d, *ws;

		if (!kind_dates(kd.p, x))
			continue;
		d = x + strcspn(x, "\t") + 1;
		ws = strchr(d, '\t');
		if (ws != NULL && w.len > 0 && shares_word(ws, w.p)) {
			hit = d;
			*len = (size_t)(ws - d);
		}
	}
	ak_buf_free(&w);
	/* "الاجتماع الذي حضرته": the last of its kind is the one it
	 * names, a meeting's the last meeting (else a visit's date, not
	 * the visit) */
	if (hit == NULL && retold(e)) {
		for (k = docst.ntold; k-- > 0 && hit == NULL; ) {
			const char *x = docst.told[k];

			if (strncmp(x, kd.p, kd.len) == 0 &&
			    x[kd.len] == '\t') {
				hit = x + kd.len + 1;
				*len = strcspn(hit, "\t");
				*idp = hit + *len + 1;
			}
		}
		for (k = docst.ntold; k-- > 0 && hit == NULL; ) {
			const char *x = docst.told[k];

			if (kind_dates(kd.p, x)) {
				hit = x + strcspn(x, "\t") + 1;
				*len = strcspn(hit, "\t");
			}
		}
	}
	ak_buf_free(&kd);
	return hit;
}

/* the named party that a presence word (وجود) in the clause from token
 * j governs, or -1 */
static int
presence_of(size_t j)
{
	size_t k, m;

	for (k = j; k < ntok && k <= j + 8 && !toks[k].punct; k++) {
		if (toks[k].actor >= 0 || !in_set("presence", &toks[k]))
			continue;
		for (m = k + 1; m < ntok && m <= k + 2 && !toks[m].punct; m++)
			if (toks[m].actor >= 0)
				return toks[m].actor;
		return -1;
	}
	return -1;
}

/*
 * A document's events are held until it ends: an event that its own
 * sentence does not date, nor an earlier one, takes the date of the same
 * event told later (a lead sums up what the body dates: "وقّعت الوزارة
 * مذكرة ..." and two sentences on "وكانت الوزارتان قد وقعتا، الأربعاء
 * 21 أيلول ...").  Same event: the same type and a party word in common.
 */
typedef struct {
	char	*json;		/* the record, without its newline */
	size_t	 len;
	size_t	 doff, dlen;	/* its date's value in json */
	size_t	 roff, rlen;	/* the date rule in its explanation, or 0 */
	char	*key;		/* "TYPE\t words " while dated by the document */
	char	*date;		/* the date told later, JSON, or NULL */
	long	 news;		/* the document's date, a day number */
	int	 act;		/* a perfect verb dated by the document */
	long	 wlo, whi;	/* dated by "الأسبوع الماضي": its days */
	int	 told;		/* dated as the event it retells */
	char	 id[17];
	char	 retells[17];	/* "" none */
	const char *why;	/* the date rule, when the date is changed */
	size_t	 coff[2];	/* a title's "canonical":null in json, or 0 */
	char	*tkey[2];	/* that title folded, and its country JSON */
	char	*tcc[2];
} heldev;

static heldev	*hev;
static size_t	 nhev, caphev;

static long
last_day(const char *d, size_t dl)
{
	return json_day(d, dl, 1);
}

/*
 * A dated event dates the held ones of its type and parties, if it is
 * news: no more than a month before the document's date ("وقع البلدان
 * اتفاقية الإطار في عام 2008" is background, not the lead's event).
 */
static void
date_held(const char *key, const char *d, size_t dl)
{
	size_t k;
	long last = last_day(d, dl);

	for (k = 0; k < nhev; k++)
		if (hev[k].key != NULL && hev[k].date == NULL &&
		    kind_dates(hev[k].key, key) &&
		    last != LONG_MIN && (hev[k].news == LONG_MIN ||
		    last >= hev[k].news - 31) &&
		    shares_word(strchr(hev[k].key, '\t'), strchr(key, '\t')))
			hev[k].date = ak_strndup(d, dl);
}

/* a day the document names in [lo, hi], if it names only one, or -1 */
static long
named_day(long lo, long hi)
{
	long day = -1;
	size_t k;

	for (k = 0; k < docst.ndays; k++)
		if (docst.days[k] >= lo && docst.days[k] <= hi) {
			if (day >= 0 && docst.days[k] != day)
				return -1;
			day = docst.days[k];
		}
	return day;
}

static void
flush_held(void)
{
	static const char after[] = "the same event told after",
	    month[] = "the document's month: it tells of other days",
	    week[] = "the day the document names in the week",
	    again[] = "the event it tells again";
	size_t k, j;

	for (k = 0; k < nhev; k++) {
		heldev *h = &hev[k];
		long day;

		if (h->date != NULL)
			h->why = after;
		/* "تعهد كبار المسؤولين ..." in an article of the 11th that
		 * tells of the 7th and the 10th, and of no act on the 11th:
		 * done that month, on a day the text does not give */
		if (h->date == NULL && h->act && docst.otherday &&
		    !docst.sameday && h->dlen == 12) {
			h->date = ak_strndup(h->json + h->doff, 9);
			h->date[8] = '"';
			h->why = month;
		}
		/* "زيارة ... الأسبوع الماضي" and "وقعتا، الأربعاء 21
		 * أيلول": the one day of that week the document names */
		if (h->date == NULL && h->wlo != 0 &&
		    (day = named_day(h->wlo, h->whi)) >= 0) {
			int y, m, d;

			ak_civil_from_days(day, &y, &m, &d);
			h->date = ak_malloc(16);
			snprintf(h->date, 16, "\"%04d-%02d-%02d\"", y, m, d);
			h->why = week;
		}
		/* "خلال الزيارة": the date the visit it tells again has
		 * come to */
		for (j = 0; h->date == NULL && h->told && j < k; j++)
			if (hev[j].date != NULL &&
			    strcmp(hev[j].id, h->retells) == 0) {
				h->date = ak_strdup(hev[j].date);
				h->why = again;
			}
	}
	for (k = 0; k < nhev; k++) {
		heldev *h = &hev[k];
		struct { size_t off, len; const char *s; } sp[4];
		size_t nsp = 0, at = 0, c;

		/* a title said alone: the name the document gave it, before
		 * or after (sources first, then the date, then its rule) */
		for (c = 0; c < 2; c++) {
			const char *nm;

			if (h->coff[c] > 0 && (nm = title_name(h->tkey[c],
			    h->tcc[c])) != NULL) {
				sp[nsp].off = h->coff[c];
				sp[nsp].len = 4;
				sp[nsp++].s = nm;
			}
		}
		if (h->date != NULL) {
			sp[nsp].off = h->doff;
			sp[nsp].len = h->dlen;
			sp[nsp++].s = h->date;
			if (h->rlen > 0) {
				sp[nsp].off = h->roff;
				sp[nsp].len = h->rlen;
				sp[nsp++].s = h->why;
			}
		}
		for (j = 0; j < nsp; j++) {
			ak_put(h->json + at, sp[j].off - at);
			ak_put(sp[j].s, strlen(sp[j].s));
			at = sp[j].off + sp[j].len;
		}
		ak_put(h->json + at, h->len - at);
		ak_endrec();
	}
	for (k = 0; k < nhev; k++) {
		free(hev[k].json);
		free(hev[k].key);
		free(hev[k].date);
		free(hev[k].tkey[0]);
		free(hev[k].tkey[1]);
		free(hev[k].tcc[0]);
		free(hev[k].tcc[1]);
	}
	nhev = 0;
}

/*
 * e is dated d: it dates the held events it tells again; unless the date
 * is only another telling's (told), later events may take it too.
 */
static void
remember_date(const event *e, const char *d, size_t dl, int told)
{
	ak_buf b = { 0 };

	kind_of(&b, e->tr);
	ak_buf_addc(&b, '\t');
	ak_buf_add(&b, d, dl);
	ak_buf_addc(&b, '\t');
	ak_buf_adds(&b, e->id);
	ak_buf_addc(&b, '\t');
	party_words(&b, &e->tgt);
	party_words(&b, &e->src);
	ak_buf_cstr(&b);
	date_held(b.p, d, dl);
	if (told) {
		ak_buf_free(&b);
		return;
	}
	if (docst.ntold % 16 == 0)
		docst.told = ak_realloc(docst.told, (docst.ntold + 16) *
		    sizeof(*docst.told));
	docst.told[docst.ntold++] = b.p;
}

/*
 * Where the JSON of w, written to out from offset from on, has its
 * canonical's null, if w is a title said alone; else 0.
 */
static size_t
alone_title(const who *w, size_t from)
{
	const actor *a;
	const char *p;
	static const char k[] = "\"canonical\":null";

	if (w->a < 0)
		return 0;
	a = &acts[w->a];
	if (a->type != 'R' || a->grp || a->canonical != NULL)
		return 0;
	p = memmem(out.p + from, out.len - from, k, sizeof(k) - 1);
	return p != NULL ? (size_t)(p - out.p) + sizeof(k) - 5 : 0;
}

static void
emit(ak_rec *r, event *e, const char *docj, size_t docl, const char *sidj,
    size_t sidl, const char *dd, size_t ddl)
{
	const trig *t = e->tr;
	const char *m = mode_of(t), *q, *loc;
	const date *d = date_of(e->t);
	const char *drule = "the document's date", *sd, *rid = NULL;
	int told = 0;
	size_t sdl = 0, doff, dlen, roff = 0, rlen = 0;
	int undated = 0;
	heldev *hv;
	size_t coff[2];
	size_t n, i, locl = 0;
	char id[17];
	uint64_t h;
	int ti = ak_rec_find(r, "title"), si = ak_rec_find(r, "source"),
	    di = ak_rec_find(r, "date"), xi;

	if (d == NULL && e->dalt > 0)
		d = date_of(e->dalt - 1);
	ak_buf_reset(&tmp);
	ak_buf_add(&tmp, docj, docl);
	ak_buf_add(&tmp, sidj, sidl);
	ak_buf_addc(&tmp, '|');
	ak_buf_adds(&tmp, t->type);
	ak_buf_addc(&tmp, '|');
	put_num(&tmp, toks[e->t].cs);
	if (e->nth > 0) {
		ak_buf_addc(&tmp, '|');
		put_num(&tmp, (size_t)e->nth);
	}
	h = ak_hash_fixed(tmp.p, tmp.len);
	for (i = 16; i-- > 0; h >>= 4)
		id[i] = "0123456789abcdef"[h & 15];
	id[16] = '\0';
	memcpy(e->id, id, sizeof(e->id));

	ak_buf_reset(&out);
	ak_buf_adds(&out, "{\"id\":\"");
	ak_buf_add(&out, id, 16);
	ak_buf_adds(&out, "\",\"doc\":");
	ak_buf_add(&out, docj, docl);
	ak_buf_adds(&out, ",\"sid\":");
	ak_buf_add(&out, sidj, sidl);
	ak_buf_adds(&out, ",\"type\":");
	ak_json_str(&out, t->type, strlen(t->type));
	ak_buf_adds(&out, ",\"mode\":");
	if (m != NULL)
		ak_json_str(&out, m, strlen(m));
	else
		ak_buf_adds(&out, "null");
	ak_buf_adds(&out, ",\"source\":");
	coff[0] = out.len;
	who_json(&out, &e->src);
	coff[0] = alone_title(&e->src, coff[0]);
	ak_buf_adds(&out, ",\"target\":");
	coff[1] = out.len;
	who_json(&out, &e->tgt);
	coff[1] = alone_title(&e->tgt, coff[1]);
	/* GUIDELINES: a date in the sentence, else the document's (the
	 * news is reported on its day); no guess from other events */
	doff = out.len + sizeof(",\"date\":") - 1;
	if (d != NULL) {
		char ob[16];
		const char *v = opening_date(e, d, ob, sizeof(ob));
		size_t vl = v != NULL ? strlen(v) : d->valuel;

		if (v == NULL)
			v = d->value;
		put_raw(&out, "date", v, vl);
		drule = v == ob ? "the first day of the span it opens" :
		    "nearest date in the clause";
		if (vl > 2 && v[0] == '"')
			remember_date(e, v, vl, 0);
	} else if ((sd = told_before(e, &sdl, &rid)) != NULL) {
		if (e->retells == NULL)
			e->retells = rid;
		told = e->retells != NULL;
		put_raw(&out, "date", sd, sdl);
		drule = "the same event told before";
		/* the lead that sums it up, held undated, is it too */
		if (sdl > 2 && sd[0] == '"')
			remember_date(e, sd, sdl, 1);
	} else {
		put_raw(&out, "date", dd, ddl);
		undated = 1;
	}
	dlen = out.len - doff;
	loc = location_of(e->t, &locl);
	put_raw(&out, "location", loc, locl);
	ak_buf_adds(&out, ",\"trigger\":");
	n = toks[e->tend].bo + toks[e->tend].bl - toks[e->t].bo;
	ak_json_str(&out, text + toks[e->t].bo, n);
	ak_buf_adds(&out, ",\"text\":");
	/* the sentence as it came, not escaped again */
	if ((xi = ak_rec_find(r, "text")) >= 0 &&
	    (q = ak_rec_raw(r, (size_t)xi, &n)) != NULL)
		ak_buf_add(&out, q, n);
	else
		ak_json_str(&out, text, textl);
	q = ak_map_get(quads, t->type, strlen(t->type));
	ak_buf_adds(&out, ",\"quad\":");
	if (q != NULL && isdigit((unsigned char)q[0]))
		ak_buf_addc(&out, q[0]);
	else
		ak_buf_adds(&out, "null");
	ak_buf_adds(&out, ",\"cameo\":");
	if (t->cameo != NULL)
		ak_json_str(&out, t->cameo, strlen(t->cameo));
	else if (q != NULL && q[1] == '\t' && q[2] != '\0' && q[2] != '\t')
		ak_json_str(&out, q + 2, strcspn(q + 2, "\t"));
	else
		ak_buf_adds(&out, "null");
	/* the event of its document it tells again, for adedup */
	ak_buf_adds(&out, ",\"retells\":");
	if (e->retells != NULL) {
		ak_buf_addc(&out, '"');
		ak_buf_add(&out, e->retells, 16);
		ak_buf_addc(&out, '"');
	} else
		ak_buf_adds(&out, "null");
	{
		const char *v = NULL;
		size_t vl = 0;

		if (si >= 0)
			v = ak_rec_raw(r, (size_t)si, &vl);
		put_raw(&out, "outlet", v, vl);
		v = NULL;
		if (di >= 0)
			v = ak_rec_raw(r, (size_t)di, &vl);
		if (v == NULL || (vl == 4 && memcmp(v, "null", 4) == 0)) {
			v = dd;
			vl = ddl;
		}
		put_raw(&out, "doc_date", v, vl);
		v = NULL;
		if (ti >= 0)
			v = ak_rec_raw(r, (size_t)ti, &vl);
		put_raw(&out, "title", v, vl);
	}
	/* the sentence's other fields pass through */
	for (i = 0; i < ak_rec_nfields(r); i++) {
		size_t kl;
		const char *k = ak_rec_key(r, i, &kl);
		static const char *own[] = { "doc", "sid", "text", "tokens",
		    "entities", "roles", "source", "date", "title", "doc_date",
		    "id", "type", "mode", "target", "location", "trigger",
		    "quad", "cameo", "outlet", "explain", "start", "end", NULL };
		int o;

		for (o = 0; own[o] && (own[o][0] != k[0] ||
		    strlen(own[o]) != kl || memcmp(own[o], k, kl) != 0); o++)
			;
		if (own[o] == NULL) {
			const char *v;
			size_t vl;

			v = ak_rec_raw(r, i, &vl);
			ak_buf_addc(&out, ',');
			ak_json_str(&out, k, kl);
			ak_buf_addc(&out, ':');
			ak_buf_add(&out, v, vl);
		}
	}
	if (explain) {
		ak_buf_reset(&ex);
		ak_buf_printf(&ex, "lexicon %s: %s (%c) %s; source: %s; "
		    "target: %s; date: %s", t->where, t->lemma, t->cls,
		    t->type, e->srule ? e->srule : "none",
		    e->trule ? e->trule : "none", drule);
		ak_buf_adds(&out, ",\"explain\":");
		ak_json_str(&out, ex.p, ex.len);
		rlen = strlen(drule);
		roff = out.len - 1 - rlen;
	}
	ak_buf_addc(&out, '}');
	if (nhev == caphev)
		hev = ak_realloc(hev, (caphev = caphev * 2 + 16) *
		    sizeof(*hev));
	hv = &hev[nhev++];
	hv->json = ak_strndup(out.p, out.len);
	hv->len = out.len;
	hv->doff = doff;
	hv->dlen = dlen;
	hv->roff = roff;
	hv->rlen = rlen;
	hv->date = NULL;
	hv->key = NULL;
	hv->news = dd != NULL ? last_day(dd, ddl) : LONG_MIN;
	hv->act = undated && t->cls == 'v';
	hv->wlo = d != NULL ? d->wlo : 0;
	hv->whi = d != NULL ? d->whi : 0;
	hv->told = told;
	memcpy(hv->id, e->id, sizeof(hv->id));
	for (i = 0; i < 2; i++) {
		const actor *a;

		hv->coff[i] = coff[i];
		hv->tkey[i] = hv->tcc[i] = NULL;
		if (coff[i] == 0)
			continue;
		a = &acts[(i ? e->tgt : e->src).a];
		title_key(&tmp, a->text, a->textl);
		hv->tkey[i] = ak_strndup(tmp.p, tmp.len);
		if (has_country(a))
			hv->tcc[i] = ak_strndup(a->country, a->countryl);
	}
	hv->retells[0] = '\0';
	if (e->retells != NULL) {
		memcpy(hv->retells, e->retells, 16);
		hv->retells[16] = '\0';
	}
	if (undated && !ak_unbuffered) {
		ak_buf_reset(&tmp);
		kind_of(&tmp, t);
		ak_buf_addc(&tmp, '\t');
		party_words(&tmp, &e->tgt);
		party_words(&tmp, &e->src);
		hv->key = ak_strndup(tmp.p, tmp.len);
	}
	/* -u (tail -f): each event at once, with no look ahead */
	if (ak_unbuffered)
		flush_held();
}

/* is a verb or noun of opening (انطلقت، افتتاح) in date d's clause,
 * before it? */
static int
opens(const date *d)
{
	size_t j = (size_t)d->t0, k;

	if (d->t0 < 0)
		return 0;
	for (k = 0; k < 8 && j > 0 && !toks[j].brk; k++)
		if (in_set("opening", &toks[--j]))
			return 1;
	return 0;
}

/*
 * "هاجم وزير الخارجية السياسة الأمريكية", "شنت وسائل الإعلام حملة": an
 * attack by the media, or in words of the set verbal by one person who
 * bears no arms, is made of words.
 */
static int
figurative(const event *e)
{
	static const char *armed[] = { "MIL", "REB", "SPY", "COP", NULL };
	const actor *a;
	int k;

	if (strcmp(e->tr->type, "ASSAULT") != 0 || e->src.a < 0)
		return 0;
	a = &acts[e->src.a];
	if (raweq(a->sector, a->sectorl, "MED"))
		return 1;
	if (!in_set("verbal", &toks[e->t]) ||
	    !(a->type == 'P' || (a->type == 'R' && !a->grp)))
		return 0;
	for (k = 0; armed[k] != NULL; k++)
		if (raweq(a->sector, a->sectorl, armed[k]))
			return 0;
	return 1;
}

static int
has_party(const who *w)
{
	return w->a >= 0 || w->json != NULL;
}

/* is the act at token t told as the occasion of another ("في هجوم
 * شنه"، "جراء قصف"، "بغارة")? */
static int
occasion(size_t t, int noun)
{
	size_t k;

	if (noun && letter_is(F(&toks[t]), "ب"))
		return 1;
	for (k = t; k-- > 0 && k + 3 >= t; )
		if (in_set("occasion", &toks[k]))
			return 1;
	return 0;
}

/*
 * "قتل خمسة جنود وأصيب ثلاثة آخرون في هجوم شنه مسلحون": victims whose
 * killer the verb does not name, of an attack told after them with its
 * doer, are that attack's: one act, the doer's, on the first victims.
 */
static void
victims_of_attack(void)
{
	size_t i, x;
	int took = 0;

	for (i = 0; i < nev; i++) {
		if (strcmp(evs[i].tr->type, "ASSAULT") != 0 ||
		    has_party(&evs[i].src) || toks[evs[i].t].used)
			continue;
		for (x = i + 1; x < nev; x++)
			if (strcmp(evs[x].tr->type, "ASSAULT") == 0 &&
			    has_party(&evs[x].src) && !toks[evs[x].t].used &&
			    !pbroken(evs[i].t, evs[x].t) &&
			    occasion(evs[x].t, evs[x].tr->cls == 'n'))
				break;
		if (x == nev)
			continue;
		if (!took && has_party(&evs[i].tgt) && evs[x].tgt.a < 0) {
			evs[x].tgt = evs[i].tgt;
			evs[x].trule = "the victims told before it";
			took = 1;
		}
		evs[i].merged = 1;
	}
}

static void
one(ak_rec *r, void *arg)
{
	size_t i, n, nev0, docl = 0, sidl = 0, ddl = 0;
	int fi, di, pubdate;
	const char *docj = NULL, *sidj = NULL, *dd = NULL, *v;
	long sid = 0;
	int first;

	(void)arg;
	if ((text = ak_rec_str(r, "text", &textl)) == NULL) {
		ak_bad("record has no text string");
		return;
	}
	if ((fi = ak_rec_find(r, "doc")) >= 0)
		docj = ak_rec_raw(r, (size_t)fi, &docl);
	else if ((fi = ak_rec_find(r, "id")) >= 0)
		docj = ak_rec_raw(r, (size_t)fi, &docl);
	if (docj == NULL) {
		docj = "null";
		docl = 4;
	}
	if ((fi = ak_rec_find(r, "sid")) >= 0) {
		sidj = ak_rec_raw(r, (size_t)fi, &sidl);
		sid = strtol(sidj, NULL, 10);
	} else {
		sidj = "null";
		sidl = 4;
	}
	if ((di = ak_rec_find(r, "doc_date")) >= 0)
		dd = ak_rec_raw(r, (size_t)di, &ddl);
	if ((dd == NULL || (ddl == 4 && memcmp(dd, "null", 4) == 0)) &&
	    (di = ak_rec_find(r, "date")) >= 0)
		dd = ak_rec_raw(r, (size_t)di, &ddl);
	if (dd != NULL && dd[0] != '"')
		dd = NULL;
	pubdate = (di = ak_rec_find(r, "date")) >= 0 &&
	    (v = ak_rec_raw(r, (size_t)di, &n)) != NULL && v[0] == '"';
	first = 0;
	if (docst.doc == NULL || strlen(docst.doc) != docl ||
	    memcmp(docst.doc, docj, docl) != 0) {
		first = 1;
		flush_held();
		free(docst.doc);
		free(docst.src);
		free(docst.first);
		free(docst.firstc);
		free(docst.second);
		free(docst.home);
		while (docst.ntold > 0)
			free(docst.told[--docst.ntold]);
		free(docst.told);
		free(docst.days);
		while (docst.ntitles > 0) {
			struct title *x = &docst.titles[--docst.ntitles];

			free(x->key);
			free(x->country);
			free(x->name);
		}
		free(docst.titles);
		if (docst.names != NULL)
			ak_map_free(docst.names, free);
		if (docst.bytype != NULL)
			ak_map_free(docst.bytype, free);
		if (docst.bytgt != NULL)
			ak_map_free(docst.bytgt, free);
		if (docst.byid != NULL)
			ak_map_free(docst.byid, free);
		memset(&docst, 0, sizeof(docst));
		docst.doc = ak_strndup(docj, docl);
		docst.names = ak_map_new();
		docst.bytype = ak_map_new();
		docst.bytgt = ak_map_new();
		docst.byid = ak_map_new();
	}

	tokenise();
	nact = ndate = nev = 0;
	while (nnp > 0)
		free(nps[--nnp]);
	if ((fi = ak_rec_find(r, "entities")) >= 0 &&
	    ak_rec_type(r, (size_t)fi) == AK_ARRAY) {
		v = ak_rec_raw(r, (size_t)fi, &n);
		each_obj(v, n, ent_cb);
	}
	if ((fi = ak_rec_find(r, "roles")) >= 0 &&
	    ak_rec_type(r, (size_t)fi) == AK_ARRAY) {
		v = ak_rec_raw(r, (size_t)fi, &n);
		each_obj(v, n, role_cb);
	}
	setup_actors();
	if (first)
		dateline();
	known_people();
	relative_dates(dd, ddl);
	newsday = dd != NULL ? first_day(dd, ddl) : LONG_MIN;
	/* the days it names, not those of "حاليا" or "أمس" */
	for (i = 0; newsday != LONG_MIN && i < ndate; i++) {
		long lo;

		if (dates[i].value == NULL || dates[i].value == dates[i].buf ||
		    (lo = first_day(dates[i].value, dates[i].valuel)) ==
		    LONG_MIN ||
		    lo != last_day(dates[i].value, dates[i].valuel))
			continue;
		if (docst.ndays % 16 == 0)
			docst.days = ak_realloc(docst.days, (docst.ndays + 16) *
			    sizeof(*docst.days));
		docst.days[docst.ndays++] = lo;
		/* "وانطلقت يوم الجمعة 23 تموز جلسات الحوار" in an article
		 * with no date of its own: the day the story starts, what
		 * it tells after that is on other days */
		if (lo == newsday && !pubdate && opens(&dates[i]))
			docst.otherday = 1;
		else if (lo == newsday)
			docst.sameday = 1;
		else if (lo < newsday && lo >= newsday - 31)
			docst.otherday = 1;
	}
	/* the story's state: a place in its first sentence (the dateline),
	 * else the state of the first party with one, else a later place */
	for (i = 0; docst.home == NULL && i < nact; i++)
		if (acts[i].type == 'L' && acts[i].country != NULL &&
		    !acts[i].based &&
		    acts[i].countryl == 5 && (first || docst.firstc == NULL))
			docst.home = ak_strndup(acts[i].country, 5);
	if (docst.home == NULL && docst.firstc != NULL && !first &&
	    strlen(docst.firstc) == 5)
		docst.home = ak_strdup(docst.firstc);
	for (i = 0; docst.first == NULL && i < nact; i++)
		if (acts[i].country != NULL && !acts[i].dead &&
		    role_of((size_t)acts[i].t0) != R_PAIRSUBJ) {
			ak_buf b = { 0 };

			actor_json(&b, &acts[i]);
			ak_buf_cstr(&b);
			docst.first = nooffsets(b.p);
			docst.firstc = ak_strndup(acts[i].country,
			    acts[i].countryl);
			ak_buf_free(&b);
		}
	/* "الجانبان": the first party and the first of another state */
	for (i = 0; docst.firstc != NULL && docst.second == NULL && i < nact;
	    i++)
		if (acts[i].country != NULL && !acts[i].dead &&
		    role_of((size_t)acts[i].t0) != R_PAIRSUBJ &&
		    (acts[i].countryl != strlen(docst.firstc) ||
		    memcmp(acts[i].country, docst.firstc,
		    acts[i].countryl) != 0)) {
			ak_buf b = { 0 };

			actor_json(&b, &acts[i]);
			ak_buf_cstr(&b);
			docst.second = nooffsets(b.p);
			ak_buf_free(&b);
		}

	for (i = 0; i < ntok; i++) {
		cands c;
		int k, best = -1;
		trig *found[8];
		int nfound = 0, cl[8], pr[8];
		size_t tend[8];
		long need[8];

		if (toks[i].punct || toks[i].named)
			continue;
		candidates(&c, F(&toks[i]), toks[i].fl);
		for (k = 0; k < c.k; k++) {
			form *f;

			for (f = ak_map_get(forms, c.s[k], c.n[k]); f != NULL;
			    f = f->next) {
				trig *t = f->t;
				int r2, ok = 1, x;
				size_t j = i;
				long nd;

				if (t->cls == 'v' && (c.cl[k] & (C_B | C_L |
				    C_K | C_S))) {
					/* "لشن هجوم": a purpose, and no more
					 * is the noun it needs an act */
					if ((c.cl[k] & (C_L | C_S)) &&
					    t->need != NULL)
						mark_needed(i, t->need);
					continue;
				}
				if (t->cls == 'i' && (c.cl[k] & (C_B | C_K)))
					continue;
				if ((t->cls == 'v' || t->cls == 'i') &&
				    marbuta(&toks[i]))
					continue;	/* قتلة is no قتله */
				/* "حكماً بالسجن": tanween makes a noun */
				if ((t->cls == 'v' || t->cls == 'i') &&
				    tanween(&toks[i]))
					continue;
				if (t->cls == 'l' && !(c.cl[k] & C_L))
					continue;
				if (t->nob && (c.cl[k] & C_B))
					continue;	/* "بدعوة من": invited */
				for (r2 = 0; r2 < t->nrest && ok; r2++) {
					j++;
					ok = j < ntok && !toks[j].punct &&
					    toks[j].fl == strlen(t->rest[r2]) &&
					    memcmp(F(&toks[j]), t->rest[r2],
					    toks[j].fl) == 0;
				}
				if (!ok || (nd = need_at(t, i)) == -1)
					continue;
				if (t->cls == 'v' && c.n[k] == strlen(t->lemma) &&
				    !verb_place(i, c.cl[k]))
					continue;
				for (x = 0; x < nfound; x++)
					if (strcmp(found[x]->type, t->type) == 0)
						break;
				if (x < nfound) {
					/* a longer phrase; the perfect اعتقل
					 * over the imperfect of "I"; the
					 * participle مطالباً over the noun */
					if (found[x]->nrest < t->nrest ||
					    (found[x]->cls == 'i' &&
					    t->cls == 'v') ||
					    (found[x]->cls == 'n' &&
					    t->cls == 'p')) {
						found[x] = t;
						tend[x] = j;
						cl[x] = c.cl[k];
						need[x] = nd;
						pr[x] = has_pron(t, c.s[k], c.n[k]);
					}
					continue;
				}
				if (nfound < 8) {
					found[nfound] = t;
					tend[nfound] = j;
					need[nfound] = nd;
					pr[nfound] = has_pron(t, c.s[k], c.n[k]);
					cl[nfound++] = c.cl[k];
				}
			}
		}
		/* the longest phrase wins over single words */
		for (k = 0; k < nfound; k++)
			if (best < 0 || found[k]->nrest > found[best]->nrest)
				best = k;
		for (k = 0; k < nfound; k++) {
			event e;
			const char *why;
			size_t x;

			if (found[k]->nrest < found[best]->nrest)
				continue;
			if ((why = blocked(i, found[k], cl[k])) != NULL) {
				/* "لم يعقد اجتماعاً", "ستعقد جولة من
				 * المباحثات": nor is the noun it needs */
				if (found[k]->need != NULL)
					mark_needed(i, found[k]->need);
				continue;
			}
			if (inside_speech(i, found[k]))
				continue;
			/* "شارك آلاف في مسيرة دعماً للشعب الفلسطيني": a
			 * verbal noun in the accusative after an act tells
			 * why it was done; an act of another type it is not */
			if (found[k]->cls != 'p' && found[k]->cls != 'w' &&
			    motive(i, found[k]))
				continue;
			/* "قبل توقيعه": what is done before it is not done */
			if (found[k]->cls == 'n' && pr[k] && i > 0 &&
			    in_set("before", &toks[i - 1]))
				continue;
			if (instrument(i, found[k], cl[k]))
				continue;
			memset(&e, 0, sizeof(e));
			e.t = i;
			e.tend = tend[k];
			e.tr = found[k];
			e.need = need[k];
			find_roles(&e, cl[k], pr[k]);
			/* "أنهت الحكومة وجود جهاز X": she ended another's
			 * presence, no withdrawal of her own; nor is X, named
			 * after وجود, the subject ("أن العملية العسكرية
			 * أنهت وجود جهاز X") */
			if (strcmp(e.tr->type, "RETREAT") == 0 &&
			    presence_of(e.tend + 1) >= 0)
				continue;
			if ((e.tr->cls == 'l' || (e.tr->cls == 'n' &&
			    (cl[k] & C_L))) && agreement_purpose(i))
				continue;	/* what an agreement is for */
			if (strcmp(e.tr->type, "AGREE") == 0 && e.tgt.a < 0 &&
			    e.tgt.json == NULL &&
			    (e.tgt.a = lam_party(e.tend, e.src.a, 0)) >= 0)
				e.trule = "the party the agreement is for";
			if ((e.tr->cls == 'l' || e.tr->needtarget) &&
			    e.tgt.a < 0)
				continue;	/* "لدعم" with nobody supported,
						 * "ناقش" a topic with nobody */
			unnamed(&e, pr[k]);
			/* "أدانت السعودية الهجوم وأعربت عن تضامنها": the
			 * pronoun is the clause's subject */
			if ((pr[k] || e.tr->cls == 'w') && e.src.a < 0 &&
			    e.src.json == NULL && !e.passive &&
			    clause_subject(&e, &e.src))
				e.srule = pr[k] ? "the pronoun's clause subject" :
				    "the participle's clause subject";
			else if (pr[k] && e.src.a < 0 && e.src.json == NULL &&
			    !e.passive && (e.src.json = np_agent(&e, &x)) !=
			    NULL)
				e.srule = NPSUBJ;	/* "جدد المجلس رفضه" */
			/* a dropped subject, a possessive pronoun (زيارته) or
			 * an actor left unsaid stands for the person the
			 * document named last, if lately; not in a heading
			 * of three words or fewer ("سلسلة عقوبات"), nor for a
			 * bare definite noun ("الدعوات المتزايدة") */
			/* "ويأتي الهجوم بعد": a bare verbal noun with the
			 * article, of a type the document told before, is
			 * that event, with its source or none */
			if (e.src.a < 0 && e.src.json == NULL && !e.passive &&
			    !pr[k] && (e.tr->cls == 'n' || e.tr->cls == 'l') &&
			    definite(&toks[i]) && (x = (size_t)(uintptr_t)
			    ak_map_get(docst.bytype, e.tr->type, strlen(
			    e.tr->type))) != 0) {
				const char *prev = (const char *)(uintptr_t)x;

				e.src.json = *prev != '\0' ? prev : NULL;
				e.srule = *prev != '\0' ?
				    "the same event told before" : NULL;
				e.retells = last_id(e.tr);
			} else if (e.src.a < 0 && e.src.json == NULL &&
			    !e.passive && (e.src.a = said_there(i)) >= 0) {
				e.srule = "who is said to be there";
			} else if (e.src.a < 0 && e.src.json == NULL &&
			    docst.src != NULL && !e.passive &&
			    sid - docst.srcsid <= 6 && ntok > 3 &&
			    !(e.tr->cls == 'n' && !pr[k] && definite(&toks[i]))) {
				e.src.json = docst.src;
				e.srule = "pronoun: the document's last actor";
			}
			/* "رفضوا الإفراج عنهم رغم دعوة مجلس الأمن": a call
			 * that an act defies was made to its doer */
			if (strcmp(e.tr->type, "REQUEST") == 0 && e.tgt.a < 0 &&
			    e.tgt.json == NULL && despite_before(i)) {
				for (x = nev; x-- > 0; )
					if (evs[x].t < i &&
					    has_party(&evs[x].src)) {
						e.tgt = evs[x].src;
						e.trule = "who acts despite it";
						break;
					}
			}
			/* "قتل جنود في انفجار عبوة استهدفت دوريتهم": the
			 * victims, named before, are not who attacked */
			if (e.src.a >= 0 && e.srule != NULL &&
			    strcmp(e.srule, "nearest actor before") == 0 &&
			    strcmp(e.tr->type, "ASSAULT") == 0 &&
			    in_set("victims", &toks[acts[e.src.a].t0]))
				e.src.a = -1;
			/* "خالدة جرار التي اعتُقلت منذ": with no object, a
			 * relative's verb of force tells what she suffered */
			if (e.src.a >= 0 && e.tgt.a < 0 && e.tgt.json == NULL &&
			    e.srule != NULL && strcmp(e.srule,
			    "antecedent of the relative") == 0 &&
			    (strcmp(e.tr->type, "COERCE") == 0 ||
			    strcmp(e.tr->type, "ASSAULT") == 0)) {
				e.tgt.a = e.src.a;
				e.src.a = -1;
				e.passive = 1;
				e.trule = "the relative's antecedent, passive";
				e.srule = NULL;
			}
			/* "أعلنت الشرطة مقتل ثلاثة": who reports a death
			 * is not who caused it; an armed group that announces
			 * an attack claims it ("أعلنت كتائب القسام استهداف
			 * دبابة") */
			if (e.src.a >= 0 && e.tr->cls == 'n' &&
			    e.srule != NULL &&
			    strcmp(e.srule, "nearest actor before") == 0 &&
			    strcmp(e.tr->type, "ASSAULT") == 0 &&
			    acts[e.src.a].t0 > 0 &&
			    role_of((size_t)acts[e.src.a].t0 - 1) == R_SAY &&
			    !(acts[e.src.a].sector != NULL &&
			    (raweq(acts[e.src.a].sector, acts[e.src.a].sectorl,
			    "REB") || raweq(acts[e.src.a].sector,
			    acts[e.src.a].sectorl, "MIL")) &&
			    !in_set("suffered", &toks[i])))
				e.src.a = -1;
			/* "تعرضت قاعدة عين الأسد لهجوم", "تعرضت دورية للجيش
			 * لإطلاق نار": who undergoes the act is its target */
			if (e.tr->cls == 'n' && (cl[k] & C_L) &&
			    (e.src.a < 0 || (e.srule != NULL &&
			    strcmp(e.srule, "nearest actor before") == 0)) &&
			    (x = undergone(i)) != 0) {
				int o = toks[x].actor >= 0 ? toks[x].actor :
				    possessed_object(x - 1);

				if (e.tgt.a < 0 && e.tgt.json == NULL && o >= 0) {
					e.tgt.a = o;
					e.trule = "who undergoes it";
				}
				e.src.a = -1;
				e.src.json = NULL;
				e.srule = NULL;
				e.passive = 1;
			}
			/* "شهدت العاصمة طرابلس اشتباكات", "تشهد بغداد تظاهرات
			 * للخريجين": the place where it happens is no party;
			 * who acts comes after ل, if anywhere */
			if (e.src.a >= 0 && e.tr->cls == 'n' &&
			    e.srule != NULL &&
			    (strcmp(e.srule, "nearest actor before") == 0 ||
			    strcmp(e.srule, "actor after the noun") == 0) &&
			    witnessed_before(i)) {
				int hold = lam_party(e.tend, e.src.a, 1);

				e.src.a = hold;
				e.srule = hold >= 0 ? "the holder after لـ" : NULL;
				if (hold < 0 && (e.src.json =
				    lam_group(e.tend + 1)) != NULL)
					e.srule = "the group after لـ";
			}
			/* "أعلنت الحكومة انتهاء الدور القتالي للتحالف": who
			 * announces an end is not who withdraws; the holder
			 * of the role is */
			if (e.src.a >= 0 && e.tr->cls == 'n' &&
			    e.srule != NULL &&
			    strcmp(e.srule, "nearest actor before") == 0 &&
			    strcmp(e.tr->type, "RETREAT") == 0 &&
			    acts[e.src.a].t0 > 0 &&
			    role_of((size_t)acts[e.src.a].t0 - 1) == R_SAY) {
				int hold = lam_party(e.tend, e.src.a, 1);

				if (hold >= 0) {
					e.src.a = hold;
					e.srule = "the holder after لـ";
					if (e.tgt.a == hold)
						e.tgt.a = -1;
				}
			}
			/* "اعتصم الصحفيون احتجاجاً على اعتقال زملائهم": a
			 * verbal noun that is what another act is about was
			 * not done by that act's doer */
			if ((e.src.a >= 0 || e.src.json != NULL) &&
			    e.tr->cls == 'n' && e.srule != NULL &&
			    (strcmp(e.srule, "nearest actor before") == 0 ||
			    strcmp(e.srule, NPSUBJ) == 0)) {
				if ((i > 0 && about_other(i - 1, e.tr->type)) ||
				    (i > 1 && !toks[i - 1].punct &&
				    about_other(i - 2, e.tr->type))) {
					e.src.a = -1;
					e.src.json = NULL;
					e.srule = NULL;
				}
			}
			/* "تحدث المحلل عن أسباب الاحتجاجات": a verbal noun in
			 * the genitive of an aspect of it (set aspects) is no
			 * act of the actor before */
			if (e.src.a >= 0 && e.tr->cls == 'n' && !pr[k] &&
			    e.srule != NULL &&
			    strcmp(e.srule, "nearest actor before") == 0 &&
			    i > 0 && !(cl[k] & (C_B | C_L | C_K)) &&
			    in_set("aspects", &toks[i - 1])) {
				e.src.a = -1;
				e.srule = NULL;
			}
			/* "قال الوزير إن الإفراج جاء": the speaker of a
			 * reported clause did not do what a noun in it names;
			 * the same event told before did */
			if (e.src.a >= 0 && e.tr->cls == 'n' && !pr[k] &&
			    e.srule != NULL &&
			    strcmp(e.srule, "nearest actor before") == 0 &&
			    acts[e.src.a].t0 > 0 &&
			    role_of((size_t)acts[e.src.a].t0 - 1) == R_SAY &&
			    that_between((size_t)acts[e.src.a].t1, i)) {
				const char *prev = ak_map_get(docst.bytype,
				    e.tr->type, strlen(e.tr->type));

				e.src.a = -1;
				e.srule = NULL;
				if (prev != NULL && *prev != '\0') {
					e.src.json = prev;
					e.srule = "the same event told before";
					e.retells = last_id(e.tr);
				}
			}
			/* "أعمال تستهدف الأمن": an imperfect tells a
			 * habit or an aim unless its subject is at hand */
			if (e.tr->cls == 'i' && e.src.a >= 0 &&
			    e.srule != NULL &&
			    strcmp(e.srule, "nearest actor before") == 0)
				e.src.a = -1;
			/* "استهدفت طائرة مسيرة مجهولة سيارة": an instrument
			 * is the subject; who sent it is unknown, the act is
			 * not */
			if (e.src.a < 0 && e.src.json == NULL && !e.passive &&
			    (e.tr->cls == 'v' || e.tr->cls == 'i') &&
			    anonymous(e.tr->type) && e.tend + 1 < ntok &&
			    in_set("instruments", &toks[e.tend + 1])) {
				/* the instrument and its adjectives: participles
				 * (مسيّرة، مجهولة، مفخخة) and nisbas */
				long z = (long)e.tend + 1;

				while ((size_t)z + 1 < ntok && z <= (long)e.tend + 3 &&
				    !toks[z + 1].punct && toks[z + 1].actor < 0 &&
				    (in_set("instruments", &toks[z + 1]) ||
				    adjective(&toks[z + 1]) ||
				    letter_is(F(&toks[z + 1]), "م")))
					z++;
				e.passive = 1;
				e.srule = "an instrument, its sender unknown";
				/* the phrase unnamed() took began with it */
				if (e.tgt.a < 0 && z >= 0) {
					e.tgt.json = np_object(&e, (size_t)z + 1,
					    1);
					e.trule = e.tgt.json != NULL ?
					    "object after the instrument" : NULL;
				}
			}
			/* "إن طائرات مجهولة قصفت مواقع": the instrument
			 * before its verb is its subject, not a speaker
			 * further back */
			if (((e.src.a < 0 && e.src.json == NULL) ||
			    (e.srule != NULL && strcmp(e.srule,
			    "nearest actor before") == 0)) && !e.passive &&
			    (e.tr->cls == 'v' || e.tr->cls == 'i') &&
			    anonymous(e.tr->type)) {
				size_t b;

				for (b = 1; b <= 3 && b <= i; b++) {
					const tok *p = &toks[i - b];

					if (p->punct || p->actor >= 0)
						break;
					if (in_set("instruments", p)) {
						e.src.a = -1;
						e.src.json = NULL;
						e.passive = 1;
						e.srule = "an instrument, its "
						    "sender unknown";
						break;
					}
					if (!adjective(p) &&
					    !letter_is(F(p), "م"))
						break;
				}
			}
			if (e.src.a < 0 && e.src.json == NULL &&
			    !e.passive && (!anonymous(e.tr->type) ||
			    e.tr->cls == 'v' || e.tr->cls == 'i'))
				continue;	/* "تستهدف الخطة": an active
						 * verb whose subject is no
						 * party */	/* "قتل 5 أشخاص", "اندلعت
						 * احتجاجات": who did it is
						 * unknown, the act is not */
			/* "تظاهر الطلاب ... احتجاجاً على": the noun tells
			 * why the act before was done, not a second act */
			for (x = 0; x < nev && e.tr->cls != 'v' &&
			    e.tr->cls != 'i' && e.tr->cls != 'p'; x++)
				if (strcmp(evs[x].tr->type, e.tr->type) == 0 &&
				    (evs[x].tr->cls == 'v' ||
				    evs[x].tr->cls == 'i') &&
				    !pbroken(evs[x].t, e.t) &&
				    (e.srule == NULL || strcmp(e.srule,
				    "genitive subject") != 0))
					break;
			if (x < nev && e.tr->cls != 'v' && e.tr->cls != 'i' &&
			    e.tr->cls != 'p') {
				/* "قتل 14 شخصاً في غارات للتحالف": one act,
				 * whose agent the noun names */
				if (evs[x].src.a < 0 && evs[x].src.json ==
				    NULL && e.src.a >= 0) {
					evs[x].src = e.src;
					evs[x].srule = "the agent of the noun "
					    "that tells how";
				}
				continue;
			}
			if (type_in("aimed", e.tr->type) &&
			    ((e.tgt.a < 0 && (e.tgt.json == NULL ||
			    a_thing(e.tgt.json))) ||
			    (e.tgt.a >= 0 && acts[e.tgt.a].type == 'L'))) {
				int a = aimed_party(&e, 1);

				if (a < 0 && e.tgt.a < 0)
					a = aimed_party(&e, 0);
				if (a >= 0) {
					e.tgt.a = a;
					e.tgt.json = NULL;
					e.trule = "the party named after it";
				}
			}
			/* "لم تعلق الحكومة على القصف", "ضحايا في الغارات": an
			 * event named again after a preposition, with no party
			 * at all, is only talked of */
			if (e.src.a < 0 && e.src.json == NULL && e.tgt.a < 0 &&
			    e.tgt.json == NULL && e.tr->cls == 'n' &&
			    definite(&toks[i]) && ((cl[k] & (C_B | C_L)) ||
			    (i > 0 && (role_of(i - 1) == R_PREP ||
			    role_of(i - 1) == R_LOC))))
				continue;
			/* one event per action, actors and type */
			for (x = 0; x < nev; x++)
				if (strcmp(evs[x].tr->type, e.tr->type) == 0 &&
				    same(&evs[x].src, &e.src) &&
				    same(&evs[x].tgt, &e.tgt))
					break;
			if (x < nev)
				continue;
			if (nev == capev)
				evs = ak_realloc(evs, (capev = capev * 2 + 8) *
				    sizeof(*evs));
			evs[nev++] = e;
			i = tend[k] > i ? tend[k] : i;
		}
	}
	/* "عقد اجتماعا", "خفف العقوبات": the noun is the verb's object,
	 * not an event of its own */
	for (i = 0; i < nev; i++)
		if (evs[i].need >= 0)
			toks[evs[i].need].used = 1;
	/* "اتهم X الحوثيين باستخدام المطار، وإيرانَ بتزويدهم بالأسلحة":
	 * each party charged, or asked, with a ب-phrase of its own is an
	 * event of its own */
	for (i = 0, nev0 = nev; i < nev0; i++) {
		int b = evs[i].tgt.a, c;
		size_t j;

		if (b < 0 || (strcmp(evs[i].tr->type, "ACCUSE") != 0 &&
		    strcmp(evs[i].tr->type, "REQUEST") != 0) ||
		    !with_b((size_t)acts[b].t1 + 1))
			continue;
		for (j = (size_t)acts[b].t1 + 2; j < ntok && !toks[j].pbrk;
		    j++) {
			if ((c = toks[j].actor) < 0 || acts[c].dead)
				continue;
			j = (size_t)acts[c].t1;
			if (!acts[c].conj || c == evs[i].src.a ||
			    !with_b(j + 1))
				continue;
			again_with(i, c, "another party with its own charge",
			    nev0);
		}
	}
	/* "عقد الوفد سلسلة اجتماعات مع كبار المسؤولين، بما في ذلك X، وY،
	 * وZ": a series of meetings, one with each person named */
	for (i = 0, nev0 = nev; i < nev0; i++) {
		size_t k, j, from;
		int fresh = 1, a;

		if (!symmetric(evs[i].tr->type) || evs[i].tgt.a < 0 ||
		    acts[evs[i].tgt.a].type == 'P' ||
		    (evs[i].src.a < 0 && evs[i].src.json == NULL))
			continue;
		from = (size_t)acts[evs[i].tgt.a].t1 + 1;
		for (k = from; k < ntok && k <= from + 2 &&
		    !in_set("including", &toks[k]); k++)
			;
		if (k >= ntok || k > from + 2)
			continue;
		for (j = k + 1; j < ntok && !toks[j].pbrk; j++) {
			if ((a = toks[j].actor) < 0 || acts[a].dead)
				continue;
			j = (size_t)acts[a].t1;
			if (acts[a].type != 'P' || a == evs[i].src.a)
				continue;
			if (fresh) {
				evs[i].tgt.a = a;
				evs[i].trule = "each person of the series named";
				fresh = 0;
				continue;
			}
			again_with(i, a, NULL, nev0);
		}
	}
	/* "خلال الزيارة والتوقيع على المذكرة، حيث أكدت أنها استمرار للشراكة
	 * بين البيشمركة والجيش الأميركي": an agreement or a meeting with no
	 * counterpart has the one of a pair after بين later in its sentence
	 * that is not of its source's state */
	for (i = 0; i < nev; i++) {
		size_t j;
		int a, y;
		const char *sc;

		if (!symmetric(evs[i].tr->type) || evs[i].tgt.a >= 0 ||
		    evs[i].tgt.json != NULL ||
		    (sc = who_country(&evs[i].src)) == NULL)
			continue;
		for (j = evs[i].tend + 1; j < ntok && !toks[j].pbrk; j++) {
			if ((a = toks[j].actor) < 0 || acts[a].role != R_PAIR ||
			    (y = pair_second(a)) < 0)
				continue;
			if (is_country(a, sc) && acts[y].country != NULL &&
			    !is_country(y, sc))
				evs[i].tgt.a = y;
			else if (is_country(y, sc) && acts[a].country != NULL &&
			    !is_country(a, sc))
				evs[i].tgt.a = a;
			if (evs[i].tgt.a >= 0)
				evs[i].trule = "the other of a pair later on";
			break;
		}
	}
	/* "وفد عراقي ... يشارك في المحادثات" after talks "بين واشنطن
	 * وبغداد": the talks told before, and their party of the other
	 * state its counterpart */
	for (i = 0; i < nev; i++) {
		const char *sc, *p;

		if (!symmetric(evs[i].tr->type) || evs[i].tgt.a >= 0 ||
		    evs[i].tgt.json != NULL || evs[i].tr->cls != 'n' ||
		    !definite(&toks[evs[i].t]) ||
		    (sc = who_country(&evs[i].src)) == NULL ||
		    (p = other_told(evs[i].tr->type, sc)) == NULL)
			continue;
		evs[i].tgt.json = p;
		evs[i].trule = "the other party of the same event told before";
		evs[i].retells = last_id(evs[i].tr);
	}
	/* "تظاهر المئات ... مطالبين الحكومة بـ": a protest is against the
	 * party its protesters make demands of */
	for (i = 0; i < nev; i++) {
		size_t x;

		if (strcmp(evs[i].tr->type, "PROTEST") != 0 ||
		    evs[i].tgt.a >= 0 || evs[i].tgt.json != NULL)
			continue;
		for (x = 0; x < nev; x++)
			if (strcmp(evs[x].tr->type, "REQUEST") == 0 &&
			    evs[x].tgt.a >= 0 && same(&evs[x].src, &evs[i].src) &&
			    (evs[i].src.a >= 0 || evs[i].src.json != NULL) &&
			    !pbroken(evs[i].t < evs[x].t ? evs[i].t : evs[x].t,
			    evs[i].t < evs[x].t ? evs[x].t : evs[i].t)) {
				evs[i].tgt = evs[x].tgt;
				evs[i].trule = "the party its protesters ask";
				break;
			}
	}
	/* "ساعد التحالف في هزيمة داعش": to help in an act is to take part
	 * in it; the act is the event, the helper its agent */
	for (i = 0; i < nev; i++) {
		size_t x;

		if (strcmp(evs[i].tr->type, "AID") != 0 ||
		    (evs[i].tr->cls != 'v' && evs[i].tr->cls != 'i') ||
		    (evs[i].src.a < 0 && evs[i].src.json == NULL))
			continue;
		for (x = 0; x < nev; x++)
			if (evs[x].tr->cls == 'n' && evs[x].t > evs[i].t + 1 &&
			    strcmp(evs[x].tr->type, "AID") != 0 &&
			    is_word(&toks[evs[x].t - 1], "في") &&
			    !broken(evs[i].t, evs[x].t)) {
				evs[x].src = evs[i].src;
				evs[x].srule = "who helps in it";
				toks[evs[i].t].used = 1;
				break;
			}
	}
	/* the same act told again later in the sentence may carry its date
	 * ("اغتيال X ... قُتلا بطائرة Y في 3 كانون الثاني 2020") */
	for (i = 0; i < nev; i++) {
		size_t x;

		for (x = 0; x < nev && evs[i].tgt.a < 0 && evs[i].tgt.json ==
		    NULL; x++)
			if (x != i && (evs[x].tgt.a >= 0 || evs[x].tgt.json) &&
			    strcmp(evs[x].tr->type, evs[i].tr->type) == 0 &&
			    same(&evs[x].src, &evs[i].src) &&
			    (evs[i].src.a >= 0 || evs[i].src.json != NULL)) {
				evs[x].dalt = evs[i].t + 1;
				break;
			}
	}
	victims_of_attack();
	for (i = 0; i < nev; i++) {
		size_t x;

		if (evs[i].merged || figurative(&evs[i]))
			continue;
		/* the noun another trigger needs is its object ("عقد
		 * اجتماعاً", "افتتاح حوار"), no event of its own */
		if (toks[evs[i].t].used && (evs[i].need < 0 ||
		    evs[i].tr->cls == 'n' || evs[i].tr->cls == 'l'))
			continue;
		/* "اغتيال X ... قُتلا بطائرة Y": one act, told twice */
		for (x = 0; x < nev && evs[i].tgt.a < 0 && evs[i].tgt.json ==
		    NULL; x++)
			if (x != i && (evs[x].tgt.a >= 0 || evs[x].tgt.json) &&
			    strcmp(evs[x].tr->type, evs[i].tr->type) == 0 &&
			    same(&evs[x].src, &evs[i].src) &&
			    (evs[i].src.a >= 0 || evs[i].src.json != NULL))
				break;
		if (x < nev && evs[i].tgt.a < 0 && evs[i].tgt.json == NULL)
			continue;
		/* "قتل 5 أشخاص وأصيب 10": the victims of one act, unnamed */
		for (x = 0; x < i && evs[i].tgt.a < 0; x++)
			if (strcmp(evs[x].tr->type, evs[i].tr->type) == 0 &&
			    same(&evs[x].src, &evs[i].src) &&
			    evs[x].tgt.a < 0 && !toks[evs[x].t].used &&
			    !broken(evs[x].t, evs[i].t))
				break;
		if (x < i && evs[i].tgt.a < 0)
			continue;
		emit(r, &evs[i], docj, docl, sidj, sidl, dd, ddl);
		evs[i].emitted = 1;
	}
	/* after all are written, as a party taken from what is remembered
	 * (the same event told before) points into it: of each type the
	 * last */
	for (i = nev; i-- > 0; ) {
		size_t x;

		for (x = i + 1; x < nev && !(evs[x].emitted &&
		    strcmp(evs[x].tr->type, evs[i].tr->type) == 0); x++)
			;
		if (evs[i].emitted && x == nev)
			remember_type(&evs[i]);
	}
	/* the person a later "she said" refers to: this sentence's
	 * first acting person, else its first free-standing one */
	for (i = 0; i < nev; i++)
		if (evs[i].src.a >= 0 && acts[evs[i].src.a].type == 'P') {
			remember(&evs[i].src, sid);
			break;
		}
	if (i == nev)
		for (i = 0; i < nact; i++)
			if (acts[i].type == 'P' && !acts[i].dead &&
			    acts[i].role == 0 && !acts[i].conj) {
				who w = { (int)i, NULL };

				remember(&w, sid);
				break;
			}
}

int
main(int argc, char *argv[])
{
	char **extra = NULL, *p;
	int c, nextra = 0, k, st;

	ak_init(argv[0]);
	while ((c = getopt_long(argc, argv, "eL:u", longopts, NULL)) != -1) {
		if (ak_common_opt(c, optarg, help))
			continue;
		switch (c) {
		case 'e':
			explain = 1;
			break;
		case 'L':
			extra = ak_realloc(extra, (nextra + 1) *
			    sizeof(*extra));
			extra[nextra++] = optarg;
			break;
		default:
			ak_usage(help);
		}
	}
	forms = ak_map_new();
	cues = ak_map_new();
	roles = ak_map_new();
	firsts = ak_map_new();
	sets = ak_map_new();
	modes = ak_map_new();
	quads = ak_map_new();
	reldates = ak_map_new();
	load_table("aevent-types.tsv", 'q');	/* the types first */
	p = datafile("aevent-triggers.tsv");
	load_triggers(p, 1);
	free(p);
	for (k = 0; k < nextra; k++)
		load_triggers(extra[k], 1);
	load_table("aevent-cues.tsv", 'c');
	load_table("aevent-roles.tsv", 'r');
	load_table("aevent-sets.tsv", 's');
	load_table("aevent-modes.tsv", 'm');
	load_table("aevent-reldates.tsv", 'd');
	load_nisbas();
	free(extra);
	st = ak_run(argv + optind, argc - optind, one, NULL);
	if (nhev > 0) {
		flush_held();
		st = ak_finish();
	}
	return st;
}
