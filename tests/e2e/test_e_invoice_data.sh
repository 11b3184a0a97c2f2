#!/usr/bin/env bash
# The data of e-invoices (SPEC 1b): every key imports from YAML, exports and imports again to the
# same data; a wrong identifier or code is refused at its FILE:LINE:COL (exit 3), changing nothing.
# The valid identifiers below were checked by hand: SIREN 912345683 and 552100554 pass Luhn,
# FR89912345683 and FR96552100554 carry key (12 + 3 × (SIREN mod 97)) mod 97, and the IBAN's
# mod 97 is 1.
source "$(dirname "$0")/lib.sh"
cat > "$SCRATCH/good.yaml" <<'YAML'
company:
  name: Nimbus SAS
  address: { lines: ["12 rue de la Chaussée-d'Antin"], postcode: "75009", city: Paris, country: FR }
  email: factures@nimbus.example
  currency: EUR
  vat_id: FR89912345683
  legal_id: { scheme: "0002", value: "912345683" }
  electronic_address: { scheme: "0225", value: "912345683" }
  bank_account: { iban: FR7630006000011234567890189, bic: AGRIFRPP }
  e_invoice: factur-x
  vat_on_debits: true
  late_payment: { rate: "3x legal", indemnity: "40" }
taxes:
  - { code: TVA20, name: { en: VAT 20 %, fr: TVA 20 % }, rate: "20", category: S }
  - { code: EXO, name: { en: Reverse charge, fr: Autoliquidation }, rate: "0", category: AE,
      exemption: { code: VATEX-EU-AE, en: "Reverse charge", fr: "Autoliquidation" } }
customers:
  - id: C1001
    name: Marie Durand
    email: marie@example.com
    language: fr
    address: { lines: ["8 place du Marché"], postcode: "69002", city: Lyon, country: FR }
    delivery_address: { lines: ["3 quai Rambaud"], postcode: "69002", city: Lyon, country: FR }
    vat_id: FR96552100554
    legal_id: { scheme: "0002", value: "552100554" }
    electronic_address: { scheme: "0225", value: "552100554" }
    invoices:
      - number: INV/2026/00126
        date: 2026-06-01
        state: posted
        service_period: { start: 2026-05-04, end: 2026-05-31 }
        purchase_order: PO-7781
        lines:
          - product: { en: Activation fee, fr: Frais d'activation }
            description: Once
            quantity: "2"
            unit: C62
            kind: service
            unit_price: "24.95"
            taxes: [TVA20]
      - number: INV/2026/00127
        date: 2026-06-02
        state: posted
        delivery_date: 2026-06-02
        lines:
          - { product: Sensor, quantity: "1", unit: H87, kind: goods, unit_price: "10", taxes: [EXO] }
YAML
db=$SCRATCH/portal.db
"$PORTALGEN" import --db "$db" "$SCRATCH/good.yaml" || fail "the valid e-invoice data was refused"
"$PORTALGEN" export --db "$db" > "$SCRATCH/first.yaml"
for key in "vat_id: \"FR89912345683\"" "iban: \"FR7630006000011234567890189\"" "e_invoice: \"factur-x\"" \
  "category: \"AE\"" "code: \"VATEX-EU-AE\"" "postcode: \"69002\"" "service_period:" \
  "purchase_order: \"PO-7781\"" "delivery_date: 2026-06-02" "fr: \"Frais d'activation\"" \
  "unit: \"H87\"" "kind: \"goods\"" "delivery_address:" "vat_on_debits: true"; do
  grep -qF "$key" "$SCRATCH/first.yaml" || problem "the export lacks $key"
done
"$PORTALGEN" import --db "$SCRATCH/again.db" "$SCRATCH/first.yaml" || fail "the export does not import"
"$PORTALGEN" export --db "$SCRATCH/again.db" > "$SCRATCH/second.yaml"
cmp -s "$SCRATCH/first.yaml" "$SCRATCH/second.yaml" || problem "export, import, export is not stable"

# Each bad value: the line it is on (in good.yaml) and the message expected there.
check_refused() {
  local from=$1 to=$2 line=$3 message=$4
  sed "s|$from|$to|" "$SCRATCH/good.yaml" > "$SCRATCH/bad.yaml"
  cmp -s "$SCRATCH/good.yaml" "$SCRATCH/bad.yaml" && fail "the case '$from' changes nothing"
  cp "$db" "$SCRATCH/before.db"
  run import --db "$db" "$SCRATCH/bad.yaml" 2> "$SCRATCH/err"
  [[ $status == 3 ]] || problem "'$to': exit $status, not 3"
  grep -q "bad.yaml:$line:[0-9]*: .*$message" "$SCRATCH/err" ||
    problem "'$to': expected line $line '$message', got: $(cat "$SCRATCH/err")"
  cmp -s "$db" "$SCRATCH/before.db" || problem "'$to' changed the database"
}
check_refused "vat_id: FR89912345683" "vat_id: FR12912345683" 6 "key"
check_refused "vat_id: FR96552100554" "vat_id: FR96552100555" 24 "VAT"
check_refused 'value: "912345683" }$' 'value: "912345684" }' 7 "SIREN\|Luhn"
check_refused "FR7630006000011234567890189" "FR7630006000011234567890188" 9 "IBAN\|97"
check_refused "city: Lyon, country: FR }$" "city: Lyon, country: XX }" 22 "country"
check_refused "unit: H87" "unit: ZZZ9" 46 "unit"
check_refused "category: AE" "category: S" 15 "category\|rate"
check_refused "code: VATEX-EU-AE" "code: VATEX-XX" 16 "VATEX"
check_refused "kind: goods" "kind: gift" 46 "kind"
check_refused "e_invoice: factur-x" "e_invoice: pdf" 10 "e_invoice"
check_refused 'scheme: "0225", value: "912345683"' 'scheme: "9999", value: "912345683"' 8 "EAS"

# What a Factur-X invoice needs of the data (EN 16931 and the French rules, SPEC 8): a file that
# imports always yields e-invoices that pass the official rules.
check_refused "  electronic_address: { scheme: \"0225\", value: \"912345683\" }" "" 2 "BR-FR-13"
check_refused '  legal_id: { scheme: "0002", value: "912345683" }' "" 2 "BR-FR-10"
check_refused "  vat_id: FR89912345683" "" 2 "BR-CO-26"
check_refused 'rate: "20", category: S' 'rate: "21", category: S' 14 "BR-FR-16"
check_refused "address: { lines: \[\"8 place du Marché\"\], postcode: \"69002\", city: Lyon, country: FR }" \
  'address: ["8 place du Marché", "69002 Lyon"]' 22 "structured address.*BR-11"
check_refused "number: INV/2026/00126" "number: INV 2026 00126" 28 "BR-FR-01"
check_refused "taxes: \[TVA20\]" "taxes: [TVA20, EXO]" 40 "exactly one tax"
check_refused "    vat_id: FR96552100554" "    currency: USD" 28 "BR-FR-CO-12"
check_refused "purchase_order: PO-7781" 'tax_currency_total: "1.00"' 28 "needs its tax_currency"
check_refused "purchase_order: PO-7781" "tax_currency: EUR" 32 "own currency"
# The French rules' formats that the data decides: quantities of at most 4 decimals, dates in
# 2000-2099 (the due date the payment terms give too), SIREN-based electronic addresses of
# letters, digits and - _ . only.
check_refused 'quantity: "2"' 'quantity: "2.12345"' 36 "BR-FR-DEC-02"
check_refused "date: 2026-06-01" "date: 1999-06-01" 29 "BR-FR-03"
check_refused "date: 2026-06-02" "date: 2099-12-20" 42 "due date.*2100-01-19.*BR-FR-03"
check_refused "end: 2026-05-31" "end: 2100-05-31" 31 "service period.*BR-FR-03"
check_refused 'scheme: "0225", value: "552100554" }' 'scheme: "0225", value: "552100554@x" }' 26 "BR-FR-23"
check_refused 'scheme: "0225", value: "912345683"' 'scheme: "0225", value: "912 345 683"' 8 "BR-FR-23"
finish
