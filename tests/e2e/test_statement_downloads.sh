#!/usr/bin/env bash
# The account statement (HTML and dated PDF), the yearly bundles of invoice PDFs and the deadlines
# calendar (SPEC 3b) of tests/e2e/fixtures/statement_sample.yaml as of 2026-11-30, each figure
# worked out by hand below and read back by independent tools (Python's html.parser, zipfile and
# icalendar; poppler's pdftotext; qpdf; unzip).
source "$(dirname "$0")/lib.sh"
db=$SCRATCH/portal.db
out=$SCRATCH/out
"$PORTALGEN" import --db "$db" tests/e2e/fixtures/statement_sample.yaml 2>/dev/null
run build --db "$db" --out "$out" --as-of 2026-11-30 2> "$SCRATCH/build.log"
[[ $status == 0 ]] || { cat "$SCRATCH/build.log"; fail "build: exit $status"; }
"$PORTALGEN" status --db "$db" --as-of 2026-11-30 --format json > "$SCRATCH/status.json"
portal() { /usr/bin/python3 -c 'import json,sys
for c in json.load(open(sys.argv[1]))["customers"]:
    if c["id"] == sys.argv[2]: print(c["portal"])' "$SCRATCH/status.json" "$1"; }
s1=$out/$(portal S1)
s2=$out/$(portal S2)

# --- Statement page. Open items by due date (a credit note by its date), as of D = 2026-11-30:
#   INV/2026/002  due 2026-08-31  300 − 100 paid                    = 200  91 days  (over 90)
#   CN/2026/002   2026-09-15      30 credited on a paid invoice     = −30  76 days  (61–90)
#   INV/2026/005  due 2026-10-01  120 − 50 credited (CN/2026/001)   =  70  60 days  (31–60)
#   INV/2026/001  due 2026-10-31  200 unpaid                        = 200  30 days  (1–30)
#   CN/2026/003   2026-11-30      25 reversing nothing              = −25  current
#   INV/2026/003  due 2026-12-15  150, its payment dated 2026-12-01 = 150  current
# (INV/2026/004 and 006 and INV/2025/001 are paid, INV/2026/007 cancelled.)
# Buckets: current 150 − 25 = 125; 1–30: 200; 31–60: 70; 61–90: −30; over 90: 200;
# total 125 + 200 + 70 − 30 + 200 = 565.
/usr/bin/python3 - "$s1/en/statement.html" "$s2/fr/statement.html" <<'PY' || problem "statement page"
import html, re, sys
from html.parser import HTMLParser
class Tables(HTMLParser):
    def __init__(self):
        super().__init__(); self.tables = {}; self.current = None; self.row = None; self.cell = None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table": self.current = self.tables.setdefault(a.get("class", ""), [])
        elif tag == "tr" and self.current is not None: self.row = []; self.current.append(self.row)
        elif tag in ("td", "th") and self.row is not None: self.cell = []
    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.row.append(" ".join("".join(self.cell).split())); self.cell = None
        elif tag == "table": self.current = None
    def handle_data(self, data):
        if self.cell is not None: self.cell.append(data)
def amount(text):  # "-$30.00", "−30,00 $" → "-30.00"
    t = text.replace("\u2212", "-").replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    sign = "-" if "-" in t else ""
    digits = re.sub(r"[^0-9.,]", "", t).replace(",", ".")
    return sign + digits
p = Tables(); p.feed(open(sys.argv[1], encoding="utf-8").read())
items = p.tables["related statement-items"]
body = [r for r in items[1:-1]]
got = [(r[0].split()[0], r[2], r[3], amount(r[4])) for r in body]
want = [("INV/2026/002", "Aug 31, 2026", "91", "200.00"), ("CN/2026/002", "—", "—", "-30.00"),
        ("INV/2026/005", "Oct 1, 2026", "60", "70.00"), ("INV/2026/001", "Oct 31, 2026", "30", "200.00"),
        ("CN/2026/003", "—", "—", "-25.00"), ("INV/2026/003", "Dec 15, 2026", "—", "150.00")]
assert got == want, got
assert amount(items[-1][-1]) == "565.00", items[-1]
aging = p.tables["related aging"]
assert [amount(x) for x in aging[1]] == ["125.00", "200.00", "70.00", "-30.00", "200.00", "565.00"], aging
assert aging[0][0] == "Current" and aging[0][4] == "Over 90 days", aging[0]
empty = html.unescape(open(sys.argv[2], encoding="utf-8").read())
assert "Rien n'est dû sur votre compte." in empty and "statement-items" not in empty
PY

# --- Statement PDF: dated D, bilingual by the customer's language, a valid file.
pdf=$s1/statement-2026-11-30.pdf
[[ -f $pdf ]] || problem "no $pdf"
qpdf --check "$pdf" >/dev/null 2>&1 || problem "qpdf --check $pdf"
pdftotext -layout "$pdf" "$SCRATCH/s1.txt" 2> "$SCRATCH/poppler.txt"
[[ -s $SCRATCH/poppler.txt ]] && problem "poppler: $(head -1 "$SCRATCH/poppler.txt")"
for text in "Statement of account" "As of Nov 30, 2026" "Brightline Services" "Alex Martin" \
  "INV/2026/002 · Invoice" "CN/2026/003 · Credit note" "Total due" "565.00" "Over 90 days" "Page 1 / 1"; do
  grep -F -- "$text" "$SCRATCH/s1.txt" >/dev/null || problem "statement PDF lacks \"$text\""
done
# Rows in the page's order.
order=$(grep -oE "(INV|CN)/2026/00[0-9]" "$SCRATCH/s1.txt" | tr '\n' ' ')
[[ $order == "INV/2026/002 CN/2026/002 INV/2026/005 INV/2026/001 CN/2026/003 INV/2026/003 " ]] ||
  problem "statement PDF order: $order"
pdftotext "$s2/statement-2026-11-30.pdf" "$SCRATCH/s2.txt" 2> "$SCRATCH/poppler.txt"
[[ -s $SCRATCH/poppler.txt ]] && problem "poppler: $(head -1 "$SCRATCH/poppler.txt")"
grep -F "Relevé de compte" "$SCRATCH/s2.txt" >/dev/null || problem "French statement PDF title"
grep -F "Rien n'est dû" "$SCRATCH/s2.txt" >/dev/null || problem "French statement PDF empty text"

# --- Links from the dashboard and the invoices list.
for link in 'href="statement.html"' 'href="../statement-2026-11-30.pdf"' 'href="deadlines.ics"' \
  'href="../invoices-2026.zip"' 'href="../invoices-2025.zip"'; do
  grep -F -- "$link" "$s1/en/index.html" >/dev/null || problem "dashboard lacks $link"
done
for link in 'href="statement.html"' 'href="../invoices-2026.zip"'; do
  grep -F -- "$link" "$s1/fr/invoices.html" >/dev/null || problem "invoices list lacks $link"
done
grep -F 'invoices-' "$s2/fr/index.html" >/dev/null && problem "S2 has no PDF, yet a bundle link"

# --- The same total due (565.00, by hand above) on the invoices list (All and Unpaid, whose
# Unpaid tab lists the six open items) and on the dashboard; Overdue lists the invoices past due
# alone: 200 + 70 + 200 = 470.
/usr/bin/python3 - "$s1/en" <<'PY' || problem "invoices list and dashboard total due"
import re, sys
folder = sys.argv[1]
def page(name): return open(f"{folder}/{name}", encoding="utf-8").read()
def total_row(text):
    row = re.search(r'<tr class="total-due">.*?<td class="num"[^>]*>([^<]*)</td>', text, re.S)
    return row.group(1) if row else None
assert total_row(page("invoices.html")) == "$565.00", total_row(page("invoices.html"))
unpaid = page("invoices-unpaid.html")
assert total_row(unpaid) == "$565.00", total_row(unpaid)
listed = re.findall(r'class="doc-number"><a href="[^"]*">([^<]*)</a>', unpaid)
assert sorted(listed) == ["CN/2026/002", "CN/2026/003", "INV/2026/001", "INV/2026/002",
                          "INV/2026/003", "INV/2026/005"], listed
assert total_row(page("invoices-overdue.html")) == "$470.00", total_row(page("invoices-overdue.html"))
assert '<strong>$565.00</strong>' in page("index.html")
PY

# --- Yearly bundles: the issued PDFs of the year by date then number, named by slug, dated by
# their invoice date, their bytes the portal's (and the archive's); none for S2; cancelled left out.
/usr/bin/python3 - "$s1" "$out/archive" <<'PY' || problem "bundles"
import sys, zipfile, os
s1, archive = sys.argv[1], sys.argv[2]
want = {
    "2025": [("INV-2025-001.pdf", (2025, 12, 10))],
    "2026": [("INV-2026-004.pdf", (2026, 6, 1)), ("INV-2026-006.pdf", (2026, 7, 1)),
             ("INV-2026-002.pdf", (2026, 8, 1)), ("INV-2026-005.pdf", (2026, 9, 1)),
             ("CN-2026-002.pdf", (2026, 9, 15)), ("CN-2026-001.pdf", (2026, 9, 20)),
             ("INV-2026-001.pdf", (2026, 10, 1)), ("INV-2026-003.pdf", (2026, 11, 15)),
             ("CN-2026-003.pdf", (2026, 11, 30))],
}
for year, entries in want.items():
    z = zipfile.ZipFile(os.path.join(s1, f"invoices-{year}.zip"))
    assert z.testzip() is None
    infos = z.infolist()
    assert [(i.filename, i.date_time[:3]) for i in infos] == entries, [(i.filename, i.date_time) for i in infos]
    for i in infos:
        assert i.date_time[3:] == (0, 0, 0)
        data = z.read(i)
        assert data == open(os.path.join(s1, "invoices", i.filename), "rb").read(), i.filename
        assert data == open(os.path.join(archive, year, "S1", i.filename), "rb").read(), i.filename
assert sorted(f for f in os.listdir(s1) if f.endswith(".zip")) == ["invoices-2025.zip", "invoices-2026.zip"]
PY
unzip -Z "$s1/invoices-2026.zip" > "$SCRATCH/unzip.txt" || problem "unzip -Z"
grep -E "9 files" "$SCRATCH/unzip.txt" >/dev/null || problem "unzip -Z: $(tail -1 "$SCRATCH/unzip.txt")"
ls "$s2"/*.zip >/dev/null 2>&1 && problem "S2 has a bundle"

# Deterministic: a second output folder built from the same data and date has the same bytes.
run build --db "$db" --out "$SCRATCH/again" --as-of 2026-11-30 2>/dev/null
cmp "$s1/invoices-2026.zip" "$SCRATCH/again/$(portal S1)/invoices-2026.zip" || problem "bundles differ"
cmp "$pdf" "$SCRATCH/again/$(portal S1)/statement-2026-11-30.pdf" || problem "statement PDFs differ"
cmp "$s1/en/deadlines.ics" "$SCRATCH/again/$(portal S1)/en/deadlines.ics" || problem "calendars differ"

# --- Calendar: RFC 5545 lines (CRLF, at most 75 octets), parsed by icalendar. As of 2026-11-30:
# due dates of the four open invoices; SUB-2 (no card) to renew by 2026-11-25 + 10 days =
# 2026-12-05; SUB-1 renews 2026-12-20 on a valid card; Q-1 valid until 2026-12-10 (Q-2 accepted);
# card-1 valid through 2027-03-31 (card-2 expired in October: none).
/usr/bin/python3 - "$s1/en/deadlines.ics" "$s1/fr/deadlines.ics" <<'PY' || problem "calendar"
import sys, datetime, icalendar
host = "@portal.brightline.example"
want = [
    ("invoice-S1-INV-2026-002", datetime.date(2026, 8, 31), "Invoice INV/2026/002 due: $200.00"),
    ("invoice-S1-INV-2026-005", datetime.date(2026, 10, 1), "Invoice INV/2026/005 due: $70.00"),
    ("invoice-S1-INV-2026-001", datetime.date(2026, 10, 31), "Invoice INV/2026/001 due: $200.00"),
    ("renewal-S1-SUB-2", datetime.date(2026, 12, 5), "Last day to renew subscription SUB-2"),
    ("quotation-S1-Q-1", datetime.date(2026, 12, 10), "Quotation Q-1 expires"),
    ("invoice-S1-INV-2026-003", datetime.date(2026, 12, 15), "Invoice INV/2026/003 due: $150.00"),
    ("renewal-S1-SUB-1", datetime.date(2026, 12, 20), "Subscription SUB-1 renews: Tracking plan"),
    ("card-S1-card-1", datetime.date(2027, 3, 31), "Visa ending in 4242 expires"),
]
uids = {}
for path, lang in ((sys.argv[1], "en"), (sys.argv[2], "fr")):
    raw = open(path, "rb").read()
    lines = raw.split(b"\r\n")
    assert lines[-1] == b"" and all(b"\n" not in l and len(l) <= 75 for l in lines), path
    cal = icalendar.Calendar.from_ical(raw)
    events = [e for e in cal.walk("VEVENT")]
    got = [(str(e["UID"]), e["DTSTART"].dt, str(e["SUMMARY"])) for e in events]
    for e in events:
        assert e["DTSTAMP"].dt == datetime.datetime(2026, 11, 30, tzinfo=datetime.timezone.utc), e["DTSTAMP"].dt
        assert e["DTEND"].dt - e["DTSTART"].dt == datetime.timedelta(days=1)
        assert type(e["DTSTART"].dt) is datetime.date
    uids[lang] = [g[0] for g in got]
    if lang == "en":
        assert got == [(u + host, d, s) for u, d, s in want], got
        sub2 = [e for e in events if str(e["UID"]).startswith("renewal-S1-SUB-2")][0]
        assert "(Backup, daily; offsite)" in str(sub2["DESCRIPTION"]), sub2["DESCRIPTION"]
    else:
        summaries = [g[2] for g in got]
        assert "Le devis Q-1 expire" in summaries, summaries
        assert "Visa se terminant par 4242 expire" in summaries, summaries
assert uids["en"] == uids["fr"]
PY

# --- The next night: the statement of the new date replaces the old one; the bundles, whose PDFs
# did not change, are kept as they were (same inode and modification time), not made again.
before=$(stat -c '%i %Y' "$s1/invoices-2026.zip" "$s1/invoices-2025.zip")
sleep 1
run build --db "$db" --out "$out" --as-of 2026-12-01 2>/dev/null
[[ $status == 0 ]] || fail "second build: exit $status"
after=$(stat -c '%i %Y' "$s1/invoices-2026.zip" "$s1/invoices-2025.zip")
[[ $before == "$after" ]] || problem "bundles made again: $before / $after"
[[ -f $s1/statement-2026-12-01.pdf ]] || problem "no statement of 2026-12-01"
[[ -e $s1/statement-2026-11-30.pdf ]] && problem "the statement of 2026-11-30 is still there"
grep -F 'href="../statement-2026-12-01.pdf"' "$s1/en/index.html" >/dev/null || problem "dashboard links the old statement"
finish
