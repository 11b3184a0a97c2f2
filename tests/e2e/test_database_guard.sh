#!/usr/bin/env bash
# A mistyped --db changes nothing (SPEC 6): only import creates a database; every other command
# refuses a missing or foreign file with exit 2, and a read leaves the file as it was; a build
# refuses a database inside its output folder; a failed import leaves no new file; the build's
# first log line names the absolute database and output paths; verify refuses a missing folder.
source "$(dirname "$0")/lib.sh"
samples=$PWD/samples
cd "$SCRATCH"

# A published site, then its fingerprint: every file's path and contents.
"$PORTALGEN" import --db data/portal.db "$samples"/*.yaml 2> /dev/null
"$PORTALGEN" build --db data/portal.db --out output --as-of 2026-11-23 2> /dev/null
tree_sum() { (cd "$1" && find . -type f ! -name '.*.lock' -print0 | sort -z | xargs -0 sha256sum | sha256sum); }
published=$(tree_sum output)

# refused WHAT PATTERN COMMAND...: exit 2, PATTERN in the message, the output untouched.
refused() {
  local what=$1 pattern=$2
  shift 2
  run "$@" > out.txt 2>&1
  [[ $status == 2 ]] || problem "$what: exit $status, expected 2: $(head -c 400 out.txt)"
  grep -Eq -- "$pattern" out.txt || problem "$what: expected /$pattern/ in: $(head -c 400 out.txt)"
  [[ $(tree_sum output) == "$published" ]] || problem "$what: the published output changed"
}

missing="does not exist: check --db"
refused "build, mistyped --db" "^portalgen: database $SCRATCH/typo.db $missing" \
  build --db typo.db --out output --as-of 2026-11-24
refused "status, mistyped --db" "$missing" status --db typo.db --as-of 2026-11-24
refused "export, mistyped --db" "$missing" export --db typo.db
refused "rotate-link, mistyped --db" "$missing" rotate-link --db typo.db C1001
[[ ! -e typo.db && ! -e typo.db-wal ]] || problem "a command other than import created typo.db"
# The default, relative data/portal.db of a cron job started in another folder.
mkdir elsewhere
(cd elsewhere && run build --out ../output --as-of 2026-11-24 > ../out.txt 2>&1
  [[ $status == 2 ]] || echo "exit $status" >> ../out.txt)
grep -q "^portalgen: database $SCRATCH/elsewhere/data/portal.db $missing" out.txt ||
  problem "build from another folder: $(cat out.txt)"
[[ ! -e elsewhere/data ]] || problem "build from another folder created data/"
[[ $(tree_sum output) == "$published" ]] || problem "build from another folder changed the output"

# Another program's SQLite file, in rollback-journal mode: refused by every command, and left
# byte for byte as it was (no tables added, not switched to WAL).
sqlite3 foreign.db "CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('keep me');"
foreign_sum=$(sha256sum < foreign.db)
not_ours="is not a portalgen database"
refused "build, foreign database" "$not_ours" build --db foreign.db --out output --as-of 2026-11-24
refused "status, foreign database" "$not_ours" status --db foreign.db
refused "export, foreign database" "$not_ours" export --db foreign.db
refused "rotate-link, foreign database" "$not_ours" rotate-link --db foreign.db C1001
refused "import, foreign database" "$not_ours" import --db foreign.db "$samples/odotrack.yaml"
[[ $(sha256sum < foreign.db) == "$foreign_sum" ]] || problem "the foreign database changed"
[[ $(sqlite3 foreign.db "PRAGMA journal_mode") == delete ]] || problem "the foreign database was switched to WAL"
[[ ! -e foreign.db-wal ]] || problem "the foreign database got a WAL file"

# status and export only read: the database file stays byte for byte as it was.
sqlite3 data/portal.db "PRAGMA wal_checkpoint(TRUNCATE);" > /dev/null
db_sum=$(sha256sum < data/portal.db)
"$PORTALGEN" status --db data/portal.db --as-of 2026-11-24 > /dev/null
"$PORTALGEN" export --db data/portal.db > /dev/null
[[ $(sha256sum < data/portal.db) == "$db_sum" ]] || problem "status or export changed the database"

# A database inside the output folder: refused before the stale-portal sweep could touch it.
cp data/portal.db output/portal.db
published=$(tree_sum output)
refused "build, database inside --out" "is inside the output folder" \
  build --db output/portal.db --out output --as-of 2026-11-24
mkdir -p output/keep && mv output/portal.db output/keep/portal.db
published=$(tree_sum output)
refused "build, database deeper inside --out" "is inside the output folder" \
  build --db output/keep/portal.db --out ./output/. --as-of 2026-11-24
[[ -f output/keep/portal.db ]] || problem "the database inside the output folder was removed"
rm -r output/keep
published=$(tree_sum output)

# A failed import: no new database, no folder made for it.
printf 'company:\n  name: X\n  email: x@x.example\n  currency: CAD\ncustomers:\n  - id: C1\n    name: Ann\n    email: ann@example.com\n    language: xx\n' > bad.yaml
run import --db new/nightly/portal.db bad.yaml > out.txt 2>&1
[[ $status == 3 ]] || problem "failed import: exit $status, expected 3"
[[ ! -e new ]] || problem "a failed import left $(find new)"
run import --db fresh.db "$samples/odotrack.yaml" > out.txt 2>&1
[[ $status == 0 && -f fresh.db ]] || problem "import into a new file: exit $status: $(cat out.txt)"
[[ -z $(find . -maxdepth 1 -name '.fresh.db.*') ]] || problem "import left a temporary file"

# verify of a mistyped folder: bad usage, not a broken archive.
run verify --out outptu > out.txt 2>&1
[[ $status == 2 ]] || problem "verify of a missing folder: exit $status, expected 2"
grep -q "outptu" out.txt || problem "verify of a missing folder does not name it: $(cat out.txt)"

# The build's first log line names both absolute paths.
"$PORTALGEN" build --db data/portal.db --out output --as-of 2026-11-24 2> build.log
[[ $(head -1 build.log) == "portalgen: build: database $SCRATCH/data/portal.db, output $SCRATCH/output, as of 2026-11-24" ]] ||
  problem "first log line: $(head -1 build.log)"
finish
