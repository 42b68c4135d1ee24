# helper.bash - shared set-up for the bats tests.
# The tests run the installed filters (make test puts build/check/bin
# first on PATH) through real pipes.

setup() {
	TMP="$BATS_TEST_TMPDIR"
	export LC_ALL=C.UTF-8
}

# run a command line through bash, so that pipes and redirections work
runsh() {
	run bash -c "$1"
}

# the fixtures directory
FIX="$BATS_TEST_DIRNAME/fixtures"
