/*
 * adedup-store.h - what adedup remembers: items in arrival order, a hash
 * multimap over them, and the state file that carries them across runs.
 */
#ifndef ADEDUP_STORE_H
#define ADEDUP_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "akhbar.h"

/* Every item starts with this; a mode appends its own fixed payload. */
typedef struct {
	uint64_t	h;	/* the key's hash (mode-specific meaning) */
	int32_t		day;	/* day seen, days since 1970-01-01 */
	uint32_t	id;	/* offset of the id string in the id blob */
} dd_head;

/* uint64 key -> uint32 value, open addressing, duplicates allowed */
typedef struct __attribute__((packed)) {	/* 12 bytes, not 16 */
	uint64_t	 k;
	uint32_t	 v;	/* value + 1; 0 marks an empty slot */
} dd_slot;

typedef struct {
	dd_slot		*s;	/* key and value side by side: one cache miss */
	size_t		 n, cap;
} dd_mmap;

void	dd_mm_add(dd_mmap *, uint64_t k, uint32_t v);
/* first/next value of k: *pos starts at 0; returns 1 and sets *v */
int	dd_mm_next(const dd_mmap *, uint64_t k, size_t *pos, uint32_t *v);
void	dd_mm_clear(dd_mmap *);
void	dd_mm_free(dd_mmap *);

typedef struct {
	size_t		 isize;		/* bytes of one item */
	size_t		 n, cap;
	unsigned char	*items;
	ak_buf		 ids;		/* NUL-terminated id strings */
} dd_store;

#define DD_ITEM(s, i)	((dd_head *)((s)->items + (size_t)(i) * (s)->isize))
#define DD_ID(s, i)	((s)->ids.p + DD_ITEM(s, i)->id)

void	dd_store_init(dd_store *, size_t isize);
/* appends an item (payload zeroed), returns its index */
uint32_t dd_store_add(dd_store *, uint64_t h, int32_t day,
	    const char *id, size_t idlen);
/*
 * Drops items seen before day `oldest' and all but the newest `keep'
 * (0: no cap); returns 1 when anything was dropped (indexes must then be
 * rebuilt).
 */
int	dd_store_trim(dd_store *, int32_t oldest, size_t keep);
void	dd_store_free(dd_store *);

/* The state file. */
typedef struct {
	char		*path;
	int		 lockfd;
	uint32_t	 mode;		/* caller's mode and options, hashed */
	/* where our output ended at the last commit (regular file only) */
	uint64_t	 out_dev, out_ino, out_off;
} dd_state;

/*
 * Takes the lock (path.lock, flock, waiting for another run), then loads
 * the items into s when the file exists.  Exits 2 on a damaged file or a
 * file made with other options.
 */
void	dd_state_open(dd_state *, const char *path, uint32_t mode,
	    dd_store *s);
/*
 * Writes the state atomically: temporary file, fsync, rename, fsync of
 * the directory.  A crash leaves the old file or the new one.
 */
void	dd_state_save(dd_state *, const dd_store *s);
void	dd_state_close(dd_state *);

#endif /* ADEDUP_STORE_H */
