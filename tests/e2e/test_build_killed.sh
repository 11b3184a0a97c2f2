#!/usr/bin/env bash
# A build killed with SIGKILL at any moment leaves usable output; the next build finishes the job:
# its output equals a clean build's, and no temporary file is left.
source "$(dirname "$0")/lib.sh"
db=$SCRATCH/portal.db
"$PORTALGEN" import --db "$db" samples/*.yaml 2>/dev/null
"$PORTALGEN" synth --customers 50 --seed 5 > "$SCRATCH/synth.yaml"
"$PORTALGEN" import --db "$db" "$SCRATCH/synth.yaml" 2>/dev/null
"$PORTALGEN" build --db "$db" --out "$SCRATCH/clean" --as-of 2026-11-23 2>/dev/null

out=$SCRATCH/killed
for delay in 0.05 0.15 0.3 0.6; do
  "$PORTALGEN" build --db "$db" --out "$out" --as-of 2026-11-23 2>/dev/null &
  pid=$!
  sleep "$delay"
  kill -9 $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
done
"$PORTALGEN" build --db "$db" --out "$out" --as-of 2026-11-23 2> "$SCRATCH/final.log" ||
  fail "the build after the kills failed: $(cat "$SCRATCH/final.log")"
diff -r "$SCRATCH/clean/site" "$out/site" >/dev/null || fail "site differs from a clean build"
same_archive "$SCRATCH/clean/archive" "$out/archive" || fail "archive differs from a clean build"
leftovers=$(find "$out" -name '.portalgen-tmp-*' | wc -l)
[[ $leftovers == 0 ]] || fail "$leftovers temporary files left"
"$PORTALGEN" verify --out "$out" >/dev/null || fail "verify after the kills"

# A whole build that ran to its end leaves OUT/.build-finished: the next one skips the walk of
# every folder for temporary files (none can be left), and takes the mark before it writes
# anything. Without the mark (a killed build took it), the walk happens.
[[ -f $out/.build-finished ]] || fail "a finished build left no finish mark"
portal=$(find "$out/site" -mindepth 1 -maxdepth 1 -type d | head -1)
touch "$portal/.portalgen-tmp-999999-0-planted.html"
"$PORTALGEN" build --db "$db" --out "$out" --as-of 2026-11-23 2>/dev/null
[[ -f $portal/.portalgen-tmp-999999-0-planted.html ]] ||
  fail "a build after a finished one walked the folders for temporary files"
rm "$out/.build-finished"  # as a build killed after it took the mark leaves it
"$PORTALGEN" build --db "$db" --out "$out" --as-of 2026-11-23 2> "$SCRATCH/swept.log"
[[ ! -e $portal/.portalgen-tmp-999999-0-planted.html ]] ||
  fail "a build after an unfinished one left a temporary file"
grep -q "removed 1 temporary files of an interrupted run" "$SCRATCH/swept.log" ||
  fail "the sweep was not reported: $(cat "$SCRATCH/swept.log")"
[[ -f $out/.build-finished ]] || fail "the build after the sweep left no finish mark"
"$PORTALGEN" build --db "$db" --out "$out" --as-of 2026-11-23 --shard 1/2 2>/dev/null
[[ ! -e $out/.build-finished ]] || fail "a shard build left the finish mark of the whole build"

# A shard's next build removes what its killed builds left: it does not sweep the whole folder
# (other shards may be writing), but its own temporary files (in its portals, the PDFs spooled in
# archive/, outbox messages, its report).
out=$SCRATCH/killed-shard
for delay in 0.05 0.15 0.3 0.6; do
  "$PORTALGEN" build --db "$db" --out "$out" --as-of 2026-11-23 --shard 1/2 2>/dev/null &
  pid=$!
  sleep "$delay"
  kill -9 $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
done
# Whatever moment the kills hit, each folder a shard build writes outside its portals may hold one
# of its temporary files (the shard record in OUT itself too); another shard's must stay.
for folder in "$out" "$out/archive" "$out/report/1-of-2" "$out/outbox/2026-11-23"; do
  mkdir -p "$folder"
  touch "$folder/.portalgen-tmp-1-of-2.999999-0-left" "$folder/.portalgen-tmp-2-of-2.999999-0-running"
done
"$PORTALGEN" build --db "$db" --out "$out" --as-of 2026-11-23 --shard 1/2 2> "$SCRATCH/shard.log" ||
  fail "the shard build after the kills failed: $(cat "$SCRATCH/shard.log")"
others=$(find "$out" -name '.portalgen-tmp-2-of-2.*' | wc -l)
[[ $others == 4 ]] || fail "shard 1/2 removed $((4 - others)) temporary files of shard 2/2"
find "$out" -name '.portalgen-tmp-2-of-2.*' -delete
leftovers=$(find "$out" -name '.portalgen-tmp-*')
[[ -z $leftovers ]] || fail "temporary files left by the killed shard builds: $leftovers"
"$PORTALGEN" build --db "$db" --out "$out" --as-of 2026-11-23 --shard 2/2 2>/dev/null
diff -r "$SCRATCH/clean/site" "$out/site" >/dev/null || fail "sharded site differs from a clean build"
"$PORTALGEN" verify --out "$out" >/dev/null || fail "verify after the killed shard builds"
echo ok
