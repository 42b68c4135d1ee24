# akhbar - Arabic news to political event records, as small Unix filters.
#
#   make            build every filter into build/bin
#   make demo       install missing Debian packages (as root), build, run
#                   the pipeline on the bundled sample articles
#   make check      build, run every test, plainly and under ASan+UBSan
#   make bench      throughput and peak memory of every filter
#   make install PREFIX=/usr/local DESTDIR=
#   make uninstall PREFIX=/usr/local DESTDIR=

PREFIX	?= /usr/local
BINDIR	 = $(PREFIX)/bin
DATADIR	 = $(PREFIX)/share/akhbar
MANDIR	 = $(PREFIX)/share/man/man1
DESTDIR	?=

CC	?= cc
PKGS	 = icu-uc icu-i18n yajl
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null || echo -licui18n -licuuc -licudata -lyajl)
OPT	?= -O2
CFLAGS	?= $(OPT) -g
WARN	 = -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wno-unused-parameter
ALL_CFLAGS = -std=c11 -D_GNU_SOURCE $(WARN) $(CFLAGS) $(PKG_CFLAGS) \
	     -Ilib -DDATADIR='"$(DATADIR)"'
LDLIBS	+= $(PKG_LIBS) -lm

B	?= build
FILTERS	 = $(basename $(notdir $(wildcard filters/*.c)))
LIBSRC	 = $(wildcard lib/*.c)
LIBOBJ	 = $(LIBSRC:lib/%.c=$(B)/obj/lib/%.o)
BINS	 = $(FILTERS:%=$(B)/bin/%)
DATA	 = $(wildcard lib/data/*)
MANS	 = $(wildcard filters/*.1)
UNITSRC	 = $(wildcard tests/unit/*.c)
UNITS	 = $(UNITSRC:tests/unit/%.c=$(B)/unit/%)

.PHONY: all deps demo check test test-one unit asan bench fuzz install uninstall clean
.SUFFIXES:

all: $(BINS) $(B)/share/akhbar

$(B)/obj/lib/%.o: lib/%.c $(wildcard lib/*.h)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(B)/obj/filters/%.o: filters/%.c $(wildcard lib/*.h filters/*.h)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(B)/lib/libakhbar.a: $(LIBOBJ)
	@mkdir -p $(@D)
	rm -f $@
	ar rcs $@ $(LIBOBJ)

$(B)/bin/%: $(B)/obj/filters/%.o $(B)/lib/libakhbar.a
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(B)/lib/libakhbar.a $(LDLIBS)

# the build tree finds its data the way an installed tree does
$(B)/share/akhbar:
	@mkdir -p $(B)/share
	ln -sfn $(CURDIR)/lib/data $@

$(B)/unit/%: tests/unit/%.c $(B)/lib/libakhbar.a
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(B)/lib/libakhbar.a $(LDLIBS)

deps:
	@sh tools/deps

demo: deps
	@$(MAKE) -s all
	@sh tools/demo $(B)/bin

unit: $(UNITS)
	@for t in $(UNITS); do echo "unit: $$t"; $$t || exit 1; done

# the tests drive installed binaries through real pipes
test: all unit
	@rm -rf $(B)/check
	@$(MAKE) -s install PREFIX=$(CURDIR)/$(B)/check DESTDIR= B=$(B)
	PATH="$(CURDIR)/$(B)/check/bin:$$PATH" AKHBAR_PREFIX="$(CURDIR)/$(B)/check" \
	    bats tests

# one test file: make test-one T=asplit [B=build/mine]
test-one: all
	@rm -rf $(B)/check
	@$(MAKE) -s install PREFIX=$(CURDIR)/$(B)/check DESTDIR= B=$(B)
	PATH="$(CURDIR)/$(B)/check/bin:$$PATH" AKHBAR_PREFIX="$(CURDIR)/$(B)/check" \
	    bats tests/$(T).bats

SANFLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
	   -fno-sanitize-recover=undefined
asan:
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	$(MAKE) test B=build-asan CFLAGS="$(SANFLAGS)" LDFLAGS="-fsanitize=address,undefined"

check: deps
	@$(MAKE) test
	@$(MAKE) asan

bench: all
	@sh bench/run $(B)/bin

fuzz: all
	@sh tests/fuzz $(B)/bin

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR) $(DESTDIR)$(MANDIR)
	install -m 755 $(BINS) $(DESTDIR)$(BINDIR)
	$(if $(DATA),install -m 644 $(DATA) $(DESTDIR)$(DATADIR))
	$(if $(MANS),install -m 644 $(MANS) $(DESTDIR)$(MANDIR))

uninstall:
	cd $(DESTDIR)$(BINDIR) && rm -f $(FILTERS)
	$(if $(MANS),cd $(DESTDIR)$(MANDIR) && rm -f $(notdir $(MANS)))
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf build build-asan
