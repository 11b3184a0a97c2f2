#!/usr/bin/env bash
# The samples' Factur-X invoices and those of every VAT category (SPEC section 8): every PDF of a factur-x seller in the archive
# passes the official rules (`validate --fr`, one call for all of them: a JVM per rule set), and
# the grand total of its factur-x.xml is the total its PDF prints.
# Usage: test_factur_x_samples.sh PORTALGEN. Exit 77 (skipped) when the rules are not there.
source "$(dirname "$0")/lib.sh"
source_dir=$(realpath "$(dirname "$0")/../..")
source "$(dirname "$0")/einvoice_rules_dir.sh"
# Nimbus's 28 posted invoices and credit notes and the 7 of tests/e2e/fixtures/
# factur_x_categories.yaml (every VAT category, a credit note, a sale in dollars): all Factur-X.
min_files=${PORTALGEN_FACTUR_X_MIN:-35}

"$PORTALGEN" import --db "$SCRATCH/db" "$source_dir"/samples/*.yaml \
  "$source_dir/tests/e2e/fixtures/factur_x_categories.yaml" >"$SCRATCH/import.log" 2>&1 ||
  { cat "$SCRATCH/import.log"; fail "import"; }
"$PORTALGEN" build --db "$SCRATCH/db" --out "$SCRATCH/out" --as-of 2026-11-23 \
  >"$SCRATCH/build.log" 2>&1 || { cat "$SCRATCH/build.log"; fail "build"; }

# The Factur-X PDFs: those with an embedded factur-x.xml. Each grep below reads all of its input
# (no -q): under pipefail, a writer cut off by grep's early exit would fail the check by chance.
pdfs=()
while IFS= read -r -d '' pdf; do
  qpdf --list-attachments "$pdf" 2>/dev/null | grep "^factur-x.xml" >/dev/null && pdfs+=("$pdf")
done < <(find "$SCRATCH/out/archive" -name '*.pdf' -print0 | sort -z)
((${#pdfs[@]} >= min_files)) || fail "${#pdfs[@]} Factur-X PDFs, at least $min_files expected"

set +e
"$rules/validate" --fr "${pdfs[@]}" >"$SCRATCH/report.txt" 2>&1
status=$?
set -e
valid=$(grep -c ": valid$" "$SCRATCH/report.txt" || true)
if ((status != 0)) || ((valid != ${#pdfs[@]})); then
  grep ": error:" "$SCRATCH/report.txt" | head -40 >&2 || true
  problem "validate: exit $status, $valid of ${#pdfs[@]} valid"
fi

# The XML's grand total is a total the PDF prints (the PDF writes it with the locale's separators,
# so both are compared as digits only: "1 651,81 €" and "1651.81" are both 165181).
for pdf in "${pdfs[@]}"; do
  xml_total=$(qpdf --show-attachment=factur-x.xml "$pdf" |
    sed -n 's|.*<ram:GrandTotalAmount>\([^<]*\)</ram:GrandTotalAmount>.*|\1|p' | head -1)
  [[ -n $xml_total ]] || { problem "$pdf: no GrandTotalAmount"; continue; }
  digits=${xml_total//[^0-9]/}
  digits=${digits##0}
  printed=$(pdftotext -layout "$pdf" - | grep -E "^\s*(Total|TOTAL)\b" | tail -1)
  [[ -n $printed ]] || { problem "$pdf: no Total line in its text"; continue; }
  printed_digits=$(sed 's/[^0-9]//g' <<<"$printed")
  [[ $printed_digits == *"$digits" ]] ||
    problem "$(basename "$pdf"): XML grand total $xml_total, PDF prints '$printed'"
done
# The XML's grand total is also the total `status --format json` gives for the document, and the
# XML's number and type code are the document's (380 invoice, 381 credit note).
"$PORTALGEN" status --db "$SCRATCH/db" --as-of 2026-11-23 --format json > "$SCRATCH/status.json"
for pdf in "${pdfs[@]}"; do  # CUSTOMER--NUMBER.xml
  qpdf --show-attachment=factur-x.xml "$pdf" \
    > "$SCRATCH/$(basename "$(dirname "$pdf")")--$(basename "$pdf" .pdf).xml"
done
/usr/bin/python3 - "$SCRATCH/status.json" "$SCRATCH" <<'PY' || problem "the XML and status disagree"
import glob, json, os, sys
import xml.etree.ElementTree as ET
ns = {"rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
      "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"}
documents = {}
for c in json.load(open(sys.argv[1]))["customers"]:
    for d in c["documents"]:
        if d["kind"] in ("invoice", "credit_note"):
            documents[(c["id"], d["number"])] = d
bad = 0
files = glob.glob(os.path.join(sys.argv[2], "*--*.xml"))
for f in files:
    customer = os.path.basename(f).split("--")[0]
    root = ET.parse(f).getroot()
    number = root.find("rsm:ExchangedDocument/ram:ID", ns).text
    type_code = root.find("rsm:ExchangedDocument/ram:TypeCode", ns).text
    total = root.find(".//ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:GrandTotalAmount", ns).text
    d = documents.get((customer, number))
    if d is None:
        print(f"{f}: {customer} {number} not in status"); bad += 1; continue
    if type_code != {"invoice": "380", "credit_note": "381"}[d["kind"]]:
        print(f"{number}: type {type_code} for a {d['kind']}"); bad += 1
    # status gives a credit note's total as it counts against the invoice: negative or not,
    # its magnitude is the XML's.
    if d["total"].lstrip("-") != total:
        print(f"{number}: XML total {total}, status {d['total']}"); bad += 1
if len(files) < 35:
    print(f"only {len(files)} XML files"); bad += 1
sys.exit(1 if bad else 0)
PY

# An invoice in yen from a French seller gives its VAT in euros too (BR-FR-CO-12): 24,947 JPY at
# 172.50 JPY per euro, 144.62 EUR, as samples/nimbus.yaml gives it; the PDF prints it as well.
yen=$SCRATCH/out/archive/2026/C1005/INV-2026-00296.pdf
qpdf --show-attachment=factur-x.xml "$yen" | grep '<ram:TaxTotalAmount currencyID="EUR">144.62</ram:TaxTotalAmount>' >/dev/null ||
  problem "INV/2026/00296: no VAT total of 144.62 EUR in its XML"
pdftotext -layout "$yen" - | grep "VAT total in EUR *€144.62" >/dev/null ||
  problem "INV/2026/00296: its PDF does not print the VAT total in EUR"
echo "${#pdfs[@]} Factur-X PDFs, $valid valid"
finish
