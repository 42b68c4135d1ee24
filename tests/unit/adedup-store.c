/*
 * adedup-store.c - unit tests of adedup's memory: the multimap, trimming
 * the store, and a state file written and read back.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "akhbar.h"
#include "adedup-store.h"

static int fails;

#define CHECK(c) do { if (!(c)) { fprintf(stderr, "%s:%d: FAIL %s\n", \
	__FILE__, __LINE__, #c); fails++; } } while (0)

typedef struct {
	dd_head		hd;
	uint32_t	extra;
} item;

static void
mmap_tests(void)
{
	dd_mmap m = { 0 };
	uint32_t v, i, seen;
	size_t pos;

	/* many values under one key, and growth past the first size */
	for (i = 0; i < 5000; i++)
		dd_mm_add(&m, i % 7 == 0 ? 42 : i, i);
	pos = 0;
	seen = 0;
	while (dd_mm_next(&m, 42, &pos, &v)) {
		CHECK(v % 7 == 0);
		seen++;
	}
	CHECK(seen == (5000 + 6) / 7);
	pos = 0;
	CHECK(dd_mm_next(&m, 4999, &pos, &v) && v == 4999);
	pos = 0;
	CHECK(!dd_mm_next(&m, 5001, &pos, &v));
	dd_mm_clear(&m);
	pos = 0;
	CHECK(!dd_mm_next(&m, 42, &pos, &v));
	dd_mm_free(&m);
}

static void
store_tests(void)
{
	dd_store s;
	char id[16];
	uint32_t i;

	dd_store_init(&s, sizeof(item));
	for (i = 0; i < 10; i++) {
		snprintf(id, sizeof(id), "id%u", i);
		dd_store_add(&s, 100 + i, (int32_t)i, id, strlen(id));
		((item *)DD_ITEM(&s, i))->extra = i * 3;
	}
	/* older than day 3 go, then all but the 5 newest */
	CHECK(dd_store_trim(&s, 3, 0) == 1);
	CHECK(s.n == 7 && DD_ITEM(&s, 0)->h == 103);
	CHECK(strcmp(DD_ID(&s, 0), "id3") == 0);
	CHECK(dd_store_trim(&s, 0, 5) == 1);
	CHECK(s.n == 5 && strcmp(DD_ID(&s, 0), "id5") == 0);
	CHECK(((item *)DD_ITEM(&s, 4))->extra == 27);
	CHECK(dd_store_trim(&s, 0, 0) == 0);
	dd_store_free(&s);
}

static void
state_tests(void)
{
	char dir[] = "/tmp/adedup-unit.XXXXXX", path[64], lock[80];
	dd_store s, t;
	dd_state st;
	uint32_t i;

	if (mkdtemp(dir) == NULL) {
		perror("mkdtemp");
		fails++;
		return;
	}
	snprintf(path, sizeof(path), "%s/st", dir);
	snprintf(lock, sizeof(lock), "%s.lock", path);

	dd_store_init(&s, sizeof(item));
	dd_state_open(&st, path, 77, &s);	/* no file yet: empty */
	CHECK(s.n == 0);
	for (i = 0; i < 3; i++)
		dd_store_add(&s, i * 11, 5, i == 1 ? "" : "xyz", i == 1 ? 0 : 3);
	st.out_dev = 1, st.out_ino = 2, st.out_off = 3;
	dd_state_save(&st, &s);
	dd_state_close(&st);

	dd_store_init(&t, sizeof(item));
	dd_state_open(&st, path, 77, &t);
	CHECK(t.n == 3 && DD_ITEM(&t, 2)->h == 22 && DD_ITEM(&t, 2)->day == 5);
	CHECK(strcmp(DD_ID(&t, 1), "") == 0 && strcmp(DD_ID(&t, 2), "xyz") == 0);
	CHECK(st.out_dev == 1 && st.out_ino == 2 && st.out_off == 3);
	CHECK(t.ids.len == s.ids.len);
	dd_state_close(&st);
	CHECK(access(lock, F_OK) == 0);

	dd_store_free(&s);
	dd_store_free(&t);
	unlink(path);
	unlink(lock);
	rmdir(dir);
}

int
main(int argc, char *argv[])
{
	(void)argc;
	ak_init(argv[0]);
	mmap_tests();
	store_tests();
	state_tests();
	if (fails)
		fprintf(stderr, "adedup-store: %d failures\n", fails);
	return fails != 0;
}
