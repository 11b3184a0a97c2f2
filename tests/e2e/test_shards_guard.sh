#!/usr/bin/env bash
# One output folder, one number of shards: a shard build with another N, a whole build while a
# shard build runs (or the reverse) and a second run of one shard are refused with exit 4, and
# nothing is archived twice. A folder where overlapping shard builds listed invoices twice (before
# N was recorded) builds again, and verify names every duplicated row.
source "$(dirname "$0")/lib.sh"
db=$SCRATCH/portal.db
out=$SCRATCH/out
"$PORTALGEN" import --db "$db" samples/*.yaml 2>/dev/null
"$PORTALGEN" synth --customers 20 --seed 5 > "$SCRATCH/synth.yaml"
"$PORTALGEN" import --db "$db" "$SCRATCH/synth.yaml" 2>/dev/null
build() { run build --db "$db" --as-of 2026-11-23 --jobs 2 "$@"; }
# Every archived invoice (customer, number, kind) listed in more than one row of any part.
listed_twice() {
  tail -q -n +2 "$1"/archive/manifest*.csv | cut -d, -f1-3 | grep -v ",cancelled$" | sort | uniq -d
}
rows() { tail -q -n +2 "$1"/archive/manifest*.csv | wc -l; }
# Rows listing a PDF (not a cancelled number).
pdf_rows() { tail -q -n +2 "$1"/archive/manifest*.csv | grep -c -v "^[^,]*,[^,]*,cancelled," || true; }
# Holds flocks in the background as a build in progress does: `hold -s LOCK` (shared) or
# `hold LOCK`, then optionally a second LOCK taken exclusively. One process holds them all (it
# ends as `sleep`), so that killing it releases them.
hold() {
  local mode=-x
  if [[ $1 == -s ]]; then mode=-s; shift; fi
  (
    exec 8> "$1"
    flock "$mode" 8
    if [[ ${2-} ]]; then exec 9> "$2"; flock -x 9; fi
    exec sleep 30
  ) &
  holder=$!
  sleep 0.5
}
release() { kill "$holder"; wait "$holder" 2>/dev/null || true; }

# Shard 1/2, then 1/3 on the same folder: refused, nothing archived by it.
build --out "$out" --shard 1/2 2>/dev/null
[[ $status == 0 ]] || problem "shard 1/2: exit $status"
[[ $(cat "$out/.portalgen-shards" 2>/dev/null) == 2 ]] || problem "N not recorded"
before=$(rows "$out")
build --out "$out" --shard 1/3 2> "$SCRATCH/other-n.log"
[[ $status == 4 ]] || problem "shard 1/3 after 1/2: exit $status, expected 4"
grep -q "is built in 2 shards (recorded in $out/.portalgen-shards), not 3: run its shards as --shard K/2" \
  "$SCRATCH/other-n.log" || problem "another N: $(cat "$SCRATCH/other-n.log")"
[[ $(rows "$out") == "$before" && ! -e $out/archive/manifest-1-of-3.csv ]] ||
  problem "the refused shard archived something"
build --out "$out" --shard 2/2 2>/dev/null
[[ $status == 0 ]] || problem "shard 2/2: exit $status"
[[ -z $(listed_twice "$out") ]] || problem "archived twice: $(listed_twice "$out")"

# A shard build in progress (its locks held, a temporary file of it in archive/): a whole build
# is refused and leaves the shard's files alone.
spooled=$out/archive/.portalgen-tmp-2-of-2.99999-1-issued.pdf
echo "%PDF being written" > "$spooled"
hold -s "$out/.build.lock" "$out/.build-2-of-2.lock"
build --out "$out" 2> "$SCRATCH/whole.log"
[[ $status == 4 ]] || problem "whole build during a shard build: exit $status, expected 4"
grep -q "another portalgen build is running on $out" "$SCRATCH/whole.log" ||
  problem "whole build during a shard build: $(cat "$SCRATCH/whole.log")"
[[ -f $spooled ]] || problem "the whole build removed the running shard's temporary file"
# The same shard again: refused; another shard of the same N runs beside it.
build --out "$out" --shard 2/2 2> "$SCRATCH/same.log"
[[ $status == 4 ]] || problem "shard 2/2 twice at once: exit $status, expected 4"
grep -q "another portalgen build of shard 2/2 is running on $out" "$SCRATCH/same.log" ||
  problem "same shard: $(cat "$SCRATCH/same.log")"
build --out "$out" --shard 1/2 2>/dev/null
[[ $status == 0 ]] || problem "shard 1/2 beside a running 2/2: exit $status"
[[ -f $spooled ]] || problem "shard 1/2 removed shard 2/2's temporary file"
release
rm "$spooled"

# A whole build in progress: a shard build is refused.
hold "$out/.build.lock"
build --out "$out" --shard 1/2 2> "$SCRATCH/shard.log"
[[ $status == 4 ]] || problem "shard build during a whole build: exit $status, expected 4"
grep -q "a whole build holds $out/.build.lock" "$SCRATCH/shard.log" ||
  problem "shard during whole: $(cat "$SCRATCH/shard.log")"
release

# A whole build makes the folder whole again; the next night may choose another N, and the
# invoices archived by the old shards are not archived again.
build --out "$out" 2>/dev/null
[[ $status == 0 ]] || problem "whole build: exit $status"
[[ ! -e $out/.portalgen-shards ]] || problem "the whole build kept the record of N"
for k in 1 2 3; do
  build --out "$out" --shard "$k/3" 2>/dev/null
  [[ $status == 0 ]] || problem "shard $k/3 after a whole build: exit $status"
done
[[ -z $(listed_twice "$out") ]] || problem "archived twice after N changed: $(listed_twice "$out")"
"$PORTALGEN" verify --out "$out" > /dev/null 2>&1 || problem "verify after N changed"

# The state overlapping shard builds left before N was recorded: shard 1/3's part lists again
# every invoice of 1/2. Builds work again, the rows stay as they are, verify names each one.
broken=$SCRATCH/broken
build --out "$broken" --shard 1/2 2>/dev/null
rm "$broken/.portalgen-shards"
cp "$broken/archive/manifest-1-of-2.csv" "$broken/archive/manifest-1-of-3.csv"
duplicated=$(pdf_rows "$broken")  # cancelled numbers listed twice are tolerated silently
duplicated=$((duplicated / 2))
((duplicated > 0)) || fail "no invoice in shard 1/2: the test needs some"
cp "$broken/archive/manifest-1-of-2.csv" "$SCRATCH/part-2"
cp "$broken/archive/manifest-1-of-3.csv" "$SCRATCH/part-3"
run verify --out "$broken" > "$SCRATCH/verify.out" 2> "$SCRATCH/verify.err"
[[ $status == 0 ]] || problem "verify of the duplicated folder: exit $status"
[[ $(grep -c "^archive/manifest-1-of-3.csv:[0-9]*: warning: .* is listed again, with the same PDF, first at archive/manifest-1-of-2.csv:[0-9]*" \
  "$SCRATCH/verify.err") == "$duplicated" ]] || problem "verify does not name each duplicate: $(cat "$SCRATCH/verify.err")"
grep -q "; $duplicated duplicate manifest rows" "$SCRATCH/verify.out" ||
  problem "verify summary: $(cat "$SCRATCH/verify.out")"
build --out "$broken" --shard 1/3 2> "$SCRATCH/after.log"
[[ $status == 0 ]] || problem "shard 1/3 on the duplicated folder: exit $status: $(tail -3 "$SCRATCH/after.log")"
grep -q "$duplicated manifest rows list again a PDF" "$SCRATCH/after.log" ||
  problem "the build does not note the duplicates: $(head -5 "$SCRATCH/after.log")"
build --out "$broken" 2>/dev/null
[[ $status == 0 ]] || problem "whole build on the duplicated folder: exit $status"
# Rows were only appended (by shard 1/3, for its other customers): the archived ones are intact.
for k in 2 3; do
  cmp -s -n "$(stat -c %s "$SCRATCH/part-$k")" "$SCRATCH/part-$k" "$broken/archive/manifest-1-of-$k.csv" ||
    problem "archived rows of manifest-1-of-$k.csv were rewritten"
done
[[ $(listed_twice "$broken" | wc -l) == "$duplicated" ]] || problem "new rows listed twice"
"$PORTALGEN" verify --out "$broken" > /dev/null 2>&1 || problem "verify after the repair builds"
finish
