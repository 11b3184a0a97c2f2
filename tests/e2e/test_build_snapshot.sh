#!/usr/bin/env bash
# One snapshot per build (SPEC 6): an import that commits while a build runs changes nothing of
# that build's output, which is byte for byte the build of a copy of the database taken before
# the import; the import waits only for the build's short writes; the next build sees it.
source "$(dirname "$0")/lib.sh"
cd "$SCRATCH"

"$PORTALGEN" synth --customers 80 --seed 11 > night.yaml
# The same customers with other e-mail addresses (shown on every portal).
sed 's/@example\.com/@changed.example/' night.yaml > changed.yaml
cmp -s night.yaml changed.yaml && fail "the change changed nothing"
"$PORTALGEN" import --db live.db night.yaml 2> /dev/null
cp live.db copy.db

"$PORTALGEN" build --db live.db --out live --as-of 2026-11-23 --jobs 1 2> live.log &
build=$!
# The build logs its first line once it holds its snapshot.
for _ in $(seq 600); do
  [[ -s live.log ]] && break
  kill -0 $build 2> /dev/null || break
  sleep 0.05
done
[[ $(head -1 live.log) == "portalgen: build: database "* ]] || fail "the build did not start: $(cat live.log)"
run import --db live.db changed.yaml 2> import.log
[[ $status == 0 ]] || problem "import during the build: exit $status: $(cat import.log)"
kill -0 $build 2> /dev/null || fail "the build ended before the import did: the test proves nothing (more customers?)"
wait $build || fail "the build failed: $(cat live.log)"

"$PORTALGEN" build --db copy.db --out copy --as-of 2026-11-23 2> /dev/null
diff -r live/site copy/site > diff.txt || problem "the build saw the import half-way: $(head -c 600 diff.txt)"
same_archive live/archive copy/archive || problem "the archives differ"

# The next build sees the import.
"$PORTALGEN" build --db live.db --out next --as-of 2026-11-23 2> /dev/null
grep -rqs "@changed.example" next/site || problem "the next build does not see the import"
grep -rqs "@changed.example" live/site && problem "the first build shows addresses of the import"
finish
