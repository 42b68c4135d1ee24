/*
 * adedup - drop (or mark) duplicate records: exact keys, near-duplicate
 * texts (one-permutation MinHash with LSH banding) or the same real-world
 * event reported by several outlets or sentences.
 *
 * What is remembered is a dd_store (lib/adedup-store.c): the items that
 * were written out, in arrival order, which --state carries across runs.
 */
#include <sys/stat.h>

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <yajl/yajl_tree.h>

#include "akhbar.h"
#include "adedup-store.h"

static const char help[] =
"usage: adedup [-mu] [-k FIELD[,FIELD...] | -n [FIELD] | -e] [options] [FILE ...]\n"
"\n"
"Drop duplicate JSON records, keeping the first, in one streaming pass.\n"
"\n"
"  -k, --key FIELDS       exact duplicates of these fields' values\n"
"  -n, --near[=FIELD]     near-duplicate texts in FIELD (default text)\n"
"  -e, --events           the same event in aevent records\n"
"  -t, --threshold SIM    --near: estimated Jaccard similarity (default 0.4)\n"
"      --shingle N        --near: words per shingle (default 3)\n"
"      --containment C    --near: also a text whose share C is inside another\n"
"  -d, --days N           --events: dates this many days apart match (default 1)\n"
"      --lag N            --events: a report's own date may be N days late (2)\n"
"  -m, --mark             keep every record; duplicates get dup_of\n"
"  -s, --state FILE       remember what was written out across runs\n"
"  -w, --window DAYS      forget items seen more than DAYS days ago\n"
"      --max-items N      remember at most the N newest items\n"
"      --shard I/N        only keys in shard I (1..N) of N\n"
"      --now YYYY-MM-DD   the day a run counts as (default today)\n"
"      --sync SECONDS     commit the state this often (default 10)\n"
"  -L, --lexicon FILE     more actor and place words (adedup-actors.tsv form)\n"
AK_COMMON_HELP;

enum {
	OPT_SHINGLE = AK_OPT_FILTER_BASE, OPT_MAXITEMS, OPT_SHARD, OPT_NOW,
	OPT_SYNC, OPT_LAG, OPT_CONTAIN
};

static const struct option longopts[] = {
	{ "key",	required_argument,	NULL, 'k' },
	{ "near",	optional_argument,	NULL, 'n' },
	{ "events",	no_argument,		NULL, 'e' },
	{ "threshold",	required_argument,	NULL, 't' },
	{ "shingle",	required_argument,	NULL, OPT_SHINGLE },
	{ "containment", required_argument,	NULL, OPT_CONTAIN },
	{ "days",	required_argument,	NULL, 'd' },
	{ "lag",	required_argument,	NULL, OPT_LAG },
	{ "mark",	no_argument,		NULL, 'm' },
	{ "state",	required_argument,	NULL, 's' },
	{ "window",	required_argument,	NULL, 'w' },
	{ "max-items",	required_argument,	NULL, OPT_MAXITEMS },
	{ "shard",	required_argument,	NULL, OPT_SHARD },
	{ "now",	required_argument,	NULL, OPT_NOW },
	{ "sync",	required_argument,	NULL, OPT_SYNC },
	{ "lexicon",	required_argument,	NULL, 'L' },
	AK_COMMON_LONGOPTS,
	{ NULL, 0, NULL, 0 }
};

enum { M_KEY = 1, M_NEAR, M_EVENTS };

static int	 mode;
static char	**keys;
static size_t	 nkeys;
static const char *nearfield = "text";
static double	 threshold = 0.4;
static int	 shingle = 3;
static int	 days = 1;
static int	 lag = 2;
static int	 mark;
static long	 window = -1;
static size_t	 maxitems;
static uint64_t	 shard_i, shard_n;
static int32_t	 today;
static long	 syncsecs = 10;

static dd_store	 store;
static dd_mmap	 index_h;		/* item hash -> item */
static dd_mmap	 index_band;		/* --near: band hash -> item */
static dd_state	 state;
static int	 havestate;
static int	 outreg;		/* stdout is a regular file */
static time_t	 lastsync;
static uint64_t	 nout;

static ak_buf	 kb, fb, idb;

/* ------------------------------------------------------------------ */
/* small helpers                                                       */

static uint64_t
mix64(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ULL;
	h ^= h >> 33;
	return h;
}

/*
 * A date YYYY-MM-DD, YYYY-MM or YYYY as the range of days it covers
 * (state day numbers fit 32 bits for every plausible year); 0 when s is
 * not a date.
 */
static int
date_range(const char *s, int32_t *lo, int32_t *hi)
{
	long l, h;

	if (s == NULL || !ak_date_range(s, strlen(s), &l, &h))
		return 0;
	*lo = (int32_t)l;
	*hi = (int32_t)h;
	return 1;
}

/* The id a duplicate points at: the record's id, else a hash of it. */
static void
record_id(ak_rec *r, ak_buf *out)
{
	const char *s, *raw;
	size_t n;
	int i;

	ak_buf_reset(out);
	if ((s = ak_rec_str(r, "id", &n)) != NULL) {
		ak_buf_add(out, s, n);
		return;
	}
	if ((i = ak_rec_find(r, "id")) >= 0 &&
	    ak_rec_type(r, (size_t)i) == AK_NUMBER) {
		raw = ak_rec_raw(r, (size_t)i, &n);
		ak_buf_add(out, raw, n);
		return;
	}
	raw = ak_rec_line(r, &n);
	ak_buf_printf(out, "%016llx",
	    (unsigned long long)ak_hash_fixed(raw, n));
}

static int
in_shard(uint64_t h)
{
	/* a second mix, so that shards do not follow the index's buckets */
	return shard_n == 0 || mix64(h ^ 0x5348415244ULL) % shard_n ==
	    shard_i - 1;
}

/* ------------------------------------------------------------------ */
/* output and the state                                                */

static void
commit(void)
{
	struct stat sb;

	if (!havestate)
		return;
	ak_flush();
	if (outreg && fstat(STDOUT_FILENO, &sb) == 0) {
		state.out_dev = (uint64_t)sb.st_dev;
		state.out_ino = (uint64_t)sb.st_ino;
		state.out_off = (uint64_t)sb.st_size;
	}
	dd_state_save(&state, &store);
	lastsync = time(NULL);
}

static void reindex(void);

/* after a record went out: commit now and then, bound the memory */
static void
emitted(void)
{
	nout++;
	if (maxitems && store.n > 2 * maxitems) {
		dd_store_trim(&store, INT32_MIN, maxitems);
		reindex();
	}
	if (havestate && syncsecs > 0 && (nout & 1023) == 0 &&
	    time(NULL) - lastsync >= syncsecs)
		commit();
}

/* ------------------------------------------------------------------ */
/* --key                                                               */

/* JSON text without the white space outside strings */
static void
add_compact(ak_buf *b, const char *s, size_t n)
{
	size_t i;
	int instr = 0, esc = 0;

	for (i = 0; i < n; i++) {
		char c = s[i];

		if (instr) {
			if (esc)
				esc = 0;
			else if (c == '\\')
				esc = 1;
			else if (c == '"')
				instr = 0;
		} else if (c == '"')
			instr = 1;
		else if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
			continue;
		ak_buf_addc(b, c);
	}
}

/*
 * The raw value of field f without white space around it.  (The
 * library's span may begin with yajl's other white space, \v or \f, and
 * the colon: skip them too.)
 */
static const char *
trimmed(ak_rec *r, int f, size_t *n)
{
	const char *s = ak_rec_raw(r, (size_t)f, n);

	while (*n > 0 && (strchr(" \t\n\r\v\f", *s) != NULL || *s == ':'))
		s++, (*n)--;
	while (*n > 0 && strchr(" \t\n\r\v\f", s[*n - 1]) != NULL)
		(*n)--;
	return s;
}

static uint64_t
key_hash(ak_rec *r)
{
	static ak_buf sb;
	size_t i, n, len;
	const char *s;
	int f;

	ak_buf_reset(&kb);
	for (i = 0; i < nkeys; i++) {
		if ((f = ak_rec_find(r, keys[i])) < 0) {
			ak_buf_addc(&kb, '-');
			continue;
		}
		s = trimmed(r, f, &n);
		/* a length before each value, so that fields cannot blur */
		len = kb.len;
		ak_buf_add(&kb, "j\0\0\0\0\0\0\0\0", 9);
		if (n > 0 && *s == '"') {
			kb.p[len] = 's';
			ak_buf_reset(&sb);
			ak_json_decode_str(&sb, s, n);
			ak_buf_add(&kb, sb.p, sb.len);
		} else
			add_compact(&kb, s, n);
		n = kb.len - len - 9;
		memcpy(kb.p + len + 1, &n, sizeof(n) < 8 ? sizeof(n) : 8);
	}
	return ak_hash_fixed(kb.p, kb.len);
}

static int
key_seen(uint64_t h, uint32_t *first)
{
	size_t pos = 0;
	uint32_t v;

	/* the index holds the whole hash: no need to look at the item */
	if (dd_mm_next(&index_h, h, &pos, &v)) {
		*first = v;
		return 1;
	}
	return 0;
}

/*
 * Records go out as the very bytes read, a new field appended before the
 * closing brace.  (Not ak_rec_emit: it rewrites "key":value itself, and
 * yajl takes \v and \f for white space where the library's spans do not,
 * so a line such as {"a"\v:1} would come out as {"a":\v:1}.)
 */
static void
line_with(ak_buf *b, const char *line, size_t len, int empty,
    const char *key, const char *json, size_t jlen)
{
	while (len > 0 && line[len - 1] != '}')
		len--;
	ak_buf_add(b, line, len - 1);
	ak_buf_printf(b, "%s\"%s\":", empty ? "" : ",", key);
	ak_buf_add(b, json, jlen);
	ak_buf_addc(b, '}');
}

static void
emit_as_read(ak_rec *r)
{
	const char *line;
	size_t len;

	line = ak_rec_line(r, &len);
	ak_put(line, len);
	ak_endrec();
}

/* r with key: json, replacing a field of that name */
static void
emit_with(ak_rec *r, const char *key, const char *json, size_t jlen)
{
	static ak_buf b;
	const char *line;
	size_t len;

	if (ak_rec_find(r, key) >= 0) {
		ak_rec_set_raw(r, key, json, jlen);
		ak_rec_emit(r);
		return;
	}
	line = ak_rec_line(r, &len);
	ak_buf_reset(&b);
	line_with(&b, line, len, ak_rec_nfields(r) == 0, key, json, jlen);
	ak_put_buf(&b);
	ak_endrec();
}

static void
emit_dup(ak_rec *r, uint32_t first)
{
	static ak_buf js;
	const char *id = DD_ID(&store, first);

	ak_buf_reset(&js);
	ak_json_str(&js, id, strlen(id));
	emit_with(r, "dup_of", js.p, js.len);
}

static void
do_key(ak_rec *r, void *arg)
{
	uint64_t h = key_hash(r);
	uint32_t first, v;

	(void)arg;
	if (!in_shard(h))
		return;
	if (key_seen(h, &first)) {
		if (mark)
			emit_dup(r, first);
		return;
	}
	record_id(r, &idb);
	v = dd_store_add(&store, h, today, idb.p, idb.len);
	dd_mm_add(&index_h, h, v);
	emit_as_read(r);
	emitted();
}

/* ------------------------------------------------------------------ */
/* --near: one-permutation MinHash, 64 bins, LSH bands                  */

#define NBIN	64
#define MAXSH	8

/* rows a band, from the threshold: candidates well below it still meet */
static unsigned	 rows = 3, nband = 21;

typedef struct {
	dd_head		hd;
	uint32_t	sig[NBIN];
	uint32_t	nsh;		/* shingles in the text */
} near_item;

/* --containment: a text mostly inside another is its copy (0: off) */
static double	 containment;
#define MINCONTAIN	20		/* shingles a contained text needs */

static int
word_char(uint32_t c)
{
	if (c < 0x80)
		return isalnum((int)c);
	if (c >= 0x0600 && c <= 0x06FF)
		return ak_is_arabic_letter(c);
	return c >= 0xC0 && !(c >= 0x2000 && c <= 0x2BFF) &&
	    !(c >= 0x3000 && c <= 0x303F) && !(c >= 0xFE30 && c <= 0xFE4F) &&
	    !(c >= 0xFF00 && c <= 0xFF20);
}

/* valid UTF-8 (the record library checked it) */
static inline uint32_t
dec(const unsigned char *s, size_t *i)
{
	unsigned c = s[*i];
	uint32_t r;

	if (c < 0x80)
		r = c, *i += 1;
	else if (c < 0xE0)
		r = (c & 0x1F) << 6 | (s[*i + 1] & 0x3F), *i += 2;
	else if (c < 0xF0)
		r = (c & 0x0F) << 12 | (s[*i + 1] & 0x3F) << 6 |
		    (s[*i + 2] & 0x3F), *i += 3;
	else
		r = (c & 0x07) << 18 | (s[*i + 1] & 0x3F) << 12 |
		    (s[*i + 2] & 0x3F) << 6 | (s[*i + 3] & 0x3F), *i += 4;
	return r;
}

/* inside a word before folding: a word character, a mark, a digit */
static int
in_word(uint32_t c)
{
	return word_char(c) || (c >= 0x0610 && c <= 0x061A) ||
	    (c >= 0x064B && c <= 0x0669) || c == 0x0640 || c == 0x0670 ||
	    (c >= 0x06D6 && c <= 0x06ED) || (c >= 0x06F0 && c <= 0x06F9);
}

/* a character that ak_fold leaves as it is */
static int
plain(uint32_t c)
{
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
	return c >= 0x0621 && c <= 0x064A && c != 0x0622 && c != 0x0623 &&
	    c != 0x0625 && c != 0x0629 && c != 0x0640 && c != 0x0649 &&
	    !(c >= 0x063B && c <= 0x0640);
}

/*
 * The signature of a text: its words folded by ak_fold (only the words
 * that need it: most are already in their folded form), every run of
 * `shingle' words hashed once; the hash's top 6 bits pick a bin, the bin
 * keeps the smallest low 32 bits (one-permutation hashing, Li et al.
 * 2012).  Returns the number of shingles, 0 when the text has no words.
 */
static int
near_sig(const char *str, size_t n, uint32_t *sig)
{
	const unsigned char *s = (const unsigned char *)str;
	uint64_t win[MAXSH], sh, wh;
	uint32_t full0[NBIN], c;
	size_t i = 0, j, start;
	unsigned nw = 0, nsh, k, b, full = 0;
	int fold;

	for (k = 0; k < NBIN; k++)
		sig[k] = UINT32_MAX;
	for (;;) {
		/* the next word */
		for (; i < n; i = j) {
			j = i;
			if (in_word(dec(s, &j)))
				break;
		}
		if (i >= n)
			break;
		start = i;
		fold = 0;
		for (; i < n; i = j) {
			j = i;
			c = dec(s, &j);
			if (!in_word(c))
				break;
			fold |= !plain(c);
		}
		if (fold) {
			ak_buf_reset(&fb);
			ak_fold(&fb, str + start, i - start);
			if (fb.len == 0)
				continue;
			wh = ak_hash_fixed(fb.p, fb.len);
		} else
			wh = ak_hash_fixed(str + start, i - start);
		win[nw % shingle] = wh;
		if (++nw < (unsigned)shingle)
			continue;
		for (sh = 0, k = 0; k < (unsigned)shingle; k++)
			sh = (sh ^ win[(nw + k) % shingle]) *
			    0x9E3779B97F4A7C15ULL + k;
		sh = mix64(sh);
		b = (unsigned)(sh >> 58);
		if ((uint32_t)sh < sig[b])
			sig[b] = (uint32_t)sh;
	}
	if (nw == 0)
		return 0;
	nsh = nw < (unsigned)shingle ? 1 : nw - shingle + 1;
	if (nw < (unsigned)shingle) {
		/* shorter than one shingle: the whole text is the shingle */
		for (sh = 0, k = 0; k < nw; k++)
			sh = (sh ^ win[k]) * 0x9E3779B97F4A7C15ULL + k;
		sh = mix64(sh);
		sig[sh >> 58] = (uint32_t)sh;
	}
	for (k = 0; k < NBIN; k++)
		full += (full0[k] = sig[k]) != UINT32_MAX;
	/*
	 * An empty bin takes the value of the first full bin on a probe
	 * sequence of its own (optimal densification, Shrivastava 2017):
	 * two texts agree on it with probability their Jaccard.
	 */
	if (full < NBIN)
		for (k = 0; k < NBIN; k++) {
			uint64_t t;

			if (sig[k] != UINT32_MAX)
				continue;
			for (t = 1;; t++) {
				b = (unsigned)(mix64((uint64_t)k << 32 | t) >>
				    58);
				if (full0[b] != UINT32_MAX)
					break;
			}
			sig[k] = full0[b];
		}
	return nsh;
}

static uint64_t
band_key(const uint32_t *sig, unsigned b)
{
	return mix64(ak_hash_fixed(sig + b * rows, rows * sizeof(*sig)) +
	    b);
}

/*
 * A duplicate is indexed only under band keys no item has yet: it can
 * only widen the reach of its cluster, and a run of near-identical copies
 * (a story reposted a thousand times) must not grow one bucket without
 * bound, which made every later look-up walk it.
 */
static void
near_index(uint32_t v, int dup)
{
	near_item *it = (near_item *)DD_ITEM(&store, v);
	uint64_t k;
	size_t pos;
	uint32_t w;
	unsigned b;

	for (b = 0; b < nband; b++) {
		k = band_key(it->sig, b);
		pos = 0;
		if (dup && dd_mm_next(&index_band, k, &pos, &w))
			continue;
		dd_mm_add(&index_band, k, v);
	}
}

/*
 * Is a text of na shingles with an estimated Jaccard j to one of nb
 * shingles mostly inside it (or it inside the text)?  |A n B| is
 * j (na + nb) / (1 + j); the smaller text's share of it decides.
 */
static int
contained(double j, uint32_t na, uint32_t nb)
{
	uint32_t small = na < nb ? na : nb;

	return containment > 0 && small >= MINCONTAIN &&
	    j * ((double)na + nb) / (1 + j) >= containment * small;
}

/* the earliest remembered item at least `threshold' alike, or -1 */
static long
near_find(const uint32_t *sig, uint32_t nsh)
{
	/* stamp[v] == gen: item v compared already in this look-up */
	static uint32_t *stamp, gen;
	static size_t nstamp;
	long best = -1;
	unsigned b, k, same, need;
	size_t pos;
	uint32_t v;
	near_item *it;

	if (nstamp < store.n) {
		size_t old = nstamp;

		nstamp = store.n * 2;
		stamp = ak_realloc(stamp, nstamp * sizeof(*stamp));
		memset(stamp + old, 0, (nstamp - old) * sizeof(*stamp));
	}
	if (++gen == 0) {
		memset(stamp, 0, nstamp * sizeof(*stamp));
		gen = 1;
	}
	need = (unsigned)(threshold * NBIN + 0.999);
	for (b = 0; b < nband; b++) {
		pos = 0;
		while (dd_mm_next(&index_band, band_key(sig, b), &pos, &v)) {
			if (best >= 0 && v >= (uint32_t)best)
				continue;
			if (stamp[v] == gen)
				continue;
			stamp[v] = gen;
			it = (near_item *)DD_ITEM(&store, v);
			for (same = 0, k = 0; k < NBIN; k++)
				same += it->sig[k] == sig[k];
			if (same >= need || contained((double)same / NBIN,
			    nsh, it->nsh))
				best = v;
		}
	}
	return best;
}

static void
do_near(ak_rec *r, void *arg)
{
	uint32_t sig[NBIN], v, nsh;
	const char *s, *id;
	size_t n;
	long first;

	(void)arg;
	if ((s = ak_rec_str(r, nearfield, &n)) == NULL ||
	    (nsh = (uint32_t)near_sig(s, n, sig)) == 0) {
		/* nothing to compare: never a duplicate */
		emit_as_read(r);
		return;
	}
	/*
	 * A duplicate is remembered too, under the id of the first, so that
	 * a copy of a copy still finds the first (single linkage).
	 */
	if ((first = near_find(sig, nsh)) >= 0) {
		/* a copy: adding to the store may move its ids */
		id = DD_ID(&store, (uint32_t)first);
		ak_buf_reset(&idb);
		ak_buf_adds(&idb, id);
		v = dd_store_add(&store, ak_hash_fixed(sig, sizeof(sig)),
		    today, idb.p, idb.len);
		memcpy(((near_item *)DD_ITEM(&store, v))->sig, sig,
		    sizeof(sig));
		((near_item *)DD_ITEM(&store, v))->nsh = nsh;
		near_index(v, 1);
		if (mark)
			emit_dup(r, v);
		return;
	}
	record_id(r, &idb);
	v = dd_store_add(&store, ak_hash_fixed(sig, sizeof(sig)), today,
	    idb.p, idb.len);
	memcpy(((near_item *)DD_ITEM(&store, v))->sig, sig, sizeof(sig));
	((near_item *)DD_ITEM(&store, v))->nsh = nsh;
	near_index(v, 0);
	emit_as_read(r);
	emitted();
}

/* ------------------------------------------------------------------ */
/* --events                                                            */

#define NW	4		/* words kept of an actor or a place */
#define WL	14		/* letters kept of a word */
#define PARENT	0x80		/* in wl[]: the word is the place's region */

typedef struct {
	uint8_t		present;	/* not null */
	uint8_t		nw;
	uint8_t		country;	/* a place: the whole country */
	uint8_t		state;		/* an actor: names its country */
	char		cc[3];		/* ISO 3166 alpha-3, or zeros */
	uint8_t		wl[NW];
	uint8_t		w[NW][WL];	/* consonant skeletons, 1 byte a letter */
} actor;

typedef struct {
	dd_head		hd;		/* h: the type's hash */
	int32_t		dlo, dhi;	/* INT32_MIN: no date */
	int32_t		docday;		/* the report's date, INT32_MIN: none */
	uint32_t	mode;		/* hash of the PLOVER mode, 0: none */
	uint32_t	doc;		/* hash of doc */
	int32_t		sid;
	actor		src, tgt, loc;
} ev_item;

/* the lexicon: folded, normalised word -> kind and country */
enum { K_ROLE = 1, K_NATION, K_COUNTRY, K_CITY, K_REGION, K_BODY };
typedef struct {
	int	kind;
	char	cc[3];
	char	*parent;		/* K_CITY: region word, normalised */
} lexent;

static ak_map	*lex;
static ak_map	*symmetric, *modes, *tours;
static ak_buf	 wb, nb;

/* strip the article (and what a lookup may also strip) */
static size_t
strip_pre(const char *w, size_t n, int clitics)
{
	static const char *pre[] = {
		"\xd9\x88\xd8\xa7\xd9\x84", "\xd8\xa8\xd8\xa7\xd9\x84",	/* وال بال */
		"\xd9\x81\xd8\xa7\xd9\x84", "\xd9\x83\xd8\xa7\xd9\x84",	/* فال كال */
		"\xd9\x84\xd9\x84",					/* لل */
		"\xd8\xa7\xd9\x84",					/* ال */
		"\xd9\x88", "\xd8\xa8", "\xd9\x84",			/* و ب ل */
		NULL
	};
	size_t i, l;

	for (i = clitics ? 0 : 5; pre[i] != NULL; i++) {
		if (!clitics && i > 5)
			break;
		l = strlen(pre[i]);
		/* at least three letters must remain */
		if (n >= l + 6 && memcmp(w, pre[i], l) == 0)
			return l;
	}
	return 0;
}

/* plural and feminine endings of nisba adjectives: -يين -يون -يه to -ي */
static size_t
strip_suf(const char *w, size_t n)
{
	if (n >= 10 && (memcmp(w + n - 6, "\xd9\x8a\xd9\x8a\xd9\x86", 6) == 0 ||
	    memcmp(w + n - 6, "\xd9\x8a\xd9\x88\xd9\x86", 6) == 0))
		return n - 4;
	if (n >= 8 && memcmp(w + n - 4, "\xd9\x8a\xd9\x87", 4) == 0)
		return n - 2;
	return n;
}

/* the words of a folded text, normalised, one space apart */
static void
phrase(ak_buf *out, const char *s, size_t n)
{
	const char *w = s, *end = s + n, *sp;
	size_t p;

	ak_buf_reset(out);
	while (w < end) {
		if ((sp = memchr(w, ' ', (size_t)(end - w))) == NULL)
			sp = end;
		if (sp > w) {
			p = strip_pre(w, (size_t)(sp - w), 0);
			if (out->len)
				ak_buf_addc(out, ' ');
			ak_buf_add(out, w + p, strip_suf(w + p,
			    (size_t)(sp - w) - p));
		}
		w = sp + 1;
	}
}

static const lexent *
lex_find(const char *w, size_t n)
{
	const lexent *e;
	size_t p;

	if (lex == NULL)
		return NULL;
	p = strip_pre(w, n, 0);
	if ((e = ak_map_get(lex, w + p, strip_suf(w + p, n - p))) != NULL)
		return e;
	p = strip_pre(w, n, 1);
	return ak_map_get(lex, w + p, strip_suf(w + p, n - p));
}

static void
lex_load(const char *path, int must)
{
	ak_tsv *t;
	char *col[4];
	int nc;
	lexent *e;
	void **slot;
	size_t p;

	if (path == NULL) {
		if (must)
			ak_errx(2, "adedup-actors.tsv: data file not found");
		return;
	}
	if ((t = ak_tsv_open(path)) == NULL)
		exit(2);
	if (lex == NULL)
		lex = ak_map_new();
	while ((nc = ak_tsv_next(t, col, 4)) > 0) {
		e = ak_calloc(1, sizeof(*e));
		if (nc < 2)
			goto bad;
		if (strcmp(col[1], "role") == 0)
			e->kind = K_ROLE;
		else if (strcmp(col[1], "nation") == 0)
			e->kind = K_NATION;
		else if (strcmp(col[1], "country") == 0)
			e->kind = K_COUNTRY;
		else if (strcmp(col[1], "city") == 0)
			e->kind = K_CITY;
		else if (strcmp(col[1], "region") == 0)
			e->kind = K_REGION;
		else if (strcmp(col[1], "body") == 0)
			e->kind = K_BODY;
		else
			goto bad;
		if (e->kind != K_ROLE) {
			if (nc < 3 || strlen(col[2]) != 3)
				goto bad;
			memcpy(e->cc, col[2], 3);
		}
		if (nc >= 4 && *col[3]) {
			ak_buf_reset(&nb);
			ak_fold(&nb, col[3], strlen(col[3]));
			p = strip_pre(nb.p, nb.len, 0);
			e->parent = ak_strndup(nb.p + p,
			    strip_suf(nb.p + p, nb.len - p));
		}
		/* a phrase is looked up whole, its words normalised */
		ak_buf_reset(&nb);
		ak_fold(&nb, col[0], strlen(col[0]));
		phrase(&wb, nb.p, nb.len);
		slot = ak_map_put(lex, wb.p, wb.len);
		if (*slot == NULL)
			*slot = e;
		else {		/* the first entry of a word stands */
			free(e->parent);
			free(e);
		}
		continue;
bad:
		ak_errx(2, "%s:%lu: want WORD<TAB>role|nation|country|city|"
		    "region|body[<TAB>ISO3[<TAB>REGION]]", ak_tsv_path(t),
		    ak_tsv_lineno(t));
	}
	ak_tsv_close(t);
}

static void
modes_load(void)
{
	char *path = ak_data_path("adedup-modes.tsv"), *col[3];
	uint64_t k;
	ak_tsv *t;

	modes = ak_map_new();
	if (path == NULL || (t = ak_tsv_open(path)) == NULL)
		ak_errx(2, "adedup-modes.tsv: data file not found");
	while (ak_tsv_next(t, col, 3) == 3) {
		/* the same key as modes_eq() makes from two records */
		k = ak_hash_fixed(col[0], strlen(col[0])) ^
		    ((uint64_t)((uint32_t)ak_hash_fixed(col[1],
		    strlen(col[1])) | 1) * ((uint32_t)ak_hash_fixed(col[2],
		    strlen(col[2])) | 1));
		*ak_map_put(modes, (char *)&k, sizeof(k)) = modes;
	}
	ak_tsv_close(t);
	free(path);
}

static void
tours_load(void)
{
	char *path = ak_data_path("adedup-tours.tsv"), *col[2];
	uint64_t k;
	ak_tsv *t;

	tours = ak_map_new();
	if (path == NULL || (t = ak_tsv_open(path)) == NULL)
		ak_errx(2, "adedup-tours.tsv: data file not found");
	while (ak_tsv_next(t, col, 2) == 2) {
		/* the same key as a tour() makes from a report */
		k = ak_hash_fixed(col[0], strlen(col[0])) ^
		    ((uint32_t)ak_hash_fixed(col[1], strlen(col[1])) | 1);
		*ak_map_put(tours, (char *)&k, sizeof(k)) = tours;
	}
	ak_tsv_close(t);
	free(path);
}

static void
sym_load(void)
{
	char *path = ak_data_path("adedup-symmetric.tsv"), *col[2];
	ak_tsv *t;

	symmetric = ak_map_new();
	if (path == NULL || (t = ak_tsv_open(path)) == NULL)
		ak_errx(2, "adedup-symmetric.tsv: data file not found");
	while (ak_tsv_next(t, col, 2) > 0)
		*ak_map_put(symmetric, col[0], strlen(col[0])) = symmetric;
	ak_tsv_close(t);
	free(path);
}

/*
 * A name word's skeleton: Arabic letters one byte each, the long vowels
 * and hamza seats after the first letter dropped, so that spelling
 * variants of a transliterated name meet (والاندر, والندر).
 */
static uint8_t
skeleton(const char *w, size_t n, uint8_t *out)
{
	size_t i = 0;
	uint32_t c;
	uint8_t len = 0;

	while (i < n && len < WL) {
		c = ak_utf8_next(w, n, &i);
		if (len > 0 && (c == 0x0627 || c == 0x0648 || c == 0x064A ||
		    c == 0x0621 || c == 0x0647 || c == 0x0624 || c == 0x0626))
			continue;
		if (c >= 0x0621 && c <= 0x064A)
			out[len++] = (uint8_t)(0x80 + (c - 0x0600));
		else if (c < 0x80)
			out[len++] = (uint8_t)c;
		else
			out[len++] = (uint8_t)(0xD0 + c % 40);
	}
	return len;
}

/* at most one edit apart (and equal when short) */
static int
word_eq(const uint8_t *a, unsigned la, const uint8_t *b, unsigned lb)
{
	unsigned i = 0, j = 0, edits = 0;

	la &= ~PARENT;
	lb &= ~PARENT;
	if (la == lb && memcmp(a, b, la) == 0)
		return 1;
	if (la < 4 || lb < 4 || (la > lb ? la - lb : lb - la) > 1)
		return 0;
	while (i < la && j < lb) {
		if (a[i] == b[j]) {
			i++, j++;
			continue;
		}
		if (++edits > 1)
			return 0;
		if (la > lb)
			i++;
		else if (lb > la)
			j++;
		else
			i++, j++;
	}
	return edits + (la - i) + (lb - j) <= 1;
}

/* each word of the smaller name is in the larger */
static int
names_eq(const actor *a, const actor *b)
{
	const actor *s = a->nw <= b->nw ? a : b, *l = s == a ? b : a;
	unsigned i, j;

	for (i = 0; i < s->nw; i++) {
		for (j = 0; j < l->nw; j++)
			if (word_eq(s->w[i], s->wl[i], l->w[j], l->wl[j]))
				break;
		if (j == l->nw)
			return 0;
	}
	return 1;
}

/*
 * -1: two different actors; 0: they may be the same (one is unknown, a
 * bare title or a group of a country); 1: the same state named; 2: the
 * same name.
 */
static int
actor_eq(const actor *a, const actor *b)
{
	if (!a->present || !b->present)
		return 0;
	if (a->cc[0] && b->cc[0] && memcmp(a->cc, b->cc, 3) != 0)
		return -1;
	if (a->nw == 0 || b->nw == 0)
		return a->state && b->state && a->cc[0] ? 1 : 0;
	return names_eq(a, b) ? 2 : -1;
}

/* -1: different places; 0: perhaps the same; 1: the same place named */
static int
place_eq(const actor *a, const actor *b)
{
	unsigned i, j;

	if (!a->present || !b->present || (a->nw == 0 && !a->country) ||
	    (b->nw == 0 && !b->country))
		return 0;
	if (a->cc[0] && b->cc[0] && memcmp(a->cc, b->cc, 3) != 0)
		return -1;
	if (a->country || b->country)
		return 0;
	/* a shared word, unless it is only both places' region */
	for (i = 0; i < a->nw; i++)
		for (j = 0; j < b->nw; j++)
			if (!(a->wl[i] & b->wl[j] & PARENT) &&
			    word_eq(a->w[i], a->wl[i], b->w[j], b->wl[j]))
				return 1;
	return -1;
}

static void
add_word(actor *a, const char *w, size_t n, int parent)
{
	uint8_t sk[WL], l;
	unsigned i;

	if (a->nw == NW)
		return;
	l = skeleton(w, n, sk);
	for (i = 0; i < a->nw; i++)
		if ((a->wl[i] & ~PARENT) == l && memcmp(a->w[i], sk, l) == 0)
			return;
	memcpy(a->w[a->nw], sk, l);
	a->wl[a->nw++] = (uint8_t)(l | (parent ? PARENT : 0));
}

/* the words of a name or a place, titles and nisbas turned to a country */
static void
fill(actor *a, const char *s, size_t n, int place)
{
	static ak_buf pb;
	const lexent *e;
	char *w, *end, *sp, *ws[64];
	size_t wn[64], nws, span = 1, p, i, j;
	uint32_t c;

	ak_buf_reset(&wb);
	ak_fold(&wb, s, n);
	/* punctuation to spaces */
	for (i = 0; i < wb.len; i = j) {
		j = i;
		c = ak_utf8_next(wb.p, wb.len, &j);
		if (!word_char(c))
			memset(wb.p + i, ' ', j - i);
	}
	/* the words */
	nws = 0;
	for (w = wb.p, end = wb.p + wb.len; w < end; w = sp + 1) {
		if ((sp = memchr(w, ' ', (size_t)(end - w))) == NULL)
			sp = end;
		if (sp > w && nws < 64) {
			ws[nws] = w;
			wn[nws++] = (size_t)(sp - w);
		}
	}
	for (i = 0; i < nws; i += span) {
		/* the longest phrase of the lexicon here, else one word */
		e = NULL;
		for (span = 3; span > 1; span--) {
			if (i + span > nws)
				continue;
			phrase(&pb, ws[i], (size_t)(ws[i + span - 1] +
			    wn[i + span - 1] - ws[i]));
			if ((e = ak_map_get(lex, pb.p, pb.len)) != NULL)
				break;
		}
		if (e == NULL) {
			span = 1;
			e = lex_find(ws[i], wn[i]);
		}
		w = ws[i];
		n = wn[i];
		if (e != NULL) {
			if (e->kind != K_ROLE && !a->cc[0])
				memcpy(a->cc, e->cc, 3);
			if (!place && (e->kind == K_COUNTRY ||
			    e->kind == K_CITY) && !memcmp(a->cc, e->cc, 3))
				a->state = 1;
			if (place && e->kind == K_COUNTRY && a->nw == 0)
				a->country = 1;
			/*
			 * a capital as an actor is its state, a region its
			 * own authority: a name; a body of a region (the
			 * Peshmerga) is named by the region too, so that the
			 * region is not another party than its forces
			 */
			if ((place && e->kind == K_CITY) ||
			    e->kind == K_REGION || e->kind == K_BODY) {
				p = strip_pre(w, n, 0);
				add_word(a, w + p, strip_suf(w + p, n - p), 0);
				if (e->parent)
					add_word(a, e->parent,
					    strlen(e->parent), 1);
				a->country = 0;
			}
		} else if (n >= 4) {	/* one-letter words are clitics */
			p = strip_pre(w, n, 0);
			add_word(a, w + p, n - p, 0);
			a->country = 0;
		}
	}
}

/* an aevent actor object: canonical name (else text) and country */
static void
actor_of(yajl_val v, actor *a)
{
	static const char *pc[] = { "country", NULL };
	static const char *pn[] = { "canonical", NULL };
	static const char *pt[] = { "text", NULL };
	yajl_val x;

	memset(a, 0, sizeof(*a));
	if (v == NULL || YAJL_IS_NULL(v))
		return;
	a->present = 1;
	if (YAJL_IS_STRING(v)) {
		fill(a, v->u.string, strlen(v->u.string), 0);
		return;
	}
	if (!YAJL_IS_OBJECT(v))
		return;
	if ((x = yajl_tree_get(v, pc, yajl_t_string)) != NULL &&
	    strlen(x->u.string) == 3)
		memcpy(a->cc, x->u.string, 3);
	if ((x = yajl_tree_get(v, pn, yajl_t_string)) == NULL)
		x = yajl_tree_get(v, pt, yajl_t_string);
	if (x != NULL)
		fill(a, x->u.string, strlen(x->u.string), 0);
}

static void
actor_field(ak_rec *r, const char *key, actor *a)
{
	yajl_val v;
	const char *raw;
	size_t n;
	int i;

	memset(a, 0, sizeof(*a));
	if ((i = ak_rec_find(r, key)) < 0)
		return;
	raw = ak_rec_raw(r, (size_t)i, &n);
	ak_buf_reset(&nb);
	ak_buf_add(&nb, raw, n);
	if ((v = yajl_tree_parse(ak_buf_cstr(&nb), NULL, 0)) == NULL)
		return;
	actor_of(v, a);
	yajl_tree_free(v);
}

static void
event_of(ak_rec *r, ev_item *ev)
{
	const char *s;
	size_t n;
	int i;

	memset((char *)ev + sizeof(dd_head), 0, sizeof(*ev) - sizeof(dd_head));
	s = ak_rec_str(r, "type", &n);
	ev->hd.h = s ? ak_hash_fixed(s, n) : 0;
	if (!date_range(ak_rec_str(r, "date", &n), &ev->dlo, &ev->dhi))
		ev->dlo = ev->dhi = INT32_MIN;
	if (!date_range(ak_rec_str(r, "doc_date", &n), &ev->docday,
	    &ev->docday))
		ev->docday = INT32_MIN;
	s = ak_rec_str(r, "mode", &n);
	ev->mode = s && n ? (uint32_t)ak_hash_fixed(s, n) | 1 : 0;
	s = ak_rec_str(r, "doc", &n);
	ev->doc = s ? (uint32_t)ak_hash_fixed(s, n) : 0;
	ev->sid = -1;
	if ((i = ak_rec_find(r, "sid")) >= 0 &&
	    ak_rec_type(r, (size_t)i) == AK_NUMBER)
		ev->sid = atoi(ak_rec_raw(r, (size_t)i, &n));
	actor_field(r, "source", &ev->src);
	actor_field(r, "target", &ev->tgt);
	if ((s = ak_rec_str(r, "location", &n)) != NULL) {
		ev->loc.present = 1;
		fill(&ev->loc, s, n, 1);
	}
}

/* modes of one type that name the same happening (a visit and its talks) */
static int
modes_eq(const ev_item *a, const ev_item *b)
{
	uint64_t k;

	if (a->mode == 0 || b->mode == 0 || a->mode == b->mode)
		return 1;
	k = a->hd.h ^ ((uint64_t)a->mode * b->mode);
	return ak_map_get(modes, (char *)&k, sizeof(k)) != NULL;
}

/*
 * An event dated with its own report's day may be an undated event that
 * the extractor gave the publication day: it happened on that day or in
 * the --lag days before.
 */
static int32_t
lo(const ev_item *e)
{
	return e->dlo == e->dhi && e->dlo == e->docday ? e->dlo - lag : e->dlo;
}

/* a country itself as an actor (العراق, واشنطن): no one is named */
static int
bare_state(const actor *a)
{
	return a->present && a->state && a->nw == 0;
}

/* what the actors of two reports share, side by side */
typedef struct {
	int	names;		/* sides where the same name stands */
	int	states;		/* sides where the same state stands */
	int	absent;		/* a side named in one, missing in the other */
	int	bare;		/* a country itself against someone on a side */
} sides;

static int
side(const actor *a, const actor *b, sides *s)
{
	int e = actor_eq(a, b);

	if (e < 0)
		return -1;
	if (e == 2) {
		s->names++;
		return 0;
	}
	s->states += e;
	if (a->present != b->present && (a->nw || b->nw))
		s->absent = 1;
	if (a->present && b->present && bare_state(a) != bare_state(b))
		s->bare = 1;
	return 0;
}

/*
 * What is enough to make two compatible reports one event, by where they
 * stand: two documents, two sentences of one document, one sentence.
 */
#define V_XDOC	1
#define V_DOC	2
#define V_SENT	4

/*
 * Two outlets: the same name is worth 2 a side, the same state 1, the
 * same place named 1, the same day 1; 2 in all make one event, 3 when a
 * date is missing or only a month or a year (one shared name in a month
 * is that month's news, not one event).  One document tells of several
 * events of a kind between the same countries: within it a country is
 * no evidence (nor against someone named on its side), nor is a
 * counterpart named in one report and missing in the other; two of its
 * sentences are one event through the same name, or as a re-telling by
 * titles of the same place on the same day; one sentence through any
 * actors alike.
 */
static int
verdict(const sides *s, int place, int day, int precise, int tour)
{
	int v = 0;

	if (2 * s->names + s->states + place + day >= 2 + !precise)
		v |= V_XDOC;
	if ((!s->absent || (tour && s->names)) && !s->bare) {
		v |= V_SENT;
		if (s->names || (place > 0 && day))
			v |= V_DOC;
	}
	return v;
}

/* both reports of a mode in which one actor's reports are one happening */
static int
tour(const ev_item *a, const ev_item *b)
{
	uint64_t k;

	if (a->mode == 0 || a->mode != b->mode)
		return 0;
	k = a->hd.h ^ a->mode;
	return ak_map_get(tours, (char *)&k, sizeof(k)) != NULL;
}

/* dated to the day */
static int
precise(const ev_item *e)
{
	return e->dlo != INT32_MIN && e->dlo == e->dhi;
}

/*
 * -1 when a and b cannot be one event: another type or mode, dates more
 * than --days apart, another place, another actor.  Else the V_ bits of
 * where they would be one event (0: nowhere, compatible is not enough).
 */
static int
ev_cmp(const ev_item *a, const ev_item *b, int sym)
{
	sides p = { 0 }, q = { 0 };
	int place, day = 0, pr, t, v = -1;

	if (a->hd.h != b->hd.h || !modes_eq(a, b))
		return -1;
	if ((place = place_eq(&a->loc, &b->loc)) < 0)
		return -1;
	if (a->dlo != INT32_MIN && b->dlo != INT32_MIN) {
		if ((int64_t)lo(a) > (int64_t)b->dhi + days ||
		    (int64_t)lo(b) > (int64_t)a->dhi + days)
			return -1;
		/*
		 * a day that is only the reports' own date says little (an
		 * extractor may have filled it in), unless the place agrees
		 */
		day = a->dlo == a->dhi && b->dlo == b->dhi &&
		    ((a->dlo != a->docday && b->dlo != b->docday) || place);
	}
	pr = precise(a) && precise(b);
	t = tour(a, b);
	if (side(&a->src, &b->src, &p) == 0 && side(&a->tgt, &b->tgt, &p) == 0)
		v = verdict(&p, place, day, pr, t);
	if (sym && side(&a->src, &b->tgt, &q) == 0 &&
	    side(&a->tgt, &b->src, &q) == 0)
		v = (v < 0 ? 0 : v) | verdict(&q, place, day, pr, t);
	return v;
}

/* is ev one event with a report of verdict v made in doc, sentence sid? */
static int
same_event(const ev_item *ev, uint32_t doc, int32_t sid, int v)
{
	if (v <= 0)
		return 0;
	if (ev->doc == 0 || ev->doc != doc)
		return v & V_XDOC;
	if (ev->sid >= 0 && ev->sid == sid)
		return v & V_SENT;
	return v & V_DOC;
}

/*
 * Candidates.  Two reports are one event only when they share a name, a
 * state, a place or a sentence (verdict() asks no less), so each report
 * is indexed under keys for these, with its type: a name or place word
 * under itself when short (short words must be equal), else under its
 * first two and its last two letters with its length; one edit leaves
 * one of them whole, and a look-up tries the lengths one apart.
 */
#define MAXKEYS	192	/* a look-up makes at most 2 * 2 * (4 + 1) * 6 + 4 * 6 + 3 */
typedef struct {
	uint64_t	k[MAXKEYS];
	unsigned	n;
} keyset;

enum { KT_NAME = 1, KT_FIRST = 4, KT_PLACE = 7, KT_STATE = 10, KT_SENT = 11 };
static const char CC_ANY[3] = "*", CC_NONE[3] = "-", CC_NO[3] = "";

static void
ks_add(keyset *ks, uint64_t type, int tag, const char *cc, const void *p,
    size_t n, unsigned len)
{
	uint8_t b[5 + WL];

	b[0] = (uint8_t)tag;
	b[1] = (uint8_t)len;
	memcpy(b + 2, cc, 3);
	if (n > 0)
		memcpy(b + 5, p, n);
	/* a repeated key costs a look-up, no more: no need to weed them */
	if (ks->n < MAXKEYS)
		ks->k[ks->n++] = mix64(ak_hash_fixed(b, n + 5) ^ type);
}

static void
word_keys(keyset *ks, uint64_t type, int tag, const char *cc,
    const uint8_t *w, unsigned l, int query)
{
	unsigned len;

	l &= ~PARENT;
	if (l < 4) {
		ks_add(ks, type, tag, cc, w, l, 0);
		return;
	}
	for (len = query ? l - 1 : l; len <= (query ? l + 1 : l); len++) {
		if (len < 4)
			continue;
		ks_add(ks, type, tag + 1, cc, w, 2, len);
		ks_add(ks, type, tag + 2, cc, w + l - 2, 2, len);
	}
}

/*
 * A name's words go with its country: an actor of another country is
 * another actor.  An actor of country X is indexed under X and "any",
 * one of none under "none" and "any"; a look-up for X asks X and "none",
 * one for an actor of no country asks "any".
 */
static void
name_keys(keyset *ks, const ev_item *e, const actor *a, int query)
{
	const char *cc[2];
	unsigned i, j;

	if (query) {
		cc[0] = a->cc[0] ? a->cc : CC_ANY;
		cc[1] = a->cc[0] ? CC_NONE : NULL;
	} else {
		cc[0] = a->cc[0] ? a->cc : CC_NONE;
		cc[1] = CC_ANY;
	}
	/*
	 * Every word of the shorter name is in the longer: its first word,
	 * in particular.  So a name is indexed under each of its words and,
	 * apart, under its first; a look-up asks the first word of its name
	 * among the former, each word among the latter.
	 */
	for (i = 0; i < 2 && cc[i] != NULL && a->nw > 0; i++) {
		for (j = 0; j < a->nw; j++)
			word_keys(ks, e->hd.h, query ? KT_FIRST : KT_NAME,
			    cc[i], a->w[j], a->wl[j], query);
		word_keys(ks, e->hd.h, query ? KT_NAME : KT_FIRST, cc[i],
		    a->w[0], a->wl[0], query);
	}
}

static void
ev_keys(const ev_item *e, int query, keyset *ks)
{
	const actor *a[2] = { &e->src, &e->tgt };
	unsigned i, j;

	ks->n = 0;
	for (i = 0; i < 2; i++) {
		name_keys(ks, e, a[i], query);
		if (a[i]->state && a[i]->cc[0])
			ks_add(ks, e->hd.h, KT_STATE, a[i]->cc, NULL, 0, 0);
	}
	for (j = 0; j < e->loc.nw; j++)
		word_keys(ks, e->hd.h, KT_PLACE, CC_ANY, e->loc.w[j],
		    e->loc.wl[j], query);
}

/* the key of e's sentence, 0: none */
static uint64_t
sent_key(const ev_item *e)
{
	keyset ks;
	uint32_t ds[2] = { e->doc, (uint32_t)e->sid };

	if (e->doc == 0 || e->sid < 0)
		return 0;
	ks.n = 0;
	ks_add(&ks, e->hd.h, KT_SENT, CC_NO, ds, sizeof(ds), 0);
	return ks.k[0];
}

/* key -> list of uint32, open addressing; a short list in the slot */
typedef struct {
	uint64_t	 k;		/* 0: an empty slot */
	uint32_t	 n, cap;	/* cap 0: the values are in[] */
	union {
		uint32_t	*v;
		uint32_t	 in[2];
	} u;
} klist;

#define KL(l)	((l)->cap ? (l)->u.v : (l)->u.in)

typedef struct {
	klist		*s;
	size_t		 n, cap;
} ktab;

static klist *
kt_get(ktab *t, uint64_t k, int create)
{
	klist *os = t->s;
	size_t i, j, ocap = t->cap;

	k += k == 0;
	if (create && (t->n + 1) * 4 > t->cap * 3) {
		t->cap = t->cap ? 2 * t->cap : 1024;
		t->s = ak_calloc(t->cap, sizeof(*t->s));
		for (i = 0; i < ocap; i++) {
			if (os[i].k == 0)
				continue;
			for (j = os[i].k & (t->cap - 1); t->s[j].k;
			    j = (j + 1) & (t->cap - 1))
				;
			t->s[j] = os[i];
		}
		free(os);
	}
	if (t->cap == 0)
		return NULL;
	for (i = k & (t->cap - 1); t->s[i].k; i = (i + 1) & (t->cap - 1))
		if (t->s[i].k == k)
			return &t->s[i];
	if (!create)
		return NULL;
	t->s[i].k = k;
	t->n++;
	return &t->s[i];
}

static void
kt_add(ktab *t, uint64_t k, uint32_t v)
{
	klist *l = kt_get(t, k, 1);

	uint32_t *p;

	if (l->n && KL(l)[l->n - 1] == v)
		return;
	if (l->cap == 0 && l->n == 2) {
		p = ak_malloc(8 * sizeof(*p));
		memcpy(p, l->u.in, sizeof(l->u.in));
		l->u.v = p;
		l->cap = 8;
	} else if (l->cap && l->n == l->cap) {
		l->cap *= 2;
		l->u.v = ak_realloc(l->u.v, l->cap * sizeof(*l->u.v));
	}
	KL(l)[l->n++] = v;
}

static void
kt_free(ktab *t)
{
	size_t i;

	for (i = 0; i < t->cap; i++)
		if (t->s[i].cap)
			free(t->s[i].u.v);
	free(t->s);
	memset(t, 0, sizeof(*t));
}

/* a set of uint32 below a bound, each once, in order of arrival */
typedef struct {
	uint32_t	*v, *stamp, gen;
	size_t		 n, cap, nstamp;
} uset;

static void
us_reset(uset *u, size_t universe)
{
	if (u->nstamp < universe) {
		size_t old = u->nstamp;

		u->nstamp = universe * 2;
		u->stamp = ak_realloc(u->stamp, u->nstamp * sizeof(*u->stamp));
		memset(u->stamp + old, 0, (u->nstamp - old) *
		    sizeof(*u->stamp));
	}
	if (++u->gen == 0) {
		memset(u->stamp, 0, u->nstamp * sizeof(*u->stamp));
		u->gen = 1;
	}
	u->n = 0;
}

static void
us_add(uset *u, uint32_t v)
{
	if (u->stamp[v] == u->gen)
		return;
	u->stamp[v] = u->gen;
	if (u->n == u->cap) {
		u->cap = u->cap ? 2 * u->cap : 256;
		u->v = ak_realloc(u->v, u->cap * sizeof(*u->v));
	}
	u->v[u->n++] = v;
}

static void
us_list(uset *u, const klist *l)
{
	uint32_t i;

	if (l != NULL)
		for (i = 0; i < l->n; i++)
			us_add(u, KL(l)[i]);
}

/*
 * What a report says, whoever said it: its doc and sid aside, and its
 * paper's date too unless it is the event's date (lo() and ev_cmp() ask
 * no more of it).
 */
static void
content_of(const ev_item *ev, ev_item *c)
{
	*c = *ev;
	c->hd.day = 0;
	c->hd.id = 0;
	c->doc = 0;
	c->sid = 0;
	if (!(c->dlo == c->dhi && c->dlo == c->docday))
		c->docday = INT32_MIN;
}

static uint64_t
content_hash(const ev_item *ev)
{
	ev_item c;

	content_of(ev, &c);
	return ak_hash_fixed(&c, sizeof(c));
}

static int
same_content(const ev_item *a, const ev_item *b)
{
	ev_item x, y;

	content_of(a, &x);
	content_of(b, &y);
	return memcmp(&x, &y, sizeof(x)) == 0;
}

/*
 * Both the events written out and the open clusters are found through
 * their keys, each key's list split by time: a list for each 2-day
 * bucket an event dated within a few days reaches, one for each 64-day
 * bucket a vaguer date (up to a year) reaches, one for the undated, and
 * one for all, which an undated event must look through.
 */
#define FINE		2
#define MAXFINE		4	/* buckets of a narrowly dated event */
#define COARSE		64
#define MAXCOARSE	7
#define MAXQFINE	32	/* a look-up reaching further takes all */
#define B_UNDATED	INT64_MIN
#define B_ALL		(INT64_MIN + 1)
#define B_COARSE	((int64_t)1 << 40)	/* a coarse bucket's offset */

/*
 * Reports alike but for their doc and sid (one story in many papers) are
 * one node of an index, compared once; the node lists them.
 */
typedef struct {
	uint32_t	 v;		/* an item, or a cluster's seq */
	uint32_t	 doc;
	int32_t		 sid;
} member;

typedef struct {
	uint64_t	 ch;		/* content hash */
	uint32_t	 rep;		/* the first member's item, or own[] */
	uint32_t	 n, cap;
	member		*m;
} node;

typedef struct {
	ktab		 keys;		/* key, bucket -> node */
	ktab		 bych;		/* content hash -> node */
	ktab		 bydoc;		/* node, doc -> its members from doc */
	node		*nodes;
	size_t		 n, cap;
	ev_item		*own;		/* the copies of an index of its own */
	int		 owns;
	size_t		 nundated, ncoarse;	/* nodes in such lists */
} evidx;

static evidx	 evindex = { .owns = 0 };	/* the items written out */
static evidx	 pindex = { .owns = 1 };	/* the open clusters */
static uset	 cn, cc;		/* candidate nodes, clusters */

static const ev_item *
rep_of(const evidx *x, const node *nd)
{
	return x->owns ? &x->own[nd - x->nodes] :
	    (const ev_item *)DD_ITEM(&store, nd->rep);
}

static void
idx_free(evidx *x)
{
	size_t i;

	kt_free(&x->keys);
	kt_free(&x->bych);
	kt_free(&x->bydoc);
	for (i = 0; i < x->n; i++)
		free(x->nodes[i].m);
	free(x->nodes);
	free(x->own);
	x->nodes = NULL;
	x->own = NULL;
	x->n = x->cap = 0;
	x->nundated = x->ncoarse = 0;
}

static int64_t
bucket(int64_t day, int64_t size)
{
	return (day >= 0 ? day : day - (size - 1)) / size;
}

static uint64_t
bucket_key(uint64_t k, int64_t b)
{
	return mix64(k ^ ((uint64_t)b * 0x9E3779B97F4A7C15ULL + 0x42));
}

/* the days an event may have happened on, with slack; 0: undated */
static int
ev_span(const ev_item *e, int64_t slack, int64_t *d0, int64_t *d1)
{
	if (e->dlo == INT32_MIN)
		return 0;
	*d0 = (int64_t)lo(e) - slack;
	*d1 = (int64_t)e->dhi + slack;
	return 1;
}

/* v under keys ks, in the lists of e's dates */
static void
index_keys(evidx *x, const ev_item *e, const keyset *ks, uint32_t v)
{
	ktab *t = &x->keys;
	int64_t b, b0 = 0, b1 = -1, s = B_UNDATED, d0, d1;
	unsigned i;

	if (ev_span(e, 0, &d0, &d1)) {
		if (bucket(d1, FINE) - bucket(d0, FINE) < MAXFINE) {
			b0 = bucket(d0, FINE);
			b1 = bucket(d1, FINE);
			s = 0;
		} else if (bucket(d1, COARSE) - bucket(d0, COARSE) <
		    MAXCOARSE) {
			b0 = bucket(d0, COARSE);
			b1 = bucket(d1, COARSE);
			s = B_COARSE;
		}
	}
	x->nundated += b0 > b1;
	x->ncoarse += s == B_COARSE;
	for (i = 0; i < ks->n; i++) {
		kt_add(t, bucket_key(ks->k[i], B_ALL), v);
		if (b0 > b1)
			kt_add(t, bucket_key(ks->k[i], B_UNDATED), v);
		for (b = b0; b <= b1; b++)
			kt_add(t, bucket_key(ks->k[i], b + s), v);
	}
}

/* a sentence is short: its key needs no buckets */
static void
index_event(evidx *x, const ev_item *e, uint32_t v)
{
	keyset ks;
	uint64_t sk;

	ev_keys(e, 0, &ks);
	index_keys(x, e, &ks, v);
	if ((sk = sent_key(e)) != 0)
		kt_add(&x->keys, bucket_key(sk, B_ALL), v);
}

#define FEW	8

static uint64_t
doc_key(const evidx *x, const node *nd, uint32_t doc)
{
	return mix64((uint64_t)(nd - x->nodes) << 32 | doc);
}

/*
 * Report ev, as member v of index x (an item written out, its own; a
 * cluster's report, the cluster's seq).
 */
static void
idx_add(evidx *x, const ev_item *ev, uint32_t v)
{
	uint64_t ch = content_hash(ev), sk;
	klist *l = kt_get(&x->bych, ch, 0);
	node *nd = NULL;
	uint32_t i, id;

	for (i = 0; l != NULL && i < l->n; i++)
		if (same_content(rep_of(x, &x->nodes[KL(l)[i]]), ev)) {
			nd = &x->nodes[KL(l)[i]];
			break;
		}
	if (nd == NULL) {
		if (x->n == x->cap) {
			x->cap = x->cap ? 2 * x->cap : 256;
			x->nodes = ak_realloc(x->nodes, x->cap *
			    sizeof(*x->nodes));
			if (x->owns)
				x->own = ak_realloc(x->own, x->cap *
				    sizeof(*x->own));
		}
		id = (uint32_t)x->n++;
		nd = &x->nodes[id];
		memset(nd, 0, sizeof(*nd));
		nd->ch = ch;
		nd->rep = v;
		if (x->owns)
			x->own[id] = *ev;
		kt_add(&x->bych, ch, id);
		index_event(x, ev, id);
	} else if ((sk = sent_key(ev)) != 0)
		/* the node is known, its new sentence is not */
		kt_add(&x->keys, bucket_key(sk, B_ALL),
		    (uint32_t)(nd - x->nodes));
	if (nd->n == nd->cap) {
		nd->cap = nd->cap ? 2 * nd->cap : 2;
		nd->m = ak_realloc(nd->m, nd->cap * sizeof(*nd->m));
	}
	nd->m[nd->n].v = v;
	nd->m[nd->n].doc = ev->doc;
	nd->m[nd->n++].sid = ev->sid;
	/* a few members are looked through, many by their paper */
	if (nd->n > FEW)
		for (i = nd->n == FEW + 1 ? 0 : nd->n - 1; i < nd->n; i++)
			kt_add(&x->bydoc, doc_key(x, nd, nd->m[i].doc), i);
}

/*
 * The members of nd that ev may be, by verdict v: any of them when it
 * holds for two papers (the first few will do: all but ev's own paper's),
 * else only those of ev's own paper.
 */
static const uint32_t *
members_for(const evidx *x, const node *nd, const ev_item *ev, int v,
    uint32_t *n, uint32_t *step)
{
	static const uint32_t zero = 0;
	const klist *l;

	if ((v & V_XDOC) || ev->doc == 0 || nd->n <= FEW) {
		*n = nd->n;
		*step = 1;
		return &zero;
	}
	l = kt_get((ktab *)&x->bydoc, doc_key(x, nd, ev->doc), 0);
	*n = l ? l->n : 0;
	*step = 0;
	return l ? KL(l) : &zero;
}

/* the nodes of x that may be ev, into cn */
static void
lookup(evidx *x, const ev_item *ev)
{
	keyset ks;
	uint64_t sk;
	int64_t b, d0 = 0, d1 = 0;
	unsigned i;
	int dated;

	us_reset(&cn, x->n);
#ifdef ADEDUP_BRUTE
	for (i = 0; i < x->n; i++)
		us_add(&cn, i);
	(void)ks, (void)b, (void)dated, (void)sk;
	return;
#endif
	if ((sk = sent_key(ev)) != 0)
		us_list(&cn, kt_get(&x->keys, bucket_key(sk, B_ALL), 0));
	ev_keys(ev, 1, &ks);
	dated = ev_span(ev, days, &d0, &d1) &&
	    bucket(d1, FINE) - bucket(d0, FINE) < MAXQFINE;
	for (i = 0; i < ks.n; i++) {
		if (!dated) {
			us_list(&cn, kt_get(&x->keys,
			    bucket_key(ks.k[i], B_ALL), 0));
			continue;
		}
		for (b = bucket(d0, FINE); b <= bucket(d1, FINE); b++)
			us_list(&cn, kt_get(&x->keys, bucket_key(ks.k[i], b),
			    0));
		/* (no list of a kind yet: no need to ask) */
		for (b = bucket(d0, COARSE); x->ncoarse &&
		    b <= bucket(d1, COARSE); b++)
			us_list(&cn, kt_get(&x->keys,
			    bucket_key(ks.k[i], b + B_COARSE), 0));
		if (x->nundated)
			us_list(&cn, kt_get(&x->keys,
			    bucket_key(ks.k[i], B_UNDATED), 0));
	}
}

static ktab	 byid;		/* hash of an id -> the items under it */
static ktab	 bysaid;	/* hash of an id and a content -> items */

static uint64_t
said_key(const ev_item *ev, const char *id)
{
	return mix64(content_hash(ev) + 0x9E3779B97F4A7C15ULL *
	    ak_hash_fixed(id, strlen(id)));
}

/*
 * Candidates lie all over memory: ask for the node and the report a few
 * candidates ahead, so that they are there when their turn comes.
 */
static void
prefetch(const evidx *x, size_t j)
{
	if (j + 8 < cn.n)
		__builtin_prefetch(&x->nodes[cn.v[j + 8]]);
	if (j + 4 < cn.n)
		__builtin_prefetch(rep_of(x, &x->nodes[cn.v[j + 4]]));
}

static void
ev_index(uint32_t v)
{
	const ev_item *e = (ev_item *)DD_ITEM(&store, v);
	const char *id = DD_ID(&store, v);

	idx_add(&evindex, e, v);
	kt_add(&byid, ak_hash_fixed(id, strlen(id)), v);
	kt_add(&bysaid, said_key(e, id), v);
}

/* has the event under item v's id been told as ev tells it? */
static int
told(const ev_item *ev, uint32_t v)
{
	const char *id = DD_ID(&store, v);
	const klist *l = kt_get(&bysaid, said_key(ev, id), 0);
	uint32_t i;

	for (i = 0; l != NULL && i < l->n; i++)
		if (strcmp(DD_ID(&store, KL(l)[i]), id) == 0 &&
		    same_content(ev, (ev_item *)DD_ITEM(&store, KL(l)[i])))
			return 1;
	return 0;
}

/* is ev compatible with every report remembered under item v's id? */
static int
cluster_allows(const ev_item *ev, uint32_t v, int sym)
{
	const char *id = DD_ID(&store, v);
	const klist *l = kt_get(&byid, ak_hash_fixed(id, strlen(id)), 0);
	uint32_t i;

	for (i = 0; l != NULL && i < l->n; i++)
		if (strcmp(DD_ID(&store, KL(l)[i]), id) == 0 &&
		    ev_cmp(ev, (ev_item *)DD_ITEM(&store, KL(l)[i]), sym) < 0)
			return 0;
	return 1;
}

/*
 * The earliest event written out that ev is, and compatible with all its
 * reports remembered (complete linkage, as in a cluster), or -1.
 */
static long
ev_find(const ev_item *ev, int sym)
{
	const node *nd;
	const uint32_t *mk;
	long best = -1;
	size_t j;
	uint32_t i, k, nk, step;
	int v;

	lookup(&evindex, ev);
	for (j = 0; j < cn.n; j++) {
		prefetch(&evindex, j);
		nd = &evindex.nodes[cn.v[j]];
		if (best >= 0 && nd->rep >= (uint32_t)best)
			continue;
		if ((v = ev_cmp(ev, rep_of(&evindex, nd), sym)) <= 0)
			continue;
		/* members are in order: the first that is ev will do */
		mk = members_for(&evindex, nd, ev, v, &nk, &step);
		for (i = 0; i < nk; i++) {
			k = step ? i : mk[i];
			if (best >= 0 && nd->m[k].v >= (uint32_t)best)
				break;
			if (same_event(ev, nd->m[k].doc, nd->m[k].sid, v) &&
			    cluster_allows(ev, nd->m[k].v, sym)) {
				best = nd->m[k].v;
				break;
			}
		}
	}
	return best;
}

/*
 * An event waits in a cluster until no later report can join it: until
 * the reports' dates (doc_date) have moved more than --days past the
 * cluster's newest, or the input ends.  Then the first report goes out
 * with the others' doc, sid and id gathered in `reports'.  A report
 * joins the first cluster it is one event with (with one of its reports)
 * and compatible with all of them (complete linkage: A and B, B and C
 * alike do not make A and C one event).  Reports alike but for their
 * doc and sid (one wire story in many papers) are compared once: a
 * group holds them.
 */
typedef struct {
	ev_item		 ev;		/* the group's first report */
	uint64_t	 ch;		/* content hash */
	uint64_t	*at;		/* doc << 32 | sid of each report */
	size_t		 nat, capat;
} group;

typedef struct {
	ak_buf		 line;		/* the first report, as read */
	ak_buf		 reports;	/* ,{"doc":...,"sid":...,"id":...}... */
	ak_buf		 marked;	/* --mark: the others, lines with dup_of */
	group		*g;
	size_t		 ng;
	int32_t		 last;		/* newest doc_date, INT32_MIN: none */
	uint32_t	 seq;		/* place in byseq */
	char		*id;
} cluster;

static cluster	**pend;		/* open clusters, oldest first */
static size_t	 npend, cappend;
static cluster	**byseq;	/* seq -> open cluster, NULL once closed */
static size_t	 nseq, capseq, nclosed;

/*
 * The events of the document being read, by id: the cluster each went
 * into, else the item written out it is (a report of an event told in an
 * earlier run).  Within one document no cluster closes but on a later
 * doc_date, which empties the list too, so the pointers hold.  A
 * document's events are few: a list, emptied at the next document,
 * costs less than a map made and freed for each.
 */
typedef struct {
	uint64_t h;		/* hash of the id */
	cluster	*c;
	long	 first;
} docref;

#define MAXDOCREFS	4096	/* past that, retellings are not followed */
static docref	*docrefs;
static size_t	 ndocrefs;

static int32_t	 clock_day = INT32_MIN;
static uint32_t	 curdoc;		/* the paper of the last report */
static ak_rec	*outrec;

static uint64_t
at_of(const ev_item *ev)
{
	return (uint64_t)ev->doc << 32 | (uint32_t)ev->sid;
}

static void
group_add_at(group *g, const ev_item *ev)
{
	if (g->nat == g->capat) {
		g->capat = g->capat ? 2 * g->capat : 4;
		g->at = ak_realloc(g->at, g->capat * sizeof(*g->at));
	}
	g->at[g->nat++] = at_of(ev);
}

/* the open clusters numbered afresh, oldest first, and indexed again */
static void
pend_renumber(void)
{
	const group *g;
	ev_item e;
	size_t i, j, k;
	cluster *c;

	idx_free(&pindex);
	for (i = 0; i < npend; i++) {
		c = pend[i];
		byseq[i] = c;
		c->seq = (uint32_t)i;
		for (j = 0; j < c->ng; j++) {
			g = &c->g[j];
			e = g->ev;
			for (k = 0; k < g->nat; k++) {
				e.doc = (uint32_t)(g->at[k] >> 32);
				e.sid = (int32_t)(uint32_t)g->at[k];
				idx_add(&pindex, &e, c->seq);
			}
		}
	}
	nseq = npend;
	nclosed = 0;
}

/* may ev join c? */
static int
cluster_takes(const cluster *c, const ev_item *ev, int sym)
{
	const group *g;
	size_t i, k;
	int v, found = 0;

	for (i = 0; i < c->ng; i++) {
		g = &c->g[i];
		if ((v = ev_cmp(ev, &g->ev, sym)) < 0)
			return 0;
		for (k = 0; !found && v > 0 && k < g->nat; k++)
			found = same_event(ev, (uint32_t)(g->at[k] >> 32),
			    (int32_t)(uint32_t)g->at[k], v);
	}
	return found;
}

/* the oldest open cluster ev may join */
static cluster *
pend_find(const ev_item *ev, int sym)
{
	const node *nd;
	const uint32_t *mk;
	long best = -1;
	size_t j;
	uint32_t i, k, nk, q, step;
	int v;

	lookup(&pindex, ev);
	us_reset(&cc, nseq);
	for (j = 0; j < cn.n; j++) {
		prefetch(&pindex, j);
		nd = &pindex.nodes[cn.v[j]];
		if ((v = ev_cmp(ev, rep_of(&pindex, nd), sym)) <= 0)
			continue;
		mk = members_for(&pindex, nd, ev, v, &nk, &step);
		for (i = 0; i < nk; i++) {
			k = step ? i : mk[i];
			if (byseq[q = nd->m[k].v] != NULL &&
			    same_event(ev, nd->m[k].doc, nd->m[k].sid, v))
				us_add(&cc, q);
		}
	}
	for (j = 0; j < cc.n; j++)
		if ((best < 0 || cc.v[j] < (uint32_t)best) &&
		    cluster_takes(byseq[cc.v[j]], ev, sym))
			best = cc.v[j];
	return best < 0 ? NULL : byseq[best];
}

/*
 * "key":value of a report's doc or sid: scalars only, so that the report
 * nested in `reports' cannot take a record past the nesting limit
 */
static void
add_scalar(ak_buf *b, ak_rec *r, const char *key)
{
	const char *raw;
	size_t n;
	int i;

	ak_buf_printf(b, "\"%s\":", key);
	if ((i = ak_rec_find(r, key)) >= 0 &&
	    ak_rec_type(r, (size_t)i) != AK_ARRAY &&
	    ak_rec_type(r, (size_t)i) != AK_OBJECT) {
		raw = ak_rec_raw(r, (size_t)i, &n);
		ak_buf_add(b, raw, n);
	} else
		ak_buf_adds(b, "null");
}

static void
add_report(ak_buf *b, ak_rec *r, const char *id, size_t idlen)
{
	ak_buf_adds(b, b->len ? ",{" : "{");
	add_scalar(b, r, "doc");
	ak_buf_addc(b, ',');
	add_scalar(b, r, "sid");
	ak_buf_adds(b, ",\"id\":");
	ak_json_str(b, id, idlen);
	ak_buf_addc(b, '}');
}

/*
 * Out it goes; each group's first report is remembered under the
 * cluster's id, so that a late report meets any of them.
 */
static void
close_cluster(cluster *c)
{
	const char *why;
	uint32_t v;
	size_t i;
	ak_buf rb = { 0 };

	if (outrec == NULL)
		outrec = ak_rec_new();
	if (ak_rec_parse(outrec, c->line.p, c->line.len, &why) < 0)
		ak_errx(2, "internal error: %s", why);
	if (c->reports.len) {
		ak_buf_addc(&rb, '[');
		ak_buf_add(&rb, c->reports.p, c->reports.len);
		ak_buf_addc(&rb, ']');
		emit_with(outrec, "reports", rb.p, rb.len);
		ak_buf_free(&rb);
	} else
		emit_as_read(outrec);
	if (c->marked.len)
		ak_put_buf(&c->marked);
	for (i = 0; i < c->ng; i++) {
		v = dd_store_add(&store, c->g[i].ev.hd.h, today, c->id,
		    strlen(c->id));
		memcpy((char *)DD_ITEM(&store, v) + sizeof(dd_head),
		    (char *)&c->g[i].ev + sizeof(dd_head),
		    sizeof(ev_item) - sizeof(dd_head));
		ev_index(v);
		free(c->g[i].at);
	}
	ak_buf_free(&c->line);
	ak_buf_free(&c->reports);
	ak_buf_free(&c->marked);
	free(c->g);
	free(c->id);
	free(c);
	emitted();
}

/*
 * A cluster whose reports carry no date, or dates the clock has passed
 * (the input is not in date order), waits for no clock: it is stale, and
 * goes out when its paper ends.  (A later report still meets it, through
 * the items remembered; only its `reports' miss that one.)
 */
static int
stale(const cluster *c)
{
	return clock_day != INT32_MIN && (c->last == INT32_MIN ||
	    (int64_t)c->last + days < clock_day);
}

/*
 * Emit the clusters that nothing can join any more: those the clock has
 * passed (C_CLOCK), the stale ones too (C_STALE), or all (C_ALL).
 */
enum { C_CLOCK, C_STALE, C_ALL };
static size_t	 nstale;	/* at most this many are stale */

static void
close_pending(int which)
{
	size_t i, j = 0;
	cluster *c;

	nstale = 0;
	for (i = 0; i < npend; i++) {
		c = pend[i];
		if (which == C_ALL || (which == C_STALE && stale(c)) ||
		    (c->last != INT32_MIN && clock_day != INT32_MIN &&
		    (int64_t)c->last + days < clock_day)) {
			byseq[c->seq] = NULL;
			nclosed++;
			close_cluster(c);
			/* what the document's reports point to may be gone */
			ndocrefs = 0;
		} else {
			nstale += stale(c);
			pend[j++] = c;
		}
	}
	npend = j;
	/* the index keeps the closed ones' keys: drop them now and then */
	if (nclosed > 1024 && nclosed > npend)
		pend_renumber();
}

/* the record as read plus "dup_of", for a line that waits in a cluster */
static void
mark_line(ak_buf *b, ak_rec *r, const char *id)
{
	static ak_buf js;
	const char *line;
	size_t len;

	ak_buf_reset(&js);
	ak_json_str(&js, id, strlen(id));
	line = ak_rec_line(r, &len);
	line_with(b, line, len, ak_rec_nfields(r) == 0, "dup_of", js.p,
	    js.len);
	ak_buf_addc(b, '\n');
}

/* ev goes into c: into the group that says the same, else a new one */
static void
cluster_add(cluster *c, const ev_item *ev, uint64_t ch)
{
	group *g;
	size_t i;

	for (i = 0; i < c->ng; i++)
		if (c->g[i].ch == ch && same_content(&c->g[i].ev, ev))
			break;
	if (i == c->ng) {
		c->g = ak_realloc(c->g, (c->ng + 1) * sizeof(*c->g));
		g = &c->g[c->ng++];
		memset(g, 0, sizeof(*g));
		g->ev = *ev;
		g->ch = ch;
	}
	idx_add(&pindex, ev, c->seq);
	group_add_at(&c->g[i], ev);
	if (ev->docday != INT32_MIN && ev->docday > c->last)
		c->last = ev->docday;
}

static void
docref_set(const char *id, size_t n, cluster *c, long first)
{
	if (docrefs == NULL)
		docrefs = ak_calloc(MAXDOCREFS, sizeof(*docrefs));
	if (ndocrefs == MAXDOCREFS)
		return;
	docrefs[ndocrefs].h = ak_hash_fixed(id, n);
	docrefs[ndocrefs].c = c;
	docrefs[ndocrefs++].first = first;
}

static docref *
docref_get(const char *id, size_t n)
{
	uint64_t h = ak_hash_fixed(id, n);
	size_t k;

	for (k = 0; k < ndocrefs; k++)
		if (docrefs[k].h == h)
			return &docrefs[k];
	return NULL;
}

/* an event written out: v a report of it under the first's id */
static void
written_again(ak_rec *r, const ev_item *ev, long first)
{
	uint32_t v;

	if (told(ev, (uint32_t)first)) {
		if (mark)
			emit_dup(r, (uint32_t)first);
		return;
	}
	ak_buf_reset(&idb);
	ak_buf_adds(&idb, DD_ID(&store, (uint32_t)first));
	v = dd_store_add(&store, ev->hd.h, today, idb.p, idb.len);
	memcpy((char *)DD_ITEM(&store, v) + sizeof(dd_head),
	    (char *)ev + sizeof(dd_head), sizeof(ev_item) - sizeof(dd_head));
	ev_index(v);
	if (mark)
		emit_dup(r, v);
}

static void
do_events(ak_rec *r, void *arg)
{
	ev_item ev;
	const char *s, *line;
	size_t n, len;
	int sym;
	long first;
	cluster *c;
	docref *ref = NULL;

	(void)arg;
	memset(&ev, 0, sizeof(ev));
	event_of(r, &ev);
	s = ak_rec_str(r, "type", &n);
	if (!in_shard(s ? ak_hash_fixed(s, n) : 0))
		return;
	sym = s != NULL && ak_map_get(symmetric, s, n) != NULL;
	if (ev.docday != INT32_MIN && ev.docday > clock_day) {
		clock_day = ev.docday;
		close_pending(C_CLOCK);
	}
	if (ev.doc != curdoc) {
		curdoc = ev.doc;
		if (nstale > 0)
			close_pending(C_STALE);
		ndocrefs = 0;
	}
	record_id(r, &idb);
	/*
	 * "ووقعت المذكرة" after "وقعت الوزارتان مذكرة": aevent says that a
	 * report tells again an event of its document (retells, its id);
	 * it is that event, whatever its parties.
	 */
	if ((s = ak_rec_str(r, "retells", &n)) != NULL)
		ref = docref_get(s, n);

	/*
	 * An event already written out (this run or an earlier one).  It is
	 * remembered too, under the first's id, so that a report of it that
	 * comes later still (out of order) meets it, unless it says what one
	 * of its reports says.
	 */
	/*
	 * A retelling joins without being compared or remembered: its
	 * parties may differ from the event's, and must not keep a later
	 * report (or tomorrow's run) from the event.
	 */
	if (ref != NULL && ref->c == NULL) {
		docref_set(idb.p, idb.len, NULL, ref->first);
		if (mark)
			emit_dup(r, (uint32_t)ref->first);
		return;
	}
	if (ref != NULL) {
		docref_set(idb.p, idb.len, ref->c, -1);
		add_report(&ref->c->reports, r, idb.p, idb.len);
		if (mark)
			mark_line(&ref->c->marked, r, ref->c->id);
		return;
	}
	if ((first = ev_find(&ev, sym)) >= 0) {
		docref_set(idb.p, idb.len, NULL, first);
		written_again(r, &ev, first);
		return;
	}
	if ((c = pend_find(&ev, sym)) != NULL) {
		docref_set(idb.p, idb.len, c, -1);
		cluster_add(c, &ev, content_hash(&ev));
		add_report(&c->reports, r, idb.p, idb.len);
		if (mark)
			mark_line(&c->marked, r, c->id);
		return;
	}
	c = ak_calloc(1, sizeof(*c));
	line = ak_rec_line(r, &len);
	ak_buf_add(&c->line, line, len);
	c->last = INT32_MIN;
	c->id = ak_strndup(idb.p, idb.len);
	if (npend == cappend) {
		cappend = cappend ? 2 * cappend : 64;
		pend = ak_realloc(pend, cappend * sizeof(*pend));
	}
	pend[npend++] = c;
	if (nseq == capseq) {
		capseq = capseq ? 2 * capseq : 64;
		byseq = ak_realloc(byseq, capseq * sizeof(*byseq));
	}
	c->seq = (uint32_t)nseq;
	byseq[nseq++] = c;
	cluster_add(c, &ev, content_hash(&ev));
	nstale += stale(c);
	docref_set(idb.p, idb.len, c, -1);
}

/* ------------------------------------------------------------------ */
/* start-up                                                            */

static void
reindex(void)
{
	uint32_t v;

	dd_mm_clear(&index_h);
	dd_mm_clear(&index_band);
	idx_free(&evindex);
	kt_free(&byid);
	kt_free(&bysaid);
	for (v = 0; v < store.n; v++) {
		if (mode == M_KEY)
			dd_mm_add(&index_h, DD_ITEM(&store, v)->h, v);
		else if (mode == M_NEAR)
			near_index(v, 0);	/* which were copies is not kept */
		else
			ev_index(v);
	}
}

/* what a record read back from our own output adds to the memory */
static void
remember(ak_rec *r)
{
	uint32_t sig[NBIN], v, nsh;
	ev_item ev;
	const char *s;
	size_t n;

	if (ak_rec_find(r, "dup_of") >= 0)
		return;
	record_id(r, &idb);
	switch (mode) {
	case M_KEY:
		v = dd_store_add(&store, key_hash(r), today, idb.p, idb.len);
		dd_mm_add(&index_h, DD_ITEM(&store, v)->h, v);
		break;
	case M_NEAR:
		if ((s = ak_rec_str(r, nearfield, &n)) == NULL ||
		    (nsh = (uint32_t)near_sig(s, n, sig)) == 0)
			return;
		v = dd_store_add(&store, ak_hash_fixed(sig, sizeof(sig)),
		    today, idb.p, idb.len);
		memcpy(((near_item *)DD_ITEM(&store, v))->sig, sig,
		    sizeof(sig));
		((near_item *)DD_ITEM(&store, v))->nsh = nsh;
		near_index(v, 0);
		break;
	case M_EVENTS:
		event_of(r, &ev);
		v = dd_store_add(&store, ev.hd.h, today, idb.p, idb.len);
		memcpy((char *)DD_ITEM(&store, v) + sizeof(dd_head),
		    (char *)&ev + sizeof(dd_head),
		    sizeof(ev) - sizeof(dd_head));
		ev_index(v);
		break;
	}
}

/*
 * A run killed after writing records but before committing them: when
 * our output is the very file the state names, the records past the
 * committed offset were written out, so they are remembered now; a torn
 * last line was not, and is cut off.
 */
static void
recover(void)
{
	struct stat sb;
	ak_buf b = { 0 };
	ak_rec *r;
	const char *why;
	char *p, *nl, *end;
	ssize_t got;
	off_t off;
	int fd;

	if (fstat(STDOUT_FILENO, &sb) < 0 || !S_ISREG(sb.st_mode))
		return;
	outreg = 1;
	if ((uint64_t)sb.st_dev != state.out_dev ||
	    (uint64_t)sb.st_ino != state.out_ino ||
	    (uint64_t)sb.st_size <= state.out_off)
		return;
	if ((fd = open("/proc/self/fd/1", O_RDONLY | O_CLOEXEC)) < 0) {
		ak_warn("cannot read back the output to recover");
		return;
	}
	off = (off_t)state.out_off;
	ak_buf_grow(&b, (size_t)(sb.st_size - off) + 1);
	while ((got = pread(fd, b.p + b.len, (size_t)(sb.st_size - off) -
	    b.len, off + (off_t)b.len)) > 0)
		b.len += (size_t)got;
	if (got < 0)
		ak_err(2, "reading back the output");
	close(fd);
	end = b.p + b.len;
	while (end > b.p && end[-1] != '\n')
		end--;
	if (end < b.p + b.len &&
	    ftruncate(STDOUT_FILENO, off + (end - b.p)) < 0)
		ak_err(2, "cutting a torn record off the output");
	r = ak_rec_new();
	for (p = b.p; p < end; p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(end - p));
		if (ak_rec_parse(r, p, (size_t)(nl - p), &why) == 0)
			remember(r);
	}
	ak_rec_free(r);
	ak_buf_free(&b);
}

static int32_t
parse_day(const char *s)
{
	int32_t lo, hi;

	if (!date_range(s, &lo, &hi) || lo != hi)
		ak_errx(2, "%s: not a date YYYY-MM-DD", s);
	return lo;
}

static long long
number(const char *s, long long min, long long max, const char *what)
{
	char *end;
	long long v;

	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno || end == s || *end || v < min || v > max)
		ak_errx(2, "%s: bad %s", s, what);
	return v;
}

static uint32_t
options_hash(void)
{
	ak_buf b = { 0 };
	size_t i;
	uint64_t h;

	ak_buf_printf(&b, "%d|", mode);
	if (mode == M_KEY)
		for (i = 0; i < nkeys; i++)
			ak_buf_printf(&b, "%s,", keys[i]);
	if (mode == M_NEAR)
		ak_buf_printf(&b, "%s|%d|%u", nearfield, shingle, rows);
	ak_buf_printf(&b, "|%llu/%llu", (unsigned long long)shard_i,
	    (unsigned long long)shard_n);
	h = ak_hash_fixed(b.p, b.len);
	ak_buf_free(&b);
	return (uint32_t)(h ^ h >> 32);
}

int
main(int argc, char *argv[])
{
	char *statepath = NULL, *s, *tok, *path;
	const char **lexfiles = NULL;
	size_t nlex = 0, i;
	int c, status;
	ak_rec_fn fn;

	ak_init(argv[0]);
	today = (int32_t)(time(NULL) / 86400);
	while ((c = getopt_long(argc, argv, "k:n::et:d:ms:w:L:u", longopts,
	    NULL)) != -1) {
		if (ak_common_opt(c, optarg, help))
			continue;
		switch (c) {
		case 'k':
			if (mode)
				ak_usage(help);
			mode = M_KEY;
			s = ak_strdup(optarg);
			while ((tok = strsep(&s, ",")) != NULL) {
				if (*tok == '\0')
					ak_errx(2, "--key: empty field name");
				keys = ak_realloc(keys,
				    (nkeys + 1) * sizeof(*keys));
				keys[nkeys++] = tok;
			}
			break;
		case 'n':
			if (mode)
				ak_usage(help);
			mode = M_NEAR;
			/* --near FIELD as well as --near=FIELD */
			if (optarg == NULL && optind < argc &&
			    argv[optind][0] != '-' && access(argv[optind],
			    F_OK) != 0)
				optarg = argv[optind++];
			if (optarg != NULL)
				nearfield = optarg;
			break;
		case 'e':
			if (mode)
				ak_usage(help);
			mode = M_EVENTS;
			break;
		case 't':
			threshold = strtod(optarg, &s);
			if (*s || s == optarg || threshold <= 0 ||
			    threshold > 1)
				ak_errx(2, "%s: threshold must be in (0, 1]",
				    optarg);
			break;
		case OPT_CONTAIN:
			containment = strtod(optarg, &s);
			if (*s || s == optarg || containment <= 0 ||
			    containment > 1)
				ak_errx(2, "%s: containment must be in (0, 1]",
				    optarg);
			break;
		case OPT_SHINGLE:
			shingle = (int)number(optarg, 1, MAXSH, "shingle size");
			break;
		case 'd':
			days = (int)number(optarg, 0, 36500, "number of days");
			break;
		case OPT_LAG:
			lag = (int)number(optarg, 0, 36500, "number of days");
			break;
		case 'm':
			mark = 1;
			break;
		case 's':
			statepath = optarg;
			break;
		case 'w':
			window = (long)number(optarg, 0, 1000000, "window");
			break;
		case OPT_MAXITEMS:
			maxitems = (size_t)number(optarg, 1, UINT32_MAX / 2,
			    "item count");
			break;
		case OPT_SHARD:
			if (sscanf(optarg, "%" SCNu64 "/%" SCNu64 "%n",
			    &shard_i, &shard_n, &c) != 2 ||
			    optarg[c] != '\0' || shard_n == 0 ||
			    shard_i < 1 || shard_i > shard_n)
				ak_errx(2, "%s: shard must be I/N, 1 <= I <= N",
				    optarg);
			break;
		case OPT_NOW:
			today = parse_day(optarg);
			break;
		case OPT_SYNC:
			syncsecs = (long)number(optarg, 0, 1000000, "seconds");
			break;
		case 'L':
			lexfiles = ak_realloc(lexfiles,
			    (nlex + 1) * sizeof(*lexfiles));
			lexfiles[nlex++] = optarg;
			break;
		default:
			ak_usage(help);
		}
	}
	if (mode == 0) {
		/* static: a compound literal would die with this block */
		static char *idkey[] = { "id" };

		mode = M_KEY;
		keys = idkey;
		nkeys = 1;
	}
	/* a contained text is little like its whole: finer bands */
	if (threshold >= 0.65 && containment == 0)
		rows = 4;
	else if (threshold < 0.35 || containment > 0)
		rows = 2;
	nband = NBIN / rows;
	if (mode == M_NEAR && shard_n)
		ak_errx(2, "--shard cannot split --near: near duplicates "
		    "have different hashes");

	switch (mode) {
	case M_KEY:
		dd_store_init(&store, sizeof(dd_head));
		fn = do_key;
		break;
	case M_NEAR:
		dd_store_init(&store, sizeof(near_item));
		fn = do_near;
		break;
	default:
		dd_store_init(&store, sizeof(ev_item));
		path = ak_data_path("adedup-actors.tsv");
		lex_load(path, 1);
		free(path);
		for (i = 0; i < nlex; i++)
			lex_load(lexfiles[i], 1);
		sym_load();
		modes_load();
		tours_load();
		fn = do_events;
		break;
	}
	if (statepath != NULL) {
		havestate = 1;
		dd_state_open(&state, statepath, options_hash(), &store);
		dd_store_trim(&store, window >= 0 ? today - (int32_t)window :
		    INT32_MIN, maxitems);
		reindex();
		recover();
		commit();	/* where this run's output starts */
	}
	status = ak_run(argv + optind, argc - optind, fn, NULL);
	if (mode == M_EVENTS) {
		close_pending(C_ALL);
		status = ak_finish();
	}
	if (havestate) {
		dd_store_trim(&store, window >= 0 ? today - (int32_t)window :
		    INT32_MIN, maxitems);
		commit();
		dd_state_close(&state);
	}
	free(lexfiles);
	return status;
}
