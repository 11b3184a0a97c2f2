#!/usr/bin/env bash
# Faults during a nightly run: a full disk, a read-only output folder, a corrupt or locked
# database, broken templates. Each gives a clear message and a non-zero exit, and leaves the
# previous output (every file of OUT, byte for byte) and the database (its export) as they were.
# A build as of 2026-12-31 would change many files (invoices become overdue, subscriptions
# close), so a fault that let anything through shows. One company of the samples is enough.
source "$(dirname "$0")/lib.sh"
db=$SCRATCH/portal.db
out=$SCRATCH/out
# Invoice 232795, overdue (its page changes with the as-of date), with a 40 KB line description:
# a page larger than the file size limit below.
/usr/bin/python3 - samples/odotrack.yaml "$SCRATCH/odotrack.yaml" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
start = text.index('"232795"')
head, lines = text[:start], text[start:]
lines = lines.replace(', description: { en: "Replacement of two damaged devices", fr: "Remplacement de deux appareils endommagés" }', "", 1)
long = "Checked and replaced" + ", serial checked" * 600  # under the 10,000 characters of a text
for product in ('{ en: "ODO50 device", fr: "Boîtier ODO50" }',
                '{ en: "3-pin OBD2 cable", fr: "Câble OBD2 3 broches" }',
                '{ en: "Activation fee", fr: "Frais d\'activation" }'):
    old = f"product: {product}, "
    assert old in lines, old
    lines = lines.replace(old, f'{old}description: {{ en: "{long}", fr: "{long}" }}, ', 1)
open(sys.argv[2], "w", encoding="utf-8").write(head + lines)
PY
"$PORTALGEN" import --db "$db" "$SCRATCH/odotrack.yaml" 2>/dev/null
"$PORTALGEN" build --db "$db" --out "$out" --as-of 2026-11-23 2>/dev/null
cp "$db" "$SCRATCH/pristine.db"
cp -a "$out" "$SCRATCH/pristine-out"
"$PORTALGEN" export --db "$db" > "$SCRATCH/export.yaml"
listing() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum); }
listing "$out" > "$SCRATCH/listing"
can_mount=$([[ $(id -u) == 0 ]] && unshare -m true 2>/dev/null && echo yes || true)

# Puts back the previous output and database (a failed check may have changed them).
reset() {
  rm -rf "$out" && cp -a "$SCRATCH/pristine-out" "$out"
  rm -f "$db"-wal "$db"-shm && cp "$SCRATCH/pristine.db" "$db"
}
# intact CASE: OUT and the database are as before the case.
intact() {
  local changed
  changed=$({ diff <(listing "$out") "$SCRATCH/listing" || true; } |
            sed -n 's/^[<>] [0-9a-f]*  \.\///p' | sort -u | head -8 | tr '\n' ' ')
  [[ -z $changed ]] || problem "$1: the output changed: $changed"
  "$PORTALGEN" export --db "$db" 2>/dev/null | cmp -s - "$SCRATCH/export.yaml" ||
    problem "$1: the database changed"
}
# failed CASE LOG PATTERN: the command that wrote LOG exited non-zero and LOG matches PATTERN
# (an extended regular expression).
failed() {
  [[ $status != 0 ]] || problem "$1: exit 0"
  grep -Eq -- "$3" "$2" || problem "$1: expected /$3/ in: $(grep -v '/s, ' "$2" | head -c 600)"
}

# A full disk: OUT (the previous output, copied) on a file system filled to the last byte (a
# small tmpfs, in a mount namespace of its own). The build names the file it cannot write and the
# reason; once there is room again, the next build completes the work, as a build on a roomy disk
# would have.
if [[ $can_mount ]]; then
  disk=$SCRATCH/disk
  mkdir "$disk"
  cp "$SCRATCH/pristine.db" "$SCRATCH/roomy.db"
  cp "$SCRATCH/pristine.db" "$SCRATCH/tmpfs.db"
  cp -a "$SCRATCH/pristine-out" "$SCRATCH/roomy"
  "$PORTALGEN" build --db "$SCRATCH/roomy.db" --out "$SCRATCH/roomy" --as-of 2026-12-31 2>/dev/null
  export -f same_archive
  PORTALGEN=$PORTALGEN SCRATCH=$SCRATCH unshare -m bash -c '
    listing() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum); }
    set -u
    mount -t tmpfs -o size=64m portalgen-test "$SCRATCH/disk"
    db=$SCRATCH/tmpfs.db out=$SCRATCH/disk/out
    cp -a "$SCRATCH/pristine-out" "$out"
    listing "$out" > "$SCRATCH/tmpfs-before"
    cat /dev/zero > "$SCRATCH/disk/filler" 2>/dev/null
    "$PORTALGEN" build --db "$db" --out "$out" --as-of 2026-12-31 2> "$SCRATCH/full.log"
    echo $? > "$SCRATCH/full.status"
    listing "$out" > "$SCRATCH/tmpfs-full"
    "$PORTALGEN" export --db "$db" > "$SCRATCH/tmpfs-export-full.yaml"
    rm "$SCRATCH/disk/filler"
    "$PORTALGEN" build --db "$db" --out "$out" --as-of 2026-12-31 2> "$SCRATCH/room.log"
    echo $? > "$SCRATCH/room.status"
    diff -r "$SCRATCH/roomy/site" "$out/site" > /dev/null && same_archive "$SCRATCH/roomy/archive" "$out/archive" 2> /dev/null
    echo $? > "$SCRATCH/room.same"
  '
  [[ -f $SCRATCH/room.same ]] || fail "the full-disk case did not run to its end"
  status=$(< "$SCRATCH/full.status")
  failed "full disk" "$SCRATCH/full.log" "cannot write .*/disk/out/.*: No space left on device"
  diff -q "$SCRATCH/tmpfs-before" "$SCRATCH/tmpfs-full" > /dev/null ||
    problem "full disk: the output changed: $(diff "$SCRATCH/tmpfs-before" "$SCRATCH/tmpfs-full" | head -c 600)"
  cmp -s "$SCRATCH/export.yaml" "$SCRATCH/tmpfs-export-full.yaml" || problem "full disk: the database changed"
  [[ $(< "$SCRATCH/room.status") == 0 ]] || problem "full disk: the build with room again: $(tail -c 600 "$SCRATCH/room.log")"
  [[ $(< "$SCRATCH/room.same") == 0 ]] || problem "full disk: the build with room again differs from a roomy build"
else
  echo "full disk on a tmpfs: skipped (needs root and mount namespaces)"
fi

# Files limited in size (ulimit -f 33: 33 KB, above what the database needs, below the page of
# invoice 232795): that page's write fails with "File too large" (SIGXFSZ is ignored, so write() reports it).
reset
set +e
(trap '' XFSZ; ulimit -f 33; exec "$PORTALGEN" build --db "$db" --out "$out" --as-of 2026-12-31) 2> "$SCRATCH/fsize.log"
status=$?
set -e
failed "file size limit" "$SCRATCH/fsize.log" "cannot write $out/site/.*: File too large"
# Pages are smaller than the database needs, so only C2001 (with the large page) fails: its
# portal stays as it was, while the other customers publish theirs.
c2001=$("$PORTALGEN" status --db "$db" --as-of 2026-12-31 --format json |
        /usr/bin/python3 -c 'import json, sys; print(next(c["portal"] for c in json.load(sys.stdin)["customers"] if c["id"] == "C2001"))')
diff <(listing "$out/$c2001") <(listing "$SCRATCH/pristine-out/$c2001") >/dev/null ||
  problem "file size limit: the portal of C2001 changed"
grep -q "C2001" "$SCRATCH/fsize.log" || problem "file size limit: C2001 not named as failed"

# A read-only output folder: OUT as a whole, and OUT/site alone (say, a web root mounted
# read-only). As root, permissions do not stop writes: a read-only bind mount in a mount
# namespace of the command's own does.
read_only() {
  local folder=$1
  shift
  set +e
  if [[ $can_mount ]]; then
    unshare -m bash -c 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"' \
      _ "$folder" "$@"
  else
    chmod -R a-w "$folder"
    "$@"
  fi
  status=$?
  [[ $can_mount ]] || chmod -R u+w "$folder"
  set -e
}
reset
read_only "$out" "$PORTALGEN" build --db "$db" --out "$out" --as-of 2026-12-31 2> "$SCRATCH/ro.log"
failed "read-only OUT" "$SCRATCH/ro.log" "^portalgen: cannot open $out/.build.lock: (Read-only file system|Permission denied)$"
intact "read-only OUT"
reset
read_only "$out/site" "$PORTALGEN" build --db "$db" --out "$out" --as-of 2026-12-31 2> "$SCRATCH/ro-site.log"
failed "read-only OUT/site" "$SCRATCH/ro-site.log" \
  "customer C2001 failed: cannot write $out/site/[^/]+/en/index.html: open: (Read-only file system|Permission denied)"
intact "read-only OUT/site"

# A database file of random bytes: every command says which file is not a database; the file is
# left as it was.
reset
head -c 65536 /dev/urandom > "$SCRATCH/random.db"
random_sum=$(sha256sum < "$SCRATCH/random.db")
random_case() {  # random_case COMMAND ARGUMENTS...
  run "$1" --db "$SCRATCH/random.db" "${@:2}" 2> "$SCRATCH/random.log" > /dev/null
  failed "random database, $1" "$SCRATCH/random.log" \
    "^portalgen: database $SCRATCH/random.db is not a portalgen database \(not an SQLite file\)$"
  [[ $status == 2 ]] || problem "random database, $1: exit $status, expected 2 (bad usage)"
}
random_case status --as-of 2026-11-23
random_case export
random_case build --out "$out" --as-of 2026-12-31
random_case import samples/odotrack.yaml
[[ $(sha256sum < "$SCRATCH/random.db") == "$random_sum" ]] || problem "random database: the file changed"
intact "random database"

# A database damaged inside: the page of the customers table overwritten with random bytes. The
# commands say the database is damaged and name it; the build publishes nothing.
reset
cp "$db" "$SCRATCH/damaged.db"
page_size=$(sqlite3 "$SCRATCH/damaged.db" 'PRAGMA page_size')
root_page=$(sqlite3 "$SCRATCH/damaged.db" "SELECT rootpage FROM sqlite_master WHERE name = 'customers'")
head -c "$page_size" /dev/urandom |
  dd of="$SCRATCH/damaged.db" bs="$page_size" seek=$((root_page - 1)) conv=notrunc status=none
damaged_sum=$(sha256sum < "$SCRATCH/damaged.db")
run status --db "$SCRATCH/damaged.db" --as-of 2026-11-23 2> "$SCRATCH/damaged.log" > /dev/null
failed "damaged database, status" "$SCRATCH/damaged.log" \
  "^portalgen: database $SCRATCH/damaged.db is damaged: database disk image is malformed"
run export --db "$SCRATCH/damaged.db" 2> "$SCRATCH/damaged.log" > /dev/null
failed "damaged database, export" "$SCRATCH/damaged.log" \
  "^portalgen: database $SCRATCH/damaged.db is damaged: database disk image is malformed"
run build --db "$SCRATCH/damaged.db" --out "$out" --as-of 2026-12-31 2> "$SCRATCH/damaged.log"
failed "damaged database, build" "$SCRATCH/damaged.log" "database disk image is malformed"
[[ $(sha256sum < "$SCRATCH/damaged.db") == "$damaged_sum" ]] || problem "damaged database: the file changed"
intact "damaged database"

# A missing font: the fonts folders (the build's subset, the system's DejaVu) hidden by empty
# ones in a mount namespace. The build names the file and the folders it looked in, before it
# writes anything.
if [[ $can_mount ]]; then
  reset
  fonts=$(cd "$(dirname "$PORTALGEN")" && pwd)/fonts
  set +e
  unshare -m bash -c 'for d in "$1" /usr/share/fonts/truetype/dejavu; do
      [[ -d $d ]] && mount -t tmpfs portalgen-test "$d"; done; shift; exec "$@"' \
    _ "$fonts" "$PORTALGEN" build --db "$db" --out "$out" --as-of 2026-12-31 2> "$SCRATCH/font.log"
  status=$?
  set -e
  failed "missing font" "$SCRATCH/font.log" "^portalgen: font file not found: [A-Za-z-]+\.ttf \(looked in .*dejavu\)$"
  intact "missing font"
else
  echo "missing font: skipped (needs root and mount namespaces)"
fi

# A database locked by another process (an open exclusive transaction): import and build wait
# for it a few seconds, then say so, name the database and exit 4 (a scheduler may retry).
reset
mkfifo "$SCRATCH/sql"
sqlite3 "$db" < "$SCRATCH/sql" > "$SCRATCH/locker.out" 2>&1 &
locker=$!
exec 3> "$SCRATCH/sql"
echo "BEGIN EXCLUSIVE; SELECT 'locked';" >&3
for _ in $(seq 100); do [[ -s $SCRATCH/locker.out ]] && break; sleep 0.1; done
[[ $(< "$SCRATCH/locker.out") == locked ]] || fail "could not lock the database: $(< "$SCRATCH/locker.out")"
"$PORTALGEN" import --db "$db" samples/odotrack.yaml 2> "$SCRATCH/locked-import.log" &
importer=$!   # waits for the lock at the same time as the build
run build --db "$db" --out "$out" --as-of 2026-12-31 2> "$SCRATCH/locked.log"
failed "locked database, build" "$SCRATCH/locked.log" "^portalgen: database $db is locked by another run \(waited 5 s\); retry later"
[[ $status == 4 ]] || problem "locked database, build: exit $status, expected 4"
wait $importer && status=0 || status=$?
failed "locked database, import" "$SCRATCH/locked-import.log" "^portalgen: database $db is locked by another run"
[[ $status == 4 ]] || problem "locked database, import: exit $status, expected 4"
exec 3>&-
wait $locker
intact "locked database"

# Templates with a mistake (a copy of templates/ given with --templates): the message names the
# template file and line. A syntax error (a section never closed, a tag never closed, a partial
# that does not exist) stops the build before anything is written; a key the view model lacks
# (in a page, in a partial) fails every customer whose pages use the template.
broken() {  # broken NAME FILE LINE SED-COMMAND: a copy of templates/ with one line changed
  rm -rf "$SCRATCH/$1" && cp -r templates "$SCRATCH/$1"
  sed -i "$3$4" "$SCRATCH/$1/$2"
}
template_case() {  # template_case NAME PATTERN
  reset
  run build --db "$db" --out "$out" --as-of 2026-11-23 --templates "$SCRATCH/$1" 2> "$SCRATCH/$1.log"
  failed "template $1" "$SCRATCH/$1.log" "$2"
  intact "template $1"
}
broken unclosed_section pages/invoice.mustache 5 's/$/ {{#lines}}/'
template_case unclosed_section \
  "^portalgen: template $SCRATCH/unclosed_section/pages/invoice.mustache:5: \{\{#lines\}\} is never closed$"
broken unclosed_tag pages/invoice.mustache 5 's/$/ {{unclosed/'
template_case unclosed_tag \
  "^portalgen: template $SCRATCH/unclosed_tag/pages/invoice.mustache:5: unclosed tag \{\{unclosed$"
broken missing_partial partials/footer.mustache 3 's/$/ {{> no_such_partial}}/'
template_case missing_partial \
  "^portalgen: template $SCRATCH/missing_partial/partials/footer.mustache:3: no partial \"no_such_partial\""
# A key missing in the invoice page fails the customers with invoices only: the others are
# published (unchanged here), and the report, rewritten, lists the failed ones with the reason.
broken missing_key pages/invoice.mustache 5 's/$/ {{no_such_key}}/'
reset
run build --db "$db" --out "$out" --as-of 2026-11-23 --templates "$SCRATCH/missing_key" 2> "$SCRATCH/missing_key.log"
failed "template missing_key" "$SCRATCH/missing_key.log" \
  "customer C2001 failed: template $SCRATCH/missing_key/pages/invoice.mustache:5: unknown key \"no_such_key\"$"
cp "$SCRATCH/pristine-out/report/report.json" "$SCRATCH/pristine-report.json"
/usr/bin/python3 - "$out/report/report.json" "$SCRATCH/pristine-report.json" <<'PY' || problem "template missing_key: the report"
import json, sys
now, before = (json.load(open(p)) for p in sys.argv[1:])
failed = now["failures"]
ids = [e["customer"] for e in failed["listed"]]
assert failed["count"] == len(ids) >= 1 and "C2001" in ids, failed
assert all("unknown key" in e["error"] for e in failed["listed"]), failed
# Every customer still counts, as its portal shows it: the counts are those of the last build.
assert now["customers"] == before["customers"] and now["counts"] == before["counts"], now
assert now["due_by_age"] == before["due_by_age"], now
PY
cp "$SCRATCH/listing" "$SCRATCH/listing-all"
grep -v ' \./report/' "$SCRATCH/listing-all" > "$SCRATCH/listing"
rm -rf "$out/report"
intact "template missing_key (but its report)"
cp "$SCRATCH/listing-all" "$SCRATCH/listing"
# A customer whose rendering fails keeps its previous portal whole, even the pages rendered
# before the failing one: here every page changes too (a word before </main>), so a portal
# written a page at a time would show it.
broken missing_key_and_word pages/invoice.mustache 5 's/$/ {{no_such_key}}/'
sed -i 's|</main>|changed-word</main>|' "$SCRATCH/missing_key_and_word/partials/layout_end.mustache"
reset
run build --db "$db" --out "$out" --as-of 2026-11-23 \
  --templates "$SCRATCH/missing_key_and_word" 2> "$SCRATCH/missing_key_and_word.log"
failed "template missing_key_and_word" "$SCRATCH/missing_key_and_word.log" \
  "customer C2001 failed: template .*invoice.mustache:5: unknown key \"no_such_key\"$"
c2001=$("$PORTALGEN" status --db "$db" --customer C2001 --format json |
  /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["customers"][0]["portal"].split("/")[1])')
[[ -f $out/site/$c2001/en/index.html ]] || problem "missing_key_and_word: no portal for C2001"
! grep -rlq changed-word "$out/site/$c2001" ||
  problem "missing_key_and_word: C2001 failed, yet some of its pages were rewritten"
grep -rlq changed-word "$out/site" ||
  problem "missing_key_and_word: no customer was published with the new templates"
broken missing_label partials/footer.mustache 3 's/$/ {{t.no.such_label}}/'
template_case missing_label \
  "customer C2001 failed: template $SCRATCH/missing_label/partials/footer.mustache:3: unknown key \"t.no.such_label\"$"
finish
