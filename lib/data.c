/*
 * data.c - finding and reading the data files (lexicons, furniture
 * lists, patterns): plain TSV, '#' comments, one entry a line.
 *
 * The data directory is looked up relative to the running binary first
 * (<bindir>/../share/akhbar), so that an installed tree can be moved and
 * the build tree works before installation; $AKHBAR_DATADIR overrides.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "akhbar.h"

#ifndef DATADIR
#define DATADIR "/usr/local/share/akhbar"
#endif

struct ak_tsv {
	FILE		*fp;
	char		*path;
	char		*line;
	size_t		 cap;
	unsigned long	 lineno;
};

static char *
try_path(const char *dir, size_t dirlen, const char *name)
{
	struct stat st;
	char *p = ak_malloc(dirlen + strlen(name) + 2);

	memcpy(p, dir, dirlen);
	p[dirlen] = '/';
	strcpy(p + dirlen + 1, name);
	if (stat(p, &st) == 0)
		return p;
	free(p);
	return NULL;
}

char *
ak_data_path(const char *name)
{
	char exe[PATH_MAX], *p, *slash;
	const char *env = getenv("AKHBAR_DATADIR");
	ssize_t n;

	if (env != NULL && *env != '\0')
		return try_path(env, strlen(env), name);
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 32);
	if (n > 0) {
		exe[n] = '\0';
		if ((slash = strrchr(exe, '/')) != NULL) {
			strcpy(slash, "/../share/akhbar");
			if ((p = try_path(exe, strlen(exe), name)) != NULL)
				return p;
		}
	}
	return try_path(DATADIR, strlen(DATADIR), name);
}

ak_tsv *
ak_tsv_open(const char *path)
{
	ak_tsv *t;
	FILE *fp;

	if ((fp = fopen(path, "r")) == NULL) {
		ak_warn("%s", path);
		return NULL;
	}
	t = ak_calloc(1, sizeof(*t));
	t->fp = fp;
	t->path = ak_strdup(path);
	return t;
}

static void
rtrim(char *s)
{
	size_t n = strlen(s);

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\r' ||
	    s[n - 1] == '\n'))
		s[--n] = '\0';
}

int
ak_tsv_next(ak_tsv *t, char **cols, int max)
{
	ssize_t n;
	char *p;
	int k;

	while ((n = getline(&t->line, &t->cap, t->fp)) >= 0) {
		t->lineno++;
		rtrim(t->line);
		p = t->line;
		if (*p == '\0' || *p == '#')
			continue;
		for (k = 0; k < max; k++) {
			cols[k] = p;
			if (k == max - 1 || (p = strchr(p, '\t')) == NULL) {
				k++;
				break;
			}
			*p++ = '\0';
		}
		for (int j = 0; j < k; j++)
			rtrim(cols[j]);
		return k;
	}
	if (ferror(t->fp))
		ak_err(2, "%s", t->path);
	return 0;
}

const char *
ak_tsv_path(const ak_tsv *t)
{
	return t->path;
}

unsigned long
ak_tsv_lineno(const ak_tsv *t)
{
	return t->lineno;
}

void
ak_tsv_close(ak_tsv *t)
{
	if (t == NULL)
		return;
	fclose(t->fp);
	free(t->line);
	free(t->path);
	free(t);
}
