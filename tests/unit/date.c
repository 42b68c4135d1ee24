/*
 * date.c - unit tests of calendar arithmetic and ICU's month names.
 */
#include <stdio.h>
#include <string.h>

#include "akhbar.h"

static int fails;

#define CHECK(c) do { if (!(c)) { fprintf(stderr, "%s:%d: FAIL %s\n", \
	__FILE__, __LINE__, #c); fails++; } } while (0)

struct want { const char *name; int kind, n, seen; };

static struct want wants[] = {
	{ "كانون الثاني", AK_MONTH, 1, 0 },	/* Levant, Iraq */
	{ "أيلول", AK_MONTH, 9, 0 },
	{ "سبتمبر", AK_MONTH, 9, 0 },		/* Egypt, Gulf */
	{ "جانفي", AK_MONTH, 1, 0 },		/* Algeria, Tunisia */
	{ "الأربعاء", AK_WEEKDAY, 4, 0 },
	{ "الجمعة", AK_WEEKDAY, 6, 0 },
	{ "رمضان", AK_HIJRI_MONTH, 9, 0 },
};

static void
seen(const char *s, size_t n, int kind, int num, void *arg)
{
	size_t i;

	(void)arg;
	for (i = 0; i < sizeof(wants) / sizeof(wants[0]); i++)
		if (strlen(wants[i].name) == n && memcmp(wants[i].name, s, n) == 0 &&
		    wants[i].kind == kind) {
			CHECK(wants[i].n == num);
			wants[i].seen = 1;
		}
}

int
main(void)
{
	int y, m, d;
	long z;
	size_t i;

	CHECK(ak_days_from_civil(1970, 1, 1) == 0);
	CHECK(ak_days_from_civil(2000, 3, 1) == 11017);
	for (z = -800000; z < 800000; z += 997) {
		ak_civil_from_days(z, &y, &m, &d);
		CHECK(ak_days_from_civil(y, m, d) == z);
	}
	CHECK(ak_weekday(ak_days_from_civil(2022, 9, 21)) == 4);	/* Wed */
	CHECK(ak_weekday(ak_days_from_civil(1969, 12, 28)) == 1);	/* Sun */
	{
		long lo, hi;

		CHECK(ak_date_range("2022-09-21", 10, &lo, &hi) == 3);
		CHECK(lo == hi && lo == ak_days_from_civil(2022, 9, 21));
		CHECK(ak_date_range("2023-08", 7, &lo, &hi) == 2);
		CHECK(lo == ak_days_from_civil(2023, 8, 1) &&
		    hi == ak_days_from_civil(2023, 8, 31));
		CHECK(ak_date_range("2023-12", 7, &lo, &hi) == 2 &&
		    hi == ak_days_from_civil(2023, 12, 31));
		CHECK(ak_date_range("2016", 4, &lo, &hi) == 1);
		CHECK(lo == ak_days_from_civil(2016, 1, 1) &&
		    hi == ak_days_from_civil(2016, 12, 31));
		/* not NUL-terminated: only n bytes count */
		CHECK(ak_date_range("2016-0x", 4, &lo, &hi) == 1);
		CHECK(ak_date_range("16", 2, &lo, &hi) == 0);
		CHECK(ak_date_range("2023-13", 7, &lo, &hi) == 0);
		CHECK(ak_date_range("2023-08-", 8, &lo, &hi) == 0);
		CHECK(ak_date_range("2023-08-07-1", 12, &lo, &hi) == 0);
		CHECK(ak_date_range("", 0, &lo, &hi) == 0);
	}
	ak_date_names(0, seen, NULL);
	for (i = 0; i < sizeof(wants) / sizeof(wants[0]); i++)
		if (!wants[i].seen) {
			fprintf(stderr, "not from ICU: %s\n", wants[i].name);
			fails++;
		}
	if (fails == 0)
		printf("unit date: all passed\n");
	return fails != 0;
}
