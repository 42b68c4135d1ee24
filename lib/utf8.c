/*
 * utf8.c - strict UTF-8 (RFC 3629: no overlongs, no surrogates, at most
 * U+10FFFF), as yajl and ICU expect it.
 */
#include <string.h>

#include "akhbar.h"

size_t
ak_utf8_valid(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;

	while (i < len) {
		unsigned c = s[i];
		uint64_t w;

		/* news text is runs of ASCII and of two-byte Arabic letters */
		while (i + 8 <= len) {
			memcpy(&w, s + i, 8);
			if (w & 0x8080808080808080ULL)
				break;
			i += 8;
		}
		while (i + 1 < len && s[i] >= 0xC2 && s[i] <= 0xDF &&
		    (s[i + 1] & 0xC0) == 0x80)
			i += 2;
		if (i >= len)
			break;
		c = s[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF) {
			if (i + 1 >= len || (s[i + 1] & 0xC0) != 0x80)
				return i;
			i += 2;
		} else if (c >= 0xE0 && c <= 0xEF) {
			unsigned lo = c == 0xE0 ? 0xA0 : 0x80;
			unsigned hi = c == 0xED ? 0x9F : 0xBF;

			if (i + 2 >= len || s[i + 1] < lo || s[i + 1] > hi ||
			    (s[i + 2] & 0xC0) != 0x80)
				return i;
			i += 3;
		} else if (c >= 0xF0 && c <= 0xF4) {
			unsigned lo = c == 0xF0 ? 0x90 : 0x80;
			unsigned hi = c == 0xF4 ? 0x8F : 0xBF;

			if (i + 3 >= len || s[i + 1] < lo || s[i + 1] > hi ||
			    (s[i + 2] & 0xC0) != 0x80 || (s[i + 3] & 0xC0) != 0x80)
				return i;
			i += 4;
		} else
			return i;
	}
	return len;
}

uint32_t
ak_utf8_next(const char *str, size_t len, size_t *ip)
{
	const unsigned char *s = (const unsigned char *)str + *ip;
	size_t left = len - *ip;
	unsigned c = s[0];
	uint32_t cp;

	/* inline checks: this runs for every character of every text */
	if (c < 0x80) {
		*ip += 1;
		return c;
	}
	if (c >= 0xC2 && c <= 0xDF && left >= 2 && (s[1] & 0xC0) == 0x80) {
		*ip += 2;
		return (c & 0x1F) << 6 | (s[1] & 0x3F);
	}
	if (c >= 0xE0 && c <= 0xEF && left >= 3 && (s[1] & 0xC0) == 0x80 &&
	    (s[2] & 0xC0) == 0x80) {
		cp = (c & 0x0F) << 12 | (s[1] & 0x3F) << 6 | (s[2] & 0x3F);
		if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
			*ip += 3;
			return cp;
		}
	} else if (c >= 0xF0 && c <= 0xF4 && left >= 4 &&
	    (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80 &&
	    (s[3] & 0xC0) == 0x80) {
		cp = (c & 0x07) << 18 | (s[1] & 0x3F) << 12 |
		    (s[2] & 0x3F) << 6 | (s[3] & 0x3F);
		if (cp >= 0x10000 && cp <= 0x10FFFF) {
			*ip += 4;
			return cp;
		}
	}
	*ip += 1;
	return 0xFFFD;
}

void
ak_utf8_put(ak_buf *b, uint32_t c)
{
	char u[4];

	if (c < 0x80) {
		ak_buf_addc(b, (int)c);
		return;
	}
	if (c >= 0x110000 || (c >= 0xD800 && c < 0xE000))
		c = 0xFFFD;
	if (c < 0x800) {
		u[0] = (char)(0xC0 | c >> 6);
		u[1] = (char)(0x80 | (c & 0x3F));
		ak_buf_add(b, u, 2);
	} else if (c < 0x10000) {
		u[0] = (char)(0xE0 | c >> 12);
		u[1] = (char)(0x80 | (c >> 6 & 0x3F));
		u[2] = (char)(0x80 | (c & 0x3F));
		ak_buf_add(b, u, 3);
	} else {
		u[0] = (char)(0xF0 | c >> 18);
		u[1] = (char)(0x80 | (c >> 12 & 0x3F));
		u[2] = (char)(0x80 | (c >> 6 & 0x3F));
		u[3] = (char)(0x80 | (c & 0x3F));
		ak_buf_add(b, u, 4);
	}
}

size_t
ak_utf8_count(const char *s, size_t len)
{
	size_t i, n = 0;

	/* every byte that is not a continuation byte starts a code point */
	for (i = 0; i < len; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}
