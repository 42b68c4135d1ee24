/*
 * date.c - calendar arithmetic and the month and weekday names of every
 * Arabic regional series, read from ICU's data (CLDR) rather than typed
 * into C: كانون الثاني (Levant, Iraq), يناير (Egypt, Gulf), جانفي (Algeria,
 * Tunisia), يناير/ينير (Morocco) ...
 */
#include <stdio.h>

#include <unicode/udat.h>
#include <unicode/ustring.h>

#include "akhbar.h"

/* Howard Hinnant's days_from_civil: exact for every Gregorian date */
long
ak_days_from_civil(int y, int m, int d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void
ak_civil_from_days(long z, int *y, int *m, int *d)
{
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

int
ak_weekday(long days)
{
	/* 1970-01-01 was a Thursday (5) */
	long w = (days + 4) % 7;

	return (int)(w < 0 ? w + 7 : w) + 1;
}

int
ak_date_range(const char *s, size_t n, long *lo, long *hi)
{
	int v[3] = { 0, 0, 0 }, part = 0, len = 0;
	size_t k;

	/* by hand: s lies inside a line, and sscanf would measure it all */
	for (k = 0; k < n; k++) {
		if (s[k] == '-' && len > 0 && part < 2) {
			if (part == 0 && len != 4)
				return 0;
			part++;
			len = 0;
		} else if (s[k] >= '0' && s[k] <= '9' &&
		    len < (part == 0 ? 4 : 2)) {
			v[part] = v[part] * 10 + (s[k] - '0');
			len++;
		} else
			return 0;
	}
	if (len == 0 || (part == 0 && len != 4) ||
	    (part >= 1 && (v[1] < 1 || v[1] > 12)) ||
	    (part == 2 && (v[2] < 1 || v[2] > 31)))
		return 0;
	if (part == 0) {
		*lo = ak_days_from_civil(v[0], 1, 1);
		*hi = ak_days_from_civil(v[0] + 1, 1, 1) - 1;
	} else if (part == 1) {
		*lo = ak_days_from_civil(v[0], v[1], 1);
		*hi = (v[1] == 12 ? ak_days_from_civil(v[0] + 1, 1, 1) :
		    ak_days_from_civil(v[0], v[1] + 1, 1)) - 1;
	} else
		*lo = *hi = ak_days_from_civil(v[0], v[1], v[2]);
	return part + 1;
}

static void
names(const char *loc, UDateFormatSymbolType type, int kind,
    void (*fn)(const char *, size_t, int, int, void *), void *arg)
{
	UErrorCode st = U_ZERO_ERROR;
	UDateFormat *f;
	UChar u[64];
	char s[256];
	int32_t i, n, len, slen;
	int num;

	f = udat_open(UDAT_NONE, UDAT_LONG, loc, NULL, 0, NULL, 0, &st);
	if (U_FAILURE(st))
		return;		/* thin ICU data: data files still work */
	n = udat_countSymbols(f, type);
	for (i = 0; i < n; i++) {
		/* ICU's weekdays start at index 1 (Sunday) */
		num = kind == AK_WEEKDAY ? (int)i : (int)i + 1;
		if (num < 1 || num > (kind == AK_WEEKDAY ? 7 : 12))
			continue;
		st = U_ZERO_ERROR;
		len = udat_getSymbols(f, type, i, u, 64, &st);
		if (U_FAILURE(st) || len <= 0)
			continue;
		u_strToUTF8(s, sizeof(s), &slen, u, len, &st);
		if (U_SUCCESS(st) && slen > 0 && (size_t)slen < sizeof(s))
			fn(s, (size_t)slen, kind, num, arg);
	}
	udat_close(f);
}

void
ak_date_names(int english, void (*fn)(const char *, size_t, int, int, void *),
    void *arg)
{
	static const char *const locs[] = {
		"ar", "ar_EG", "ar_SA", "ar_IQ", "ar_SY", "ar_LB", "ar_JO",
		"ar_PS", "ar_LY", "ar_MA", "ar_DZ", "ar_TN", "ar_MR", "en"
	};
	static const UDateFormatSymbolType months[] = {
		UDAT_MONTHS, UDAT_STANDALONE_MONTHS, UDAT_SHORT_MONTHS
	};
	char loc[64];
	size_t i, t, n = sizeof(locs) / sizeof(locs[0]) - !english;

	for (i = 0; i < n; i++) {
		snprintf(loc, sizeof(loc), "%s@calendar=gregorian", locs[i]);
		for (t = 0; t < sizeof(months) / sizeof(months[0]); t++)
			names(loc, months[t], AK_MONTH, fn, arg);
		names(loc, UDAT_WEEKDAYS, AK_WEEKDAY, fn, arg);
		names(loc, UDAT_SHORT_WEEKDAYS, AK_WEEKDAY, fn, arg);
	}
	names("ar@calendar=islamic", UDAT_MONTHS, AK_HIJRI_MONTH, fn, arg);
}
