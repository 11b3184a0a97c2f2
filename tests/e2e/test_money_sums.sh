#!/usr/bin/env bash
# Sums that cannot overflow (issue 15, item 2; SPEC 7), through the real binary: twenty invoices
# near 10^15, twenty credit notes reversing one invoice and many large payments add up exactly in
# `status`, the portal's dashboard and the nightly report, never negative; amounts of 10^15 with
# six decimals survive the store, `export` and a SQLite input; an overpayment or an amount above
# 10^15 is refused at its FILE:LINE:COL. Expected values come from Python's decimal module.
source "$(dirname "$0")/lib.sh"
cd "$SCRATCH"

python3 - <<'PY'
invoices = []
for n in range(1, 21):
    payments = ""
    if n == 1:  # nine payments of 10^14 on the first
        payments = ", payments: [" + ", ".join(
            '{ date: 2026-01-05, amount: "100000000000000.00" }' for _ in range(9)) + "]"
    invoices.append(
        f'      - {{ number: I{n:02}, date: 2026-01-01, state: posted, lines: [{{ product: P, '
        f'quantity: 3, unit_price: "299999999999999.99", taxes: [GST] }}]{payments} }}')
invoices.append('      - { number: I21, date: 2026-01-01, state: posted, lines: [{ product: P, '
                'quantity: 1, unit_price: "900000000000000" }] }')
for n in range(1, 21):
    invoices.append(f'      - {{ number: R{n:02}, kind: credit_note, reverses: I21, '
                    f'date: 2026-01-02, state: posted, lines: [{{ product: P, quantity: 1, '
                    f'unit_price: "900000000000000" }}] }}')
invoices.append('      - { number: I22, date: 2026-01-01, state: posted, lines: [{ product: P, '
                'quantity: 1, unit_price: "1000000000000000" }], payments: [{ date: 2026-01-03, '
                'amount: "1000000000000000" }] }')
with open("big.yaml", "w") as f:
    f.write("""company:
  name: Big Sums Inc.
  email: billing@big.example
  currency: CAD
  locale: { en: en-CA, fr: fr-CA }
  payment_terms_days: 30
taxes:
  - { code: GST, name: { en: GST, fr: TPS }, rate: "5" }
customers:
  - id: C1
    name: Large Account
    email: c1@example.com
    language: en
    success_packs:
      - { name: Huge pack, purchased: 2026-01-01, hours: "999999999999999.999999", used: "0.000001" }
    invoices:
""" + "\n".join(invoices) + "\n")
PY

run import --db db big.yaml > import.txt 2>&1
[[ $status == 0 ]] || fail "import of large amounts: exit $status: $(cat import.txt)"
run status --db db --as-of 2026-11-23 --format json > status.json 2> status.err
[[ $status == 0 ]] || fail "status: exit $status: $(cat status.err)"
run build --db db --out out --as-of 2026-11-23 > build.txt 2>&1
[[ $status == 0 ]] || fail "build: exit $status: $(cat build.txt)"

# Every amount, worked out independently: round half away from zero per line, GST per line.
python3 - status.json out <<'PY' || problem "amounts differ from the exact ones (above)"
import json, re, sys, glob
from decimal import Decimal, ROUND_HALF_UP, getcontext
getcontext().prec = 60
cent = Decimal("0.01")
status, out = json.load(open(sys.argv[1])), sys.argv[2]
docs = {d["number"]: d for d in status["customers"][0]["documents"]}
bad = []
def expect(number, field, value):
    got = docs[number].get(field)
    if got != value: bad.append(f"{number}.{field}: {got!r}, expected {value!r}")

subtotal = (3 * Decimal("299999999999999.99")).quantize(cent, ROUND_HALF_UP)
total = subtotal + (subtotal * Decimal("0.05")).quantize(cent, ROUND_HALF_UP)
due = {}
for n in range(1, 21):
    number = f"I{n:02}"
    amount_due = total - (9 * Decimal("100000000000000") if n == 1 else 0)
    due[number] = amount_due
    expect(number, "total", f"{total:.2f}")
    expect(number, "amount_due", f"{amount_due:.2f}")
    expect(number, "status", "overdue")
expect("I21", "status", "reversed")
expect("I21", "amount_due", "0.00")
expect("I22", "status", "paid")
expect("I22", "total", "1000000000000000.00")
expect("Huge pack", "remaining", "999999999999999.999998")
total_due = sum(due.values())

# The dashboard's tile: the exact sum, as en-CA writes it, net of unapplied credit as on the
# statement: the twenty credit notes of 9 × 10^14 reverse I21 (9 × 10^14, nothing paid), so 19
# of them are unapplied credit. No negative amount on any dashboard.
token = status["customers"][0]["portal"]
en = open(f"{out}/{token}en/index.html", encoding="utf-8").read()
tile = f"${total_due - 19 * Decimal('900000000000000'):,.2f}"
if tile not in en: bad.append(f"dashboard: no {tile} in {re.findall(r'tile-amount.*?</span>', en)}")
for page in glob.glob(f"{out}/{token}*/index.html"):
    text = open(page, encoding="utf-8").read()
    if re.search(r"-\s*\$|\u2212|-\d[\d,.\u202f\u00a0 ]*\$", text): bad.append(f"{page}: a negative amount")

# The report: the overdue bucket holds the exact sum; no bucket is negative.
report = json.load(open(f"{out}/report/report.json"))
buckets = report["due_by_age"]["CAD"]
if buckets["over_90"] != f"{total_due:.2f}":
    bad.append(f"report over_90: {buckets['over_90']}, expected {total_due:.2f}")
if any(Decimal(v) < 0 for v in buckets.values()): bad.append(f"report: negative bucket {buckets}")
html = open(f"{out}/report/index.html", encoding="utf-8").read()
# As ICU writes CAD in English (the report's default language): "CA$" and grouped digits.
if f"CA${total_due:,.2f}" not in html: bad.append(f"report page: no exact overdue total CA${total_due:,.2f}")
if re.search(r">-\d", html): bad.append("report page: a negative amount")
print("\n".join(bad), file=sys.stderr)
sys.exit(1 if bad else 0)
PY

# Exact through the store: export, import the export, and import the database as a SQLite input.
without_portal() { python3 -c 'import json,sys
s=json.load(open(sys.argv[1]))
for c in s["customers"]: c.pop("portal")
print(json.dumps(s, sort_keys=True))' "$1"; }
run export --db db > export.yaml 2> export.err
[[ $status == 0 ]] || problem "export: exit $status: $(cat export.err)"
grep -q '999999999999999.999999' export.yaml || problem "export lost the hours' decimals"
grep -q '1000000000000000' export.yaml || problem "export lost 10^15"
run import --db db2 export.yaml > import2.txt 2>&1
[[ $status == 0 ]] || problem "import of the export: exit $status: $(cat import2.txt)"
cp db input.db
run import --db db3 input.db > import3.txt 2>&1
[[ $status == 0 ]] || problem "import of the database as SQLite input: exit $status: $(cat import3.txt)"
for copy in db2 db3; do
    run status --db $copy --as-of 2026-11-23 --format json > $copy.json 2>&1
    [[ $(without_portal $copy.json) == "$(without_portal status.json)" ]] ||
        problem "$copy: the statuses differ from the original's"
done

# Refused at import, exit 3, the database unchanged.
refused() {  # $1: what, $2: file, $3: expected line of output
    local before
    before=$(sqlite3 db .dump | sha256sum)
    run import --db db "$2" > out.txt 2>&1
    [[ $status == 3 ]] || problem "$1: exit $status, expected 3: $(cat out.txt)"
    grep -qxF -- "$3" out.txt || problem "$1: no line \"$3\" in: $(cat out.txt)"
    [[ $(sqlite3 db .dump | sha256sum) == "$before" ]] || problem "$1: the database changed"
}
customer() {  # $1: the invoice's payments; the database's one company is its seller
    cat <<YAML
customers:
  - id: C2
    name: Overpaid
    email: c2@example.com
    language: fr
    invoices:
      - number: I1
        date: 2026-01-01
        state: posted
        lines: [{ product: P, quantity: 1, unit_price: "900000000000000" }]
        payments: [$1]
YAML
}
python3 -c 'print(", ".join(["{ date: 2026-01-05, amount: \"900000000000000\" }"] * 10))' > ten.txt
customer "$(cat ten.txt)" > overpaid.yaml
refused "ten payments of 9 × 10^14" overpaid.yaml \
    "overpaid.yaml:11:19: payments (9000000000000000.00) exceed the invoice total (900000000000000.00)"
customer '{ date: 2026-01-05, amount: "1000000000000000.000001" }' > above.yaml
refused "an amount above 10^15" above.yaml \
    "above.yaml:11:48: amount: number too large (at most 1000000000000000): \"1000000000000000.000001\""
finish
