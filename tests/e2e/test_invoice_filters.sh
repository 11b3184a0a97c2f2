#!/usr/bin/env bash
# The invoices list's filters without JavaScript (SPEC 3b): for every sample customer, in both
# languages, invoices.html lists every invoice and credit note, invoices-unpaid.html the invoices
# still to pay and the credit notes with unapplied credit, invoices-overdue.html the overdue ones,
# each page's tab marked aria-current; credit notes read as negative amounts; the total due row is
# the listed invoices' amounts due less the listed credit notes' unapplied credit, all worked out
# here from `portalgen status --format json` and, for the unapplied credit, from the samples by
# the independent oracle's totals (tests/e2e/oracle.py); the pages read with Python's
# html.parser. An order's "Invoices" link opens its page at its invoices.
source "$(dirname "$0")/lib.sh"
build_samples

/usr/bin/python3 - "$out" "$SCRATCH/status.json" samples/*.yaml <<'PY' || problem "invoice list filters"
import datetime as dt, json, os, re, sys
from decimal import Decimal
from html.parser import HTMLParser
sys.path.insert(0, "tests/e2e")
import oracle
out, status = sys.argv[1], json.load(open(sys.argv[2]))
AS_OF = dt.date(2026, 11, 23)

def unapplied_credit(customer, company):
    """SPEC 3b: a posted credit note reversing nothing is unapplied in full; one reversing an
    invoice, for what exceeds that invoice's balance (total − payments to D; a cancelled invoice
    owes nothing), the latest credit notes taking the excess first."""
    places = oracle.MINOR_UNITS.get(customer.get("currency") or company.currency, 2)
    docs = customer.get("invoices") or []
    total = {d["number"]: oracle.document_total(d.get("lines"), company, places) for d in docs
             if d.get("kind", "invoice") == "credit_note"}
    notes = [d for d in docs if d.get("kind") == "credit_note" and d["state"] == "posted"]
    excess = {}
    for i in docs:
        if i.get("kind", "invoice") != "invoice": continue
        owed = oracle.document_total(i.get("lines"), company, places) if i["state"] == "posted" else 0
        paid = sum((oracle.dec(p["amount"]) for p in i.get("payments") or []
                    if oracle.day(p["date"]) <= AS_OF), Decimal(0))
        credited = sum((total[n["number"]] for n in notes if n.get("reverses") == i["number"]), Decimal(0))
        excess[i["number"]] = max(Decimal(0), min(paid + credited - owed, credited))
    unapplied = {}
    for n in sorted(notes, key=lambda n: (oracle.day(n["date"]), n["number"]), reverse=True):
        if n.get("reverses") not in excess:
            unapplied[n["number"]] = total[n["number"]]; continue
        part = min(excess[n["reverses"]], total[n["number"]])
        excess[n["reverses"]] -= part
        if part > 0: unapplied[n["number"]] = part
    return unapplied
credit = {c["id"]: unapplied_credit(c, company) for c, company in oracle.load(sys.argv[3:])}

class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.rows, self.foot, self.tabs, self.ids, self.links = [], [], [], set(), []
        self.part = None; self.row = None; self.cell = None; self.tab = None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a: self.ids.add(a["id"])
        if tag == "a" and "href" in a: self.links.append(a["href"])
        if tag == "table" and "data-table" in a: self.part = "table"
        elif tag in ("tbody", "tfoot") and self.part: self.part = tag
        elif tag == "tr" and self.part in ("tbody", "tfoot"): self.row = []
        elif tag in ("td", "th") and self.row is not None: self.cell = []
        elif tag == "a" and self.in_tabs: self.tab = [a["href"], a.get("aria-current"), ""]
        if tag == "nav": self.in_tabs = "filter-tabs" in a.get("class", "")
    in_tabs = False
    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.row.append(" ".join("".join(self.cell).split())); self.cell = None
        elif tag == "tr" and self.row is not None:
            (self.rows if self.part == "tbody" else self.foot).append(self.row); self.row = None
        elif tag == "table": self.part = None
        elif tag == "a" and self.tab: self.tabs.append(tuple(self.tab)); self.tab = None
        elif tag == "nav": self.in_tabs = False
    def handle_data(self, data):
        if self.cell is not None: self.cell.append(data)
        if self.tab: self.tab[2] += data

def amount(text):  # "-$30.00", "−30,00 $", "1 234,50 €", "¥169,127" → "-3000", "123450"...
    sign = "-" if re.search("[-\u2212]", text) else ""
    return sign + re.sub(r"[^0-9]", "", text).lstrip("0")
def plain(value):  # the JSON's "30.00", kept to the currency's digits → "3000"
    value = Decimal(value)
    return ("-" if value < 0 else "") + re.sub(r"[^0-9]", "", value.copy_abs().to_eng_string()).lstrip("0")

def read(path):
    p = Page(); p.feed(open(path, encoding="utf-8").read()); return p

to_pay = {"not_paid", "partial", "overdue"}
checked = {"rows": 0, "credit_notes": 0, "totals": 0, "netted": 0, "order_links": 0}
for c in status["customers"]:
    docs = c["documents"]
    invoices = [d for d in docs if d["kind"] == "invoice"]
    notes = [d for d in docs if d["kind"] == "credit_note"]
    unapplied = credit[c["id"]]
    filters = {
        "invoices.html": invoices + notes,
        "invoices-unpaid.html": [d for d in invoices if d["status"] in to_pay] +
                                [d for d in notes if d["number"] in unapplied],
        "invoices-overdue.html": [d for d in invoices if d["status"] == "overdue"],
    }
    for lang in ("en", "fr"):
        folder = os.path.join(out, c["portal"], lang)
        for page, want in filters.items():
            p = read(os.path.join(folder, page))
            where = f'{c["id"]} {lang}/{page}'
            got = {r[0]: r for r in p.rows}
            assert sorted(got) == sorted(d["number"] for d in want), (where, sorted(got))
            for d in want:
                total = amount(got[d["number"]][4])
                expected = plain(Decimal(d["total"]) * (-1 if d["kind"] == "credit_note" else 1))
                assert total == expected, (where, d["number"], total, expected)
                checked["credit_notes"] += d["kind"] == "credit_note"
            checked["rows"] += len(want)
            if want:
                due = sum((Decimal(d["amount_due"]) for d in want
                           if d["kind"] == "invoice" and d["status"] in to_pay), Decimal(0))
                due -= sum((unapplied.get(d["number"], Decimal(0)) for d in want
                            if d["kind"] == "credit_note"), Decimal(0))
                checked["netted"] += due != sum((Decimal(d["amount_due"]) for d in want
                                                 if d["kind"] == "invoice"), Decimal(0))
                assert len(p.foot) == 1, (where, p.foot)
                assert amount(p.foot[0][1]) == plain(due), (where, p.foot, due)
                checked["totals"] += 1
            if invoices or notes:
                current = [href for href, mark, _ in p.tabs if mark == "page"]
                assert [h for h, _, _ in p.tabs] == list(filters), (where, p.tabs)
                assert current == [page], (where, p.tabs)
        orders = read(os.path.join(folder, "orders.html"))
        for href in orders.links:
            if not href.endswith("#invoices"): continue
            target = read(os.path.join(folder, href.split("#")[0]))
            assert "invoices" in target.ids, (c["id"], href)
            checked["order_links"] += 1
print(checked)
assert checked["credit_notes"] and checked["totals"] and checked["netted"] and checked["order_links"], checked
PY
finish
