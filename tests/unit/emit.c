/*
 * emit.c - unit tests of record edits: fields written back as the same
 * bytes, replaced in place, deleted, appended; the output goes through
 * the real output path into a pipe that the test reads back.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "akhbar.h"

static int fails;

#define CHECK(c) do { if (!(c)) { fprintf(stderr, "%s:%d: FAIL %s\n", \
	__FILE__, __LINE__, #c); fails++; } } while (0)

static char got[4096];

/* runs the edit function on line, returns what ak_rec_emit wrote */
static const char *
emit(const char *line, void (*edit)(ak_rec *))
{
	int fd[2], save;
	ssize_t n;
	ak_rec *r = ak_rec_new();
	const char *why;

	if (pipe(fd) < 0 || (save = dup(1)) < 0)
		abort();
	dup2(fd[1], 1);
	if (ak_rec_parse(r, line, strlen(line), &why) < 0)
		abort();
	edit(r);
	ak_rec_emit(r);
	ak_flush();
	dup2(save, 1);
	close(save);
	close(fd[1]);
	n = read(fd[0], got, sizeof(got) - 1);
	got[n > 0 ? n : 0] = '\0';
	close(fd[0]);
	ak_rec_free(r);
	return got;
}

static void none(ak_rec *r) { (void)r; }
static void settext(ak_rec *r) { ak_rec_set_str(r, "text", "a\"b\n\xd9\x85", 6); }
static void delid(ak_rec *r) { ak_rec_del(r, "id"); }
static void addn(ak_rec *r) { ak_rec_set_int(r, "n", -42); ak_rec_set_null(r, "z"); }
static void twice(ak_rec *r) { ak_rec_set_int(r, "n", 1); ak_rec_set_int(r, "n", 2); }
static void readthen(ak_rec *r)
{
	size_t n;
	const char *t = ak_rec_str(r, "text", &n);
	const char *u = ak_rec_str(r, "k", &n);

	/* earlier decoded strings stay valid after later ones */
	CHECK(strcmp(t, "x\xc3\xa9") == 0);
	CHECK(strcmp(u, "v") == 0);
	ak_rec_set_str(r, "text", t, strlen(t));
}

int
main(void)
{
	ak_init("unit");
	CHECK(strcmp(emit("{ \"id\" : \"\\u0041\",\"x\":[1, 2] }", none),
	    "{\"id\":\"\\u0041\",\"x\":[1, 2]}\n") == 0);
	CHECK(strcmp(emit("{\"id\":1,\"text\":\"old\",\"k\":{}}", settext),
	    "{\"id\":1,\"text\":\"a\\\"b\\n\xd9\x85\",\"k\":{}}\n") == 0);
	CHECK(strcmp(emit("{\"id\":1,\"t\":2,\"id\":3}", delid),
	    "{\"t\":2}\n") == 0);
	CHECK(strcmp(emit("{\v\"a\"\f:\v1\f,\f\"b\":2}", none),
	    "{\"a\":1,\"b\":2}\n") == 0);
	CHECK(strcmp(emit("{\"a\":1}", addn),
	    "{\"a\":1,\"n\":-42,\"z\":null}\n") == 0);
	CHECK(strcmp(emit("{}", addn), "{\"n\":-42,\"z\":null}\n") == 0);
	CHECK(strcmp(emit("{\"n\":0,\"n\":5}", twice), "{\"n\":2}\n") == 0);
	CHECK(strcmp(emit("{\"text\":\"x\\u00e9\",\"k\":\"v\"}", readthen),
	    "{\"text\":\"x\xc3\xa9\",\"k\":\"v\"}\n") == 0);
	{
		ak_buf b = { 0 };

		ak_json_str(&b, "a\xff" "b\xd9", 4);
		CHECK(b.len == 10 && memcmp(b.p, "\"a\xef\xbf\xbd" "b\xef\xbf\xbd\"", 10) == 0);
		ak_buf_free(&b);
	}
	if (fails)
		fprintf(stderr, "last output: %s", got);
	else
		printf("unit emit: all passed\n");
	return fails != 0;
}
