#!/usr/bin/env python3
"""Independent reference for SPEC section 2 ("Statuses and deadlines as of a date D").

Reads portalgen's YAML input files and prints what `portalgen status --as-of D --format json`
prints, minus each customer's "portal" field:

    python3 tests/e2e/oracle.py --as-of 2026-11-23 samples/*.yaml

It is written from SPEC.md alone (sections 1 and 2), with the standard library and python3-yaml.
Money is computed with decimal.Decimal and rounded half away from zero (ROUND_HALF_UP works on the
magnitude) to the currency's minor unit. Details the SPEC leaves open follow the program's choices:
customers sorted by id; documents by kind, then date, then number (the "date" of a subscription is
its start, of a payment method its expiry month then id, of a ticket its opening instant, of a
success pack its purchase date); `at_risk` is left out for closed subscriptions; `progress` is given
for orders with a service period that are not cancelled; a reversed invoice needs a credited amount
above 0 and at least its total; the amount due never goes below 0.
"""
import argparse
import datetime as dt
import json
import sys
from decimal import Decimal, ROUND_HALF_UP

import yaml

# ISO 4217 minor units that are not 2 (SPEC 1: "rounded ... to the currency's minor unit").
MINOR_UNITS = {
    "BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "ISK": 0, "JPY": 0, "KMF": 0, "KRW": 0, "PYG": 0,
    "RWF": 0, "UGX": 0, "UYI": 0, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0, "XPF": 0,
    "BHD": 3, "IQD": 3, "JOD": 3, "KWD": 3, "LYD": 3, "OMR": 3, "TND": 3,
    "CLF": 4, "UYW": 4,
}

KIND_ORDER = ["quotation", "order", "invoice", "credit_note", "subscription", "payment_method",
              "ticket", "success_pack"]


class TextLoader(yaml.SafeLoader):
    """Every plain scalar stays text, as in portalgen (no YAML 1.1 floats, dates or booleans)."""


TextLoader.yaml_implicit_resolvers = {}


# ------------------------------------------------------------------------------------ scalars
def day(text):
    return dt.date.fromisoformat(str(text))


def instant(text):
    return dt.datetime.fromisoformat(str(text))


def dec(value):
    return Decimal(str(value))


def last_day_of_month(month_text):
    year, month = (int(part) for part in str(month_text).split("-"))
    first_of_next = dt.date(year + month // 12, month % 12 + 1, 1)
    return first_of_next - dt.timedelta(days=1)


def round_money(amount, places):
    return amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def money_text(amount, places):
    return format(round_money(amount, places), "f")


def plain_text(amount):
    """Hours and quantities: no trailing zeros ("14.5", "0")."""
    text = format(amount, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


# ------------------------------------------------------------------------------------ input
class Company:
    def __init__(self, data):
        self.name = data["name"]
        self.currency = data["currency"]
        self.payment_terms_days = int(data.get("payment_terms_days", 30))
        self.grace_days = int(data.get("grace_days", 7))
        self.tax_rates = {}


def load(paths):
    """Returns [(customer mapping, its Company)] for every customer of every file."""
    companies = {}
    pending = []  # (file's company name or None, customers)
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            top = yaml.load(handle, Loader=TextLoader) or {}
        company_name = None
        if "company" in top:
            company = Company(top["company"])
            company_name = company.name
            if company_name in companies:  # an import may repeat a company: keep its taxes
                company.tax_rates = companies[company_name].tax_rates
            companies[company_name] = company
        for tax in top.get("taxes") or []:
            if company_name is None:
                sys.exit(f"{path}: taxes without the company they belong to")
            companies[company_name].tax_rates[tax["code"]] = dec(tax["rate"])
        pending.append((company_name, top.get("customers") or []))
    result = []
    for company_name, customers in pending:
        if company_name is None:
            if len(companies) != 1:
                sys.exit("customers without a company, and not exactly one company in the import")
            company_name = next(iter(companies))
        for customer in customers:
            result.append((customer, companies[company_name]))
    ids = [customer["id"] for customer, _ in result]
    if len(ids) != len(set(ids)):
        sys.exit("the same customer id twice in one import")
    return result


# ------------------------------------------------------------------------------------ amounts
def document_total(lines, company, places):
    """Σ line subtotals + Σ taxes, each tax computed and rounded per line (SPEC 1, Lines)."""
    subtotals = Decimal(0)
    taxes = Decimal(0)
    for line in lines or []:
        discount = dec(line.get("discount", "0"))
        subtotal = round_money(dec(line["quantity"]) * dec(line["unit_price"]) *
                               (1 - discount / 100), places)
        subtotals += subtotal
        for code in line.get("taxes") or []:
            taxes += round_money(subtotal * company.tax_rates[code] / 100, places)
    return subtotals + taxes


# ------------------------------------------------------------------------------------ statuses
def quotation_status(q, as_of, places, company):
    doc = {"kind": "quotation", "number": q["number"]}
    state = q["state"]
    if state in ("accepted", "rejected", "cancelled"):
        doc["status"] = state
    elif "valid_until" not in q or as_of <= day(q["valid_until"]):
        doc["status"] = "waiting"
    else:
        doc["status"] = "expired"
    if "valid_until" in q:
        doc["valid_until"] = day(q["valid_until"]).isoformat()
    doc["total"] = money_text(document_total(q.get("lines"), company, places), places)
    return day(q["date"]), doc


def order_status(o, as_of, places, company):
    doc = {"kind": "order", "number": o["number"]}
    has_period = "start" in o
    if o["state"] == "cancelled":
        doc["status"] = "cancelled"
    elif not has_period:
        doc["status"] = "confirmed"
    else:
        start, end = day(o["start"]), day(o["end"])
        if as_of < start:
            doc["status"] = "upcoming"
        elif as_of <= end:
            doc["status"] = "active"
        else:
            doc["status"] = "completed"
        if start == end:
            progress = 100 if as_of >= start else 0
        else:
            progress = (100 * (as_of - start).days) // (end - start).days
        doc["progress"] = max(0, min(100, progress))
    doc["total"] = money_text(document_total(o.get("lines"), company, places), places)
    return day(o["date"]), doc


def invoice_statuses(invoices, as_of, places, company):
    totals = {i["number"]: document_total(i.get("lines"), company, places) for i in invoices}
    credited = {}
    for i in invoices:
        if i.get("kind", "invoice") == "credit_note" and i["state"] == "posted" and "reverses" in i:
            credited[i["reverses"]] = credited.get(i["reverses"], Decimal(0)) + totals[i["number"]]
    out = []
    for i in invoices:
        total = totals[i["number"]]
        if i.get("kind", "invoice") == "credit_note":
            doc = {"kind": "credit_note", "number": i["number"],
                   "status": "cancelled" if i["state"] == "cancelled" else "credit_note",
                   "total": money_text(total, places)}
            out.append((day(i["date"]), doc))
            continue
        counted = [p for p in i.get("payments") or [] if day(p["date"]) <= as_of]
        paid = sum((dec(p["amount"]) for p in counted), Decimal(0))
        credit = credited.get(i["number"], Decimal(0))
        amount_due = max(Decimal(0), total - paid - credit)
        due = day(i["due"]) if "due" in i else day(i["date"]) + dt.timedelta(
            days=company.payment_terms_days)
        doc = {"kind": "invoice", "number": i["number"]}
        if i["state"] == "cancelled":
            doc["status"] = "cancelled"
            amount_due = Decimal(0)  # nothing is owed on a cancelled invoice
        elif credit > 0 and credit >= total:
            doc["status"] = "reversed"
        elif amount_due == 0:
            doc["status"] = "paid"
        elif as_of > due:
            doc["status"] = "overdue"
            doc["days_overdue"] = (as_of - due).days
        elif paid > 0:
            doc["status"] = "partial"
        else:
            doc["status"] = "not_paid"
        doc["total"] = money_text(total, places)
        doc["amount_due"] = money_text(amount_due, places)
        doc["due"] = due.isoformat()
        if doc["status"] == "paid" and counted and total != 0:
            doc["paid_on"] = max(day(p["date"]) for p in counted).isoformat()
        out.append((day(i["date"]), doc))
    return out


def subscription_status(s, as_of, company, cards):
    def valid_on(method_id, when):
        return method_id in cards and when <= cards[method_id]

    next_invoice = day(s["next_invoice"])
    doc = {"kind": "subscription", "number": s["number"], "next_invoice": next_invoice.isoformat()}
    method = s.get("payment_method")
    if s["state"] == "closed":
        doc["status"] = "closed"
        doc["closed_on"] = day(s["closed_on"]).isoformat()
    elif as_of < next_invoice or valid_on(method, next_invoice):
        doc["status"] = "in_progress"
        doc["at_risk"] = not valid_on(method, next_invoice)
    else:
        deadline = next_invoice + dt.timedelta(days=company.grace_days)
        if as_of <= deadline:
            doc["status"] = "to_renew"
            doc["deadline"] = deadline.isoformat()
            doc["days_left"] = (deadline - as_of).days
            doc["at_risk"] = False
        else:
            doc["status"] = "closed"
            doc["closed_on"] = (deadline + dt.timedelta(days=1)).isoformat()
    return day(s["start"]), doc


def customer_status(customer, company, as_of):
    currency = customer.get("currency") or company.currency
    places = MINOR_UNITS.get(currency, 2)
    cards = {m["id"]: last_day_of_month(m["expires"]) for m in customer.get("payment_methods") or []}
    keyed = []  # (kind rank, date key, number, doc)

    def add(date_key, doc):
        keyed.append((KIND_ORDER.index(doc["kind"]), date_key, doc["number"], doc))

    for q in customer.get("quotations") or []:
        add(*quotation_status(q, as_of, places, company))
    for o in customer.get("orders") or []:
        add(*order_status(o, as_of, places, company))
    for date_key, doc in invoice_statuses(customer.get("invoices") or [], as_of, places, company):
        add(date_key, doc)
    for s in customer.get("subscriptions") or []:
        add(*subscription_status(s, as_of, company, cards))
    for m in customer.get("payment_methods") or []:
        expires_on = cards[m["id"]]
        add(expires_on, {"kind": "payment_method", "number": m["id"],
                         "status": "valid" if as_of <= expires_on else "expired",
                         "expires_on": expires_on.isoformat()})
    for t in customer.get("tickets") or []:
        add(instant(t["opened"]), {"kind": "ticket", "number": str(t["ref"]), "status": t["status"]})
    for p in customer.get("success_packs") or []:
        add(day(p["purchased"]), {"kind": "success_pack", "number": p["name"],
                                  "remaining": plain_text(dec(p["hours"]) - dec(p["used"]))})
    # Sort by kind, then date, then number; within a kind all date keys have one type.
    keyed.sort(key=lambda entry: (entry[0], entry[1], entry[2]))
    return {"id": customer["id"], "documents": [entry[3] for entry in keyed]}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--as-of", default=dt.date.today().isoformat())
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    as_of = day(args.as_of)
    customers = sorted(load(args.files), key=lambda pair: pair[0]["id"])
    result = {"as_of": as_of.isoformat(),
              "customers": [customer_status(c, company, as_of) for c, company in customers]}
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
