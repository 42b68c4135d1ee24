/*
 * map.c - open addressing hash map from byte strings to pointers.
 *
 * Linear probing over a power-of-two table kept at most half full; keys
 * are copied into the map.  The hash, after wyhash, is two multiplies for
 * a key of up to 16 bytes (the short Arabic words that make up lexicons),
 * seeded at start-up so that crafted input cannot force collisions; the
 * fixed variant (a multiply-xorshift over 8-byte words) is for on-disk
 * state and shards, which must agree across runs and machines.  Most
 * lookups are misses in small lexicons (a word of the text among the cue
 * words): a bit per (ends, length) class of the keys answers most of
 * them before any hashing.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "akhbar.h"

typedef struct {
	char		*key;
	size_t		 len;
	uint64_t	 hash;
	void		*val;
} slot;

#define FBITS	4096

struct ak_map {
	slot		*s;
	size_t		 cap, n;
	uint64_t	 filter[FBITS / 64];
};

static uint64_t	seed;

static uint64_t
mix(uint64_t h)
{
	h ^= h >> 32;
	h *= 0xd6e8feb86659fd93ULL;
	h ^= h >> 32;
	h *= 0xd6e8feb86659fd93ULL;
	h ^= h >> 32;
	return h;
}

static uint64_t
hash_with(uint64_t h, const void *p, size_t n)
{
	const unsigned char *s = p;
	uint64_t w;

	h ^= n * 0x9E3779B97F4A7C15ULL;
	while (n >= 8) {
		memcpy(&w, s, 8);
		h = mix(h ^ w);
		s += 8;
		n -= 8;
	}
	w = 0;
	memcpy(&w, s, n);
	return mix(h ^ w ^ ((uint64_t)n << 56));
}

uint64_t
ak_hash_fixed(const void *p, size_t n)
{
	return hash_with(0x243F6A8885A308D3ULL, p, n);
}

/* 64x64 -> 128-bit multiply, folded: one instruction's worth of mixing */
static uint64_t
mum(uint64_t a, uint64_t b)
{
	__uint128_t r = (__uint128_t)a * b;

	return (uint64_t)r ^ (uint64_t)(r >> 64);
}

static uint64_t
rd8(const unsigned char *s)
{
	uint64_t w;

	memcpy(&w, s, 8);
	return w;
}

static uint64_t
rd4(const unsigned char *s)
{
	uint32_t w;

	memcpy(&w, s, 4);
	return w;
}

/*
 * The in-memory hash, after wyhash: a word of up to 16 bytes (most
 * lexicon keys) costs two loads and two multiplies.  It changes nothing
 * on disk, and the seed already makes every run's order its own.
 */
static void
seed_once(void)
{
	if (seed == 0)
		seed = mix((uint64_t)time(NULL) ^ (uint64_t)getpid() << 32 ^
		    (uint64_t)(uintptr_t)&seed) | 1;
}

/* the seeded hash; a map's own calls go here, inline */
static inline uint64_t
hash(const void *p, size_t n)
{
	const unsigned char *s = p;
	uint64_t a, b, h;
	size_t left = n;

	h = seed;
	if (n <= 16) {
		if (n >= 8) {
			a = rd8(s);
			b = rd8(s + n - 8);
		} else if (n >= 4) {
			a = rd4(s);
			b = rd4(s + n - 4);
		} else if (n > 0) {
			a = (uint64_t)s[0] << 16 | (uint64_t)s[n >> 1] << 8 |
			    s[n - 1];
			b = 0;
		} else
			a = b = 0;
	} else {
		while (left > 16) {
			h = mum(rd8(s) ^ 0xa0761d6478bd642fULL,
			    rd8(s + 8) ^ h);
			s += 16;
			left -= 16;
		}
		a = rd8(s + left - 16);
		b = rd8(s + left - 8);
	}
	return mum(0xe7037ed1a0b428dbULL ^ n,
	    mum(a ^ 0xa0761d6478bd642fULL, b ^ h));
}

uint64_t
ak_hash(const void *p, size_t n)
{
	seed_once();
	return hash(p, n);
}

/* the filter bit of a key: its first and last four bytes, its length */
static inline uint32_t
fbit(const char *key, size_t len)
{
	const unsigned char *k = (const unsigned char *)key;
	uint32_t a, b;

	if (len >= 4) {
		memcpy(&a, k, 4);
		memcpy(&b, k + len - 4, 4);
	} else {
		a = len > 0 ? (uint32_t)k[0] << 16 | (uint32_t)k[len >> 1] << 8 |
		    k[len - 1] : 0;
		b = 0;
	}
	return (a * 0x9E3779B1u + b * 0x85EBCA77u +
	    (uint32_t)len * 0xC2B2AE3Du) >> 20;
}

#define FTEST(m, f)	((m)->filter[(f) >> 6] >> ((f) & 63) & 1)

ak_map *
ak_map_new(void)
{
	ak_map *m = ak_calloc(1, sizeof(*m));

	seed_once();
	m->cap = 16;
	m->s = ak_calloc(m->cap, sizeof(*m->s));
	return m;
}

void
ak_map_free(ak_map *m, void (*freeval)(void *))
{
	size_t i;

	if (m == NULL)
		return;
	for (i = 0; i < m->cap; i++)
		if (m->s[i].key != NULL) {
			free(m->s[i].key);
			if (freeval != NULL)
				freeval(m->s[i].val);
		}
	free(m->s);
	free(m);
}

static slot *
lookup(const ak_map *m, const char *key, size_t len, uint64_t h)
{
	size_t i = (size_t)h & (m->cap - 1);

	for (;;) {
		slot *s = &m->s[i];

		if (s->key == NULL || (s->hash == h && s->len == len &&
		    memcmp(s->key, key, len) == 0))
			return s;
		i = (i + 1) & (m->cap - 1);
	}
}

static void
grow(ak_map *m)
{
	slot *old = m->s;
	size_t i, oldcap = m->cap;

	m->cap *= 2;
	m->s = ak_calloc(m->cap, sizeof(*m->s));
	for (i = 0; i < oldcap; i++)
		if (old[i].key != NULL)
			*lookup(m, old[i].key, old[i].len, old[i].hash) = old[i];
	free(old);
}

void **
ak_map_put(ak_map *m, const char *key, size_t len)
{
	uint64_t h = hash(key, len);
	slot *s = lookup(m, key, len, h);
	uint32_t f;

	if (s->key == NULL) {
		if ((m->n + 1) * 2 > m->cap) {
			grow(m);
			s = lookup(m, key, len, h);
		}
		s->key = ak_strndup(key, len);
		s->len = len;
		s->hash = h;
		s->val = NULL;
		m->n++;
		f = fbit(key, len);
		m->filter[f >> 6] |= (uint64_t)1 << (f & 63);
	}
	return &s->val;
}

void *
ak_map_get(const ak_map *m, const char *key, size_t len)
{
	uint32_t f = fbit(key, len);
	slot *s;

	if (!FTEST(m, f))
		return NULL;
	s = lookup(m, key, len, hash(key, len));
	return s->key ? s->val : NULL;
}

size_t
ak_map_count(const ak_map *m)
{
	return m->n;
}

int
ak_map_iter(const ak_map *m, size_t *i, const char **key, size_t *len,
    void **val)
{
	while (*i < m->cap) {
		slot *s = &m->s[(*i)++];

		if (s->key != NULL) {
			*key = s->key;
			*len = s->len;
			*val = s->val;
			return 1;
		}
	}
	return 0;
}
