#!/usr/bin/env bash
# Bad input: every problem reported as FILE:LINE:COL, exit 3, and the database left untouched —
# even when the bad file comes after good ones in the same import.
source "$(dirname "$0")/lib.sh"
db=$SCRATCH/portal.db
"$PORTALGEN" import --db "$db" samples/*.yaml
"$PORTALGEN" export --db "$db" > "$SCRATCH/before.yaml"
before_status=$("$PORTALGEN" status --db "$db" --as-of 2026-11-23 --format json)

first_sample=$(ls samples/*.yaml | head -1)
# A copy of a sample with every customer renamed (so it is a valid new batch) ...
sed 's/^\(  - id: \)"\{0,1\}\([A-Za-z0-9._-]*\)"\{0,1\}$/\1NEW-\2/' "$first_sample" > "$SCRATCH/good.yaml"
# ... and a file with three mistakes.
cat > "$SCRATCH/bad.yaml" <<'YAML'
customers:
  - id: BAD-1
    name: Someone
    email: someone@example.com
    language: es
    invoices:
      - { number: I1, date: 2026-02-30, state: posted }
      - { number: I2, date: 2026-03-01, state: posted, colour: red }
YAML
run import --db "$db" "$SCRATCH/good.yaml" "$SCRATCH/bad.yaml" 2> "$SCRATCH/errors.txt"
[[ $status == 3 ]] || fail "exit $status, expected 3"
cat "$SCRATCH/errors.txt"
grep -qF "$SCRATCH/bad.yaml:5:15: language must be one of en | fr, not \"es\"" "$SCRATCH/errors.txt" || fail "language error"
grep -qF "$SCRATCH/bad.yaml:7:29: date must be a real date YYYY-MM-DD, not \"2026-02-30\"" "$SCRATCH/errors.txt" || fail "date error"
grep -qF "$SCRATCH/bad.yaml:8:56: unknown key \"colour\" in an invoice" "$SCRATCH/errors.txt" || fail "unknown key error"
"$PORTALGEN" export --db "$db" > "$SCRATCH/after.yaml"
cmp -s "$SCRATCH/before.yaml" "$SCRATCH/after.yaml" || fail "the database changed"
[[ "$("$PORTALGEN" status --db "$db" --as-of 2026-11-23 --format json)" == "$before_status" ]] || fail "statuses changed"
# The good file alone imports, next to the existing customers.
"$PORTALGEN" import --db "$db" "$SCRATCH/good.yaml"
"$PORTALGEN" status --db "$db" --format json --as-of 2026-11-23 | grep '"id":"NEW-' >/dev/null || fail "good file not imported"
echo ok
