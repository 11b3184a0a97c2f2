#!/usr/bin/env bash
# Names and texts from the data, as a user meets them: ids and numbers
# that would be one file (even on a case-insensitive file system) or too long for one are refused
# at import; control characters of the data never reach the terminal raw; manifest cells a
# spreadsheet would evaluate are quoted and still verify; a company's new currency is checked on
# its stored customers; SQLite errors name the real rowid; dates near 9999-12-31 stay dates.
source "$(dirname "$0")/lib.sh"
cd "$SCRATCH"
esc=$'\e'

company() {  # $1: currency
    cat <<EOF
company:
  name: Names Inc.
  email: billing@names.example
  currency: $1
taxes:
  - { code: GST, name: { en: GST, fr: TPS }, rate: "5" }
EOF
}
# Expects exit 3, every line of $1 in the output, and the database as it was.
refused() {
    local what=$1 expected=$2
    shift 2
    local before=absent
    [[ -f db ]] && before=$(sqlite3 db .dump | sha256sum)
    run import --db db "$@" > out.txt 2>&1
    [[ $status == 3 ]] || problem "$what: exit $status, expected 3: $(cat out.txt)"
    while IFS= read -r line; do
        grep -qxF -- "$line" out.txt || problem "$what: no line \"$line\" in: $(cat out.txt)"
    done <<< "$expected"
    local after=absent
    [[ -f db ]] && after=$(sqlite3 db .dump | sha256sum)
    [[ $before == "$after" ]] || problem "$what: the database changed"
}
no_raw_controls() {  # $1: what, $2: file
    if LC_ALL=C grep -q $'[\x01-\x08\x0b-\x1f\x7f]\|\xc2[\x80-\x9f]\|\xe2\x80\xae' "$2"; then
        problem "$1: raw control characters in: $(cat -v "$2")"
    fi
}

# 1. Two ids with one folder: ".a" and "_.a" are both "_.a"; "C1" and "c1" are one on macOS.
{ company CAD; echo "customers:"
  echo "  - { id: C1, name: Marie, email: m@example.com, language: fr,"
  echo "      invoices: [{ number: I1, date: 2026-01-01, state: posted,"
  echo "        lines: [{ product: P, quantity: 1, unit_price: \"0.50\" }],"
  echo "        payments: [{ date: 2026-01-02, amount: \"0.50\" }] }] }"; } > stored.yaml
run import --db db stored.yaml 2> out.txt
[[ $status == 0 ]] || fail "stored.yaml: exit $status: $(cat out.txt)"
{ echo "customers:"
  echo "  - { id: .a, name: A, email: a@example.com, language: en }"
  echo "  - { id: _.a, name: B, email: b@example.com, language: en }"; } > ids.yaml
refused "ids with one slug" \
    "ids.yaml:3:11: customer \"_.a\" and \".a\" (first at ids.yaml:2:5) would have the same file name \"_.a\"" \
    ids.yaml
{ echo "customers:"; echo "  - { id: c1, name: N, email: n@example.com, language: en }"; } > case.yaml
refused "an id differing by case from a stored one" \
    "case.yaml:2:11: customer \"c1\" and \"C1\", already in the database, would have file names that differ only by case (\"c1\", \"C1\")" \
    case.yaml

# 2. Numbers: by case in one customer, and one too long for a file name (it used to import, then
# fail every build with ENAMETOOLONG).
long=$(printf 'N%.0s' {1..230})
{ echo "customers:"
  echo "  - { id: C2, name: N, email: n@example.com, language: en,"
  echo "      invoices: [{ number: INV/7, date: 2026-01-01, state: posted },"
  echo "                 { number: inv-7, date: 2026-01-01, state: posted },"
  echo "                 { number: $long, date: 2026-01-01, state: posted }] }"; } > numbers.yaml
refused "numbers" \
    "numbers.yaml:4:28: invoice \"inv-7\" and \"INV/7\" would have file names that differ only by case (\"inv-7\", \"INV-7\")
numbers.yaml:5:28: number is too long for a file name: 230 bytes, at most 120" numbers.yaml

# 3. Control characters of the data: import errors, status (table and JSON), unknown customers.
{ echo "customers:"
  echo "  - { id: C3, name: \"\\e[2JEvil\\u202eKO\\u009b1m\", email: e@example.com, language: \"\\e[31mde\","
  echo "      success_packs: [{ name: \"Pack\\u009b2J\\x7f\", purchased: 2026-01-01, hours: 5, used: 1 }] }"; } > ctl.yaml
refused "an import error quoting a control character" \
    'ctl.yaml:2:82: language must be one of en | fr, not "\x1b[31mde"' ctl.yaml
no_raw_controls "import error" out.txt
sed -i 's/language: "\\e\[31mde"/language: en/' ctl.yaml
run import --db db ctl.yaml 2> out.txt
[[ $status == 0 ]] || fail "ctl.yaml: exit $status: $(cat out.txt)"
"$PORTALGEN" status --db db --as-of 2026-11-23 --customer C3 > table.txt
no_raw_controls "status table" table.txt
grep -qF 'C3  \x1b[2JEvil\u202eKO\u009b1m  (en, CAD)' table.txt ||
    problem "status table: the name is not shown escaped: $(cat -v table.txt)"
"$PORTALGEN" status --db db --as-of 2026-11-23 --customer C3 --format json > status.json
no_raw_controls "status json" status.json
# Valid JSON, which reads back as the data: the escapes are JSON's own.
python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))["customers"][0]["documents"][0]
assert d["number"] == "Pack\u009b2J\x7f", d' status.json ||
    problem "status json: not the data as valid JSON: $(cat -v status.json)"
run status --db db --customer "${esc}[31mX" > out.txt 2>&1
[[ $status == 1 ]] || problem "unknown customer: exit $status"
grep -qxF 'portalgen: unknown customer "\x1b[31mX"' out.txt || problem "unknown customer: $(cat -v out.txt)"
no_raw_controls "unknown customer" out.txt

# 4. A company's new currency checked on its stored customers: 0.50 CAD paid cannot be JPY.
company JPY > jpy.yaml
refused "a currency that stored amounts no longer fit" \
    'jpy.yaml:4:13: customer "C1" (in the database, not in this import) no longer fits the new settings of company "Names Inc.": invoices.0.payments.0.amount: more decimals than the currency has' \
    jpy.yaml

# 5. Manifest cells a spreadsheet would evaluate: written with a leading ', verified as written.
{ echo "customers:"
  echo "  - { id: \"-5\", name: Formula, email: f@example.com, language: en,"
  echo "      invoices: [{ number: '=HYPERLINK(\"http://evil.example\",\"x\")', date: 2026-01-01, state: posted,"
  echo "                   lines: [{ product: P, quantity: 1, unit_price: 10 }] },"
  echo "                 { number: \"@x\", date: 2026-01-02, state: posted },"
  echo "                 { number: \"+1\", date: 2026-01-03, state: posted }] }"; } > formula.yaml
run import --db db formula.yaml 2> out.txt
[[ $status == 0 ]] || fail "formula.yaml: exit $status: $(cat out.txt)"
run build --db db --out out --as-of 2026-11-23 --customer=-5 2> build.log
[[ $status == 0 ]] || fail "build: exit $status: $(tail -c 600 build.log)"
for cells in "'-5,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",invoice," "'-5,'@x,invoice," \
             "'-5,'+1,invoice,"; do
    grep -qF -- "$cells" out/archive/manifest.csv || problem "manifest: no row starting $cells"
done
if grep -q '^[-=+@]' out/archive/manifest.csv; then problem "manifest: a cell starts with a formula"; fi
run verify --out out > verify.txt 2>&1
[[ $status == 0 ]] || problem "verify of a quoted manifest: exit $status: $(cat verify.txt)"
# The manifest as an older portalgen wrote it (no quote marks) verifies too.
sed -i "s/^'-5,'/-5,/; s/^'-5,\"'/-5,\"/" out/archive/manifest.csv
run verify --out out > verify.txt 2>&1
[[ $status == 0 ]] || problem "verify of an unquoted manifest: exit $status: $(cat verify.txt)"

# 6. A SQLite input's error names the real rowid, beyond 2^31.
cp db input.db
sqlite3 input.db "UPDATE customers SET rowid = 5000000000, language = 'de' WHERE id = 'C1'"
refused "a rowid above 2^31" \
    'input.db:customers:5000000000:6: language must be one of en | fr, not "de"' input.db
rm input.db

# 7. Dates near 9999-12-31: a due date past it is refused; data up to it computes valid dates.
{ echo "customers:"
  echo "  - { id: Z1, name: Z, email: z@example.com, language: en,"
  echo "      invoices: [{ number: I1, date: 9999-12-15, state: posted }] }"; } > late.yaml
refused "a due date after 9999-12-31" \
    "late.yaml:3:38: the due date (date + the company's payment_terms_days, 30) would be after 9999-12-31: give a due date" \
    late.yaml
{ echo "customers:"
  echo "  - { id: Z2, name: Z, email: z@example.com, language: en,"
  echo "      payment_methods: [{ id: card-1, brand: visa, last4: \"4242\", expires: 2020-01 }],"
  echo "      invoices: [{ number: I1, date: 9999-12-01, state: posted,"
  echo "                   lines: [{ product: P, quantity: 1, unit_price: 10 }] }],"
  echo "      subscriptions: [{ number: S1, plan: P, start: 2026-01-01, next_invoice: 9999-12-24,"
  echo "                        period: year, payment_method: card-1, state: open }] }"; } > edge.yaml
run import --db db edge.yaml 2> out.txt
[[ $status == 0 ]] || fail "edge.yaml: exit $status: $(cat out.txt)"
for as_of in 9999-12-24 9999-12-31; do
    run status --db db --as-of $as_of --customer Z2 --format json > edge.json 2> out.txt
    [[ $status == 0 ]] || problem "status as of $as_of: exit $status: $(cat out.txt)"
    python3 - edge.json <<'PY' || problem "status as of $as_of: $(cat edge.json)"
import json, re, sys
docs = json.load(open(sys.argv[1]))["customers"][0]["documents"]
dates = [v for d in docs for k, v in d.items() if k in ("due", "deadline", "closed_on", "next_invoice")]
assert dates and all(re.fullmatch(r"\d{4}-\d\d-\d\d", d) and d <= "9999-12-31" for d in dates), dates
PY
done
finish
