#!/usr/bin/env bash
# A customer that cannot be published is reported and skipped; the others are published and the
# build exits 1. The next build, once the cause is gone, publishes it.
source "$(dirname "$0")/lib.sh"
db=$SCRATCH/portal.db
out=$SCRATCH/out
"$PORTALGEN" import --db "$db" samples/*.yaml 2>/dev/null
token=$("$PORTALGEN" status --db "$db" --customer C1003 --format json |
  /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["customers"][0]["portal"].split("/")[1])')
mkdir -p "$out/site"
echo "in the way" > "$out/site/$token"   # a file where C1003's folder must go
run build --db "$db" --out "$out" --as-of 2026-11-23 2> "$SCRATCH/build.log"
[[ $status == 1 ]] || fail "exit $status, expected 1"
grep -q "customer C1003 failed: " "$SCRATCH/build.log" || fail "$(cat "$SCRATCH/build.log")"
grep -q "10 customers built, 0 unchanged, 1 failed" "$SCRATCH/build.log" || fail "$(cat "$SCRATCH/build.log")"
[[ $(ls -d "$out"/site/*/ | wc -l) == 10 ]] || fail "the other customers were not all published"
rm "$out/site/$token"
"$PORTALGEN" build --db "$db" --out "$out" --as-of 2026-11-23 2> "$SCRATCH/again.log" ||
  fail "second build: $(cat "$SCRATCH/again.log")"
grep -q "1 customers built, 10 unchanged, 0 failed" "$SCRATCH/again.log" || fail "$(cat "$SCRATCH/again.log")"
[[ -f $out/site/$token/index.html ]] || fail "C1003 not published after the fix"
echo ok
