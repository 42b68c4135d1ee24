/*
 * io.c - input line by line, the bad-line policy, checked output and the
 * main loops.
 *
 * Input is read with read(2) into a large buffer; a line that lies wholly
 * in the buffer is handed out in place, so the common case costs no copy.
 * A line longer than --max-line is never held: its bytes stream to the
 * --reject file as they arrive.  Output goes through one buffer to
 * write(2), so that every write is checked and -u can flush per record.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "akhbar.h"

#define RBUF_SIZE	(256u << 10)
#define WBUF_SIZE	(64u << 10)

struct ak_in {
	char		**files;
	int		  nfiles, next;	/* next operand to open */
	int		  fd;		/* -1 between files */
	const char	 *name;
	uint64_t	  lineno;
	char		 *rbuf;
	size_t		  rpos, rend;
	int		  eof;
	ak_buf		  line;		/* a line that crossed the buffer */
};

static char	*stdin_name[] = { "-" };

/* the line ak_bad() talks about */
static const ak_in *cur_in;
static const char *cur_line;
static size_t	 cur_len;
static int	 cur_nl;		/* the line ended with a newline */

static FILE	*reject;
static const char *reject_path;

static char	 wbuf[WBUF_SIZE];
static size_t	 wlen;

void	ak_reject_open(const char *path);

void
ak_reject_open(const char *path)
{
	if (reject != NULL && fclose(reject) == EOF)
		ak_err(2, "%s", reject_path);
	if ((reject = fopen(path, "a")) == NULL)
		ak_err(2, "%s", path);
	reject_path = path;
}

static void
reject_write(const void *p, size_t n)
{
	if (reject == NULL || n == 0)
		return;
	if (fwrite(p, 1, n, reject) != n)
		ak_err(2, "%s: write error", reject_path);
}

void
ak_reject_bytes(const void *p, size_t n)
{
	reject_write(p, n);
}

/* ---- input ---- */

ak_in *
ak_in_open(char **files, int nfiles)
{
	ak_in *in = ak_calloc(1, sizeof(*in));

	/* a closed downstream pipe must end us quietly, not by a signal */
	signal(SIGPIPE, SIG_IGN);
	if (nfiles == 0) {
		files = stdin_name;
		nfiles = 1;
	}
	in->files = files;
	in->nfiles = nfiles;
	in->fd = -1;
	in->rbuf = ak_malloc(RBUF_SIZE);
	return in;
}

static int
open_next(ak_in *in)
{
	while (in->next < in->nfiles) {
		const char *f = in->files[in->next++];

		in->name = f;
		in->lineno = 0;
		in->rpos = in->rend = 0;
		in->eof = 0;
		if (strcmp(f, "-") == 0) {
			in->fd = STDIN_FILENO;
			return 1;
		}
		if ((in->fd = open(f, O_RDONLY | O_CLOEXEC)) >= 0)
			return 1;
		ak_warn("%s", f);
		ak_set_status(2);
	}
	return 0;
}

static void
close_cur(ak_in *in)
{
	if (in->fd > STDIN_FILENO)
		close(in->fd);
	in->fd = -1;
}

/* 1 when bytes were read, 0 at end of file (or on a read error) */
static int
fill(ak_in *in)
{
	ssize_t n;

	if (in->eof)
		return 0;
	in->rpos = in->rend = 0;
	for (;;) {
		n = read(in->fd, in->rbuf, RBUF_SIZE);
		if (n > 0) {
			in->rend = (size_t)n;
			return 1;
		}
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			ak_warn("%s", in->name);
			ak_set_status(2);
		}
		in->eof = 1;
		return 0;
	}
}

/* reported apart from ak_bad(): the line's bytes went to --reject already */
static void
overlong(ak_in *in, uint64_t lineno)
{
	fflush(stdout);
	fprintf(stderr, "%s: %s:%llu: line longer than %zu bytes\n", ak_prog,
	    in->name, (unsigned long long)lineno, ak_max_line);
	ak_set_status(1);
}

/*
 * Streams an overlong line to the reject file: what in->line holds, then
 * the rest up to and including its newline.
 */
static void
skip_overlong(ak_in *in)
{
	char *nl;

	reject_write(in->line.p, in->line.len);
	ak_buf_reset(&in->line);
	for (;;) {
		if (in->rpos == in->rend && !fill(in))
			return;
		nl = memchr(in->rbuf + in->rpos, '\n', in->rend - in->rpos);
		if (nl != NULL) {
			reject_write(in->rbuf + in->rpos,
			    (size_t)(nl - (in->rbuf + in->rpos)) + 1);
			in->rpos = (size_t)(nl - in->rbuf) + 1;
			return;
		}
		reject_write(in->rbuf + in->rpos, in->rend - in->rpos);
		in->rpos = in->rend;
	}
}

int
ak_in_next(ak_in *in, const char **line, size_t *len)
{
	char *p, *nl;
	size_t n;

	for (;;) {
		if (in->fd < 0 && !open_next(in))
			return 0;
		ak_buf_reset(&in->line);
		for (;;) {
			if (in->rpos == in->rend && !fill(in)) {
				/* end of file: a last line without newline */
				if (in->line.len > 0) {
					in->lineno++;
					*line = in->line.p;
					*len = in->line.len;
					goto got;
				}
				close_cur(in);
				break;
			}
			p = in->rbuf + in->rpos;
			n = in->rend - in->rpos;
			nl = memchr(p, '\n', n);
			if (nl != NULL)
				n = (size_t)(nl - p);
			if (in->line.len + n > ak_max_line) {
				uint64_t ln = ++in->lineno;

				ak_buf_add(&in->line, p, n);
				in->rpos += n;
				skip_overlong(in);
				overlong(in, ln);
				ak_buf_reset(&in->line);
				continue;
			}
			if (nl != NULL) {
				in->lineno++;
				in->rpos += n + 1;
				if (in->line.len == 0) {
					*line = p;	/* in place */
					*len = n;
				} else {
					ak_buf_add(&in->line, p, n);
					*line = in->line.p;
					*len = in->line.len;
				}
				cur_nl = 1;
				goto out;
			}
			ak_buf_add(&in->line, p, n);
			in->rpos += n;
		}
	}
got:
	cur_nl = 0;
out:
	cur_in = in;
	cur_line = *line;
	cur_len = *len;
	return 1;
}

const char *
ak_in_file(const ak_in *in)
{
	return in->name ? in->name : "-";
}

uint64_t
ak_in_lineno(const ak_in *in)
{
	return in->lineno;
}

void
ak_in_close(ak_in *in)
{
	if (in == NULL)
		return;
	close_cur(in);
	if (cur_in == in)
		cur_in = NULL;
	free(in->rbuf);
	ak_buf_free(&in->line);
	free(in);
}

void
ak_bad(const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	if (cur_in != NULL)
		fprintf(stderr, "%s: %s:%llu: ", ak_prog, ak_in_file(cur_in),
		    (unsigned long long)cur_in->lineno);
	else
		fprintf(stderr, "%s: ", ak_prog);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	if (cur_in != NULL) {
		reject_write(cur_line, cur_len);
		if (cur_nl)
			reject_write("\n", 1);
	}
	ak_set_status(1);
}

/* ---- output ---- */

static void
wflush(const char *p, size_t n)
{
	ssize_t w;

	while (n > 0) {
		w = write(STDOUT_FILENO, p, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			if (errno == EPIPE)
				exit(ak_status() == 2 ? 2 : 0);
			ak_err(2, "write error");
		}
		p += w;
		n -= (size_t)w;
	}
}

void
ak_flush(void)
{
	wflush(wbuf, wlen);
	wlen = 0;
}

void
ak_put(const void *p, size_t n)
{
	if (n > sizeof(wbuf) - wlen) {
		ak_flush();
		if (n >= sizeof(wbuf)) {
			wflush(p, n);
			return;
		}
	}
	memcpy(wbuf + wlen, p, n);
	wlen += n;
}

void
ak_puts(const char *s)
{
	ak_put(s, strlen(s));
}

void
ak_putc(int c)
{
	if (wlen == sizeof(wbuf))
		ak_flush();
	wbuf[wlen++] = (char)c;
}

void
ak_put_buf(const ak_buf *b)
{
	ak_put(b->p, b->len);
}

void
ak_endrec(void)
{
	ak_putc('\n');
	if (ak_unbuffered)
		ak_flush();
}

int
ak_finish(void)
{
	ak_flush();
	if (reject != NULL) {
		if (fclose(reject) == EOF)
			ak_err(2, "%s", reject_path);
		reject = NULL;
	}
	if (fflush(stdout) == EOF)
		ak_err(2, "write error");
	return ak_status();
}

/* ---- main loops ---- */

int
ak_run(char **files, int nfiles, ak_rec_fn fn, void *arg)
{
	ak_in *in = ak_in_open(files, nfiles);
	ak_rec *r = ak_rec_new();
	const char *line, *why;
	size_t len;

	while (ak_in_next(in, &line, &len)) {
		if (ak_rec_parse(r, line, len, &why) < 0)
			ak_bad("%s", why);
		else
			fn(r, arg);
	}
	ak_rec_free(r);
	ak_in_close(in);
	return ak_finish();
}

int
ak_run_lines(char **files, int nfiles, ak_line_fn fn, void *arg)
{
	ak_in *in = ak_in_open(files, nfiles);
	const char *line;
	size_t len, ok;

	while (ak_in_next(in, &line, &len)) {
		if (memchr(line, '\0', len) != NULL)
			ak_bad("NUL byte at byte %zu",
			    (size_t)((const char *)memchr(line, '\0', len) - line) + 1);
		else if ((ok = ak_utf8_valid(line, len)) != len)
			ak_bad("invalid UTF-8 at byte %zu", ok + 1);
		else
			fn(line, len, arg);
	}
	ak_in_close(in);
	return ak_finish();
}
