/*
 * adedup-store.c - adedup's memory and its state file.
 *
 * The state file is one binary image of the store, in the host's byte
 * order (a byte-order mark refuses a foreign one):
 *
 *	header	64 bytes: "AKDEDUP1", u32 0x01020304, u32 options hash,
 *		u32 item size, u32 0, u64 items, u64 id bytes,
 *		u64 output dev, ino, offset at the last commit
 *	items	item size bytes each, oldest first
 *	ids	the NUL-terminated ids the items point into
 *	check	u64 ak_hash_fixed of everything above
 *
 * It is only ever replaced whole (temporary file, fsync, rename, fsync of
 * the directory), so a reader sees the old state or the new one.
 */
#include <sys/file.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "akhbar.h"
#include "adedup-store.h"

#define MAGIC	"AKDEDUP1"
#define HDRSIZE	64

/* ---- multimap ---- */

static size_t
slot(uint64_t k, size_t cap)
{
	return (size_t)(k ^ k >> 29) & (cap - 1);
}

void
dd_mm_add(dd_mmap *m, uint64_t k, uint32_t v)
{
	size_t i, j, ocap = m->cap;
	dd_slot *os = m->s;

	if ((m->n + 1) * 10 > m->cap * 7) {	/* at most 70% full */
		m->cap = m->cap ? m->cap * 2 : 1024;
		m->s = ak_calloc(m->cap, sizeof(*m->s));
		for (i = 0; i < ocap; i++) {
			if (os[i].v == 0)
				continue;
			for (j = slot(os[i].k, m->cap); m->s[j].v;
			    j = (j + 1) & (m->cap - 1))
				;
			m->s[j] = os[i];
		}
		free(os);
	}
	for (j = slot(k, m->cap); m->s[j].v; j = (j + 1) & (m->cap - 1))
		;
	m->s[j].k = k;
	m->s[j].v = v + 1;
	m->n++;
}

int
dd_mm_next(const dd_mmap *m, uint64_t k, size_t *pos, uint32_t *v)
{
	size_t j;

	if (m->cap == 0)
		return 0;
	/* *pos counts probes from the home slot */
	for (j = (slot(k, m->cap) + *pos) & (m->cap - 1); m->s[j].v;
	    j = (j + 1) & (m->cap - 1)) {
		(*pos)++;
		if (m->s[j].k == k) {
			*v = m->s[j].v - 1;
			return 1;
		}
	}
	return 0;
}

void
dd_mm_clear(dd_mmap *m)
{
	if (m->cap)
		memset(m->s, 0, m->cap * sizeof(*m->s));
	m->n = 0;
}

void
dd_mm_free(dd_mmap *m)
{
	free(m->s);
	memset(m, 0, sizeof(*m));
}

/* ---- store ---- */

void
dd_store_init(dd_store *s, size_t isize)
{
	memset(s, 0, sizeof(*s));
	s->isize = isize;
}

uint32_t
dd_store_add(dd_store *s, uint64_t h, int32_t day, const char *id,
    size_t idlen)
{
	dd_head *e;

	if (s->n == UINT32_MAX - 1 || s->ids.len + idlen + 1 > UINT32_MAX)
		ak_errx(2, "too many items to remember (use --max-items)");
	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 1024;
		s->items = ak_realloc(s->items, s->cap * s->isize);
	}
	e = DD_ITEM(s, s->n);
	memset(e, 0, s->isize);
	e->h = h;
	e->day = day;
	e->id = (uint32_t)s->ids.len;
	ak_buf_add(&s->ids, id, idlen);
	ak_buf_addc(&s->ids, '\0');
	return (uint32_t)s->n++;
}

int
dd_store_trim(dd_store *s, int32_t oldest, size_t keep)
{
	size_t i, from = 0, o;
	ak_buf ids = { 0 };
	dd_head *e;

	/* items are in arrival order, so the old ones are a prefix */
	while (from < s->n && DD_ITEM(s, from)->day < oldest)
		from++;
	if (keep && s->n - from > keep)
		from = s->n - keep;
	if (from == 0)
		return 0;
	memmove(s->items, s->items + from * s->isize, (s->n - from) * s->isize);
	s->n -= from;
	for (i = 0; i < s->n; i++) {
		e = DD_ITEM(s, i);
		o = ids.len;
		ak_buf_adds(&ids, s->ids.p + e->id);
		ak_buf_addc(&ids, '\0');
		e->id = (uint32_t)o;
	}
	ak_buf_free(&s->ids);
	s->ids = ids;
	return 1;
}

void
dd_store_free(dd_store *s)
{
	free(s->items);
	ak_buf_free(&s->ids);
	memset(s, 0, sizeof(*s));
}

/* ---- state file ---- */

struct hdr {
	char		magic[8];
	uint32_t	bom, mode, isize, zero;
	uint64_t	n, idlen, dev, ino, off;
};

_Static_assert(sizeof(struct hdr) == HDRSIZE, "state header size");

void
dd_state_open(dd_state *st, const char *path, uint32_t mode, dd_store *s)
{
	struct hdr h;
	ak_buf b = { 0 };
	char *lock;
	uint64_t sum;
	size_t need;
	FILE *fp;
	int fd;

	memset(st, 0, sizeof(*st));
	st->path = ak_strdup(path);
	st->mode = mode;
	lock = ak_malloc(strlen(path) + 6);
	sprintf(lock, "%s.lock", path);
	if ((fd = open(lock, O_RDWR | O_CREAT | O_CLOEXEC, 0666)) < 0)
		ak_err(2, "%s", lock);
	/* a second run waits here until the first has committed */
	while (flock(fd, LOCK_EX) < 0)
		if (errno != EINTR)
			ak_err(2, "%s: flock", lock);
	free(lock);
	st->lockfd = fd;

	if ((fp = fopen(path, "rb")) == NULL) {
		if (errno == ENOENT)
			return;
		ak_err(2, "%s", path);
	}
	ak_buf_grow(&b, 1 << 16);
	for (;;) {
		size_t r = fread(b.p + b.len, 1, b.cap - b.len, fp);
		b.len += r;
		if (r == 0)
			break;
		ak_buf_grow(&b, 1 << 16);
	}
	if (ferror(fp))
		ak_err(2, "%s", path);
	fclose(fp);
	if (b.len < HDRSIZE + 8)
		ak_errx(2, "%s: not an adedup state file", path);
	memcpy(&h, b.p, HDRSIZE);
	if (memcmp(h.magic, MAGIC, 8) != 0)
		ak_errx(2, "%s: not an adedup state file", path);
	if (h.bom != 0x01020304)
		ak_errx(2, "%s: state written on another byte order", path);
	if (h.mode != mode || h.isize != s->isize)
		ak_errx(2, "%s: state made with other options", path);
	need = HDRSIZE + h.n * h.isize + h.idlen + 8;
	if (h.n > UINT32_MAX || h.idlen > UINT32_MAX || b.len != need)
		ak_errx(2, "%s: damaged state file (size)", path);
	memcpy(&sum, b.p + b.len - 8, 8);
	if (sum != ak_hash_fixed(b.p, b.len - 8))
		ak_errx(2, "%s: damaged state file (checksum)", path);
	s->n = s->cap = h.n;
	s->items = ak_malloc(h.n ? h.n * h.isize : 1);
	memcpy(s->items, b.p + HDRSIZE, h.n * h.isize);
	ak_buf_reset(&s->ids);
	ak_buf_add(&s->ids, b.p + HDRSIZE + h.n * h.isize, h.idlen);
	st->out_dev = h.dev;
	st->out_ino = h.ino;
	st->out_off = h.off;
	ak_buf_free(&b);
}

static void
xwrite(int fd, const void *p, size_t n, const char *path)
{
	ssize_t w;

	while (n > 0) {
		if ((w = write(fd, p, n)) < 0) {
			if (errno == EINTR)
				continue;
			ak_err(2, "%s", path);
		}
		p = (const char *)p + w;
		n -= (size_t)w;
	}
}

void
dd_state_save(dd_state *st, const dd_store *s)
{
	struct hdr h;
	char *tmp, *dir, *slash;
	uint64_t sum;
	ak_buf b = { 0 };
	int fd;

	memset(&h, 0, sizeof(h));
	memcpy(h.magic, MAGIC, 8);
	h.bom = 0x01020304;
	h.mode = st->mode;
	h.isize = (uint32_t)s->isize;
	h.n = s->n;
	h.idlen = s->ids.len;
	h.dev = st->out_dev;
	h.ino = st->out_ino;
	h.off = st->out_off;
	ak_buf_add(&b, &h, sizeof(h));
	ak_buf_add(&b, s->items, s->n * s->isize);
	ak_buf_add(&b, s->ids.p, s->ids.len);
	sum = ak_hash_fixed(b.p, b.len);
	ak_buf_add(&b, &sum, 8);

	tmp = ak_malloc(strlen(st->path) + 32);
	sprintf(tmp, "%s.tmp%ld", st->path, (long)getpid());
	if ((fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666)) < 0)
		ak_err(2, "%s", tmp);
	xwrite(fd, b.p, b.len, tmp);
	if (fsync(fd) < 0 || close(fd) < 0)
		ak_err(2, "%s", tmp);
	if (rename(tmp, st->path) < 0)
		ak_err(2, "rename %s", st->path);
	/* the rename itself is durable only once the directory is synced */
	dir = ak_strdup(st->path);
	if ((slash = strrchr(dir, '/')) != NULL)
		slash[slash == dir ? 1 : 0] = '\0';
	else
		strcpy(dir, ".");
	if ((fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) >= 0) {
		if (fsync(fd) < 0 && errno != EINVAL)
			ak_err(2, "%s: fsync", dir);
		close(fd);
	}
	free(dir);
	free(tmp);
	ak_buf_free(&b);
}

void
dd_state_close(dd_state *st)
{
	if (st->lockfd > 0)
		close(st->lockfd);
	free(st->path);
	memset(st, 0, sizeof(*st));
}
