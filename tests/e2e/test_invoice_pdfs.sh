#!/usr/bin/env bash
# Invoice PDFs and the auditors' archive (SPEC section 5) on the samples: one PDF per posted
# invoice and credit note in the portal and in the archive, a manifest whose sums match the files,
# text that comes back intact from pdftotext (accents, Greek, Cyrillic, amounts as the locale writes
# them; tests/e2e/HAND_CHECKS.md), A4 pages (US Letter for the Canadian seller) with title, author
# and invoice date, the legal mentions the data gives (identifiers, "Total TTC", bank account,
# exemptions, the French late-payment mention, units, service period, delivery address; also on
# tests/e2e/fixtures/factur_x_categories.yaml), "Page 1 / N" on a long invoice, valid files with
# every font embedded, byte-identical rebuilds, `portalgen verify` on a clean and a tampered
# archive, and the refusal to change an invoice already archived. The portal's copy and the
# archive's are one PDF, the invoice as issued (test_invoice_issued_once.sh).
source "$(dirname "$0")/lib.sh"
for tool in pdftotext pdfinfo pdffonts qpdf sha256sum; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (poppler-utils, qpdf, coreutils)"
done
build_samples

# Which PDFs the samples must give, where, and what the manifest must say of them. Writes one
# line per document for the checks below: customer, number, kind, language, seller, portal copy,
# archive copy (both relative to OUT), date, paper; and sums.txt in `sha256sum --check` format.
/usr/bin/python3 - "$out" "$SCRATCH" samples/*.yaml <<'PY'
import csv, glob, json, os, re, sys, yaml
out, scratch, samples = sys.argv[1], sys.argv[2], sys.argv[3:]
status = {c["id"]: c for c in json.load(open(os.path.join(scratch, "status.json")))["customers"]}
slug = lambda n: ("_" if n.startswith(".") or not n else "") + re.sub(r"[^A-Za-z0-9._-]", "-", n)
problems, expected, docs = [], {}, []
# SPEC 5: US Letter for a seller in the United States or Canada, A4 for any other.
def paper(address):
    if isinstance(address, dict):
        return "letter" if address.get("country") in ("US", "CA") else "a4"
    last = [line.strip() for line in address or [] if line.strip()][-1:]
    return "letter" if last and last[0].upper() in ("CANADA", "USA", "UNITED STATES") else "a4"
cancelled = set()  # their numbers are recorded in the manifest, with no PDF
for f in samples:
    data = yaml.safe_load(open(f, encoding="utf-8"))
    company = data.get("company") or {}
    for c in data.get("customers") or []:
        totals = {(d["kind"], d["number"]): d for d in status[c["id"]]["documents"]}
        portal = status[c["id"]]["portal"]
        for i in c.get("invoices") or []:
            kind = i.get("kind", "invoice")
            number = str(i["number"])
            if i.get("state", "posted") != "posted":
                cancelled.add((c["id"], number))
                continue
            date = str(i["date"])
            site = os.path.join(portal, "invoices", slug(number) + ".pdf")
            archive = os.path.join("archive", date[:4], slug(c["id"]), slug(number) + ".pdf")
            expected[(c["id"], number)] = {
                "kind": kind, "date": date, "total": totals[(kind, number)]["total"],
                "currency": c.get("currency") or company["currency"], "archive": archive}
            docs.append([c["id"], number, kind, c["language"], company["name"], site, archive, date,
                         paper(company.get("address"))])

site_pdfs = {os.path.relpath(p, out) for p in glob.glob(os.path.join(out, "site", "*", "invoices", "*.pdf"))}
want_site = {d[5] for d in docs}
if site_pdfs != want_site:
    problems.append(f"portal PDFs: missing {sorted(want_site - site_pdfs)}, extra {sorted(site_pdfs - want_site)}")
archive_pdfs = {os.path.relpath(p, out) for p in glob.glob(os.path.join(out, "archive", "**", "*.pdf"), recursive=True)}
want_archive = {d[6] for d in docs}
if archive_pdfs != want_archive:
    problems.append(f"archived PDFs: missing {sorted(want_archive - archive_pdfs)}, extra {sorted(archive_pdfs - want_archive)}")

with open(os.path.join(out, "archive", "manifest.csv"), newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f))
header = ("customer_id,number,kind,date,untaxed,tax,total,currency,seller,sha256,bytes,archived_at,"
          "as_of,version,fingerprint,chain").split(",")
if rows[0] != header:
    problems.append(f"manifest header: {rows[0]}")
seen = set()
recorded_cancelled = set()
with open(os.path.join(scratch, "sums.txt"), "w") as sums:
    for row in rows[1:]:
        r = dict(zip(header, row))
        key = (r["customer_id"], r["number"])
        if r["kind"] == "cancelled":
            recorded_cancelled.add(key)
            if r["sha256"] or r["bytes"] != "0":
                problems.append(f"manifest: cancelled {key} lists a PDF")
            continue
        if key in seen:
            problems.append(f"manifest: {key} listed twice")
        seen.add(key)
        e = expected.get(key)
        if not e:
            problems.append(f"manifest: {key} is not a posted invoice")
            continue
        for field in ("kind", "date", "total", "currency"):
            if r[field] != e[field]:
                problems.append(f"manifest {key}: {field} {r[field]!r}, expected {e[field]!r}")
        if r["as_of"] != "2026-11-23":
            problems.append(f"manifest {key}: as_of {r['as_of']}")
        if not re.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:\d\dZ", r["archived_at"]):
            problems.append(f"manifest {key}: archived_at {r['archived_at']!r}")
        if not re.fullmatch(r"[0-9a-f]{64}", r["sha256"]):
            problems.append(f"manifest {key}: sha256 {r['sha256']!r}")
        if not re.fullmatch(r"v1:[0-9a-f]{64}", r["fingerprint"]):
            problems.append(f"manifest {key}: fingerprint {r['fingerprint']!r}")
        path = os.path.join(out, e["archive"])
        if os.path.exists(path) and int(r["bytes"]) != os.path.getsize(path):
            problems.append(f"manifest {key}: {r['bytes']} bytes, the file has {os.path.getsize(path)}")
        sums.write(f"{r['sha256']}  {e['archive']}\n")
if recorded_cancelled != cancelled:
    problems.append(f"manifest: cancelled numbers {sorted(recorded_cancelled)}, expected {sorted(cancelled)}")
if seen != set(expected):
    problems.append(f"manifest: missing {sorted(set(expected) - seen)}")
with open(os.path.join(scratch, "pdfs.tsv"), "w", encoding="utf-8") as f:
    for d in docs:
        f.write("\t".join(d) + "\n")
if problems:
    sys.exit("\n".join(problems[:50]))
print(len(docs), "posted invoices and credit notes, each in the portal and the archive")
PY
(cd "$out" && sha256sum --check --quiet "$SCRATCH/sums.txt") || fail "manifest sums differ from sha256sum"

# Every PDF: valid (qpdf), every font embedded (pdffonts), A4 or US Letter, titled, by its seller,
# dated by its invoice date (pdfinfo).
declare -A title_word=([en.invoice]="Invoice" [en.credit_note]="Credit note"
                       [fr.invoice]="Facture" [fr.credit_note]="Avoir")
info() { sed -n "s/^$1: *//p" "$SCRATCH/info.txt"; }
while IFS=$'\t' read -r customer number kind lang seller site archive date paper; do
  for pdf in "$site" "$archive"; do
    file=$out/$pdf
    qpdf --check "$file" > "$SCRATCH/qpdf.log" 2>&1 || { cat "$SCRATCH/qpdf.log"; fail "qpdf --check: $pdf"; }
    pdffonts "$file" 2>/dev/null > "$SCRATCH/fonts.txt"
    awk -v pdf="$pdf" 'NR == 1 { emb = index($0, "emb") }
                       NR > 2 && substr($0, emb, 3) != "yes" { print "font not embedded in " pdf ": " $0; bad = 1 }
                       END { if (NR < 3) { print "no fonts in " pdf; bad = 1 } exit bad }' "$SCRATCH/fonts.txt" \
      || fail "pdffonts: $pdf"
    pdfinfo -isodates "$file" 2>/dev/null > "$SCRATCH/info.txt"
    if [[ $paper == letter ]]; then
      [[ $(info "Page size") == "612 x 792 pts (letter)" ]] || fail "$pdf: not Letter: $(info "Page size")"
    else
      [[ $(info "Page size") =~ ^595\.2[0-9]*\ x\ 841\.89\ pts\ \(A4\)$ ]] || fail "$pdf: not A4: $(info "Page size")"
    fi
    [[ $(info Title) == "${title_word[$lang.$kind]} $number" ]] || fail "$pdf: title $(info Title)"
    [[ $(info Author) == "$seller" ]] || fail "$pdf: author $(info Author)"
    [[ $(info CreationDate) == "${date}T00:00:00"* ]] || fail "$pdf: creation date $(info CreationDate), not $date"
  done
done < "$SCRATCH/pdfs.tsv"
grep -q $'\tletter$' "$SCRATCH/pdfs.tsv" || fail "no US Letter PDF among the samples' (Odotrack is in Canada)"
grep -q $'\ta4$' "$SCRATCH/pdfs.tsv" || fail "no A4 PDF among the samples'"
copy() { awk -F'\t' -v c="$1" -v n="$2" -v col="$3" '$1 == c && $2 == n { print $col }' "$SCRATCH/pdfs.tsv"; }
[[ -n $(copy C2001 232795 6) ]] || fail "no PDF of C2001 232795"

# The text in the order it is drawn (pdftotext -raw), on one line, with ICU's no-break spaces as
# plain spaces.
text() { pdftotext -raw "$out/$1" - 2>/dev/null | sed 's/\xc2\xa0/ /g; s/\xe2\x80\xaf/ /g' | tr -s ' \n' '  '; }
shows() { local t; t=$(text "$1"); [[ $t == *"$2"* ]] || fail "$1 lacks: $2"; }
lacks() { local t; t=$(text "$1"); [[ $t != *"$2"* ]] || fail "$1 shows: $2"; }

# HAND_CHECKS.md 1: C2001 invoice 232795 (fr-CA): 406.30 + GST 20.33 + QST 40.54 = 467.17; the
# 100.00 paid on 2026-10-20 and the 367.17 due are on its page, not in the invoice as issued.
site=$(copy C2001 232795 6) archive=$(copy C2001 232795 7)
for pdf in "$site" "$archive"; do
  shows "$pdf" "Facture"
  shows "$pdf" "232795"
  shows "$pdf" "Marie Tremblay"
  shows "$pdf" "Transports Tremblay inc."
  shows "$pdf" "Québec QC G1R 4P5"
  shows "$pdf" "Odotrack Inc."
  shows "$pdf" "No TPS 123456789 RT0001"
  shows "$pdf" "No TVQ 1234567890 TQ0001"
  shows "$pdf" "406,30 \$"
  shows "$pdf" "TPS 5 % sur 406,30 \$"
  shows "$pdf" "20,33 \$"
  shows "$pdf" "TVQ 9,975 % sur 406,30 \$"
  shows "$pdf" "40,54 \$"
  shows "$pdf" "467,17 \$"
  shows "$pdf" "15 oct. 2026"
  shows "$pdf" "30 oct. 2026"
  shows "$pdf" "Page 1 / 1"
  lacks "$pdf" "recouvrement"  # a Canadian seller owes no French recovery indemnity mention
done
for pdf in "$site" "$archive"; do
  lacks "$pdf" "Payé le"
  lacks "$pdf" "367,17"
done

# A paid French invoice: no PAYÉE mark (it used to be on the portal's copy; the spec now makes
# the PDF the invoice as issued).
site=$(copy C1001 INV/2025/00296 6) archive=$(copy C1001 INV/2025/00296 7)
for pdf in "$site" "$archive"; do
  lacks "$pdf" "PAYÉE"
  shows "$pdf" "Camille Lefèvre"
  shows "$pdf" "Boulangeries Lefèvre SARL"
  shows "$pdf" "N° TVA intracommunautaire FR89912345683"
  shows "$pdf" "Guide imprimé « Odoo au quotidien »"
done
# The legal mentions (SPEC 5), each expected string worked out from samples/nimbus.yaml and the
# catalogue's wording. The seller's VAT id is also among its tax ids, and its SIRET gives its
# SIREN: each is printed once. Its buyers' VAT ids and SIRENs, "Total TTC" in French, the bank
# account under the terms, the late-payment mention from the data (its notice no longer says it).
site=$(copy C1001 INV/2025/00296 6)
shows "$site" "N° TVA intracommunautaire FR89912345683"
shows "$site" "SIRET 912 345 683 00003"
[[ $(text "$site" | grep -o FR89912345683 | wc -l) == 1 ]] || fail "$site: the seller's VAT id not once"
lacks "$site" "SIREN 912345683"
shows "$site" "N° TVA FR96552100554"
shows "$site" "SIREN 552100554"
shows "$site" "Total TTC"
shows "$site" "Virement sur IBAN FR76 3000 6000 0112 3456 7890 189, BIC AGRIFRPP."
shows "$site" "Pas d’escompte pour paiement anticipé. Pénalités de retard : trois fois le taux d’intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €"
shows "$site" "Nimbus ERP SAS au capital de 50 000 €"
shows "$(copy C1002 INV/2026/00290 6)" "N° TVA FR64443061841"
shows "$(copy C1002 INV/2026/00290 6)" "SIREN 443061841"
shows "$(copy C1004 INV/2026/00270 6)" "N° TVA FR19812345676"
shows "$(copy C1004 INV/2026/00270 6)" "SIREN 812345676"
# An English buyer in Greece: its VAT id, no SIREN; the mentions in English.
site=$(copy C1003 INV/2026/00277 6)
shows "$site" "VAT No. EL094014201"
lacks "$site" "SIREN"
shows "$site" "Bank transfer to IBAN FR76 3000 6000 0112 3456 7890 189, BIC AGRIFRPP."
shows "$site" "Fixed indemnity for recovery costs: €40"
lacks "$site" "Total TTC"
# An export: the exemption's text (the tax's name is "Export, VAT not applicable").
shows "$(copy C1005 INV/2026/00276 6)" "Export outside the EU"
# Credit notes: the reversed invoice with its date, the exemption, no terms, no bank, no penalty.
site=$(copy C1002 RINV/2026/00019 6)
shows "$site" "Avoir de la facture INV/2026/00290 du 16 oct. 2026"
lacks "$site" "recouvrement"
lacks "$site" "IBAN"
site=$(copy C1005 RINV/2026/00021 6)
shows "$site" "Reverses invoice INV/2026/00276 of 1 Oct 2026"
shows "$site" "Export outside the EU"
lacks "$site" "recovery costs"
# The Canadian seller: no bank account given, no French mention, "Total TTC" in French.
site=$(copy C2001 232795 6)
lacks "$site" "IBAN"
shows "$site" "Total TTC 467,17 \$"

# Every VAT category, units, service period, delivery, a credit note and VAT on debits, on the
# French seller of tests/e2e/fixtures/factur_x_categories.yaml (no bank account, no tax ids).
"$PORTALGEN" import --db "$SCRATCH/fx.db" tests/e2e/fixtures/factur_x_categories.yaml 2>/dev/null
run build --db "$SCRATCH/fx.db" --out "$SCRATCH/fx" --as-of 2026-11-23 2> "$SCRATCH/fx.log"
[[ $status == 0 ]] || { cat "$SCRATCH/fx.log"; fail "build of the categories: exit $status"; }
# Paths relative to $out, as shows and lacks take them.
fx() { echo "../fx/archive/2026/$1.pdf"; }
out_fx=$(fx L1/FA-2026-001)
[[ -f "$out/$out_fx" ]] || fail "no $out_fx"
shows "$out_fx" "N° TVA FR64443061841"
shows "$out_fx" "SIREN 443061841"
shows "$out_fx" "Période de service 1er sept. 2026 – 30 sept. 2026"
shows "$out_fx" "Bon de commande BC-42"
shows "$out_fx" " 2,5 h "
lacks "$out_fx" "H87"
shows "$out_fx" "Total TTC"
shows "$out_fx" "Option pour le paiement de la taxe d’après les débits"
shows "$out_fx" "Indemnité forfaitaire pour frais de recouvrement : 40 €"
lacks "$out_fx" "IBAN"
shows "$(fx L1/FA-2026-002)" " 1 jour "
shows "$(fx L1/FA-2026-002)" "Exonération : enseignement"
shows "$(fx L1/AV-2026-001)" "Avoir de la facture FA-2026-001 du 1er oct. 2026"
shows "$(fx L1/AV-2026-001)" "Option pour le paiement de la taxe d’après les débits"
lacks "$(fx L1/AV-2026-001)" "recouvrement"
out_fx=$(fx L2/FA-2026-003)
shows "$out_fx" "VAT No. EL094014201"
shows "$out_fx" "Delivery date 2 Oct 2026"
shows "$out_fx" "Deliver to Οδός Εγνατίας 45 546 30 Θεσσαλονίκη Greece"
shows "$out_fx" "Intra-community supply"
shows "$out_fx" "VAT paid on debits"
shows "$out_fx" "Fixed indemnity for recovery costs: €40"
shows "$(fx L3/FA-2026-004)" "Export outside the EU"
shows "$(fx L3/FA-2026-005)" " 1 day "
shows "$(fx L4/FA-2026-006)" "Débours, hors champ de la TVA"
# A French seller's invoice to Chicago is on A4: the paper is the seller's.
[[ $(pdfinfo "$out/$(fx L3/FA-2026-004)" 2>/dev/null) == *"Page size:"*"(A4)"* ]] || fail "FA-2026-004 is not A4"
# Accents, Greek and Cyrillic names.
shows "$(copy C2003 226640 6)" "Éloïse Bélanger-Côté"
shows "$(copy C2003 226640 6)" "Déneigement Bélanger-Côté enr."
shows "$(copy C1003 INV/2026/00277 6)" "Γιώργος Παπαδόπουλος"
shows "$(copy C1003 INV/2026/00277 6)" "Invoice"
shows "$(copy C1003 INV/2026/00277 6)" "€257.40"
shows "$(copy C1004 INV/2026/00270 6)" "Дмитрий Ковалёв"
shows "$(copy C1004 INV/2026/00270 7)" "Дмитрий Ковалёв"
# HAND_CHECKS.md 2: yen without decimals (en-IE).
shows "$(copy C1005 INV/2026/00296 6)" "JP¥155,649"
# A credit note names the invoice it reverses.
shows "$(copy C1002 RINV/2026/00019 6)" "Avoir"
shows "$(copy C1002 RINV/2026/00019 6)" "Avoir de la facture INV/2026/00290"
shows "$(copy C2002 CN-0031 6)" "Credit note"
shows "$(copy C2002 CN-0031 6)" "Reverses invoice 232210"

# C1004's 45-line timesheet invoice runs over 3 pages or more, "Page i / N" on each.
long=$(copy C1004 INV/2026/00270 6)
pages=$(pdfinfo "$out/$long" 2>/dev/null | awk '/^Pages:/ { print $2 }')
(( pages >= 3 )) || fail "$long: $pages pages"
for ((p = 1; p <= pages; p++)); do
  page_text=$(pdftotext -f "$p" -l "$p" "$out/$long" - 2>/dev/null)
  grep -qxF "Page $p / $pages" <<< "$page_text" || fail "$long: no \"Page $p / $pages\" on page $p"
done

# The same data gives byte-identical PDFs, in a fresh output folder.
run build --db "$db" --out "$SCRATCH/again" --as-of 2026-11-23 2> "$SCRATCH/again.log"
[[ $status == 0 ]] || { cat "$SCRATCH/again.log"; fail "second build: exit $status"; }
(cd "$out" && find . -name '*.pdf' | sort) > "$SCRATCH/first.list"
(cd "$SCRATCH/again" && find . -name '*.pdf' | sort) > "$SCRATCH/second.list"
cmp -s "$SCRATCH/first.list" "$SCRATCH/second.list" || fail "the second build made other PDFs"
while read -r pdf; do
  cmp -s "$out/$pdf" "$SCRATCH/again/$pdf" || fail "not byte-identical: $pdf"
done < "$SCRATCH/first.list"
cmp -s <(manifest_rows "$out/archive/manifest.csv" | sort) \
  <(manifest_rows "$SCRATCH/again/archive/manifest.csv" | sort) \
  || fail "the second build's manifest differs"

# verify: clean, then one byte changed, then one PDF gone.
run verify --out "$out" > "$SCRATCH/verify.out" 2> "$SCRATCH/verify.err"
[[ $status == 0 ]] || { cat "$SCRATCH/verify.err"; fail "verify on a clean archive: exit $status"; }
altered=$(copy C2001 232795 7)
/usr/bin/python3 - "$out/$altered" <<'PY'
import sys
path = sys.argv[1]
data = bytearray(open(path, "rb").read())
data[len(data) // 2] ^= 0x01
open(path, "wb").write(data)
PY
run verify --out "$out" > "$SCRATCH/verify.out" 2> "$SCRATCH/verify.err"
[[ $status == 1 ]] || fail "verify with an altered PDF: exit $status"
grep -qF "$altered" "$SCRATCH/verify.err" || fail "verify does not name $altered: $(cat "$SCRATCH/verify.err")"
cp "$SCRATCH/again/$altered" "$out/$altered"
missing=$(copy C1004 INV/2026/00270 7)
rm "$out/$missing"
run verify --out "$out" > "$SCRATCH/verify.out" 2> "$SCRATCH/verify.err"
[[ $status == 1 ]] || fail "verify with a missing PDF: exit $status"
grep -qF "$missing" "$SCRATCH/verify.err" || fail "verify does not name $missing: $(cat "$SCRATCH/verify.err")"
grep -qF "$altered" "$SCRATCH/verify.err" && fail "verify still reports the restored $altered"
cp "$SCRATCH/again/$missing" "$out/$missing"
run verify --out "$out" > /dev/null 2> "$SCRATCH/verify.err"
[[ $status == 0 ]] || { cat "$SCRATCH/verify.err"; fail "verify after restoring: exit $status"; }

# An issued invoice whose data changes (the ODO50 line of 232795 at 159.00 instead of 149.00):
# the build refuses to archive another PDF for it, names it, exits 1, and the archive stays.
/usr/bin/python3 - samples/odotrack.yaml "$SCRATCH/odotrack.yaml" <<'PY'
import sys
source, target = sys.argv[1], sys.argv[2]
lines = open(source, encoding="utf-8").read().split("\n")
start = lines.index('      - number: "232795"')
for i in range(start, len(lines)):
    if '"ODO50 device"' in lines[i] and 'unit_price: "149.00"' in lines[i]:
        lines[i] = lines[i].replace('unit_price: "149.00"', 'unit_price: "159.00"')
        break
else:
    sys.exit("no ODO50 line in invoice 232795")
open(target, "w", encoding="utf-8").write("\n".join(lines))
PY
"$PORTALGEN" import --db "$db" "$SCRATCH/odotrack.yaml" 2>/dev/null
cp "$out/archive/manifest.csv" "$SCRATCH/manifest.before"
run build --db "$db" --out "$out" --as-of 2026-11-23 2> "$SCRATCH/changed.log"
[[ $status == 1 ]] || { cat "$SCRATCH/changed.log"; fail "build with a changed issued invoice: exit $status"; }
grep -qF "232795" "$SCRATCH/changed.log" || fail "the changed invoice is not named: $(cat "$SCRATCH/changed.log")"
cmp -s "$out/$altered" "$SCRATCH/again/$altered" || fail "the archived PDF of 232795 changed"
cmp -s "$out/archive/manifest.csv" "$SCRATCH/manifest.before" || fail "the manifest changed"
run verify --out "$out" > /dev/null 2> "$SCRATCH/verify.err"
[[ $status == 0 ]] || { cat "$SCRATCH/verify.err"; fail "verify after the refused build: exit $status"; }
# The portal serves the archived bytes, the invoice as issued, not the new data.
cmp -s "$out/$(copy C2001 232795 6)" "$out/$altered" || fail "the portal does not serve the archived 232795"
lacks "$(copy C2001 232795 6)" "318,00 \$"
echo ok
