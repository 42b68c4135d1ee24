/*
 * rec.c - unit tests of the record library: spans, decoding, edits,
 * and the reasons given for bad lines.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "akhbar.h"

static int fails;

#define CHECK(c) do { if (!(c)) { fprintf(stderr, "%s:%d: FAIL %s\n", \
	__FILE__, __LINE__, #c); fails++; } } while (0)

static int
span_is(ak_rec *r, const char *key, const char *want)
{
	int i = ak_rec_find(r, key);
	size_t n;
	const char *v;

	if (i < 0)
		return 0;
	v = ak_rec_raw(r, (size_t)i, &n);
	return n == strlen(want) && memcmp(v, want, n) == 0;
}

static const char *
bad(const char *line)
{
	ak_rec *r = ak_rec_new();
	const char *why = NULL;
	static char out[200];

	if (ak_rec_parse(r, line, strlen(line), &why) == 0)
		why = NULL;
	snprintf(out, sizeof(out), "%s", why ? why : "");
	ak_rec_free(r);
	return why ? out : NULL;
}

int
main(void)
{
	ak_rec *r = ak_rec_new();
	const char *why, *s;
	const char *line = " { \"a\" : 12.5e3 , \"b\":[1,{\"x\":[]}],\"c\":{\"d\":\"\\u0645\"},"
	    "\"e\\u0041\":true,\"f\":null ,\"t\":\"q\\\"\\n\\ud83d\\ude00\"}  ";
	size_t n;
	char deep[1200];

	ak_init("unit");
	CHECK(ak_rec_parse(r, line, strlen(line), &why) == 0);
	CHECK(ak_rec_nfields(r) == 6);
	CHECK(span_is(r, "a", "12.5e3"));
	CHECK(span_is(r, "b", "[1,{\"x\":[]}]"));
	CHECK(span_is(r, "c", "{\"d\":\"\\u0645\"}"));
	CHECK(span_is(r, "eA", "true"));
	CHECK(span_is(r, "f", "null"));
	CHECK(ak_rec_type(r, 0) == AK_NUMBER);
	CHECK(ak_rec_type(r, 1) == AK_ARRAY);
	CHECK(ak_rec_type(r, 2) == AK_OBJECT);
	CHECK(ak_rec_type(r, 4) == AK_NULL);
	s = ak_rec_str(r, "t", &n);
	CHECK(s != NULL && n == 7 && memcmp(s, "q\"\n\xf0\x9f\x98\x80", 7) == 0);
	CHECK(ak_rec_str(r, "a", &n) == NULL);
	CHECK(ak_rec_str(r, "zz", &n) == NULL);

	CHECK(bad("[1,2]") && strcmp(bad("[1,2]"), "not a JSON object") == 0);
	CHECK(bad("\"x\"") != NULL);
	CHECK(bad("12") != NULL);
	CHECK(bad("") && strcmp(bad(""), "empty line") == 0);
	CHECK(bad("{\"a\":1}{}") != NULL);
	CHECK(bad("{\"a\":1,}") != NULL);
	CHECK(bad("{\"a\":\"\xff\"}") && strstr(bad("{\"a\":\"\xff\"}"), "UTF-8"));
	CHECK(bad("{\"a\":\"\xed\xa0\x80\"}") != NULL);	/* surrogate */
	CHECK(bad("{\"a\":\"\xc0\xaf\"}") != NULL);	/* overlong */
	CHECK(bad("{\"a\":1} ") == NULL);
	/* an unfinished token after the object: yajl says nothing of it */
	CHECK(bad("{\"a\":1}\"}") && strstr(bad("{\"a\":1}\"}"), "trailing garbage"));
	CHECK(bad("{\"a\":1,\"a\":2}\"") != NULL);
	CHECK(bad("{\"a\":1}\v") == NULL);	/* yajl's white space */
	CHECK(bad("{}") == NULL);
	memset(deep, '[', sizeof(deep));
	memcpy(deep, "{\"a\":", 5);
	deep[sizeof(deep) - 1] = '\0';
	CHECK(bad(deep) && strstr(bad(deep), "nesting"));

	/* UTF-8 decoding: good sequences, and one U+FFFD per bad byte */
	{
		const char *u = "a\xd9\x85\xe2\x80\x8f\xf0\x9f\x98\x80\xff\xe2\x80";
		size_t i = 0, len = strlen(u);

		CHECK(ak_utf8_next(u, len, &i) == 'a');
		CHECK(ak_utf8_next(u, len, &i) == 0x645);
		CHECK(ak_utf8_next(u, len, &i) == 0x200F);
		CHECK(ak_utf8_next(u, len, &i) == 0x1F600);
		CHECK(ak_utf8_next(u, len, &i) == 0xFFFD && i == 11);
		CHECK(ak_utf8_next(u, len, &i) == 0xFFFD && i == 12);
		CHECK(ak_utf8_next(u, len, &i) == 0xFFFD && i == 13);
		CHECK(ak_utf8_count(u, 11) == 4 + 1);
	}
	ak_rec_free(r);
	if (fails == 0)
		printf("unit rec: all passed\n");
	return fails != 0;
}
