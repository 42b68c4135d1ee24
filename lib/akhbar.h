/*
 * akhbar.h - what every akhbar filter shares.
 *
 * One prefix (ak_), no framework.  A filter is a short main() that parses
 * its options with getopt_long (plus AK_COMMON_LONGOPTS), then hands each
 * record to a callback through ak_run().  The library owns input, the
 * bad-line policy of the contract, and output; the filter owns only what
 * is particular to it.
 *
 * Memory ownership: everything returned by ak_rec_* points into the record
 * or its arenas and stays valid until the next ak_rec_parse() on the same
 * record.  Buffers (ak_buf) belong to whoever declared them.
 *
 * Errors: allocation failure and I/O errors on output end the program with
 * status 2 (ak_err).  Bad input lines are never fatal: ak_bad() names the
 * line, copies it to the --reject file and sets the exit status to 1.
 */
#ifndef AKHBAR_H
#define AKHBAR_H

#include <getopt.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define AK_VERSION "0.1.0"

/* ------------------------------------------------------------------ */
/* program state, messages, memory                                     */

void	ak_init(const char *prog);		/* first call of main() */
extern const char *ak_prog;

/* prog: msg\n on stderr */
void	ak_warnx(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* prog: msg: strerror(errno)\n on stderr */
void	ak_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
_Noreturn void ak_errx(int status, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
_Noreturn void ak_err(int status, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));

void	*ak_malloc(size_t);
void	*ak_calloc(size_t, size_t);
void	*ak_realloc(void *, size_t);
char	*ak_strdup(const char *);
char	*ak_strndup(const char *, size_t);

/* Exit status so far: 0, 1 after a bad line, 2 after an I/O error.  */
int	ak_status(void);
void	ak_set_status(int);		/* keeps the larger */

/* ------------------------------------------------------------------ */
/* growable byte buffer                                                */

typedef struct {
	char	*p;
	size_t	 len, cap;
} ak_buf;

void	ak_buf_grow(ak_buf *, size_t extra);	/* room for extra more bytes */
void	ak_buf_add(ak_buf *, const void *, size_t);
void	ak_buf_addc(ak_buf *, int);
void	ak_buf_adds(ak_buf *, const char *);
void	ak_buf_printf(ak_buf *, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
void	ak_buf_free(ak_buf *);
#define ak_buf_reset(b) ((b)->len = 0)
/* NUL-terminates without counting the NUL in len; returns b->p */
char	*ak_buf_cstr(ak_buf *);

/* ------------------------------------------------------------------ */
/* common options                                                      */

enum {
	AK_OPT_HELP = 0x1000,
	AK_OPT_VERSION,
	AK_OPT_REJECT,
	AK_OPT_MAXLINE,
	AK_OPT_FILTER_BASE = 0x1100	/* a filter's own long-only options */
};

/* Put these in every filter's struct option table; "u" in its optstring. */
#define AK_COMMON_LONGOPTS						\
	{ "help",	no_argument,		NULL, AK_OPT_HELP },	\
	{ "version",	no_argument,		NULL, AK_OPT_VERSION },	\
	{ "unbuffered",	no_argument,		NULL, 'u' },		\
	{ "reject",	required_argument,	NULL, AK_OPT_REJECT },	\
	{ "max-line",	required_argument,	NULL, AK_OPT_MAXLINE }

/* The lines of --help that describe the options above. */
#define AK_COMMON_HELP							\
"  -u, --unbuffered     flush output after every record\n"		\
"      --reject FILE    append each bad input line to FILE, byte for byte\n" \
"      --max-line SIZE  longest input line accepted (default 64M; K, M, G)\n" \
"      --help           print this help and exit\n"			\
"      --version        print the version and exit\n"

/*
 * Handles -u, --reject, --max-line and --version.  --help prints `help'
 * to stdout and exits 0.  Returns 1 when c was one of these, 0 otherwise.
 */
int	ak_common_opt(int c, const char *arg, const char *help);
/* "usage: ..." line of help on stderr, then exit 2 */
_Noreturn void ak_usage(const char *help);

/* Parses "64M", "1024", "2k" ...; -1 on error. */
long long ak_parse_size(const char *);

extern size_t	ak_max_line;		/* default 64 MiB */
extern int	ak_unbuffered;

/* ------------------------------------------------------------------ */
/* input: FILE operands or stdin, line by line                         */

typedef struct ak_in ak_in;

/*
 * files/nfiles are the operands; none means standard input, "-" is
 * standard input.  A file that cannot be opened is reported (status 2)
 * and skipped.
 */
ak_in	*ak_in_open(char **files, int nfiles);
/*
 * Next line, without its newline (a final line without one counts).
 * Returns 1 and sets *line and *len, or 0 at the end of all input.  Lines
 * longer than ak_max_line are reported and rejected here and never
 * returned.  The line stays valid until the next call.
 */
int	ak_in_next(ak_in *, const char **line, size_t *len);
const char *ak_in_file(const ak_in *);	/* operand name, "-" for stdin */
uint64_t ak_in_lineno(const ak_in *);
void	ak_in_close(ak_in *);

/*
 * Report the current line as bad: "prog: FILE:LINE: reason" on stderr,
 * the line to the --reject file, exit status at least 1.
 */
void	ak_bad(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Raw bytes to the --reject file (a filter whose unit is not a line). */
void	ak_reject_bytes(const void *, size_t);

/* ------------------------------------------------------------------ */
/* output: buffered stdout, every write checked                        */

void	ak_put(const void *, size_t);
void	ak_puts(const char *);
void	ak_putc(int);
void	ak_put_buf(const ak_buf *);
/* ends a record: '\n', and a flush under -u */
void	ak_endrec(void);
void	ak_flush(void);

/* JSON text of a string value (with quotes): copied when nothing needs
 * escaping, else generated by yajl_gen. */
void	ak_json_str(ak_buf *, const char *s, size_t len);
/* Output form of the same. */
void	ak_put_json_str(const char *s, size_t len);

/* ------------------------------------------------------------------ */
/* records: one JSON object per line, fields kept as byte spans        */

typedef struct ak_rec ak_rec;

enum ak_type {
	AK_NONE = 0, AK_NULL, AK_FALSE, AK_TRUE, AK_NUMBER, AK_STRING,
	AK_ARRAY, AK_OBJECT
};

ak_rec	*ak_rec_new(void);
void	 ak_rec_free(ak_rec *);
/*
 * Validates line (UTF-8, no NUL, one JSON object, nesting at most
 * AK_MAX_DEPTH) and remembers each top-level field's key and value spans.
 * The common line is read once by a strict scanner of the library's own;
 * any line it does not accept goes to yajl's parser, which decides and
 * words the reason.  Returns 0, or -1 with *why set to a static reason.
 * The record points into line: keep line alive meanwhile.
 */
#define AK_MAX_DEPTH 256
int	 ak_rec_parse(ak_rec *, const char *line, size_t len, const char **why);

size_t	 ak_rec_nfields(const ak_rec *);
/* index of the first field named key, or -1 */
int	 ak_rec_find(const ak_rec *, const char *key);
/* decoded key of field i (valid until next parse) */
const char *ak_rec_key(ak_rec *, size_t i, size_t *len);
/* raw JSON bytes of the value of field i */
const char *ak_rec_raw(const ak_rec *, size_t i, size_t *len);
enum ak_type ak_rec_type(const ak_rec *, size_t i);
/*
 * Decoded string value of key (a NUL-terminated copy), or NULL when
 * absent or not a string.  len may be NULL.
 */
const char *ak_rec_str(ak_rec *, const char *key, size_t *len);
/* The whole input line of the record. */
const char *ak_rec_line(const ak_rec *, size_t *len);

/*
 * Edits, applied by ak_rec_emit: set replaces the first field named key
 * in place (later duplicates of it are dropped) or appends it at the end;
 * del removes every field named key.  Other fields are written as the
 * very same bytes, in the same order.
 */
void	 ak_rec_set_raw(ak_rec *, const char *key, const char *json, size_t len);
void	 ak_rec_set_str(ak_rec *, const char *key, const char *s, size_t len);
void	 ak_rec_set_int(ak_rec *, const char *key, long long);
void	 ak_rec_set_null(ak_rec *, const char *key);
void	 ak_rec_del(ak_rec *, const char *key);
/* Writes the (edited) record and ends it with ak_endrec(). */
void	 ak_rec_emit(ak_rec *);
/* Writes field i as "key":value (raw bytes) - for building new records. */
void	 ak_rec_put_field(const ak_rec *, size_t i);

/*
 * JSON string decoding of a validated span (with its quotes) into out;
 * out is NUL-terminated.
 */
void	 ak_json_decode_str(ak_buf *out, const char *json, size_t len);

/* ------------------------------------------------------------------ */
/* the main loop                                                       */

/*
 * Reads every line of the operands, parses it as a record and calls
 * fn(rec, arg).  Bad lines are reported and rejected; fn may also call
 * ak_bad() for a record it cannot take.  Returns ak_finish(): a filter
 * that holds records back writes them before that, or calls ak_finish()
 * again after writing them.
 */
typedef void (*ak_rec_fn)(ak_rec *, void *arg);
int	ak_run(char **files, int nfiles, ak_rec_fn fn, void *arg);

/*
 * Plain-text mode: calls fn(line, len, arg) for every line that is
 * valid UTF-8 without NUL bytes.  Returns the exit status.
 */
typedef void (*ak_line_fn)(const char *line, size_t len, void *arg);
int	ak_run_lines(char **files, int nfiles, ak_line_fn fn, void *arg);

/* Flushes output, closes the reject file; returns the exit status. */
int	ak_finish(void);

/* ------------------------------------------------------------------ */
/* UTF-8                                                               */

/* Length of the longest valid UTF-8 prefix of s (== len when valid). */
size_t	ak_utf8_valid(const char *s, size_t len);
/* Decodes the code point at s[*i], advances *i; invalid bytes -> U+FFFD */
uint32_t ak_utf8_next(const char *s, size_t len, size_t *i);
/* Appends the UTF-8 form of c to b. */
void	ak_utf8_put(ak_buf *b, uint32_t c);
/* Number of code points in s. */
size_t	ak_utf8_count(const char *s, size_t len);

/* ------------------------------------------------------------------ */
/* hash map: byte-string keys to pointer values                        */

typedef struct ak_map ak_map;

ak_map	*ak_map_new(void);
void	 ak_map_free(ak_map *, void (*freeval)(void *));
/* the value slot of key, created (NULL) when absent; the key is copied */
void	**ak_map_put(ak_map *, const char *key, size_t len);
/* the value of key, or NULL */
void	*ak_map_get(const ak_map *, const char *key, size_t len);
size_t	 ak_map_count(const ak_map *);
/* iteration: i from 0 while it returns 1 */
int	 ak_map_iter(const ak_map *, size_t *i, const char **key, size_t *len,
	    void **val);
uint64_t ak_hash(const void *, size_t);	/* 64-bit, seeded at start-up */
uint64_t ak_hash_fixed(const void *, size_t);	/* same on every run */

/* ------------------------------------------------------------------ */
/* data files: sorted, commented TSV under the data directory          */

/*
 * Path of a data file: $AKHBAR_DATADIR/name, else <bindir>/../share/akhbar/
 * name, else the compiled-in DATADIR/name.  Returns a malloc'd path of the
 * first that exists, or NULL.
 */
char	*ak_data_path(const char *name);

typedef struct ak_tsv ak_tsv;
/* Opens path (not searched); NULL with a warning when it cannot. */
ak_tsv	*ak_tsv_open(const char *path);
/*
 * Next data line split at tabs into at most max columns (the last takes
 * the rest).  Blank lines and lines starting with '#' are skipped;
 * trailing CR and spaces of each column are cut.  Returns the number of
 * columns, 0 at the end.  Strings stay valid until the next call.
 */
int	ak_tsv_next(ak_tsv *, char **cols, int max);
const char *ak_tsv_path(const ak_tsv *);
unsigned long ak_tsv_lineno(const ak_tsv *);
void	ak_tsv_close(ak_tsv *);

/* ------------------------------------------------------------------ */
/* Arabic folding for matching (lossy; not for output text)            */

/*
 * Appends to out the matching form of s: Arabic diacritics (U+0610-061A,
 * U+064B-065F, U+0670, U+06D6-06ED) and tatweel (U+0640) removed; alef
 * variants (U+0622 U+0623 U+0625 U+0671) to bare alef U+0627; alef maqsura
 * U+0649 to yeh U+064A; teh marbuta U+0629 to heh U+0647; Arabic-Indic and
 * Persian digits to ASCII; ASCII letters to lower case; Arabic presentation
 * forms folded by their usual letters is left to anorm.  The same folding
 * as the scorer's, so that lexicon entries written either way match.
 */
void	ak_fold(ak_buf *out, const char *s, size_t len);

/* Is c an Arabic letter (U+0621-064A, U+0671-06D3, U+06FA-06FF)? */
int	ak_is_arabic_letter(uint32_t c);

/* ------------------------------------------------------------------ */
/* dates                                                               */

/* Days since 1970-01-01 of a proleptic Gregorian date, and back. */
long	ak_days_from_civil(int y, int m, int d);
void	ak_civil_from_days(long days, int *y, int *m, int *d);
/* Weekday of a day number: 1 Sunday ... 7 Saturday (ICU's numbering). */
int	ak_weekday(long days);
/*
 * The days a date "YYYY-MM-DD", "YYYY-MM" or "YYYY" (s[0..n), not NUL-
 * terminated) covers, first and last, as day numbers.  Returns how many
 * parts it has (3, 2, 1), or 0 when s is no such date.
 */
int	ak_date_range(const char *s, size_t n, long *lo, long *hi);

enum { AK_MONTH = 1, AK_WEEKDAY, AK_HIJRI_MONTH };
/*
 * Calls fn(name, len, kind, n, arg) for every month name (n 1-12, every
 * Arabic regional series: ar, ar_EG, ar_SA, ar_IQ, ar_SY, ar_LB, ar_JO,
 * ar_PS, ar_LY, ar_MA, ar_DZ, ar_TN, ar_MR; wide, stand-alone and short
 * forms; Gregorian calendar), weekday name (n 1 Sunday - 7 Saturday) and
 * Hijri month name (n 1-12) that ICU's data holds, plus English when
 * english is set.  Names repeat across locales; fn sees each every time.
 */
void	ak_date_names(int english,
	    void (*fn)(const char *, size_t, int, int, void *), void *arg);

#endif /* AKHBAR_H */
