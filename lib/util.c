/*
 * util.c - program state, messages, memory, buffers and common options.
 */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "akhbar.h"

const char	*ak_prog = "akhbar";
size_t		 ak_max_line = 64u << 20;
int		 ak_unbuffered;
static int	 status;

/* set by io.c when --reject is given */
void	ak_reject_open(const char *path);

void
ak_init(const char *prog)
{
	const char *slash = strrchr(prog, '/');

	ak_prog = slash ? slash + 1 : prog;
}

int
ak_status(void)
{
	return status;
}

void
ak_set_status(int s)
{
	if (s > status)
		status = s;
}

static void
vmsg(const char *fmt, va_list ap, int errnum)
{
	fflush(stdout);
	fprintf(stderr, "%s: ", ak_prog);
	vfprintf(stderr, fmt, ap);
	if (errnum)
		fprintf(stderr, ": %s", strerror(errnum));
	fputc('\n', stderr);
}

void
ak_warnx(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg(fmt, ap, 0);
	va_end(ap);
}

void
ak_warn(const char *fmt, ...)
{
	va_list ap;
	int e = errno;

	va_start(ap, fmt);
	vmsg(fmt, ap, e);
	va_end(ap);
}

void
ak_errx(int st, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg(fmt, ap, 0);
	va_end(ap);
	exit(st);
}

void
ak_err(int st, const char *fmt, ...)
{
	va_list ap;
	int e = errno;

	va_start(ap, fmt);
	vmsg(fmt, ap, e);
	va_end(ap);
	exit(st);
}

void *
ak_malloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (p == NULL)
		ak_err(2, "malloc");
	return p;
}

void *
ak_calloc(size_t n, size_t m)
{
	void *p = calloc(n ? n : 1, m ? m : 1);

	if (p == NULL)
		ak_err(2, "calloc");
	return p;
}

void *
ak_realloc(void *o, size_t n)
{
	void *p = realloc(o, n ? n : 1);

	if (p == NULL)
		ak_err(2, "realloc");
	return p;
}

char *
ak_strdup(const char *s)
{
	return ak_strndup(s, strlen(s));
}

char *
ak_strndup(const char *s, size_t n)
{
	char *p = ak_malloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

void
ak_buf_grow(ak_buf *b, size_t extra)
{
	size_t cap;

	if (b->cap - b->len > extra)
		return;
	if (extra > SIZE_MAX / 2 - b->len)
		ak_errx(2, "buffer too large");
	cap = b->cap ? b->cap : 256;
	while (cap - b->len <= extra)
		cap *= 2;
	b->p = ak_realloc(b->p, cap);
	b->cap = cap;
}

void
ak_buf_add(ak_buf *b, const void *p, size_t n)
{
	if (b->cap - b->len <= n)	/* the call only when it must grow */
		ak_buf_grow(b, n);
	if (n)
		memcpy(b->p + b->len, p, n);
	b->len += n;
}

void
ak_buf_addc(ak_buf *b, int c)
{
	if (b->cap - b->len <= 1)
		ak_buf_grow(b, 1);
	b->p[b->len++] = (char)c;
}

void
ak_buf_adds(ak_buf *b, const char *s)
{
	ak_buf_add(b, s, strlen(s));
}

void
ak_buf_printf(ak_buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		ak_errx(2, "vsnprintf failed");
	ak_buf_grow(b, (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

char *
ak_buf_cstr(ak_buf *b)
{
	if (b->cap - b->len <= 1)
		ak_buf_grow(b, 1);
	b->p[b->len] = '\0';
	return b->p;
}

void
ak_buf_free(ak_buf *b)
{
	free(b->p);
	b->p = NULL;
	b->len = b->cap = 0;
}

long long
ak_parse_size(const char *s)
{
	char *end;
	unsigned long long v;
	int shift = 0;

	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno)
		return -1;
	switch (*end) {
	case 'k': case 'K': shift = 10; end++; break;
	case 'm': case 'M': shift = 20; end++; break;
	case 'g': case 'G': shift = 30; end++; break;
	}
	if (*end == 'B' || *end == 'b')
		end++;
	if (*end != '\0' || v > (unsigned long long)(LLONG_MAX >> shift))
		return -1;
	return (long long)(v << shift);
}

void
ak_usage(const char *help)
{
	const char *nl = strchr(help, '\n');

	fprintf(stderr, "%.*s\n", nl ? (int)(nl - help) : (int)strlen(help),
	    help);
	fprintf(stderr, "Try '%s --help' for more information.\n", ak_prog);
	exit(2);
}

int
ak_common_opt(int c, const char *arg, const char *help)
{
	long long v;

	switch (c) {
	case 'u':
		ak_unbuffered = 1;
		return 1;
	case AK_OPT_REJECT:
		ak_reject_open(arg);
		return 1;
	case AK_OPT_MAXLINE:
		if ((v = ak_parse_size(arg)) <= 0 || (unsigned long long)v > SIZE_MAX / 2)
			ak_errx(2, "--max-line: invalid size: %s", arg);
		ak_max_line = (size_t)v;
		return 1;
	case AK_OPT_HELP:
		if (fputs(help, stdout) == EOF || fflush(stdout) == EOF)
			ak_err(2, "write error");
		exit(0);
	case AK_OPT_VERSION:
		if (printf("%s (akhbar) %s\n", ak_prog, AK_VERSION) < 0 ||
		    fflush(stdout) == EOF)
			ak_err(2, "write error");
		exit(0);
	}
	return 0;
}
