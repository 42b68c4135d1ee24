/*
 * anorm - normalise Arabic text in records (SKELETON: the helper fills in
 * the ICU normalisation; the record plumbing is final).
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "akhbar.h"

static const char help[] =
"usage: anorm [-u] [-f FIELD]... [--raw] [FILE ...]\n"
"\n"
"Normalise the text and title fields of JSON records.\n"
"\n"
"  -f, --field FIELD    normalise FIELD (repeatable; default text, title)\n"
"      --raw            plain text lines in and out\n"
AK_COMMON_HELP;

enum { OPT_RAW = AK_OPT_FILTER_BASE };

static const struct option longopts[] = {
	{ "field",	required_argument,	NULL, 'f' },
	{ "raw",	no_argument,		NULL, OPT_RAW },
	AK_COMMON_LONGOPTS,
	{ NULL, 0, NULL, 0 }
};

static const char **fields;
static size_t nfields;
static ak_buf out;

static void
normalise(ak_buf *b, const char *s, size_t n)
{
	ak_buf_reset(b);
	ak_buf_add(b, s, n);
}

static void
one(ak_rec *r, void *arg)
{
	size_t i, n;
	const char *s;

	(void)arg;
	for (i = 0; i < nfields; i++)
		if ((s = ak_rec_str(r, fields[i], &n)) != NULL) {
			normalise(&out, s, n);
			ak_rec_set_str(r, fields[i], out.p, out.len);
		}
	ak_rec_emit(r);
}

static void
raw(const char *s, size_t n, void *arg)
{
	(void)arg;
	normalise(&out, s, n);
	ak_put_buf(&out);
	ak_endrec();
}

int
main(int argc, char *argv[])
{
	static const char *deflt[] = { "text", "title" };
	int c, rawmode = 0;

	ak_init(argv[0]);
	while ((c = getopt_long(argc, argv, "f:u", longopts, NULL)) != -1) {
		if (ak_common_opt(c, optarg, help))
			continue;
		switch (c) {
		case 'f':
			fields = ak_realloc(fields, (nfields + 1) * sizeof(*fields));
			fields[nfields++] = optarg;
			break;
		case OPT_RAW:
			rawmode = 1;
			break;
		default:
			ak_usage(help);
		}
	}
	if (nfields == 0) {
		fields = deflt;
		nfields = 2;
	}
	if (rawmode)
		return ak_run_lines(argv + optind, argc - optind, raw, NULL);
	return ak_run(argv + optind, argc - optind, one, NULL);
}
