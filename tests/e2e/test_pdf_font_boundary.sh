#!/usr/bin/env bash
# An invoice whose embedded CJK font subset used to end exactly on libharu's 4,096-byte buffer
# boundary (cmake/libharu_tables.py) is published: the build exits 0, the PDF is sound, embeds
# WenQuanYi and shows its Japanese line, which poppler reads back without a warning.
source "$(dirname "$0")/lib.sh"
db=$SCRATCH/portal.db
out=$SCRATCH/out
"$PORTALGEN" import --db "$db" "tests/e2e/fixtures/cjk_font_boundary.yaml" 2>/dev/null ||
  fail "import"
"$PORTALGEN" build --db "$db" --out "$out" --as-of 2026-11-23 2>"$SCRATCH/build.log" ||
  fail "build exited $?: $(cat "$SCRATCH/build.log")"
pdf=$(ls "$out"/site/*/invoices/INV-2023-02633.pdf) || fail "no invoice PDF"
qpdf --check "$pdf" >/dev/null || fail "qpdf --check"
pdffonts "$pdf" | grep -q "WenQuanYiZenHei.*yes" || fail "the CJK font is not embedded"
pdftotext "$pdf" "$SCRATCH/text.txt" 2>"$SCRATCH/poppler.log"
grep -q "冷凍車の温度監視" "$SCRATCH/text.txt" || fail "the Japanese description is missing"
# A real ToUnicode map: poppler reads the text without a warning.
[[ ! -s $SCRATCH/poppler.log ]] || fail "poppler: $(cat "$SCRATCH/poppler.log")"
cmp -s "$pdf" "$out"/archive/2023/*/INV-2023-02633.pdf || fail "archived copy differs"
echo ok
