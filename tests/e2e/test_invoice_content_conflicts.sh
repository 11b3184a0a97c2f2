#!/usr/bin/env bash
# A changed invoice is judged on its content, not on its PDF's bytes (SPEC 5 and 8): turning
# Factur-X on leaves the invoices already archived as they were issued and raises no alarm, while
# the invoices archived after it are Factur-X; new wording in the templates (as a new font or
# libharu would) redraws no archived invoice and raises no alarm; a changed price does (exit 1).
source "$(dirname "$0")/lib.sh"
source_dir=$(realpath "$(dirname "$0")/../..")
db=$SCRATCH/portal.db
out=$SCRATCH/out
attached() { qpdf --list-attachments "$1" 2>/dev/null | grep "^factur-x.xml" >/dev/null; }
build() {
  run build --db "$db" --out "$out" --as-of 2026-11-23 "$@" 2> "$SCRATCH/build.log"
}

# Nimbus before it turned Factur-X on.
grep -v "^  e_invoice: factur-x$" "$source_dir/samples/nimbus.yaml" > "$SCRATCH/plain.yaml"
cmp -s "$SCRATCH/plain.yaml" "$source_dir/samples/nimbus.yaml" && fail "no e_invoice line to take out"
"$PORTALGEN" import --db "$db" "$SCRATCH/plain.yaml" 2>/dev/null
build
[[ $status == 0 ]] || { cat "$SCRATCH/build.log"; fail "first build: exit $status"; }
issued=$out/archive/2025/C1001/INV-2025-00287.pdf
[[ -f $issued ]] || fail "no archived $issued"
attached "$issued" && fail "a plain seller's invoice carries Factur-X XML"
cp "$issued" "$SCRATCH/issued.pdf"
cp "$out/archive/manifest.csv" "$SCRATCH/manifest-1.csv"

# Factur-X on, and one invoice more for C1001.
/usr/bin/python3 - "$source_dir/samples/nimbus.yaml" "$SCRATCH/facturx.yaml" <<'PY'
import sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
at = lines.index("    invoices:")  # C1001's, the first customer
lines[at + 1:at + 1] = [
    '      - number: "INV/2026/00400"',
    '        date: 2026-11-20',
    '        state: posted',
    '        lines:',
    '          - { product: "Formation", quantity: 1, unit_price: "500.00", taxes: [VAT20] }',
]
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(lines))
PY
"$PORTALGEN" import --db "$db" "$SCRATCH/facturx.yaml" 2>/dev/null
build
[[ $status == 0 ]] || { cat "$SCRATCH/build.log"; fail "turning Factur-X on: exit $status"; }
grep -q "would change" "$SCRATCH/build.log" && fail "Factur-X on reported changed invoices"
# Only the new invoice is drawn: the others are served as issued.
grep -q " 1 PDFs rendered, 1 archived" "$SCRATCH/build.log" ||
  problem "Factur-X on: $(tail -1 "$SCRATCH/build.log")"
cmp -s "$issued" "$SCRATCH/issued.pdf" || problem "Factur-X on changed an archived PDF"
head -c "$(stat -c %s "$SCRATCH/manifest-1.csv")" "$out/archive/manifest.csv" |
  cmp -s - "$SCRATCH/manifest-1.csv" || problem "the manifest's earlier rows changed"
new=$out/archive/2026/C1001/INV-2026-00400.pdf
attached "$new" || problem "an invoice archived after Factur-X was turned on has no XML"
portal=$(dirname "$(dirname "$(find "$out/site" -path '*/invoices/INV-2025-00287.pdf' | head -1)")")
cmp -s "$portal/invoices/INV-2025-00287.pdf" "$SCRATCH/issued.pdf" ||
  problem "the portal does not serve the invoice as issued"

# New wording in the templates: the archive and the portal's PDFs stay, nothing is reported.
cp -r "$source_dir/templates" "$SCRATCH/templates"
sed -i 's/^  total: Total$/  total: Grand total/' "$SCRATCH/templates/i18n/en.yaml"
grep -q "^  total: Grand total$" "$SCRATCH/templates/i18n/en.yaml" || fail "no label to reword"
build --templates "$SCRATCH/templates"
[[ $status == 0 ]] || { cat "$SCRATCH/build.log"; fail "new wording: exit $status"; }
grep -q "would change" "$SCRATCH/build.log" && problem "new wording reported as changed invoices"
grep -q " 0 PDFs rendered, 0 archived" "$SCRATCH/build.log" ||
  problem "new wording: $(tail -1 "$SCRATCH/build.log")"
cmp -s "$issued" "$SCRATCH/issued.pdf" || problem "new wording redrew an archived PDF"

# A changed price: reported by name, exit 1, the archive untouched.
sed 's/unit_price: "6.20", taxes: \[VAT20\] }/unit_price: "6.30", taxes: [VAT20] }/' \
  "$SCRATCH/facturx.yaml" > "$SCRATCH/price.yaml"
cmp -s "$SCRATCH/price.yaml" "$SCRATCH/facturx.yaml" && fail "no price to change"
"$PORTALGEN" import --db "$db" "$SCRATCH/price.yaml" 2>/dev/null
cp "$out/archive/manifest.csv" "$SCRATCH/manifest-2.csv"
build
[[ $status == 1 ]] || { cat "$SCRATCH/build.log"; fail "a changed price: exit $status, not 1"; }
grep -q "would change.*archive/2025/C1001/INV-2025-00287.pdf" "$SCRATCH/build.log" ||
  problem "the changed invoice is not named: $(cat "$SCRATCH/build.log")"
cmp -s "$issued" "$SCRATCH/issued.pdf" || problem "a changed price rewrote the archived PDF"
cmp -s "$out/archive/manifest.csv" "$SCRATCH/manifest-2.csv" || problem "the manifest changed"
finish
