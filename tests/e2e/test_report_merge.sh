#!/usr/bin/env bash
# The nightly report, whole and merged: the samples built whole and as 3 shards followed by
# `portalgen report` give the same report.json but for the run, on a first night and on a later
# one (with changes); the amounts due by age and the overdue invoices match `status --format
# json` by the aging rule written again here; the page has human labels only, money formatted,
# links that reach the portals; a missing shard is named and fails the merge.
source "$(dirname "$0")/lib.sh"
db=$SCRATCH/portal.db
whole=$SCRATCH/whole
shards=$SCRATCH/shards
"$PORTALGEN" import --db "$db" samples/*.yaml 2>/dev/null

night() {  # night DATE: the whole build, the three shards, the merge
  "$PORTALGEN" build --db "$db" --out "$whole" --as-of "$1" 2>/dev/null
  for k in 1 2 3; do "$PORTALGEN" build --db "$db" --out "$shards" --as-of "$1" --shard "$k/3" 2>/dev/null; done
  run report --out "$shards" 2>"$SCRATCH/report.log"
  [[ $status == 0 ]] || fail "report as of $1: status $status: $(cat "$SCRATCH/report.log")"
  "$PORTALGEN" status --db "$db" --as-of "$1" --format json > "$SCRATCH/status-$1.json"
  /usr/bin/python3 - "$whole/report/report.json" "$shards/report/report.json" "$SCRATCH/status-$1.json" "$1" <<'PY'
import json, sys
from datetime import date
from decimal import Decimal
whole, merged, status = [json.load(open(p)) for p in sys.argv[1:4]]
as_of = date.fromisoformat(sys.argv[4])
strip = lambda r: {k: v for k, v in r.items() if k != "run"}
if strip(whole) != strip(merged):
    for key in whole:
        if key != "run" and whole[key] != merged.get(key):
            print("differs:", key, json.dumps(whole[key])[:400], json.dumps(merged.get(key))[:400], file=sys.stderr)
    sys.exit("merged report != whole report")
run = merged["run"]
assert run["shard"] == "merged" and run["shards"] == 3 and run["missing_shards"] == [], run
assert run["started"] <= run["finished"] and run["exit_status"] == 0, run
assert sum(run["customers"].values()) == len(status["customers"]), run
assert whole["run"]["shard"] == "whole", whole["run"]

# Amounts due by age, by days past the due date: 0 or less current, then 1-30, 31-60, 61-90, over
# (summed over the currencies: `status` does not say them, and both sides mix them alike).
def bucket(due):
    late = (as_of - date.fromisoformat(due)).days
    return "current" if late <= 0 else "1_30" if late <= 30 else "31_60" if late <= 60 else "61_90" if late <= 90 else "over_90"
sums, overdue = {}, []
for c in status["customers"]:
    for d in c["documents"]:
        if d["kind"] == "invoice" and Decimal(d["amount_due"]) > 0:
            sums.setdefault(c["id"], []).append((bucket(d["due"]), Decimal(d["amount_due"])))
        if d["kind"] == "invoice" and d["status"] == "overdue":
            overdue.append((c["id"], d["number"], d["amount_due"]))
listed = sorted((e["customer"], e["number"], e["amount_due"]) for e in whole["action"]["overdue"]["listed"])
assert listed == sorted(overdue), (listed, sorted(overdue))
assert whole["action"]["overdue"]["count"] == len(overdue)
total = {b: Decimal(0) for b in ("current", "1_30", "31_60", "61_90", "over_90")}
for entries in sums.values():
    for b, amount in entries: total[b] += amount
got = {b: sum(Decimal(whole["due_by_age"][cur][b]) for cur in whole["due_by_age"]) for b in total}
assert got == total, (got, total)
assert total["1_30"] + total["31_60"] + total["61_90"] + total["over_90"] > 0, "the samples should have late invoices"
print("as of", as_of, ":", len(overdue), "overdue,", {b: str(v) for b, v in total.items()})
PY
}
night 2026-11-23
night 2026-11-27
/usr/bin/python3 - "$shards/report/report.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
assert r["previous_as_of"] == "2026-11-23", r["previous_as_of"]
assert any(r["changes"][k]["count"] for k in r["changes"]), "no change between the two nights"
PY

# The page: human labels only, money as ICU writes it, links that reach the portals, no "None.".
check_page() {  # check_page FILE
  /usr/bin/python3 - "$1" <<'PY' || problem "$1"
import os, re, sys, html.parser
page = sys.argv[1]
text = open(page, encoding="utf-8").read()
codes = ["credit_note", "not_paid", "entered_to_renew", "over_90", "to_renew", "became_overdue",
         "new_invoices", "payment_method", "in_progress", "1_30", "31_60", "61_90", "alerts_changed",
         "new_portal", "customers_added", "links_rotated", "cards_expiring", "None."]
found = [c for c in codes if c in text]
assert not found, f"code names in the page: {found}"
assert not re.search(r"\d\.\d\d [A-Z]{3}\b", text), "an unformatted amount"
assert "<svg" in text, "no chart"
class Links(html.parser.HTMLParser):
    hrefs = []
    def handle_starttag(self, tag, attrs):
        if tag == "a": self.hrefs.append(dict(attrs)["href"])
p = Links(); p.feed(text)
assert p.hrefs, "no link to a portal"
for href in p.hrefs:
    assert href.startswith("../site/"), href
    assert os.path.isfile(os.path.join(os.path.dirname(page), href)), "broken link " + href
PY
}
check_page "$whole/report/index.html"
check_page "$shards/report/index.html"
grep -F 'CA$' "$shards/report/index.html" >/dev/null || problem "no amount in CAD formatted by ICU"

# French, on demand.
run report --out "$shards" --report-language fr 2>/dev/null
grep -F '<html lang="fr">' "$shards/report/index.html" >/dev/null || problem "report --report-language fr"
grep -F 'Rapport de nuit' "$shards/report/index.html" >/dev/null || problem "no French title"
check_page "$shards/report/index.html"

# A missing shard: named in the report and the log, exit 1.
rm -r "$shards/report/2-of-3"
run report --out "$shards" 2>"$SCRATCH/missing.log"
[[ $status == 1 ]] || problem "missing shard: status $status"
grep -F "2-of-3" "$SCRATCH/missing.log" >/dev/null || problem "missing shard not in the log"
/usr/bin/python3 - "$shards/report/report.json" <<'PY' || problem "missing shard: report.json"
import json, sys
run = json.load(open(sys.argv[1]))["run"]
assert run["missing_shards"] == ["2-of-3"] and run["exit_status"] == 1, run
PY
grep -F "2-of-3" "$shards/report/index.html" >/dev/null || problem "missing shard not on the page"
finish
