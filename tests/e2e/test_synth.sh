#!/usr/bin/env bash
# `portalgen synth`: the same seed gives the same bytes, another seed others; the data imports
# cleanly and, as of the day it is made around, shows every status of SPEC section 2.
source "$(dirname "$0")/lib.sh"
"$PORTALGEN" synth --customers 1000 --seed 7 > "$SCRATCH/a.yaml"
"$PORTALGEN" synth --customers 1000 --seed 7 > "$SCRATCH/b.yaml"
cmp -s "$SCRATCH/a.yaml" "$SCRATCH/b.yaml" || fail "the same seed gave different files"
"$PORTALGEN" synth --customers 1000 --seed 8 > "$SCRATCH/c.yaml"
cmp -s "$SCRATCH/a.yaml" "$SCRATCH/c.yaml" && fail "another seed gave the same file"
"$PORTALGEN" synth --customers 0 > "$SCRATCH/none.yaml"

db=$SCRATCH/portal.db
"$PORTALGEN" import --db "$db" "$SCRATCH/none.yaml"
"$PORTALGEN" import --db "$db" "$SCRATCH/a.yaml"
"$PORTALGEN" status --db "$db" --as-of 2026-11-23 --format json > "$SCRATCH/status.json"
/usr/bin/python3 - "$SCRATCH/status.json" <<'PY'
import json, sys
customers = json.load(open(sys.argv[1]))["customers"]
assert len(customers) == 1000, len(customers)
assert [c["id"] for c in customers][:2] == ["C000001", "C000002"], customers[:2]
seen = {}
for c in customers:
    for d in c["documents"]:
        seen.setdefault(d["kind"], set()).add(d.get("status"))
        if d.get("at_risk"):
            seen["subscription"].add("at_risk")
expected = {
    "quotation": {"waiting", "expired", "accepted", "rejected", "cancelled"},
    "order": {"cancelled", "confirmed", "upcoming", "active", "completed"},
    "invoice": {"cancelled", "reversed", "paid", "overdue", "partial", "not_paid"},
    "credit_note": {"credit_note", "cancelled"},
    "subscription": {"in_progress", "at_risk", "to_renew", "closed"},
    "payment_method": {"valid", "expired"},
    "ticket": {"new", "in_progress", "waiting_customer", "solved", "cancelled"},
    "success_pack": {None},
}
for kind, statuses in expected.items():
    assert seen.get(kind) == statuses, (kind, seen.get(kind))
print("every status present among", len(customers), "customers")
PY

run synth
[[ $status == 2 ]] || fail "synth without --customers: exit $status, expected 2"
run synth --customers many
[[ $status == 2 ]] || fail "synth --customers many: exit $status, expected 2"
echo ok
