#!/usr/bin/env bash
# The same output whatever the threads (--jobs 1 and 4) and however the work is split
# (--shard K/3 into one folder equals a full build); a second build on a locked output refuses
# (exit 4: a scheduler may retry).
source "$(dirname "$0")/lib.sh"
db=$SCRATCH/portal.db
"$PORTALGEN" import --db "$db" samples/*.yaml 2>/dev/null
"$PORTALGEN" synth --customers 60 --seed 3 > "$SCRATCH/synth.yaml"
"$PORTALGEN" import --db "$db" "$SCRATCH/synth.yaml" 2>/dev/null

"$PORTALGEN" build --db "$db" --out "$SCRATCH/one" --as-of 2026-11-23 --jobs 1 2>/dev/null
"$PORTALGEN" build --db "$db" --out "$SCRATCH/four" --as-of 2026-11-23 --jobs 4 2>/dev/null
diff -r "$SCRATCH/one/site" "$SCRATCH/four/site" >/dev/null || fail "--jobs 1 and --jobs 4 differ"
same_archive "$SCRATCH/one/archive" "$SCRATCH/four/archive" || fail "archives differ"

for k in 1 2 3; do
  "$PORTALGEN" build --db "$db" --out "$SCRATCH/shards" --as-of 2026-11-23 --shard "$k/3" 2>/dev/null
done
diff -r "$SCRATCH/one/site" "$SCRATCH/shards/site" >/dev/null || fail "three shards differ from a full build"
ls "$SCRATCH"/shards/archive/manifest-{1,2,3}-of-3.csv >/dev/null || fail "missing manifest parts"
# The parts together list the same PDFs as the full build's manifest.
sort_rows() { manifest_rows "$@" | sort; }
diff <(sort_rows "$SCRATCH/one/archive/manifest.csv") \
     <(sort_rows "$SCRATCH"/shards/archive/manifest-*-of-3.csv) || fail "manifest parts differ"
"$PORTALGEN" verify --out "$SCRATCH/shards" >/dev/null || fail "verify of the shards' archive"

run build --db "$db" --out "$SCRATCH/x" --shard 4/3
[[ $status == 2 ]] || fail "--shard 4/3: exit $status, expected 2"

# A build holding the lock makes a second one refuse.
mkdir -p "$SCRATCH/locked"
flock "$SCRATCH/locked/.build.lock" sleep 30 &
holder=$!
sleep 0.5
run build --db "$db" --out "$SCRATCH/locked" --as-of 2026-11-23 2> "$SCRATCH/lock.log"
kill $holder
[[ $status == 4 ]] || fail "locked output: exit $status, expected 4"
grep -q "another portalgen build is running on" "$SCRATCH/lock.log" || fail "$(cat "$SCRATCH/lock.log")"
[[ ! -d $SCRATCH/locked/site ]] || fail "the refused build wrote pages"
echo ok
