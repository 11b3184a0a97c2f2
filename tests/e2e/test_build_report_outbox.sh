#!/usr/bin/env bash
# The nightly report counts statuses and lists what changed between two builds (checked against
# `status --format json` of both dates); the outbox has one RFC 5322 message per customer whose
# portal is new or whose alerts changed, which Python's email package reads back.
source "$(dirname "$0")/lib.sh"
db=$SCRATCH/portal.db
out=$SCRATCH/out
"$PORTALGEN" import --db "$db" samples/*.yaml 2>/dev/null
"$PORTALGEN" build --db "$db" --out "$out" --as-of 2026-11-23 2>/dev/null
"$PORTALGEN" status --db "$db" --as-of 2026-11-23 --format json > "$SCRATCH/before.json"
"$PORTALGEN" build --db "$db" --out "$out" --as-of 2026-11-23 2>/dev/null   # nothing new
# One portal message per customer (CUSTOMER.eml); reminders (CUSTOMER+KIND+DOCUMENT.eml) have a
# test of their own, test_reminders.sh.
[[ $(ls "$out/outbox/2026-11-23" | grep -cv '+') == 11 ]] || fail "first build: $(ls "$out/outbox/2026-11-23")"
"$PORTALGEN" build --db "$db" --out "$out" --as-of 2026-11-27 2>/dev/null
"$PORTALGEN" status --db "$db" --as-of 2026-11-27 --format json > "$SCRATCH/after.json"

/usr/bin/python3 - "$out" "$SCRATCH/before.json" "$SCRATCH/after.json" <<'PY'
import email, email.policy, glob, json, os, sys
from collections import Counter
out, before, after = sys.argv[1], json.load(open(sys.argv[2])), json.load(open(sys.argv[3]))
report = json.load(open(os.path.join(out, "report", "report.json")))
assert report["as_of"] == "2026-11-27" and report["previous_as_of"] == "2026-11-23", report["as_of"]
assert report["customers"] == len(after["customers"]), report["customers"]

# Counts per status, from the status JSON of the same date.
counts = Counter((d["kind"], d.get("status")) for c in after["customers"] for d in c["documents"]
                 if d["kind"] != "success_pack")
for (kind, status), n in counts.items():
    assert report["counts"][kind][status] == n, (kind, status, n, report["counts"][kind])

# What changed between the two dates.
def statuses(s):
    return {(c["id"], d["kind"], d["number"]): d.get("status") for c in s["customers"] for d in c["documents"]}
old, new = statuses(before), statuses(after)
def expected(kind, status):
    return sorted(n for (c, k, n), s in new.items() if k == kind and s == status and old.get((c, k, n)) != s)
def listed(name):
    return sorted(e["number"] for e in report["changes"][name]["listed"])
assert listed("closed") == expected("subscription", "closed"), (listed("closed"), expected("subscription", "closed"))
assert listed("entered_to_renew") == expected("subscription", "to_renew")
assert listed("became_overdue") == expected("invoice", "overdue"), (listed("became_overdue"), expected("invoice", "overdue"))
assert listed("closed"), "the samples should have a subscription closing between the two dates"

# The outbox: the first build told every customer; the later one only those whose alerts changed.
portal_messages = lambda day: [p for p in glob.glob(os.path.join(out, "outbox", day, "*.eml"))
                               if "+" not in os.path.basename(p)]
first = sorted(portal_messages("2026-11-23"))
later = sorted(os.path.basename(p)[:-4] for p in portal_messages("2026-11-27"))
closed_customers = sorted({c for (c, k, n), s in new.items() if k == "subscription" and s == "closed" and old.get((c, k, n)) != s})
assert set(closed_customers) <= set(later), (closed_customers, later)
assert len(later) < len(first), later
for path in first:
    raw = open(path, "rb").read()
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b""), path + ": bare LF"
    message = email.message_from_bytes(raw, policy=email.policy.default)
    cid = os.path.basename(path)[:-4]
    customer = next(c for c in after["customers"] if c["id"] == cid)
    assert message.get_content_type() == "multipart/alternative", path
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    token = customer["portal"].split("/")[1]
    assert "/" + token + "/" in text and "/" + token + "/" in html, path + ": no portal link"
    assert message["Content-Language"] in ("en", "fr"), path
    assert message["To"].addresses[0].addr_spec.count("@") == 1, message["To"]
    assert message["Subject"], path
    # No other customer's link in the message.
    for other in after["customers"]:
        if other["id"] != cid:
            assert other["portal"].split("/")[1] not in text, (path, other["id"])
print("report and", len(first), "+", len(later), "messages checked")
PY
# The French message of C1002 (O'Brien & Fils) is in French, with an accented subject decoded.
/usr/bin/python3 - "$out/outbox/2026-11-23/C1002.eml" <<'PY'
import email, email.policy, sys
m = email.message_from_bytes(open(sys.argv[1], "rb").read(), policy=email.policy.default)
assert m["Content-Language"] == "fr", m["Content-Language"]
assert "Bonjour Séamus O'Brien," in m.get_body(("plain",)).get_content(), m.get_body(("plain",)).get_content()
assert "Nimbus" in str(m["Subject"]), m["Subject"]
assert m["From"].addresses[0].display_name == "Nimbus ERP SAS", m["From"]
PY
[[ -d $out/report ]] && grep -q "<svg" "$out/report/index.html" || fail "report without charts"
[[ ! -e $out/site/report ]] || fail "the report is inside site/"
echo ok
