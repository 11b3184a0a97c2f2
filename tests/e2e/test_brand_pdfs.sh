#!/usr/bin/env bash
# The seller's logo in its PDFs (SPEC 3b "Branding"), on the branded seller of the browser tests
# (tests/browser/fixtures/branded/lumen.yaml, Factur-X on). First built without its logo: the
# invoices are archived without it. Then its logo is added with one invoice more: the archived
# invoices stay as issued (no conflict, exit 0, the same bytes served), the new invoice and the
# statement show the logo as an image of the size pdfimages reads back; the new invoice is still
# valid Factur-X (the official rules, `validate --fr`) and qpdf finds nothing wrong.
# Usage: test_brand_pdfs.sh PORTALGEN. Exit 77 (skipped) when the e-invoice rules are not there.
source "$(dirname "$0")/lib.sh"
source_dir=$(realpath "$(dirname "$0")/../..")
source "$(dirname "$0")/einvoice_rules_dir.sh"
fixture=$source_dir/tests/browser/fixtures/branded
db=$SCRATCH/portal.db
out=$SCRATCH/out
build() { run build --db "$db" --out "$out" --as-of 2026-11-23 2> "$SCRATCH/build.log"; }
images() { pdfimages -list "$1" | tail -n +3; }  # one line per image, after the two header lines

# Without the logo (its line taken out; the accent stays).
grep -v "^  logo: lumen-logo.png$" "$fixture/lumen.yaml" > "$SCRATCH/plain.yaml"
cmp -s "$SCRATCH/plain.yaml" "$fixture/lumen.yaml" && fail "no logo line to take out"
"$PORTALGEN" import --db "$db" "$SCRATCH/plain.yaml"
build
[[ $status == 0 ]] || { cat "$SCRATCH/build.log"; fail "first build: exit $status"; }
issued=$out/archive/2026/L1001/LUM-2026-0063.pdf
[[ -f $issued ]] || fail "no archived $issued"
cp "$issued" "$SCRATCH/issued.pdf"
[[ -z $(images "$issued") ]] || problem "an invoice drawn without a logo has an image"

# The logo added (by its absolute path, the YAML being elsewhere), and one invoice more.
/usr/bin/python3 - "$fixture/lumen.yaml" "$fixture/lumen-logo.png" "$SCRATCH/branded.yaml" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
text = text.replace("  logo: lumen-logo.png\n", "  logo: %s\n" % sys.argv[2])
new = """      - number: "LUM/2026/0070"
        date: 2026-11-20
        state: posted
        lines:
          - { product: "Affiche", description: "Salon du livre", quantity: 2, unit_price: "180.00", taxes: [VAT20] }
"""
at = text.index("    subscriptions:\n")  # the end of L1001's invoices
open(sys.argv[3], "w", encoding="utf-8").write(text[:at] + new + text[at:])
PY
"$PORTALGEN" import --db "$db" "$SCRATCH/branded.yaml"
build
[[ $status == 0 ]] || { cat "$SCRATCH/build.log"; fail "a logo added: exit $status, not 0"; }
if grep "would change" "$SCRATCH/build.log" >/dev/null; then problem "a logo added reported changed invoices"; fi
cmp -s "$issued" "$SCRATCH/issued.pdf" || problem "a logo added changed an archived PDF"
portal=$(dirname "$(dirname "$(find "$out/site" -path '*/invoices/LUM-2026-0063.pdf' | head -1)")")
cmp -s "$portal/invoices/LUM-2026-0063.pdf" "$SCRATCH/issued.pdf" ||
  problem "the portal does not serve the invoice as issued"

# The new invoice and the statement: one image, the logo's 250 x 96 pixels, RGB (a PNG with
# transparency is composed on white: no soft mask, PDF/A-3b without transparency).
new=$out/archive/2026/L1001/LUM-2026-0070.pdf
statement=$(ls "$portal"/statement-2026-11-23.pdf)
for pdf in "$new" "$statement"; do
  listed=$(images "$pdf")
  [[ $(wc -l <<< "$listed") == 1 ]] || problem "$pdf: images: $listed"
  read -r _ _ type width height color _ <<< "$listed"
  [[ "$type $width $height $color" == "image 250 96 rgb" ]] || problem "$pdf: image $listed"
  qpdf --check "$pdf" > "$SCRATCH/check.txt" 2>&1 || problem "qpdf --check $pdf: $(cat "$SCRATCH/check.txt")"
  if grep -a "/SMask" "$pdf" >/dev/null; then problem "$pdf: a soft mask"; fi
done
qpdf --list-attachments "$new" | grep "^factur-x.xml" >/dev/null || problem "the new invoice has no XML"
"$rules/validate" --fr "$new" > "$SCRATCH/validate.txt" 2>&1 ||
  problem "validate: $(grep -v ': valid$' "$SCRATCH/validate.txt" | head -20)"
# Drawn at the top left margin (48 pt from the left, 46 from the top of an A4 page 841.89 pt
# high), its 250 x 96 pixels scaled by 40/96 to fit the 160 x 40 pt box: 104.17 x 40 pt.
for pdf in "$new" "$statement"; do
  qpdf --qdf --object-streams=disable "$pdf" "$SCRATCH/qdf.pdf"
  /usr/bin/python3 - "$SCRATCH/qdf.pdf" <<'PY' || problem "$pdf: the logo's place and size"
import re, sys
data = open(sys.argv[1], "rb").read().decode("latin-1")
placed = re.findall(r"([-\d.]+) 0 0 ([-\d.]+) ([-\d.]+) ([-\d.]+) cm\s*/\w+ Do", data)
assert len(placed) == 1, placed
w, h, x, y = (float(v) for v in placed[0])
assert abs(w - 250 * 40 / 96) < 0.01 and abs(h - 40) < 0.01, (w, h)
assert abs(x - 48) < 0.01 and abs(y - (841.89 - 46 - 40)) < 0.01, (x, y)
PY
done
finish
