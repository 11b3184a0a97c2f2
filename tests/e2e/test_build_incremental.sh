#!/usr/bin/env bash
# Incremental builds: a rerun with nothing changed touches no file; after one customer's data
# changes only that customer's files are rewritten; --force renders everything again; the next
# day re-renders but rewrites only the pages whose text changed.
source "$(dirname "$0")/lib.sh"
db=$SCRATCH/portal.db
out=$SCRATCH/out
"$PORTALGEN" import --db "$db" samples/*.yaml 2>/dev/null
"$PORTALGEN" build --db "$db" --out "$out" --as-of 2026-11-23 --jobs 2 2>/dev/null
portal() { "$PORTALGEN" status --db "$db" --customer "$1" --format json |
  /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["customers"][0]["portal"])'; }

touch -d '2000-01-01' "$SCRATCH/marker"
find "$out/site" -exec touch -h -d '2000-01-01' {} +   # every file and folder, old
"$PORTALGEN" build --db "$db" --out "$out" --as-of 2026-11-23 2> "$SCRATCH/again.log"
grep -q "0 customers built, 11 unchanged, 0 failed; 0 files written, 0 PDFs rendered" \
  "$SCRATCH/again.log" || fail "no-change rerun: $(cat "$SCRATCH/again.log")"
changed=$(find "$out/site" -newer "$SCRATCH/marker" | wc -l)
[[ $changed == 0 ]] || fail "a no-change rerun touched $changed files or folders"

# One customer's data changes: only its folder is touched.
sed 's/email: marie@transports-tremblay.example/email: marie.tremblay@transports-tremblay.example/' \
  samples/odotrack.yaml > "$SCRATCH/odotrack.yaml"
cmp -s samples/odotrack.yaml "$SCRATCH/odotrack.yaml" && fail "the test's edit did not apply"
"$PORTALGEN" import --db "$db" "$SCRATCH/odotrack.yaml" 2>/dev/null
"$PORTALGEN" build --db "$db" --out "$out" --as-of 2026-11-23 2> "$SCRATCH/one.log"
grep -q "1 customers built, 10 unchanged, 0 failed" "$SCRATCH/one.log" || fail "$(cat "$SCRATCH/one.log")"
marie=$(portal C2001)
outside=$(find "$out/site" -newer "$SCRATCH/marker" -type f | awk -v p="$out/$marie" 'index($0, p) != 1' | wc -l)
[[ $outside == 0 ]] || fail "$outside files of other customers were rewritten"
rewritten=$(find "$out/$marie" -newer "$SCRATCH/marker" -type f)
[[ $rewritten == *account.html* ]] || fail "C2001 account page not rewritten: $rewritten"

# --force renders every customer again (and, the bytes being the same, rewrites nothing).
"$PORTALGEN" build --db "$db" --out "$out" --as-of 2026-11-23 --force 2> "$SCRATCH/force.log"
grep -q "11 customers built, 0 unchanged, 0 failed; 0 files written" "$SCRATCH/force.log" ||
  fail "--force: $(cat "$SCRATCH/force.log")"

# The next day: every customer is built again, but a page whose view model is the same is not
# rendered again (its recorded source says so), and only changed pages are written. A page
# someone edited is not as the last build left it: it is rendered and written again.
edited=$(find "$out/$(portal C2001)/en/invoices" -name '*.html' | sort | head -1)
[[ -n $edited ]] || fail "C2001 has no invoice page"
echo "<p>edited</p>" >> "$edited"
"$PORTALGEN" build --db "$db" --out "$out" --as-of 2026-11-24 2> "$SCRATCH/next.log"
grep -q "11 customers built, 0 unchanged, 0 failed" "$SCRATCH/next.log" || fail "$(cat "$SCRATCH/next.log")"
written=$(sed -n 's/.*failed; \([0-9]*\) files written.*/\1/p' "$SCRATCH/next.log")
total=$(find "$out/site" -type f | wc -l)
((written > 0 && written < total)) || fail "next day wrote $written of $total files"
# C2005 has no documents: only its dashboards and account statements, which give the date of the
# information, change (the statement's PDF is named by that date).
rewritten=$(cd "$out/$(portal C2005)" && find . -newer "$SCRATCH/marker" -type f | sort | xargs)
[[ $rewritten == "./en/index.html ./en/statement.html ./fr/index.html ./fr/statement.html ./statement-2026-11-24.pdf" ]] ||
  fail "C2005: rewritten $rewritten"
# The pages left unrendered are those a build from nothing gives that day, byte for byte.
for f in "$db" "$db-wal" "$db-shm"; do [[ ! -e $f ]] || cp "$f" "$SCRATCH/fresh.${f##*.}"; done
"$PORTALGEN" build --db "$SCRATCH/fresh.db" --out "$SCRATCH/fresh" --as-of 2026-11-24 2>/dev/null
pages() { (cd "$1/site" && find . -name '*.html' -o -name '*.ics' -o -name '*.css' -o -name '*.js' | sort); }
[[ $(pages "$out") == "$(pages "$SCRATCH/fresh")" ]] || fail "the next day's pages are not a fresh build's"
# A calendar is written again only when an event changed: one left as it was keeps the stamp
# (DTSTAMP) of the night that made it, and is otherwise the fresh build's.
count=0 kept_calendars=0
while read -r page; do
  if [[ $page == *.ics ]] && grep -q '^DTSTAMP:20261123T000000Z' "$out/site/$page"; then
    grep -q '^DTSTAMP:20261124' "$out/site/$page" && fail "two stamps in $page"
    cmp -s <(sed 's/^DTSTAMP:20261123T/DTSTAMP:20261124T/' "$out/site/$page") \
      "$SCRATCH/fresh/site/$page" || fail "differs from a fresh build but for its stamp: $page"
    kept_calendars=$((kept_calendars + 1))
  else
    cmp -s "$out/site/$page" "$SCRATCH/fresh/site/$page" || fail "differs from a fresh build: $page"
  fi
  count=$((count + 1))
done < <(pages "$out")
((count > 300)) || fail "only $count pages compared"
((kept_calendars > 0)) || fail "no calendar was left as it was"
grep -q "edited" "$edited" && fail "the edited page was left edited"
# The pages replaced swapped names with their new versions; the old ones are gone, not left under
# a temporary name.
left=$(find "$out" -name '.portalgen-tmp*' | head -3)
[[ -z $left ]] || fail "temporary files left: $left"
echo ok
