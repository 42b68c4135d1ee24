/*
 * rec.c - a record is one line holding one JSON object.
 *
 * A line is validated once.  The common line (strict JSON, plain white
 * space) is read by fast_parse() below, which notes the spans as it goes;
 * any other goes to yajl's callback parser, which accepts a little more
 * and words the reason for a bad line.  While yajl runs we note the byte
 * span of every top-level key and value: inside a callback
 * yajl_get_bytes_consumed() is the offset just past the token that fired
 * it, so a scalar's end, a container's closing bracket and a key's
 * closing quote are known exactly; starts are found by skipping the white
 * space and the ',' or ':' that the grammar allows before them.  Nothing
 * is decoded unless the filter asks for it, and untouched fields are
 * written back as the very same bytes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <yajl/yajl_gen.h>
#include <yajl/yajl_parse.h>

#include "akhbar.h"

typedef struct {
	size_t	koff, klen;	/* key, with its quotes */
	size_t	voff, vlen;	/* value */
	int	kesc;		/* the key has an escape */
} field;

typedef struct {
	size_t	koff, klen;	/* key name in r->edits */
	size_t	voff, vlen;	/* JSON value in r->edits; vlen 0: delete */
	int	used;
} edit;

struct ak_rec {
	const char	*line;
	size_t		 len;
	field		*f;
	size_t		 nf, capf;
	edit		*e;
	size_t		 ne, cape;
	ak_buf		 edits;		/* edit keys and values */
	ak_buf		 dec;		/* decoded strings, NUL-separated */
	yajl_handle	 h;
	/* parse state */
	int		 depth;
	int		 fail;		/* 1 not an object, 2 too deep */
	size_t		 prev;		/* end of the last depth-1 token */
	size_t		 end;		/* just past the object's '}' */
};

static char	whybuf[160];

static void	free_decoded(ak_rec *);

static size_t
skipsep(const char *s, size_t i, size_t n, char sep)
{
	/* yajl's lexer takes \v and \f for white space too */
	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' ||
	    s[i] == '\r' || s[i] == '\v' || s[i] == '\f' || s[i] == sep))
		i++;
	return i;
}

/* a value at depth 1 ends at `end': record it in the last field */
static void
value_end(ak_rec *r, size_t end)
{
	field *f = &r->f[r->nf - 1];

	f->voff = skipsep(r->line, f->koff + f->klen, r->len, ':');
	f->vlen = end - f->voff;
	r->prev = end;
}

static int
scalar(void *ctx)
{
	ak_rec *r = ctx;

	if (r->depth == 0) {
		r->fail = 1;
		return 0;
	}
	if (r->depth == 1)
		value_end(r, yajl_get_bytes_consumed(r->h));
	return 1;
}

static int cb_null(void *c) { return scalar(c); }
static int cb_bool(void *c, int b) { (void)b; return scalar(c); }
static int cb_num(void *c, const char *s, size_t l)
{ (void)s; (void)l; return scalar(c); }
static int cb_str(void *c, const unsigned char *s, size_t l)
{ (void)s; (void)l; return scalar(c); }

static int
cb_start_map(void *ctx)
{
	ak_rec *r = ctx;

	if (r->depth == 0)
		r->prev = yajl_get_bytes_consumed(r->h);
	if (++r->depth > AK_MAX_DEPTH) {
		r->fail = 2;
		return 0;
	}
	return 1;
}

static int
cb_start_array(void *ctx)
{
	ak_rec *r = ctx;

	if (r->depth == 0) {
		r->fail = 1;
		return 0;
	}
	if (++r->depth > AK_MAX_DEPTH) {
		r->fail = 2;
		return 0;
	}
	return 1;
}

static int
cb_end(void *ctx)
{
	ak_rec *r = ctx;

	if (--r->depth == 1)
		value_end(r, yajl_get_bytes_consumed(r->h));
	else if (r->depth == 0)
		r->end = yajl_get_bytes_consumed(r->h);
	return 1;
}

static field *
new_field(ak_rec *r)
{
	if (r->nf == r->capf) {
		r->capf = r->capf ? r->capf * 2 : 16;
		r->f = ak_realloc(r->f, r->capf * sizeof(*r->f));
	}
	return &r->f[r->nf++];
}

static int
cb_key(void *ctx, const unsigned char *s, size_t l)
{
	ak_rec *r = ctx;
	field *f;

	(void)s; (void)l;
	if (r->depth != 1)
		return 1;
	f = new_field(r);
	f->koff = skipsep(r->line, r->prev, r->len, ',');
	f->klen = yajl_get_bytes_consumed(r->h) - f->koff;
	f->kesc = memchr(r->line + f->koff, '\\', f->klen) != NULL;
	f->voff = f->vlen = 0;
	return 1;
}

static const yajl_callbacks callbacks = {
	cb_null, cb_bool, NULL, NULL, cb_num, cb_str,
	cb_start_map, cb_key, cb_end, cb_start_array, cb_end
};

ak_rec *
ak_rec_new(void)
{
	ak_rec *r = ak_calloc(1, sizeof(*r));

	return r;
}

void
ak_rec_free(ak_rec *r)
{
	if (r == NULL)
		return;
	if (r->h)
		yajl_free(r->h);
	free(r->f);
	free(r->e);
	free_decoded(r);
	ak_buf_free(&r->edits);
	ak_buf_free(&r->dec);
	free(r);
}

static void
reset(ak_rec *r)
{
	r->nf = r->ne = 0;
	r->depth = r->fail = 0;
	r->prev = r->end = 0;
	ak_buf_reset(&r->edits);
	free_decoded(r);
}

/*
 * The common case without yajl: strict RFC 8259 JSON, white space only
 * space, tab, CR and LF, valid UTF-8 without NUL.  Everything it
 * accepts yajl accepts too, with the same spans; anything else (a bad
 * line, \v or \f, deep nesting) it leaves to the checks below and yajl,
 * which word the reason.
 */
#define WS(c)	((c) == ' ' || (c) == '\t' || (c) == '\n' || (c) == '\r')

static int
hexdig(unsigned c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

/* 1: ASCII a string holds as it is, 2: the lead of a two-byte letter */
static const unsigned char plain[256] = {
	['\x20'] = 1, 1, 0 /* " */, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0 /* \\ */, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	[0xC2] = 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2
};

/*
 * Just past the string that starts at s[i] ('"'), or 0.  It checks the
 * UTF-8 too: outside strings only ASCII passes, so a line accepted here
 * needs no other check.  *esc tells whether it holds an escape.
 */
static size_t
fast_str(const unsigned char *s, size_t i, size_t n, int *esc)
{
	unsigned c;

	*esc = 0;
	for (i++; ; ) {
		/* plain ASCII and two-byte letters, the bulk of the text */
		while (i + 1 < n) {
			c = plain[s[i]];
			if (c == 1)
				i++;
			else if (c == 2 && (s[i + 1] & 0xC0) == 0x80)
				i += 2;
			else
				break;
		}
		if (i >= n)
			return 0;
		c = s[i];
		if (c >= 0x80) {
			unsigned lo, hi;

			if (c >= 0xE0 && c <= 0xEF) {
				lo = c == 0xE0 ? 0xA0 : 0x80;
				hi = c == 0xED ? 0x9F : 0xBF;
				if (i + 2 >= n || s[i + 1] < lo ||
				    s[i + 1] > hi || (s[i + 2] & 0xC0) != 0x80)
					return 0;
				i += 3;
			} else if (c >= 0xF0 && c <= 0xF4) {
				lo = c == 0xF0 ? 0x90 : 0x80;
				hi = c == 0xF4 ? 0x8F : 0xBF;
				if (i + 3 >= n || s[i + 1] < lo ||
				    s[i + 1] > hi || (s[i + 2] & 0xC0) != 0x80 ||
				    (s[i + 3] & 0xC0) != 0x80)
					return 0;
				i += 4;
			} else
				return 0;
			continue;
		}
		if (c == '"')
			return i + 1;
		if (c < 0x20)
			return 0;
		if (s[i++] != '\\')
			continue;
		*esc = 1;
		if (i >= n)
			return 0;
		switch (s[i++]) {
		case '"': case '\\': case '/': case 'b': case 'f': case 'n':
		case 'r': case 't':
			break;
		case 'u':
			if (i + 4 > n || !hexdig(s[i]) || !hexdig(s[i + 1]) ||
			    !hexdig(s[i + 2]) || !hexdig(s[i + 3]))
				return 0;
			i += 4;
			break;
		default:
			return 0;
		}
	}
}

/* just past the number at s[i], or 0 */
static size_t
fast_num(const unsigned char *s, size_t i, size_t n)
{
	if (i < n && s[i] == '-')
		i++;
	if (i < n && s[i] == '0')
		i++;
	else if (i < n && s[i] >= '1' && s[i] <= '9')
		while (++i < n && s[i] >= '0' && s[i] <= '9')
			;
	else
		return 0;
	if (i < n && s[i] == '.') {
		if (++i >= n || s[i] < '0' || s[i] > '9')
			return 0;
		while (++i < n && s[i] >= '0' && s[i] <= '9')
			;
	}
	if (i < n && (s[i] == 'e' || s[i] == 'E')) {
		if (++i < n && (s[i] == '+' || s[i] == '-'))
			i++;
		if (i >= n || s[i] < '0' || s[i] > '9')
			return 0;
		while (++i < n && s[i] >= '0' && s[i] <= '9')
			;
	}
	return i;
}

static int
fast_parse(ak_rec *r)
{
	const unsigned char *s = (const unsigned char *)r->line;
	size_t n = r->len, i = 0, j;
	char stk[AK_MAX_DEPTH];		/* '{' or '[' of each open level */
	int depth = 0, esc;
	field *f = NULL;

	while (i < n && WS(s[i]))
		i++;
	if (i >= n || s[i] != '{')
		return -1;
	stk[depth++] = '{';
	r->prev = ++i;
	goto first;
key:
	if (i >= n || s[i] != '"' || (j = fast_str(s, i, n, &esc)) == 0)
		return -1;
	if (depth == 1) {
		f = new_field(r);
		f->koff = i;
		f->klen = j - i;
		f->kesc = esc;
	}
	i = j;
	while (i < n && WS(s[i]))
		i++;
	if (i >= n || s[i] != ':')
		return -1;
	i++;
	while (i < n && WS(s[i]))
		i++;
value:
	if (i >= n)
		return -1;
	if (depth == 1)
		f->voff = i;
	switch (s[i]) {
	case '"':
		if ((i = fast_str(s, i, n, &esc)) == 0)
			return -1;
		break;
	case '{': case '[':
		if (depth == AK_MAX_DEPTH)
			return -1;
		stk[depth++] = (char)s[i++];
		goto first;
	case 't':
		if (n - i < 4 || memcmp(s + i, "true", 4) != 0)
			return -1;
		i += 4;
		break;
	case 'f':
		if (n - i < 5 || memcmp(s + i, "false", 5) != 0)
			return -1;
		i += 5;
		break;
	case 'n':
		if (n - i < 4 || memcmp(s + i, "null", 4) != 0)
			return -1;
		i += 4;
		break;
	default:
		if ((i = fast_num(s, i, n)) == 0)
			return -1;
	}
done:				/* a value ends just before s[i] */
	if (depth == 1)
		f->vlen = i - f->voff;
	while (i < n && WS(s[i]))
		i++;
	if (i >= n)
		return -1;
	if (s[i] == ',') {
		i++;
		while (i < n && WS(s[i]))
			i++;
		if (stk[depth - 1] == '{')
			goto key;
		goto value;
	}
	if (s[i] != (stk[depth - 1] == '{' ? '}' : ']'))
		return -1;
close:				/* s[i] closes the innermost level */
	i++;
	if (--depth > 0)
		goto done;
	while (i < n && WS(s[i]))
		i++;
	return i == n ? 0 : -1;
first:				/* just after '{' or '[' */
	while (i < n && WS(s[i]))
		i++;
	if (i < n && s[i] == (stk[depth - 1] == '{' ? '}' : ']'))
		goto close;
	if (stk[depth - 1] == '{')
		goto key;
	goto value;
}

int
ak_rec_parse(ak_rec *r, const char *line, size_t len, const char **why)
{
	yajl_status st;
	const char *nul;
	size_t ok;

	reset(r);
	r->line = line;
	r->len = len;
	if (fast_parse(r) == 0)
		return 0;
	reset(r);
	if ((nul = memchr(line, '\0', len)) != NULL) {
		snprintf(whybuf, sizeof(whybuf), "NUL byte at byte %zu",
		    (size_t)(nul - line) + 1);
		*why = whybuf;
		return -1;
	}
	if ((ok = ak_utf8_valid(line, len)) != len) {
		snprintf(whybuf, sizeof(whybuf), "invalid UTF-8 at byte %zu",
		    ok + 1);
		*why = whybuf;
		return -1;
	}
	/* yajl keeps state across documents: a fresh handle is cheap */
	if (r->h)
		yajl_free(r->h);
	r->h = yajl_alloc(&callbacks, NULL, r);
	if (r->h == NULL)
		ak_errx(2, "yajl_alloc failed");
	/* the whole line was validated above: once is enough */
	yajl_config(r->h, yajl_dont_validate_strings, 1);
	st = yajl_parse(r->h, (const unsigned char *)line, len);
	if (st == yajl_status_ok)
		st = yajl_complete_parse(r->h);
	/*
	 * yajl ends without a word when what follows the object is a token
	 * it has not finished (an open string: {"a":1}"}), so the rest of
	 * the line must be white space
	 */
	if (st == yajl_status_ok && r->depth == 0 && r->fail == 0 &&
	    r->prev > 0 && r->end > 0 &&
	    (ok = skipsep(line, r->end, len, 0)) < len) {
		snprintf(whybuf, sizeof(whybuf), "invalid JSON at byte %zu: "
		    "trailing garbage", ok + 1);
		*why = whybuf;
		return -1;
	}
	if (st == yajl_status_ok && r->depth == 0 && r->fail == 0 &&
	    r->prev > 0)
		return 0;
	if (r->fail == 1 || (st == yajl_status_ok && r->prev == 0))
		*why = "not a JSON object";
	else if (r->fail == 2)
		*why = "JSON nesting deeper than 256 levels";
	else if (len == 0 || skipsep(line, 0, len, 0) == len)
		*why = "empty line";
	else {
		unsigned char *m = yajl_get_error(r->h, 0,
		    (const unsigned char *)line, len);
		size_t n = strlen((char *)m);

		while (n > 0 && (m[n - 1] == '\n' || m[n - 1] == ' ' ||
		    m[n - 1] == '.'))
			n--;
		snprintf(whybuf, sizeof(whybuf), "invalid JSON at byte %zu: %.*s",
		    yajl_get_bytes_consumed(r->h) + 1, (int)n, (char *)m);
		yajl_free_error(r->h, m);
		*why = whybuf;
	}
	return -1;
}

size_t
ak_rec_nfields(const ak_rec *r)
{
	return r->nf;
}

static int
key_is(ak_rec *r, size_t i, const char *key, size_t klen)
{
	const field *f = &r->f[i];
	const char *k = r->line + f->koff + 1;
	size_t n = f->klen - 2;
	const char *d;
	size_t dl;

	if (!f->kesc)
		return n == klen && memcmp(k, key, n) == 0;
	d = ak_rec_key(r, i, &dl);
	return dl == klen && memcmp(d, key, dl) == 0;
}

int
ak_rec_find(const ak_rec *cr, const char *key)
{
	ak_rec *r = (ak_rec *)cr;	/* may decode an escaped key */
	size_t i, kl = strlen(key);

	for (i = 0; i < r->nf; i++)
		if (key_is(r, i, key, kl))
			return (int)i;
	return -1;
}

/*
 * Decodes a JSON string span.  Each result is its own allocation, listed
 * in r->dec and freed at the next parse, so that earlier results never
 * move while a filter holds them.
 */
static const char *
decode(ak_rec *r, const char *s, size_t n, size_t *len)
{
	/* decoding never lengthens a string: one allocation, no copy */
	ak_buf b = { ak_malloc(n + 1), 0, n + 1 };

	ak_json_decode_str(&b, s, n);
	ak_buf_add(&r->dec, &b.p, sizeof(b.p));
	*len = b.len;
	return b.p;
}

static void
free_decoded(ak_rec *r)
{
	size_t i;
	char *p;

	for (i = 0; i + sizeof(p) <= r->dec.len; i += sizeof(p)) {
		memcpy(&p, r->dec.p + i, sizeof(p));
		free(p);
	}
	ak_buf_reset(&r->dec);
}

const char *
ak_rec_key(ak_rec *r, size_t i, size_t *len)
{
	const field *f = &r->f[i];

	if (!f->kesc) {
		*len = f->klen - 2;
		return r->line + f->koff + 1;	/* not NUL-terminated */
	}
	return decode(r, r->line + f->koff, f->klen, len);
}

const char *
ak_rec_raw(const ak_rec *r, size_t i, size_t *len)
{
	*len = r->f[i].vlen;
	return r->line + r->f[i].voff;
}

enum ak_type
ak_rec_type(const ak_rec *r, size_t i)
{
	if (i >= r->nf || r->f[i].vlen == 0)
		return AK_NONE;
	switch (r->line[r->f[i].voff]) {
	case '"': return AK_STRING;
	case '{': return AK_OBJECT;
	case '[': return AK_ARRAY;
	case 't': return AK_TRUE;
	case 'f': return AK_FALSE;
	case 'n': return AK_NULL;
	default:  return AK_NUMBER;
	}
}

const char *
ak_rec_str(ak_rec *r, const char *key, size_t *len)
{
	int i = ak_rec_find(r, key);
	const field *f;
	size_t dummy;

	if (i < 0 || ak_rec_type(r, (size_t)i) != AK_STRING)
		return NULL;
	f = &r->f[i];
	return decode(r, r->line + f->voff, f->vlen, len ? len : &dummy);
}

const char *
ak_rec_line(const ak_rec *r, size_t *len)
{
	*len = r->len;
	return r->line;
}

/* ---- edits ---- */

static edit *
new_edit(ak_rec *r, const char *key)
{
	edit *e;
	size_t i, kl = strlen(key);

	/* a second edit of the same key replaces the first */
	for (i = 0; i < r->ne; i++)
		if (r->e[i].klen == kl &&
		    memcmp(r->edits.p + r->e[i].koff, key, kl) == 0)
			break;
	if (i == r->ne) {
		if (r->ne == r->cape) {
			r->cape = r->cape ? r->cape * 2 : 8;
			r->e = ak_realloc(r->e, r->cape * sizeof(*r->e));
		}
		r->ne++;
	}
	e = &r->e[i];
	e->koff = r->edits.len;
	e->klen = kl;
	ak_buf_add(&r->edits, key, kl);
	e->voff = r->edits.len;
	e->vlen = 0;
	e->used = 0;
	return e;
}

void
ak_rec_set_raw(ak_rec *r, const char *key, const char *json, size_t len)
{
	edit *e = new_edit(r, key);

	ak_buf_add(&r->edits, json, len);
	e->vlen = len;
}

void
ak_rec_set_str(ak_rec *r, const char *key, const char *s, size_t len)
{
	edit *e = new_edit(r, key);

	ak_json_str(&r->edits, s, len);
	e->vlen = r->edits.len - e->voff;
}

void
ak_rec_set_int(ak_rec *r, const char *key, long long v)
{
	edit *e = new_edit(r, key);

	ak_buf_printf(&r->edits, "%lld", v);
	e->vlen = r->edits.len - e->voff;
}

void
ak_rec_set_null(ak_rec *r, const char *key)
{
	ak_rec_set_raw(r, key, "null", 4);
}

void
ak_rec_del(ak_rec *r, const char *key)
{
	(void)new_edit(r, key);
}

void
ak_rec_put_field(const ak_rec *r, size_t i)
{
	const field *f = &r->f[i];

	ak_put(r->line + f->koff, f->klen);
	ak_putc(':');
	ak_put(r->line + f->voff, f->vlen);
}

static void
put_key(const char *k, size_t n)
{
	ak_put_json_str(k, n);
	ak_putc(':');
}

void
ak_rec_emit(ak_rec *r)
{
	size_t i, j;
	int first = 1;

	ak_putc('{');
	for (i = 0; i < r->nf; i++) {
		edit *e = NULL;
		const char *k = r->line + r->f[i].koff + 1;
		size_t kl = r->f[i].klen - 2;

		for (j = 0; j < r->ne; j++)
			if (r->e[j].klen == kl && memcmp(r->edits.p +
			    r->e[j].koff, k, kl) == 0) {
				e = &r->e[j];
				break;
			}
		if (e == NULL && r->ne > 0 && r->f[i].kesc) {
			size_t dl;
			const char *d = ak_rec_key(r, i, &dl);

			for (j = 0; j < r->ne; j++)
				if (r->e[j].klen == dl && memcmp(r->edits.p +
				    r->e[j].koff, d, dl) == 0) {
					e = &r->e[j];
					break;
				}
		}
		if (e != NULL && (e->vlen == 0 || e->used))
			continue;
		if (!first)
			ak_putc(',');
		first = 0;
		if (e != NULL) {
			ak_put(r->line + r->f[i].koff, r->f[i].klen);
			ak_putc(':');
			ak_put(r->edits.p + e->voff, e->vlen);
			e->used = 1;
		} else
			ak_rec_put_field(r, i);
	}
	for (j = 0; j < r->ne; j++) {
		edit *e = &r->e[j];

		if (e->used || e->vlen == 0)
			continue;
		if (!first)
			ak_putc(',');
		first = 0;
		put_key(r->edits.p + e->koff, e->klen);
		ak_put(r->edits.p + e->voff, e->vlen);
		e->used = 1;
	}
	ak_putc('}');
	ak_endrec();
}

/* ---- JSON strings ---- */

static ak_buf	*gen_out;
static yajl_gen	 gen;

static void
gen_print(void *ctx, const char *s, size_t n)
{
	(void)ctx;
	ak_buf_add(gen_out, s, n);
}

void
ak_json_str(ak_buf *b, const char *s, size_t len)
{
	size_t k;

	/* nothing to escape: the very bytes yajl_gen would write */
	for (k = 0; k < len; k++)
		if ((unsigned char)s[k] < 0x20 || s[k] == '"' || s[k] == '\\')
			break;
	if (k == len && ak_utf8_valid(s, len) == len) {
		ak_buf_grow(b, len + 2);
		b->p[b->len++] = '"';
		memcpy(b->p + b->len, s, len);
		b->len += len;
		b->p[b->len++] = '"';
		return;
	}
	if (gen == NULL) {
		if ((gen = yajl_gen_alloc(NULL)) == NULL)
			ak_errx(2, "yajl_gen_alloc failed");
		yajl_gen_config(gen, yajl_gen_print_callback, gen_print, NULL);
		yajl_gen_config(gen, yajl_gen_validate_utf8, 1);
	}
	gen_out = b;
	yajl_gen_reset(gen, NULL);
	if (ak_utf8_valid(s, len) != len) {
		/* not from a validated record (a file name, say): each bad byte
		 * becomes U+FFFD rather than losing the whole string */
		static ak_buf fix;
		size_t i = 0;

		ak_buf_reset(&fix);
		while (i < len)
			ak_utf8_put(&fix, ak_utf8_next(s, len, &i));
		s = fix.p;
		len = fix.len;
	}
	if (yajl_gen_string(gen, (const unsigned char *)s, len) !=
	    yajl_gen_status_ok)
		ak_errx(2, "yajl_gen_string failed");
	yajl_gen_clear(gen);
}

void
ak_put_json_str(const char *s, size_t len)
{
	static ak_buf tmp;

	ak_buf_reset(&tmp);
	ak_json_str(&tmp, s, len);
	ak_put_buf(&tmp);
}

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static uint32_t
hex4(const char *s, size_t n, size_t i)
{
	uint32_t v = 0;
	int k, h;

	if (i + 4 > n)
		return 0xFFFFFFFF;
	for (k = 0; k < 4; k++) {
		if ((h = hexval((unsigned char)s[i + k])) < 0)
			return 0xFFFFFFFF;
		v = v << 4 | (uint32_t)h;
	}
	return v;
}

void
ak_json_decode_str(ak_buf *out, const char *s, size_t n)
{
	size_t i, run;

	if (n >= 2 && s[0] == '"') {
		s++;
		n -= 2;
	}
	ak_buf_grow(out, n + 1);
	for (i = 0; i < n; ) {
		const char *bs = memchr(s + i, '\\', n - i);

		run = bs ? (size_t)(bs - (s + i)) : n - i;
		ak_buf_add(out, s + i, run);
		i += run;
		if (i >= n)
			break;
		i++;			/* the backslash */
		if (i >= n)
			break;
		switch (s[i++]) {
		case 'b': ak_buf_addc(out, '\b'); break;
		case 'f': ak_buf_addc(out, '\f'); break;
		case 'n': ak_buf_addc(out, '\n'); break;
		case 'r': ak_buf_addc(out, '\r'); break;
		case 't': ak_buf_addc(out, '\t'); break;
		case 'u': {
			uint32_t c = hex4(s, n, i), lo;

			if (c == 0xFFFFFFFF) {
				ak_utf8_put(out, 0xFFFD);
				break;
			}
			i += 4;
			if (c >= 0xD800 && c < 0xDC00 && i + 6 <= n &&
			    s[i] == '\\' && s[i + 1] == 'u' &&
			    (lo = hex4(s, n, i + 2)) >= 0xDC00 && lo < 0xE000) {
				c = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
				i += 6;
			} else if (c >= 0xD800 && c < 0xE000)
				c = 0xFFFD;	/* a lone surrogate */
			ak_utf8_put(out, c);
			break;
		}
		default:		/* " \ / */
			ak_buf_addc(out, s[i - 1]);
		}
	}
	ak_buf_cstr(out);
}
