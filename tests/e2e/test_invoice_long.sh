#!/usr/bin/env bash
# A 120-line invoice paginates cleanly: every page has the table header and "Page k / N", every
# line appears exactly once (none split or lost), and the totals come once, on the last page.
source "$(dirname "$0")/lib.sh"
/usr/bin/python3 - > "$SCRATCH/long.yaml" <<'PY'
lines = "\n".join(
    f'          - {{ product: "Item {i:03d}", description: "{"Long description " * (i % 4)}", '
    f'quantity: {i % 7 + 1}, unit_price: "{i}.25", taxes: [VAT20] }}' for i in range(1, 121))
print(f"""company:
  name: Long Lines SARL
  address: ["1 rue du Test", "75001 Paris", "France"]
  email: billing@long.example
  currency: EUR
  locale: {{ en: en-IE, fr: fr-FR }}
taxes:
  - {{ code: VAT20, name: {{ en: VAT 20%, fr: TVA 20 % }}, rate: "20" }}
customers:
  - id: L1
    name: Léa Long
    email: lea@example.com
    language: fr
    invoices:
      - number: INV/2026/00120
        date: 2026-11-02
        state: posted
        lines:
{lines}""")
PY
db=$SCRATCH/portal.db
out=$SCRATCH/out
"$PORTALGEN" import --db "$db" "$SCRATCH/long.yaml" 2>/dev/null
"$PORTALGEN" build --db "$db" --out "$out" --as-of 2026-11-23 2>/dev/null
pdf=$(ls "$out"/site/*/invoices/INV-2026-00120.pdf)
pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
((pages >= 4)) || fail "120 lines on $pages pages"
for ((k = 1; k <= pages; k++)); do
  pdftotext -layout -f $k -l $k "$pdf" "$SCRATCH/page-$k.txt" 2>/dev/null
  grep -q "Désignation" "$SCRATCH/page-$k.txt" || fail "page $k has no table header"
  grep -q "Page $k / $pages" "$SCRATCH/page-$k.txt" || fail "page $k lacks Page $k / $pages"
done
cat "$SCRATCH"/page-*.txt > "$SCRATCH/all.txt"
for i in $(seq -f '%03g' 1 120); do
  [[ $(grep -c "Item $i" "$SCRATCH/all.txt") == 1 ]] || fail "Item $i is not there exactly once"
done
grep -q "Total HT" "$SCRATCH/page-$pages.txt" || fail "the totals are not on the last page"
[[ $(grep -c "Total HT" "$SCRATCH/all.txt") == 1 ]] || fail "the totals appear more than once"
qpdf --check "$pdf" >/dev/null || fail "qpdf --check"
echo ok
