#!/usr/bin/env bash
# `portalgen synth --factur-x` (SPEC 8): the French seller's synthetic customers import with no
# error, and every PDF of their build is a Factur-X invoice that passes the official rules
# (`validate --fr`, one call for all of them: a JVM per rule set). The set holds what those rules
# are worth testing on: credit notes, discounts, both French rates, reverse charge, exports in
# other currencies, service periods, units and a multi-page invoice.
# Usage: test_factur_x_synthetic.sh PORTALGEN. Exit 77 (skipped) when the rules are not there.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/einvoice_rules_dir.sh"
# Seed 33's first 20 customers hold every case checked below, a 100-line invoice among them, in
# 77 posted invoices and credit notes: enough for the rules, few enough for a test (the
# validator takes about 0.1 s a file). Any size and seed can be tried with these variables.
customers=${PORTALGEN_SYNTH_CUSTOMERS:-20}
seed=${PORTALGEN_SYNTH_SEED:-33}
min_files=${PORTALGEN_FACTUR_X_MIN:-50}

"$PORTALGEN" synth --customers "$customers" --seed "$seed" --factur-x >"$SCRATCH/fx.yaml"
"$PORTALGEN" import --db "$SCRATCH/db" "$SCRATCH/fx.yaml" >"$SCRATCH/import.log" 2>&1 ||
  { head -40 "$SCRATCH/import.log"; fail "the Factur-X synthetic data does not import"; }
"$PORTALGEN" build --db "$SCRATCH/db" --out "$SCRATCH/out" --as-of 2026-11-23 \
  >"$SCRATCH/build.log" 2>&1 || { tail -20 "$SCRATCH/build.log"; fail "build"; }

# Every archived PDF is the seller's, so every one carries its factur-x.xml.
mkdir "$SCRATCH/xml"
pdfs=()
while IFS= read -r -d '' pdf; do
  xml=$SCRATCH/xml/${#pdfs[@]}.xml
  qpdf --show-attachment=factur-x.xml "$pdf" >"$xml" 2>/dev/null ||
    problem "$(basename "$pdf"): no factur-x.xml"
  pdfs+=("$pdf")
done < <(find "$SCRATCH/out/archive" -name '*.pdf' -print0 | sort -z)
((${#pdfs[@]} >= min_files)) || fail "${#pdfs[@]} Factur-X PDFs, at least $min_files expected"

set +e
"$rules/validate" --fr "${pdfs[@]}" >"$SCRATCH/report.txt" 2>&1
status=$?
set -e
valid=$(grep -c ": valid$" "$SCRATCH/report.txt" || true)
if ((status != 0)) || ((valid != ${#pdfs[@]})); then
  grep -v ": valid$" "$SCRATCH/report.txt" | head -40 >&2 || true
  problem "validate: exit $status, $valid of ${#pdfs[@]} valid"
fi

# What the set must hold for the check above to be worth something; and its longest invoice.
/usr/bin/python3 - "$SCRATCH"/xml/*.xml >"$SCRATCH/features.txt" <<'PY' || problem "the set lacks cases"
import sys
import xml.etree.ElementTree as ET
ns = {"rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
      "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"}
trade = "rsm:SupplyChainTradeTransaction/"
settlement = trade + "ram:ApplicableHeaderTradeSettlement/"
seen, longest, most = set(), "", 0
for path in sys.argv[1:]:
    root = ET.parse(path).getroot()
    if root.findtext("rsm:ExchangedDocument/ram:TypeCode", "", ns) == "381":
        seen.add("credit note")
    lines = root.findall(trade + "ram:IncludedSupplyChainTradeLineItem", ns)
    if len(lines) > most:
        longest, most = path, len(lines)
    if root.find(".//ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge", ns) is not None:
        seen.add("line discount")
    rows = root.findall(settlement + "ram:ApplicableTradeTax", ns)
    for row in rows:
        seen.add("VAT " + row.findtext("ram:CategoryCode", "", ns) + " " +
                 row.findtext("ram:RateApplicablePercent", "", ns))
    if len(rows) > 1:
        seen.add("two VAT rates on one invoice")
    if root.findtext(settlement + "ram:InvoiceCurrencyCode", "", ns) != "EUR":
        seen.add("invoice in another currency")
    if root.find(settlement + "ram:BillingSpecifiedPeriod", ns) is not None:
        seen.add("service period")
    for quantity in root.iter("{%s}BilledQuantity" % ns["ram"]):
        seen.add("unit " + quantity.get("unitCode"))
    buyer = root.find(trade + "ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty", ns)
    seen.add("buyer address " + buyer.find("ram:URIUniversalCommunication/ram:URIID", ns).get("schemeID"))
    seen.add("framework " + root.findtext(
        "rsm:ExchangedDocumentContext/ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID", "", ns))
    if root.find(".//ram:BuyerOrderReferencedDocument", ns) is not None:
        seen.add("purchase order")
    if root.find(".//ram:ActualDeliverySupplyChainEvent", ns) is not None:
        seen.add("delivery date")
expected = {"credit note", "line discount", "VAT S 20", "VAT S 5.5", "VAT AE 0", "VAT G 0",
            "two VAT rates on one invoice", "invoice in another currency", "service period",
            "unit C62", "unit HUR", "unit MON", "unit ANN", "buyer address 0225", "buyer address EM",
            "framework S1", "framework B1", "framework M1", "purchase order", "delivery date"}
for missing in sorted(expected - seen):
    print("no " + missing + " among the invoices", file=sys.stderr)
print(longest, most)
sys.exit(1 if expected - seen else 0)
PY
# The longest invoice runs over several pages, as do others.
read -r longest most <"$SCRATCH/features.txt"
longest_pdf=${pdfs[$(basename "$longest" .xml)]}
pages=$(pdfinfo "$longest_pdf" | sed -n 's/^Pages: *//p')
((most >= 100 && pages >= 3)) ||
  problem "the longest invoice, $(basename "$longest_pdf"), has $most lines on $pages pages"
multi_page=0
for pdf in "${pdfs[@]}"; do
  pages=$(pdfinfo "$pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
  ((pages > 1)) && multi_page=$((multi_page + 1))
done
((multi_page > 1)) || problem "$multi_page invoices of more than one page"
echo "${#pdfs[@]} Factur-X PDFs, $valid valid, $multi_page of more than one page"
finish
