# Shared helpers of the end-to-end tests: each test gets its own scratch folder.
set -euo pipefail
PORTALGEN=$(realpath "$1")
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
# Runs portalgen, keeping its exit status in $status without stopping the test.
run() { set +e; "$PORTALGEN" "$@"; status=$?; set -e; }
# Records a failed check and goes on, so that one run shows every failing case; `finish` ends
# the test (exit 1 if any check failed).
failures=0
problem() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
finish() { ((failures == 0)) || fail "$failures checks failed"; echo ok; }
