# Shared helpers of the end-to-end tests: each test gets its own scratch folder.
set -euo pipefail
PORTALGEN=$(realpath "$1")
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
# Runs portalgen, keeping its exit status in $status without stopping the test.
run() { set +e; "$PORTALGEN" "$@"; status=$?; set -e; }
# Imports the samples into $db ($SCRATCH/portal.db), writes their status as of 2026-11-23 to
# $SCRATCH/status.json and builds them into $out ($SCRATCH/out), the log in $SCRATCH/build.log;
# a build that does not exit 0 fails the test.
build_samples() {
  db=$SCRATCH/portal.db
  out=$SCRATCH/out
  "$PORTALGEN" import --db "$db" samples/*.yaml 2>/dev/null
  "$PORTALGEN" status --db "$db" --as-of 2026-11-23 --format json > "$SCRATCH/status.json"
  run build --db "$db" --out "$out" --as-of 2026-11-23 2> "$SCRATCH/build.log"
  [[ $status == 0 ]] || { cat "$SCRATCH/build.log"; fail "build: exit $status"; }
}
# Records a failed check and goes on, so that one run shows every failing case; `finish` ends
# the test (exit 1 if any check failed).
failures=0
problem() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
finish() { ((failures == 0)) || fail "$failures checks failed"; echo ok; }
# Whether two output folders' archives hold the same PDFs and the same manifest rows, but for
# what only says when and in which order of time they were written (archived_at, and so chain).
same_archive() {
  diff -r -x 'manifest*.csv' -x 'manifest*.jsonl' -x signatures.csv "$1" "$2" >&2 || return 1
  /usr/bin/python3 - "$1" "$2" <<'PY'
import csv, glob, os, sys
def rows(folder):
    out = {}
    for part in sorted(glob.glob(os.path.join(folder, "manifest*.csv"))):
        table = list(csv.reader(open(part, encoding="utf-8", newline="")))
        header = table[0]
        drop = {header.index(c) for c in ("archived_at", "chain") if c in header}
        out[os.path.basename(part)] = [[c for i, c in enumerate(r) if i not in drop] for r in table]
    return out
a, b = rows(sys.argv[1]), rows(sys.argv[2])
if a != b:
    sys.exit(f"manifests differ: {sorted(a)} / {sorted(b)}")
PY
}
# A manifest part's rows (no header), less archived_at and chain: what two builds of the same
# data at different times list alike.
manifest_rows() {
  /usr/bin/python3 - "$@" <<'PY'
import csv, sys
for part in sys.argv[1:]:
    table = list(csv.reader(open(part, encoding="utf-8", newline="")))
    drop = {table[0].index(c) for c in ("archived_at", "chain") if c in table[0]}
    for row in table[1:]:
        print(",".join(c for i, c in enumerate(row) if i not in drop))
PY
}
