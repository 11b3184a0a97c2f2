#!/usr/bin/env bash
# Numbering (SPEC 5): a cancelled invoice's number is recorded in the manifest (kind cancelled, no
# PDF), so that an auditor tells it from a missing one; verify names each gap of a numbered series
# as a warning, and fails on it with --strict-numbering.
source "$(dirname "$0")/lib.sh"
cat > "$SCRATCH/in.yaml" <<'YAML'
company:
  name: Numbers SARL
  email: billing@numbers.example
  currency: EUR
taxes:
  - { code: VAT20, name: { en: VAT 20%, fr: TVA 20 % }, rate: "20" }
customers:
  - id: N1
    name: Ann
    email: ann@example.com
    language: en
    invoices:
      - { number: F-2026-0001, date: 2026-10-01, state: posted, lines: [{ product: A, quantity: 1, unit_price: "10", taxes: [VAT20] }] }
      - { number: F-2026-0002, date: 2026-10-02, state: cancelled, lines: [{ product: B, quantity: 1, unit_price: "10", taxes: [VAT20] }] }
      - { number: F-2026-0003, date: 2026-10-03, state: posted, lines: [{ product: C, quantity: 1, unit_price: "10", taxes: [VAT20] }] }
      - { number: F-2026-0006, date: 2026-10-06, state: posted, lines: [{ product: D, quantity: 1, unit_price: "10", taxes: [VAT20] }] }
YAML
"$PORTALGEN" import --db "$SCRATCH/db" "$SCRATCH/in.yaml" 2> /dev/null
run build --db "$SCRATCH/db" --out "$SCRATCH/out" --as-of 2026-11-23 2> "$SCRATCH/build.log"
[[ $status == 0 ]] || { cat "$SCRATCH/build.log"; fail "build: exit $status"; }
grep -q '^N1,F-2026-0002,cancelled,2026-10-02,10.00,2.00,12.00,EUR,Numbers SARL,,0,' \
  "$SCRATCH/out/archive/manifest.csv" || problem "the cancelled number is not recorded: $(cat "$SCRATCH/out/archive/manifest.csv")"
[[ ! -e $SCRATCH/out/archive/2026/N1/F-2026-0002.pdf ]] || problem "a cancelled invoice was archived"

run verify --out "$SCRATCH/out" > "$SCRATCH/out.txt" 2> "$SCRATCH/err"
[[ $status == 0 ]] || problem "verify: exit $status (a gap is a warning by default)"
grep -q "^numbering: warning: Numbers SARL: F-2026-0004 to F-2026-0005 missing" "$SCRATCH/err" ||
  problem "the gap is not named: $(cat "$SCRATCH/err")"
grep -q "0002" "$SCRATCH/err" && problem "the cancelled number is reported missing"
grep -q "3 archived PDFs in 1 manifest part and 1 cancelled invoice numbers: all intact; 1 gaps" \
  "$SCRATCH/out.txt" || problem "summary: $(cat "$SCRATCH/out.txt")"
run verify --out "$SCRATCH/out" --strict-numbering > /dev/null 2> "$SCRATCH/err"
[[ $status == 1 ]] || problem "verify --strict-numbering: exit $status, not 1"
grep -q "^numbering: Numbers SARL: F-2026-0004 to F-2026-0005 missing" "$SCRATCH/err" ||
  problem "strict: $(cat "$SCRATCH/err")"

# Recorded once: the next night adds no row.
rows=$(wc -l < "$SCRATCH/out/archive/manifest.csv")
run build --db "$SCRATCH/db" --out "$SCRATCH/out" --as-of 2026-11-24 2> /dev/null
[[ $(wc -l < "$SCRATCH/out/archive/manifest.csv") == "$rows" ]] || problem "the cancelled number was recorded again"
finish
