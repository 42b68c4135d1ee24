/*
 * fold.c - the lossy Arabic folding that every matcher uses (lexicons,
 * triggers, fingerprints).  Byte-level on UTF-8: the Arabic block is two
 * bytes (D8-DB xx), so the common cases need no decoding at all.
 */
#include "akhbar.h"

int
ak_is_arabic_letter(uint32_t c)
{
	return (c >= 0x0621 && c <= 0x064A) || (c >= 0x0671 && c <= 0x06D3) ||
	    (c >= 0x06FA && c <= 0x06FF);
}

/* the folded code point of c, or 0 when it is dropped */
static uint32_t
fold_cp(uint32_t cp)
{
	if ((cp >= 0x0610 && cp <= 0x061A) || (cp >= 0x064B &&
	    cp <= 0x065F) || cp == 0x0670 || (cp >= 0x06D6 &&
	    cp <= 0x06ED) || cp == 0x0640)
		return 0;
	switch (cp) {
	case 0x0622: case 0x0623: case 0x0625: case 0x0671:
		return 0x0627;
	case 0x0649:
		return 0x064A;
	case 0x0629:
		return 0x0647;
	}
	if (cp >= 0x0660 && cp <= 0x0669)
		return '0' + (cp - 0x0660);
	if (cp >= 0x06F0 && cp <= 0x06F9)
		return '0' + (cp - 0x06F0);
	return cp;
}

void
ak_fold(ak_buf *out, const char *str, size_t len)
{
	/* every two-byte code point folded once: a table lookup a letter */
	static uint16_t two[0x800];
	static int ready;
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;
	char *o;

	if (!ready) {
		for (i = 0x80; i < 0x800; i++)
			two[i] = (uint16_t)fold_cp((uint32_t)i);
		ready = 1;
		i = 0;
	}
	ak_buf_grow(out, len + 1);
	/* a local cursor: stores through out->p would reload out->len */
	o = out->p + out->len;
	while (i < len) {
		unsigned c = s[i];
		uint32_t cp;
		size_t j;

		/* ASCII and two-byte letters never lengthen: room was made */
		if (c < 0x80) {
			*o++ = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF && i + 1 < len &&
		    (s[i + 1] & 0xC0) == 0x80) {
			cp = two[(c & 0x1F) << 6 | (s[i + 1] & 0x3F)];
			i += 2;
			if (cp >= 0x80) {
				*o++ = (char)(0xC0 | cp >> 6);
				*o++ = (char)(0x80 | (cp & 0x3F));
			} else if (cp != 0)
				*o++ = (char)cp;
			continue;
		}
		out->len = (size_t)(o - out->p);
		j = i;
		cp = fold_cp(ak_utf8_next(str, len, &j));
		i = j;
		if (cp != 0)
			ak_utf8_put(out, cp);
		/* U+FFFD for a bad byte is longer than the byte */
		ak_buf_grow(out, len - i + 1);
		o = out->p + out->len;
	}
	out->len = (size_t)(o - out->p);
	ak_buf_cstr(out);
}
