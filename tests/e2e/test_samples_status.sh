#!/usr/bin/env bash
# The samples import cleanly and `status --format json` matches the independent reference
# (tests/e2e/oracle.py, checked by hand in tests/e2e/HAND_CHECKS.md) to the cent and the day.
source "$(dirname "$0")/lib.sh"
db=$SCRATCH/portal.db
"$PORTALGEN" import --db "$db" samples/*.yaml
"$PORTALGEN" status --db "$db" --as-of 2026-11-23 --format json > "$SCRATCH/actual.json"
/usr/bin/python3 - "$SCRATCH/actual.json" tests/e2e/samples_expected.json <<'PY'
import json, re, subprocess, sys, glob
actual = json.load(open(sys.argv[1]))
expected = json.load(open(sys.argv[2]))
oracle = json.loads(subprocess.check_output(
    ["/usr/bin/python3", "tests/e2e/oracle.py", "--as-of", "2026-11-23"] + sorted(glob.glob("samples/*.yaml"))))
assert expected == oracle, "samples_expected.json is stale: rerun the oracle and re-check by hand"
for c in actual["customers"]:
    assert re.fullmatch(r"site/[A-Za-z0-9_-]{22,}/", c.pop("portal")), c["id"]
if actual != expected:
    for a, e in zip(actual["customers"], expected["customers"]):
        for da, de in zip(a["documents"], e["documents"]):
            if da != de: print("customer", a["id"], "\n  actual  ", da, "\n  expected", de)
        if len(a["documents"]) != len(e["documents"]): print("customer", a["id"], "document count differs")
    sys.exit("status JSON differs from the reference")
print("status JSON matches the reference for", len(actual["customers"]), "customers")
PY
# The table format names every customer.
"$PORTALGEN" status --db "$db" --as-of 2026-11-23 > "$SCRATCH/table.txt"
for id in $(/usr/bin/python3 -c 'import json,sys; print(" ".join(c["id"] for c in json.load(open(sys.argv[1]))["customers"]))' "$SCRATCH/actual.json"); do
  grep -q "^$id " "$SCRATCH/table.txt" || fail "customer $id missing from the table"
done
# --customer filters; an unknown one is an error.
"$PORTALGEN" status --db "$db" --as-of 2026-11-23 --format json --customer "$id" > "$SCRATCH/one.json"
/usr/bin/python3 -c 'import json,sys; c=json.load(open(sys.argv[1]))["customers"]; assert [x["id"] for x in c]==[sys.argv[2]], c' "$SCRATCH/one.json" "$id"
run status --db "$db" --customer NO-SUCH-CUSTOMER
[[ $status == 1 ]] || fail "unknown customer: exit $status, expected 1"
run status --db "$db" --as-of 2026-02-30
[[ $status == 2 ]] || fail "bad --as-of: exit $status, expected 2"
echo ok
