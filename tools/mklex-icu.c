/*
 * mklex-icu.c - print the Arabic country names ICU knows, as
 * "ISO3<TAB>ISO2<TAB>name": the names atag loads at run time, so that the
 * lexicons list only the variants ICU lacks.  Developer tool, not built:
 *   cc tools/mklex-icu.c $(pkg-config --cflags --libs icu-uc) -o /tmp/mklex-icu
 */
#include <stdio.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>

int
main(void)
{
	const char *const *c;
	char loc[16], out[1024];
	UChar name[256];
	UErrorCode e;
	int32_t n, m;

	for (c = uloc_getISOCountries(); *c != NULL; c++) {
		snprintf(loc, sizeof(loc), "_%s", *c);
		e = U_ZERO_ERROR;
		n = uloc_getDisplayCountry(loc, "ar", name, 256, &e);
		if (U_FAILURE(e))
			continue;
		u_strToUTF8(out, sizeof(out), &m, name, n, &e);
		if (U_FAILURE(e))
			continue;
		printf("%s\t%s\t%s\n", uloc_getISO3Country(loc), *c, out);
	}
	return 0;
}
