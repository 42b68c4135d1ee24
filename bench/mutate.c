/*
 * mutate - the fuzzer's mutator: seed records in, damaged records out.
 *
 *   mutate [-s SEED] [-n N] [-i FIELD] [-H MAXHUGE] FILE ...
 *	N lines, each a seed line (a random line of the FILEs) with one to
 *	three mutations: bit flips, truncation, invalid UTF-8, deep nesting,
 *	huge strings, NUL, JSON values of the wrong type for a field (also
 *	nested ones: entities[].start, source.text), missing and duplicate
 *	keys, escapes, splices, odd white space.  About one line in ten is
 *	left intact.  With -i FIELD every line starts with "FIELD":"fzNNNNNN"
 *	(N its line number, from 1; -p sets another prefix than fz), which
 *	the fuzzer's checks key on; the seed's own FIELD is dropped first.
 *	-c leaves the lines intact (for sentinels).  Newlines made by a mutation
 *	become spaces: one output line is one input record.
 *
 *   mutate -r [-s SEED] [-n N] -o DIR FILE ...
 *	N text files DIR/fzNNNNNN.txt, each a damaged copy of one of the
 *	FILEs (raw articles, for aread).
 *
 * The same SEED gives the same output, so a failure can be replayed.
 */
#include <err.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct {
	char	*p;
	size_t	 len, cap;
} buf;

static uint64_t	rs = 88172645463325252ULL;
static size_t	maxhuge = 1 << 20;

static uint64_t
rnd(void)
{
	rs ^= rs << 13;
	rs ^= rs >> 7;
	rs ^= rs << 17;
	return rs;
}

#define R(n)	((size_t)(rnd() % (uint64_t)(n)))

static void
grow(buf *b, size_t extra)
{
	if (b->len + extra + 1 <= b->cap)
		return;
	b->cap = (b->len + extra + 1) * 2;
	if ((b->p = realloc(b->p, b->cap)) == NULL)
		err(2, NULL);
}

static void
add(buf *b, const void *s, size_t n)
{
	grow(b, n);
	memcpy(b->p + b->len, s, n);
	b->len += n;
}

static void adds(buf *b, const char *s) { add(b, s, strlen(s)); }

/* replace b[off, off+n) with s */
static void
splice(buf *b, size_t off, size_t n, const char *s, size_t sn)
{
	if (off > b->len)
		off = b->len;
	if (off + n > b->len)
		n = b->len - off;
	grow(b, sn);
	memmove(b->p + off + sn, b->p + off + n, b->len - off - n);
	memcpy(b->p + off, s, sn);
	b->len = b->len - n + sn;
}

static void
ins(buf *b, size_t off, const char *s)
{
	splice(b, off, 0, s, strlen(s));
}

/* ------------------------------------------------------------------ */
/* a forgiving scanner over (mostly) well-formed JSON                  */

static size_t
skipws(const char *s, size_t n, size_t i)
{
	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' ||
	    s[i] == '\n'))
		i++;
	return i;
}

static size_t
skipstr(const char *s, size_t n, size_t i)	/* i at the opening quote */
{
	for (i++; i < n; i++)
		if (s[i] == '\\')
			i++;
		else if (s[i] == '"')
			return i + 1;
	return n;
}

static size_t
skipval(const char *s, size_t n, size_t i)
{
	int d = 0;

	i = skipws(s, n, i);
	if (i >= n)
		return n;
	if (s[i] == '"')
		return skipstr(s, n, i);
	if (s[i] != '{' && s[i] != '[') {
		while (i < n && strchr(",}] \t\r\n", s[i]) == NULL)
			i++;
		return i;
	}
	for (; i < n; i++) {
		if (s[i] == '"')
			i = skipstr(s, n, i) - 1;
		else if (s[i] == '{' || s[i] == '[')
			d++;
		else if ((s[i] == '}' || s[i] == ']') && --d == 0)
			return i + 1;
	}
	return n;
}

typedef struct {
	size_t	ko, vo, ve;	/* key start, value start, value end */
	size_t	pe;		/* pair end, its comma included */
} pair;

/* top-level pairs of the object in b; returns their number */
static size_t
pairs(const buf *b, pair *pv, size_t max)
{
	const char *s = b->p;
	size_t n = b->len, i, np = 0;

	i = skipws(s, n, 0);
	if (i >= n || s[i] != '{')
		return 0;
	for (i = skipws(s, n, i + 1); i < n && s[i] == '"' && np < max; ) {
		pair *p = &pv[np];

		p->ko = i;
		i = skipws(s, n, skipstr(s, n, i));
		if (i >= n || s[i] != ':')
			break;
		p->vo = skipws(s, n, i + 1);
		p->ve = skipval(s, n, p->vo);
		i = skipws(s, n, p->ve);
		if (i < n && s[i] == ',')
			i = skipws(s, n, i + 1);
		p->pe = i;
		np++;
	}
	return np;
}

/* any "key": in the line, at any depth: the offset of its value */
static int
anykey(const buf *b, size_t *vo, size_t *ve)
{
	size_t i, cand[256], nc = 0, j;

	for (i = 0; i + 1 < b->len && nc < 256; i++)
		if (b->p[i] == '"' && (j = skipstr(b->p, b->len, i)) < b->len) {
			size_t k = skipws(b->p, b->len, j);

			if (k < b->len && b->p[k] == ':')
				cand[nc++] = skipws(b->p, b->len, k + 1);
			i = j - 1;
		}
	if (nc == 0)
		return 0;
	*vo = cand[R(nc)];
	*ve = skipval(b->p, b->len, *vo);
	return 1;
}

/* somewhere inside a string value, or anywhere */
static size_t
instring(const buf *b)
{
	size_t i, tries;

	for (tries = 0; tries < 8 && b->len > 0; tries++) {
		i = R(b->len);
		for (; i < b->len; i++)
			if (b->p[i] == '"' && i + 1 < b->len &&
			    b->p[i + 1] != ':' && b->p[i + 1] != ',')
				return i + 1;
	}
	return b->len ? R(b->len) : 0;
}

/* ------------------------------------------------------------------ */

static const char *badutf8[] = {
	"\xff", "\xfe", "\xc0\x80", "\xc1\xbf", "\x80", "\xbf\xbf",
	"\xed\xa0\x80", "\xed\xbf\xbf", "\xf4\x90\x80\x80", "\xf8\x88\x80\x80\x80",
	"\xe2\x82", "\xf0\x9f", "\xd9", "\xe0\x80\xaf",
};
static const char *values[] = {
	"null", "true", "false", "0", "-1", "1e999", "-0.0", "3.14",
	"123456789012345678901234567890", "2147483648", "-9223372036854775809",
	"\"\"", "\" \"", "\"\\u0000\"", "\"\\ud800\"", "[]", "{}", "[1,2]",
	"[null]", "[{}]", "[\"\"]", "{\"text\":1}", "\"نص\"", "\"2023-13-45\"",
	"\"0000-00-00\"", "[{\"type\":\"PER\"}]", "[{\"start\":5,\"end\":1}]",
	"[{\"text\":\"x\",\"start\":-1,\"end\":99999}]", "{\"text\":null}",
};
static const char *escapes[] = {
	"\\ud800", "\\udc00", "\\ud83d\\ude00", "\\u0000", "\\\\", "\\/",
	"\\b\\f\\n\\r\\t", "\\u200f", "\\u0640\\u0640\\u0640", "\\ufeff",
	"\\u064b\\u064c\\u064d", "\\ufefb", "\\u00a0", "\\u2028", "\\\"",
	"\\x", "\\u12", "\\", "\\uZZZZ", "\\n\\n\\n\\n",
};
static const char *noise[] = {
	"\xd9\x8e\xd9\x8f\xd9\x90\xd9\x91\xd9\x92",	/* harakat */
	"\xe2\x80\x8c\xe2\x80\x8d", "\xe2\x80\x8f\xe2\x80\x8e",
	"\xd9\x80\xd9\x80\xd9\x80\xd9\x80", "\xef\xbb\xbb\xef\xba\x8d",
	"\xd9\xa1\xd9\xa2\xd9\xa3\xd9\xa4", "\xf0\x9f\x93\xb8", "....",
	"\xd8\x8c\xd8\x8c\xd8\x9f\xd8\x9f!!", " ", "\t", "\xc2\xa0",
	"\xd8\xa7\xd9\x84\xd8\xa7\xd9\x84\xd8\xa7\xd9\x84",
	"\xd9\x88\xd9\x88\xd9\x88\xd9\x88\xd9\x88\xd9\x88",
	"\xef\xb7\xb2", "\xe2\x80\xa8", "\xcc\x81\xcc\x81",
	"\xd8\xa3.\xd8\xaf.", "(\xd8\xa5\xd9\x84\xd9\x89 \"",
	"\xd9\x83\xd8\xb1\xd8\xa9\xd9\x83\xd8\xb1\xd8\xa9\xd9\x83\xd8\xb1\xd8\xa9",
};
#define NELEM(a)	(sizeof(a) / sizeof(a[0]))

static void
deep(buf *b, size_t at, size_t end)
{
	static const size_t depths[] = { 100, 255, 256, 257, 1000, 100000 };
	size_t d = depths[R(NELEM(depths))], k;
	buf t = { 0 };
	int obj = R(2);

	for (k = 0; k < d; k++)
		adds(&t, obj ? "{\"a\":" : "[");
	adds(&t, "1");
	for (k = 0; k < d; k++)
		adds(&t, obj ? "}" : "]");
	splice(b, at, end - at, t.p, t.len);
	free(t.p);
}

static void
huge(buf *b, size_t at)
{
	static const char *unit[] = {
		"\xd8\xa8", "\xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7 ", "a", " ",
		"\xd9\x82\xd8\xa7\xd9\x84. ", "\\n",
	};
	const char *u = unit[R(NELEM(unit))];
	size_t want = R(8) == 0 ? maxhuge : 65536 + R(65536), ul = strlen(u);
	buf t = { 0 };

	while (t.len + ul <= want)
		add(&t, u, ul);
	splice(b, at, 0, t.p, t.len);
	free(t.p);
}

static void
mutate1(buf *b, char **seeds, size_t nseeds, int skipfirst)
{
	pair pv[64];
	size_t np, i, vo, ve, lo = 0;
	char tmp[8];

	np = pairs(b, pv, 64);
	if (skipfirst && np > 0) {	/* keep the -i prefix whole */
		lo = pv[0].pe;
		memmove(pv, pv + 1, --np * sizeof(*pv));
	}
#define POS	(lo + R(b->len - lo + 1))
	switch (R(18)) {
	case 0:		/* bit flips */
		for (i = 1 + R(4); i > 0 && b->len > 0; i--)
			b->p[R(b->len)] ^= 1 << R(8);
		break;
	case 1:		/* a byte that matters to JSON */
		if (b->len > 0)
			b->p[R(b->len)] = "\0\xff\"\\{}[],: \x01\x7f"[R(14)];
		break;
	case 2:		/* truncation */
		b->len = POS;
		break;
	case 3:
		ins(b, R(2) ? instring(b) : POS, badutf8[R(NELEM(badutf8))]);
		break;
	case 4:
		if (np > 0) {
			pair *p = &pv[R(np)];
			deep(b, p->vo, p->ve);
		} else
			deep(b, POS, POS);
		break;
	case 5:
		huge(b, instring(b));
		break;
	case 6:		/* NUL, raw or escaped */
		if (R(2))
			splice(b, POS, 0, "\0", 1);
		else
			ins(b, instring(b), "\\u0000");
		break;
	case 7:		/* the wrong type for a field */
	case 8:
		if (np > 0) {
			pair *p = &pv[R(np)];
			const char *v = values[R(NELEM(values))];
			splice(b, p->vo, p->ve - p->vo, v, strlen(v));
		}
		break;
	case 9:		/* the same, at any depth */
		if (anykey(b, &vo, &ve) && vo >= lo) {
			const char *v = values[R(NELEM(values))];
			splice(b, vo, ve - vo, v, strlen(v));
		}
		break;
	case 10:	/* a missing field */
		if (np > 0) {
			pair *p = &pv[R(np)];
			splice(b, p->ko, p->pe - p->ko, "", 0);
		}
		break;
	case 11:	/* a duplicate key */
		if (np > 0) {
			pair *p = &pv[R(np)];
			buf t = { 0 };
			add(&t, b->p + p->ko, p->ve - p->ko);
			if (R(2)) {
				size_t e = b->len;
				while (e > 0 && b->p[e - 1] != '}')
					e--;
				if (e > 0) {
					splice(b, e - 1, 0, ",", 1);
					splice(b, e, 0, t.p, t.len);
				}
			} else {
				adds(&t, ",");
				splice(b, p->ko, 0, t.p, t.len);
			}
			free(t.p);
		}
		break;
	case 12:
		ins(b, instring(b), escapes[R(NELEM(escapes))]);
		break;
	case 13:	/* splice with another seed */
		if (nseeds > 0) {
			const char *o = seeds[R(nseeds)];
			size_t ol = strlen(o), cut = POS;
			b->len = cut;
			i = R(ol + 1);
			add(b, o + i, ol - i);
		}
		break;
	case 14:	/* Arabic and Unicode noise in a string */
		for (i = 1 + R(3); i > 0; i--)
			ins(b, instring(b), noise[R(NELEM(noise))]);
		break;
	case 15:	/* odd white space and framing */
		switch (R(6)) {
		case 0: ins(b, 0, "\xef\xbb\xbf"); break;
		case 1: adds(b, "\r"); break;
		case 2: adds(b, R(2) ? " {}" : " x"); break;
		case 3: ins(b, POS, " \t "); break;
		case 4: b->len = 0; adds(b, R(2) ? "[]" : "  "); break;
		default: b->len = 0; adds(b, R(2) ? "{}" : "null"); break;
		}
		break;
	case 16:	/* several random bytes */
		for (i = 1 + R(8); i > 0; i--) {
			tmp[0] = (char)R(256);
			splice(b, POS, 0, tmp, 1);
		}
		break;
	default:	/* numbers: offsets and ids out of range */
		if (anykey(b, &vo, &ve) && vo >= lo && ve > vo &&
		    strchr("-0123456789", b->p[vo]) != NULL) {
			static const char *nums[] = { "-1", "0", "2147483648",
			    "9223372036854775808", "1e20", "1.5", "-99999",
			    "4294967295", "1E2" };
			const char *v = nums[R(NELEM(nums))];
			splice(b, vo, ve - vo, v, strlen(v));
		}
		break;
	}
}

static void
rawmut(buf *b)
{
	size_t i, k;
	buf t = { 0 };

	switch (R(12)) {
	case 0:
		for (i = 1 + R(8); i > 0 && b->len > 0; i--)
			b->p[R(b->len)] ^= 1 << R(8);
		break;
	case 1:
		b->len = R(b->len + 1);
		break;
	case 2:
		ins(b, R(b->len + 1), badutf8[R(NELEM(badutf8))]);
		break;
	case 3:
		splice(b, R(b->len + 1), 0, "\0", 1);
		break;
	case 4:		/* one enormous line */
		for (k = maxhuge / 8 + R(maxhuge); t.len < k; )
			adds(&t, noise[R(NELEM(noise))]);
		splice(b, R(b->len + 1), 0, t.p, t.len);
		break;
	case 5:
		b->len = 0;
		break;
	case 6:		/* CRLF */
		for (i = 0; i < b->len; i++)
			if (b->p[i] == '\n')
				splice(b, i++, 0, "\r", 1);
		break;
	case 7:
		ins(b, 0, "\xef\xbb\xbf");
		break;
	case 8:
		for (i = 0; i < 200; i++)
			ins(b, R(b->len + 1), R(2) ? "\n" : "\n \n");
		break;
	case 9:		/* the article many times over */
		add(&t, b->p, b->len);
		for (i = R(50); i > 0; i--)
			add(b, t.p, t.len);
		break;
	case 10:
		for (i = 1 + R(5); i > 0; i--)
			ins(b, R(b->len + 1), noise[R(NELEM(noise))]);
		break;
	default:	/* binary junk */
		for (i = R(4096); i > 0; i--) {
			char c = (char)R(256);
			splice(b, R(b->len + 1), 0, &c, 1);
		}
		break;
	}
	free(t.p);
}

static char *
slurp(const char *path, size_t *len)
{
	FILE *fp;
	buf b = { 0 };
	char tmp[65536];
	size_t n;

	if ((fp = fopen(path, "r")) == NULL)
		err(2, "%s", path);
	while ((n = fread(tmp, 1, sizeof(tmp), fp)) > 0)
		add(&b, tmp, n);
	fclose(fp);
	grow(&b, 0);
	b.p[b.len] = '\0';
	*len = b.len;
	return b.p;
}

int
main(int argc, char *argv[])
{
	char **seeds = NULL, *dir = NULL, *field = NULL, *s, *line;
	const char *prefix = "fz";
	int clean = 0;
	size_t nseeds = 0, n = 1000, k, len;
	int c, raw = 0, i;
	buf b = { 0 };

	while ((c = getopt(argc, argv, "cH:i:n:o:p:rs:")) != -1)
		switch (c) {
		case 'c': clean = 1; break;
		case 'p': prefix = optarg; break;
		case 'H': maxhuge = strtoul(optarg, NULL, 10); break;
		case 'i': field = optarg; break;
		case 'n': n = strtoul(optarg, NULL, 10); break;
		case 'o': dir = optarg; break;
		case 'r': raw = 1; break;
		case 's':
			rs ^= strtoull(optarg, NULL, 10) * 0x9E3779B97F4A7C15ULL;
			if (rs == 0)
				rs = 1;
			break;
		default:
			fprintf(stderr, "usage: mutate [-r -o DIR] [-c] [-s SEED] "
			    "[-n N] [-i FIELD [-p PREFIX]] [-H MAXHUGE] FILE ...\n");
			return 2;
		}
	if (optind == argc || (raw && dir == NULL))
		errx(2, "no seed files%s", raw ? " or no -o DIR" : "");
	for (i = optind; i < argc; i++) {
		s = slurp(argv[i], &len);
		if (raw) {
			seeds = realloc(seeds, (nseeds + 1) * sizeof(*seeds));
			seeds[nseeds++] = s;
			continue;
		}
		for (line = strtok(s, "\n"); line; line = strtok(NULL, "\n"))
			if (*line != '\0' && *line != '#') {
				seeds = realloc(seeds, (nseeds + 1) * sizeof(*seeds));
				seeds[nseeds++] = line;
			}
	}
	if (seeds == NULL || nseeds == 0)
		errx(2, "no seeds");
	for (k = 1; k <= n; k++) {
		int m;

		b.len = 0;
		adds(&b, seeds[R(nseeds)]);
		if (raw) {
			char path[4096];
			FILE *fp;

			for (m = R(10) == 0 ? 0 : 1 + R(2); m > 0; m--)
				rawmut(&b);
			snprintf(path, sizeof(path), "%s/fz%06zu.txt", dir, k);
			if ((fp = fopen(path, "w")) == NULL ||
			    fwrite(b.p, 1, b.len, fp) != b.len || fclose(fp) != 0)
				err(2, "%s", path);
			continue;
		}
		if (field != NULL) {
			pair pv[64];
			size_t np = pairs(&b, pv, 64), fl = strlen(field);
			char pre[256];

			while (np-- > 0)
				if (pv[np].vo - pv[np].ko >= fl + 3 &&
				    memcmp(b.p + pv[np].ko + 1, field, fl) == 0 &&
				    b.p[pv[np].ko + 1 + fl] == '"')
					splice(&b, pv[np].ko, pv[np].pe - pv[np].ko,
					    "", 0);
			/* a trailing comma left behind by the last field */
			len = b.len;
			while (len > 0 && (b.p[len - 1] == '}' ||
			    b.p[len - 1] == ' '))
				len--;
			if (len > 0 && b.p[len - 1] == ',')
				splice(&b, len - 1, 1, "", 0);
			snprintf(pre, sizeof(pre), "{\"%s\":\"%s%06zu\"%s", field,
			    prefix, k, b.len > 2 ? "," : "");
			if (b.len > 0 && b.p[0] == '{')
				splice(&b, 0, 1, pre, strlen(pre));
		}
		for (m = clean || R(10) == 0 ? 0 : 1 + R(3) / 2 + R(3) / 2; m > 0;
		    m--)
			mutate1(&b, seeds, nseeds, field != NULL);
		for (len = 0; len < b.len; len++)
			if (b.p[len] == '\n')
				b.p[len] = ' ';
		add(&b, "\n", 1);
		if (fwrite(b.p, 1, b.len, stdout) != b.len)
			err(2, "stdout");
	}
	if (fflush(stdout) != 0)
		err(2, "stdout");
	return 0;
}
