#!/usr/bin/env bash
# The invoice PDF as issued, and one of it (SPEC section 5): a build renders each posted invoice
# and credit note once; the portal's PDF has the archived file's bytes (here a hard link to it);
# a paid invoice's PDF shows no payment, no PAID mark and no amount due; a payment recorded later
# changes neither file and is no changed invoice; an archived invoice whose data changes is
# reported, and the portal keeps serving the archived bytes, not the new render.
source "$(dirname "$0")/lib.sh"
command -v pdftotext >/dev/null || fail "pdftotext is not installed (poppler-utils)"
build_samples

# One line per posted invoice and credit note: customer, number, language, status, portal PDF,
# archived PDF (both relative to OUT).
/usr/bin/python3 - "$SCRATCH/status.json" samples/*.yaml > "$SCRATCH/pdfs.tsv" <<'PY'
import json, os, re, sys, yaml
status = {c["id"]: c for c in json.load(open(sys.argv[1]))["customers"]}
slug = lambda n: ("_" if n.startswith(".") or not n else "") + re.sub(r"[^A-Za-z0-9._-]", "-", n)
for f in sys.argv[2:]:
    for c in yaml.safe_load(open(f, encoding="utf-8")).get("customers") or []:
        docs = {(d["kind"], d["number"]): d for d in status[c["id"]]["documents"]}
        for i in c.get("invoices") or []:
            if i.get("state", "posted") != "posted":
                continue
            number, kind = str(i["number"]), i.get("kind", "invoice")
            site = os.path.join(status[c["id"]]["portal"], "invoices", slug(number) + ".pdf")
            archive = os.path.join("archive", str(i["date"])[:4], slug(c["id"]), slug(number) + ".pdf")
            print("\t".join([c["id"], number, c["language"], docs[(kind, number)]["status"], site, archive]))
PY
documents=$(wc -l < "$SCRATCH/pdfs.tsv")
((documents > 20)) || fail "only $documents posted invoices and credit notes in the samples"

# Rendered once each, not once for the portal and once more for the archive.
rendered() { sed -n 's/.* \([0-9]*\) PDFs rendered, \([0-9]*\) archived.*/\1 \2/p' "$1"; }
[[ $(rendered "$SCRATCH/build.log") == "$documents $documents" ]] ||
  fail "$documents documents, the build says: $(tail -1 "$SCRATCH/build.log")"

# The portal serves the archived file: the same bytes, the same file.
same_file() { [[ $(stat -c %d:%i "$out/$1") == $(stat -c %d:%i "$out/$2") ]]; }
while IFS=$'\t' read -r customer number lang state site archive; do
  cmp -s "$out/$site" "$out/$archive" || problem "$site differs from $archive"
  same_file "$site" "$archive" || problem "$site is not a link to $archive"
done < "$SCRATCH/pdfs.tsv"
((failures == 0)) || fail "$failures portal PDFs are not their archived file"

text() { pdftotext "$out/$1" - 2>/dev/null | sed 's/\xc2\xa0/ /g; s/\xe2\x80\xaf/ /g' | tr -s ' \n' '  '; }
lacks() { local t; t=$(text "$1"); [[ $t != *"$2"* ]] || problem "$1 shows: $2"; }
paid_en=$(awk -F'\t' '$3 == "en" && $4 == "paid" { print $5; exit }' "$SCRATCH/pdfs.tsv")
paid_fr=$(awk -F'\t' '$3 == "fr" && $4 == "paid" { print $5; exit }' "$SCRATCH/pdfs.tsv")
[[ -n $paid_en && -n $paid_fr ]] || fail "no paid invoice in each language in the samples"
for word in PAID Paid "Amount due"; do lacks "$paid_en" "$word"; done
for word in PAYÉE Payé "Montant dû"; do lacks "$paid_fr" "$word"; done
[[ $(text "$paid_en") == *Total* ]] || problem "$paid_en has no total"
((failures == 0)) || fail "$failures paid invoices show their payment"

# C2001's invoice 232795 (467.17, 100.00 paid on 20 Oct) is paid in full on 20 Nov: its page
# says so, its PDF and archived file stay as they were, and nothing is reported.
line=$(awk -F'\t' '$1 == "C2001" && $2 == "232795"' "$SCRATCH/pdfs.tsv")
site=$(cut -f5 <<< "$line") archive=$(cut -f6 <<< "$line")
page=${site%/invoices/*}/fr/invoices/232795.html
cp "$out/$archive" "$SCRATCH/issued.pdf"
inode=$(stat -c %i "$out/$archive")
/usr/bin/python3 - samples/odotrack.yaml "$SCRATCH/paid.yaml" <<'PY'
import sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
at = lines.index('          - { date: 2026-10-20, amount: "100.00", method: card-1 }')
lines.insert(at + 1, '          - { date: 2026-11-20, amount: "367.17", method: card-1 }')
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(lines))
PY
"$PORTALGEN" import --db "$db" "$SCRATCH/paid.yaml" 2>/dev/null
run build --db "$db" --out "$out" --as-of 2026-11-23 2> "$SCRATCH/paid.log"
[[ $status == 0 ]] || { cat "$SCRATCH/paid.log"; fail "build after a payment: exit $status"; }
grep -q "would change" "$SCRATCH/paid.log" && fail "a payment reported as a changed invoice"
grep -q "Payée" "$out/$page" || fail "the invoice page does not say it is paid"
cmp -s "$out/$archive" "$SCRATCH/issued.pdf" || fail "a payment changed the archived PDF"
[[ $(stat -c %i "$out/$archive") == "$inode" ]] || fail "a payment replaced the archived PDF"
cmp -s "$out/$site" "$SCRATCH/issued.pdf" || fail "a payment changed the portal's PDF"
same_file "$site" "$archive" || fail "$site is no longer the archived file"

# The invoice's data changes after it was issued: reported, exit 1, and both files stay.
/usr/bin/python3 - "$SCRATCH/paid.yaml" "$SCRATCH/changed.yaml" <<'PY'
import sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
at = lines.index('      - number: "232795"') + 6
assert '"ODO50 device"' in lines[at] and 'unit_price: "149.00"' in lines[at]
lines[at] = lines[at].replace('unit_price: "149.00"', 'unit_price: "159.00"')
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(lines))
PY
"$PORTALGEN" import --db "$db" "$SCRATCH/changed.yaml" 2>/dev/null
# The next night reports it again.
for day in 2026-11-23 2026-11-24; do
  run build --db "$db" --out "$out" --as-of "$day" 2> "$SCRATCH/changed.log"
  [[ $status == 1 ]] || { cat "$SCRATCH/changed.log"; fail "build of a changed invoice as of $day: exit $status"; }
  grep -q "would change.*$archive" "$SCRATCH/changed.log" ||
    fail "build as of $day does not report $archive: $(cat "$SCRATCH/changed.log")"
  cmp -s "$out/$archive" "$SCRATCH/issued.pdf" || fail "the archived PDF changed"
  cmp -s "$out/$site" "$SCRATCH/issued.pdf" || fail "the portal serves the new render"
  same_file "$site" "$archive" || fail "$site is no longer the archived file"
done
echo ok
