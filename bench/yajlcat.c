/*
 * yajlcat - the yardstick of the benchmark, and a field picker for the
 * shell scripts (fuzz, demo, pipelines tests).
 *
 *   yajlcat [FILE ...]            parse each line with yajl's callback
 *                                 parser and write it again with yajl_gen:
 *                                 the ceiling of any yajl-based filter
 *   yajlcat -x PATH[,PATH] [FILE ...]
 *                                 one output line per input line: the
 *                                 values at PATHs (keys joined by '.'),
 *                                 tab-separated; strings decoded (tab, CR
 *                                 and newline as space), other values as
 *                                 compact JSON, "-" when absent, "!" alone
 *                                 for a line that is not a JSON object;
 *                                 PATH# gives an array's length; the
 *                                 first occurrence counts, and PATHs may
 *                                 not nest in one another
 *
 * Exit status 1 when a line was not a JSON object.  No akhbar code here on
 * purpose: it measures yajl, not the library.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <yajl/yajl_gen.h>
#include <yajl/yajl_parse.h>

#define MAXPATH	16
#define MAXDEPTH 300

typedef struct {
	char	*key[8];
	int	 nkey;
	int	 count;		/* PATH#: array length wanted */
	int	 done;		/* first occurrence only */
	char	*val;		/* output text */
	size_t	 vlen;
} path;

static path	 paths[MAXPATH];
static int	 npaths;
static yajl_gen	 g;
static int	 depth;		/* containers open */
static int	 bad;		/* the line failed (object at top, depth) */
static int	 seen;		/* the top-level object opened */
/* picking: the key of every open map, and which path is being captured */
static const char *keys[MAXDEPTH];
static size_t	 keylen[MAXDEPTH];
static char	*keybuf[MAXDEPTH];
static int	 ismap[MAXDEPTH];
static int	 cap = -1, capdepth, capn;

static void
die(const char *m)
{
	fprintf(stderr, "yajlcat: %s\n", m);
	exit(2);
}

static int
match(void)
{
	int i, d;

	for (i = 0; i < npaths; i++) {
		path *p = &paths[i];

		if (p->done || p->nkey != depth)
			continue;
		for (d = 0; d < depth; d++)
			if (!ismap[d] || strlen(p->key[d]) != keylen[d] ||
			    memcmp(p->key[d], keys[d], keylen[d]) != 0)
				break;
		if (d == depth)
			return i;
	}
	return -1;
}

static void
setval(int i, const char *s, size_t n)
{
	paths[i].val = realloc(paths[i].val, n + 1);
	if (paths[i].val == NULL)
		die("out of memory");
	memcpy(paths[i].val, s, n);
	paths[i].val[n] = '\0';
	paths[i].vlen = n;
	paths[i].done = 1;
}

/* a scalar or container starts at the current place */
static int
value(int container)
{
	int i;

	if (npaths == 0 || cap >= 0)
		return -1;
	if ((i = match()) < 0)
		return -1;
	if (container) {
		cap = i;
		capdepth = depth;
		capn = 0;
		yajl_gen_reset(g, NULL);
		yajl_gen_clear(g);
	}
	return i;
}

/* PATH#: count the elements of the array being captured */
static void
scalar_done(void)
{
	if (cap >= 0 && depth == capdepth + 1)
		capn++;
}

static int
picking(void)
{
	return npaths == 0 || cap >= 0;
}

static void
gen_scalar_text(int i)
{
	const unsigned char *b;
	size_t n;

	yajl_gen_get_buf(g, &b, &n);
	setval(i, (const char *)b, n);
	yajl_gen_reset(g, NULL);
	yajl_gen_clear(g);
}

#define SCALAR(genexpr)							\
	int i;								\
	if (depth == 0) { bad = 1; return 0; }				\
	if (npaths && cap < 0) {					\
		if ((i = value(0)) >= 0) {				\
			yajl_gen_reset(g, NULL); yajl_gen_clear(g);	\
			genexpr;					\
			gen_scalar_text(i);				\
		}							\
	} else								\
		genexpr;						\
	scalar_done();							\
	return 1;

static int cb_null(void *c) { (void)c; SCALAR(yajl_gen_null(g)) }
static int cb_bool(void *c, int v) { (void)c; SCALAR(yajl_gen_bool(g, v)) }
static int cb_num(void *c, const char *s, size_t l)
{ (void)c; SCALAR(yajl_gen_number(g, s, l)) }

static int
cb_str(void *c, const unsigned char *s, size_t l)
{
	int i;
	size_t k;

	(void)c;
	if (depth == 0) {
		bad = 1;
		return 0;
	}
	if (npaths && cap < 0) {
		if ((i = value(0)) >= 0) {
			setval(i, (const char *)s, l);
			for (k = 0; k < l; k++)
				if (paths[i].val[k] == '\t' ||
				    paths[i].val[k] == '\n' ||
				    paths[i].val[k] == '\r')
					paths[i].val[k] = ' ';
		}
	} else
		yajl_gen_string(g, s, l);
	scalar_done();
	return 1;
}

static int
open_(int map)
{
	if (depth == 0 && !map) {
		bad = 1;
		return 0;
	}
	if (depth >= 256) {
		bad = 1;
		return 0;
	}
	if (npaths && cap < 0 && depth > 0)
		value(1);
	if (depth == 0)
		seen = 1;
	if (cap >= 0 && depth == capdepth + 1)
		capn++;
	if (picking())
		map ? yajl_gen_map_open(g) : yajl_gen_array_open(g);
	ismap[depth] = map;
	keys[depth] = NULL;
	keylen[depth] = 0;
	depth++;
	return 1;
}

static int
close_(int map)
{
	const unsigned char *b;
	size_t n;
	char num[32];

	if (picking())
		map ? yajl_gen_map_close(g) : yajl_gen_array_close(g);
	depth--;
	if (cap >= 0 && depth == capdepth) {
		if (paths[cap].count) {
			snprintf(num, sizeof(num), "%d", map ? -1 : capn);
			setval(cap, num, strlen(num));
		} else {
			yajl_gen_get_buf(g, &b, &n);
			setval(cap, (const char *)b, n);
		}
		cap = -1;
	}
	return 1;
}

static int cb_smap(void *c) { (void)c; return open_(1); }
static int cb_emap(void *c) { (void)c; return close_(1); }
static int cb_sarr(void *c) { (void)c; return open_(0); }
static int cb_earr(void *c) { (void)c; return close_(0); }

static int
cb_key(void *c, const unsigned char *s, size_t l)
{
	int d = depth - 1;

	(void)c;
	if (picking())
		yajl_gen_string(g, s, l);
	if (npaths && d < MAXDEPTH) {
		keybuf[d] = realloc(keybuf[d], l + 1);
		if (keybuf[d] == NULL)
			die("out of memory");
		memcpy(keybuf[d], s, l);
		keys[d] = keybuf[d];
		keylen[d] = l;
	}
	return 1;
}

static const yajl_callbacks cbs = {
	cb_null, cb_bool, NULL, NULL, cb_num, cb_str,
	cb_smap, cb_key, cb_emap, cb_sarr, cb_earr
};

static void
parsepaths(char *arg)
{
	char *p, *k;

	for (p = strtok(arg, ","); p != NULL; p = strtok(NULL, ",")) {
		path *q;
		size_t n;

		if (npaths == MAXPATH)
			die("too many paths");
		q = &paths[npaths++];
		n = strlen(p);
		if (n > 0 && p[n - 1] == '#') {
			q->count = 1;
			p[n - 1] = '\0';
		}
		for (k = strtok_r(p, ".", &p); k != NULL; k = strtok_r(NULL, ".", &p))
			if (q->nkey < 8)
				q->key[q->nkey++] = k;
	}
}

/* one line: 0 when it was one JSON object */
static int
line(const char *s, size_t n)
{
	yajl_handle h;
	yajl_status st;
	int ok;

	depth = bad = seen = 0;
	cap = -1;
	yajl_gen_reset(g, NULL);
	yajl_gen_clear(g);
	if (memchr(s, '\0', n) != NULL)
		return -1;
	if ((h = yajl_alloc(&cbs, NULL, NULL)) == NULL)
		die("yajl_alloc failed");
	st = yajl_parse(h, (const unsigned char *)s, n);
	if (st == yajl_status_ok)
		st = yajl_complete_parse(h);
	ok = st == yajl_status_ok && !bad && seen && depth == 0;
	yajl_free(h);
	return ok ? 0 : -1;
}

static int
run(FILE *fp)
{
	char *buf = NULL;
	size_t sz = 0;
	ssize_t n;
	int status = 0, i;
	const unsigned char *b;
	size_t len;

	while ((n = getline(&buf, &sz, fp)) != -1) {
		if (n > 0 && buf[n - 1] == '\n')
			n--;
		for (i = 0; i < npaths; i++)
			paths[i].done = 0;
		if (line(buf, n) != 0) {
			status = 1;
			if (npaths)
				fputs("!\n", stdout);
			continue;
		}
		if (npaths == 0) {
			yajl_gen_get_buf(g, &b, &len);
			fwrite(b, 1, len, stdout);
			putchar('\n');
			continue;
		}
		for (i = 0; i < npaths; i++) {
			if (i > 0)
				putchar('\t');
			if (paths[i].done)
				fwrite(paths[i].val, 1, paths[i].vlen, stdout);
			else
				putchar('-');
		}
		putchar('\n');
	}
	free(buf);
	return status;
}

int
main(int argc, char *argv[])
{
	int c, i, status = 0;
	FILE *fp;
	static char obuf[1 << 16];

	while ((c = getopt(argc, argv, "x:")) != -1)
		switch (c) {
		case 'x':
			parsepaths(optarg);
			break;
		default:
			fprintf(stderr, "usage: yajlcat [-x PATH[,PATH...]] "
			    "[FILE ...]\n");
			return 2;
		}
	setvbuf(stdout, obuf, _IOFBF, sizeof(obuf));
	if ((g = yajl_gen_alloc(NULL)) == NULL)
		die("yajl_gen_alloc failed");
	if (optind == argc)
		status = run(stdin);
	for (i = optind; i < argc; i++) {
		if ((fp = fopen(argv[i], "r")) == NULL) {
			perror(argv[i]);
			status = 2;
			continue;
		}
		c = run(fp);
		if (c > status)
			status = c;
		fclose(fp);
	}
	if (fflush(stdout) == EOF || ferror(stdout))
		die("write error");
	yajl_gen_free(g);
	return status;
}
