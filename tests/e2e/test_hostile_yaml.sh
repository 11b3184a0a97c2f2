#!/usr/bin/env bash
# Hostile YAML (SPEC sections 1 and 7): each file below is refused with FILE:LINE:COLUMN: message,
# exit 3 and the database left byte for byte as it was, within 10 s and 600 MB; a byte order mark
# and CRLF line endings are accepted.
source "$(dirname "$0")/lib.sh"
db=$SCRATCH/portal.db
"$PORTALGEN" import --db "$db" samples/odotrack.yaml 2>/dev/null   # one company: files may omit it
db_sum=$(sha256sum < "$db")
cp "$db" "$SCRATCH/pristine.db"
"$PORTALGEN" export --db "$db" > "$SCRATCH/before.yaml"
# Under AddressSanitizer, freed memory is held back for a while: keep that small, so the peak
# measured is the program's own.
export ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=16
limit_s=10 limit_mb=600

# Runs portalgen with the time limit: $status is its exit status (124 when stopped at the limit),
# $SCRATCH/err its standard error, $peak_mb its peak resident memory.
measure() {
  local report
  report=$(/usr/bin/python3 - "$SCRATCH/err" "$limit_s" "$PORTALGEN" "$@" <<'PY'
import resource, subprocess, sys
err, limit, command = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
try:
    with open(err, "w") as stderr:
        status = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=stderr,
                                timeout=limit).returncode
except subprocess.TimeoutExpired:
    status = 124
print(status, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)
PY
  )
  read -r status peak_mb <<< "$report"
}

# refused NAME [PATTERN]: imports $SCRATCH/NAME.yaml; it must be refused in bounds, its messages
# must be exactly $SCRATCH/NAME.expected (FILE standing for the file's path) or, with PATTERN, be
# FILE:LINE:COLUMN: lines the first of which matches PATTERN; the database must be unchanged.
refused() {
  local name=$1 pattern=${2:-} file=$SCRATCH/$1.yaml
  measure import --db "$db" "$file"
  if [[ $(sha256sum < "$db") != "$db_sum" ]]; then
    problem "$name: the database changed"
    cp "$SCRATCH/pristine.db" "$db"   # so that the next cases start from the same database
  fi
  if [[ $status == 124 ]]; then problem "$name: not refused within $limit_s s"; return; fi
  ((peak_mb <= limit_mb)) || problem "$name: used $peak_mb MB (limit $limit_mb MB)"
  if [[ $status != 3 ]]; then
    problem "$name: exit $status, expected 3: $(head -c 600 "$SCRATCH/err")"
    return
  fi
  local last first
  last=$(tail -n 1 "$SCRATCH/err")
  [[ $last == "portalgen: invalid input, nothing imported" ]] || problem "$name: last line: $last"
  if [[ -z $pattern ]]; then
    local expected
    expected=$(sed "s|FILE|$file|g" "$SCRATCH/$name.expected")
    [[ $(head -n -1 "$SCRATCH/err") == "$expected" ]] ||
      problem "$name: messages differ:$(diff <(echo "$expected") <(head -n -1 "$SCRATCH/err") | head -20)"
  else
    first=$(head -c 300 "$SCRATCH/err")
    first=${first%%$'\n'*}
    [[ $first =~ ^"$file":$pattern ]] || problem "$name: first message: $first"
    if grep -v -m 3 "^$file:[0-9]*:[0-9]*: " <(head -n -1 "$SCRATCH/err" | head -n 1000) > "$SCRATCH/odd"; then
      problem "$name: lines not in the form FILE:LINE:COLUMN: message: $(cat "$SCRATCH/odd")"
    fi
  fi
}

# A customer (lines 1-5) to which each case appends its hostile part, from line 6 on.
customer() {
  printf 'customers:\n  - id: H1\n    name: Hostile\n    email: h@example.com\n    language: en\n'
}
# A ticket whose first message has BODY (given as YAML), on line 12.
ticket() {
  customer
  printf '    tickets:\n      - ref: "1"\n        subject: S\n        opened: 2026-11-10T14:03:00Z\n'
  printf '        status: new\n        messages:\n'
  printf '          - { at: 2026-11-10T14:03:00Z, from: customer, author: A, body: %s }\n' "$1"
}

# Alias expansion ("billion laughs"): anchors and aliases are refused where they stand, before
# anything is expanded.
{
  printf 'a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n'
  for i in 1 2 3 4 5 6 7 8 9; do
    printf 'a%d: &a%d [*a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d]\n' \
      $i $i $((i - 1)) $((i - 1)) $((i - 1)) $((i - 1)) $((i - 1)) $((i - 1)) $((i - 1)) \
      $((i - 1)) $((i - 1))
  done
  printf 'customers: *a9\n'
} > "$SCRATCH/laughs.yaml"
refused laughs '1:5: anchors \(&name\) are not supported$'
grep -qxF "$SCRATCH/laughs.yaml:2:10: aliases (*name) are not supported: write the value out" \
  "$SCRATCH/err" || problem "laughs: the first alias is not reported"
[[ $(grep -c ': anchors (&name) are not supported$' "$SCRATCH/err") == 10 &&
   $(grep -c ': aliases (\*name) are not supported: write the value out$' "$SCRATCH/err") == 82 ]] ||
  problem "laughs: expected one message per anchor (10) and per alias (82)"

# Nesting thousands deep, in block style (5,000 levels) and flow style (100,000 levels on one
# line; 600 levels in an item of a customer's list): no stack overflow, and the position is
# that of the last list opened, where it gets too deep.
{
  echo 'customers:'
  for ((i = 1; i < 5000; i++)); do printf '%*s- \n' $i ''; done
} > "$SCRATCH/deep_block.yaml"
echo 'FILE:499:499: malformed YAML: nested too deeply (500 levels)' > "$SCRATCH/deep_block.expected"
refused deep_block
/usr/bin/python3 -c 'print("customers: " + "[" * 100000 + "]" * 100000)' > "$SCRATCH/deep_flow.yaml"
refused deep_flow '1:[0-9]+: malformed YAML: nested too deeply \(500 levels\)$'
{
  customer
  echo '    tickets:'
  /usr/bin/python3 -c 'print("      - " + "[" * 600 + "]" * 600)'
  echo '    success_packs: []'
} > "$SCRATCH/deep_flow_item.yaml"
refused deep_flow_item '7:[0-9]+: malformed YAML: nested too deeply \(500 levels\)$'
[[ $(head -n 1 "$SCRATCH/err") =~ :7:([0-9]+): ]] && ((BASH_REMATCH[1] <= 1209)) ||
  problem "deep_flow_item: the position is not on the line: $(head -n 1 "$SCRATCH/err")"

# A 100 MB single line: a ticket body, one plain scalar with no line break at all, and a flow
# list of customers. A line over 4 MiB is refused as soon as the limit is passed, before it is
# read whole. Each file is made here and removed after its case.
big=$((100 * 1024 * 1024))
# make_body FILE SIZE: a ticket whose body is SIZE letters, on line 12.
make_body() {
  ticket '"BODY"' > "$1"
  /usr/bin/python3 - "$1" "$2" <<'PY'
import sys
path, size = sys.argv[1], int(sys.argv[2])
text = open(path).read().replace('"BODY"', '"' + "x" * size + '"')
open(path, "w").write(text)
PY
}
make_body "$SCRATCH/huge_body.yaml" $big
echo 'FILE:12:1: line longer than 4 MiB: break it into several lines' > "$SCRATCH/huge_body.expected"
refused huge_body
rm "$SCRATCH/huge_body.yaml"
head -c $big /dev/zero | tr '\0' a > "$SCRATCH/huge_scalar.yaml"
echo 'FILE:1:1: line longer than 4 MiB: break it into several lines' > "$SCRATCH/huge_scalar.expected"
refused huge_scalar
rm "$SCRATCH/huge_scalar.yaml"
/usr/bin/python3 - "$SCRATCH/huge_flow.yaml" $big <<'PY'
import sys
item = "{id: H1, name: N, email: n@example.com, language: en}, "
with open(sys.argv[1], "w") as f:
    f.write("customers: [" + item * (int(sys.argv[2]) // len(item)) + "]\n")
PY
echo 'FILE:1:1: line longer than 4 MiB: break it into several lines' > "$SCRATCH/huge_flow.expected"
refused huge_flow
rm "$SCRATCH/huge_flow.yaml"
# Just under the line limit, a 3 MiB body is refused for its length.
make_body "$SCRATCH/body_3mib.yaml" $((3 * 1024 * 1024))
refused body_3mib '12:74: text longer than 10000 characters \(3145728 characters\)$'
rm "$SCRATCH/body_3mib.yaml"

# Invalid UTF-8 (a stray byte, an overlong form, a surrogate, a code point above U+10FFFF, a
# sequence cut by the end of the file): the column counts characters ("é" is one).
for bad in 'ff' 'c0af' 'eda080' 'f4908080'; do
  { customer; printf '    company: "H\xc3\xa9%b!"\n' "$(sed 's/../\\x&/g' <<< "$bad")"; } \
    > "$SCRATCH/utf8_$bad.yaml"
  echo 'FILE:6:17: invalid UTF-8' > "$SCRATCH/utf8_$bad.expected"
  refused "utf8_$bad"
done
{ customer; printf '    company: "abc\xc3'; } > "$SCRATCH/utf8_cut.yaml"
echo 'FILE:6:18: invalid UTF-8' > "$SCRATCH/utf8_cut.expected"
refused utf8_cut

# NUL: a NUL byte in the file, and one written as a YAML escape in a double-quoted string.
{ customer; printf '    company: "ab\0c"\n'; } > "$SCRATCH/nul.yaml"
echo 'FILE:6:17: NUL byte in the file' > "$SCRATCH/nul.expected"
refused nul
{ customer; printf '    company: "ab\\0c"\n'; } > "$SCRATCH/nul_escape.yaml"
refused nul_escape '6:14: '

# Numbers with a thousand digits (before or after the point): one message for each, none about
# the values they would have been compared with.
digits=$(printf '9%.0s' {1..1000})
ones=$(printf '1%.0s' {1..1000})
{
  customer
  cat <<YAML
    invoices:
      - number: I1
        date: 2026-01-01
        state: posted
        lines:
          - { product: P, quantity: $digits, unit_price: 0.$ones }
        payments:
          - { date: 2026-01-02, amount: "$digits" }
    success_packs:
      - { name: P, purchased: 2026-01-15, hours: $digits, used: "1" }
YAML
} > "$SCRATCH/digits.yaml"
cat > "$SCRATCH/digits.expected" <<'EOF'
FILE:11:37: quantity: number too large: "9999999999999999999999999999999999999999"
FILE:11:1051: unit_price: more than 6 decimals in "0.11111111111111111111111111111111111111"
FILE:13:41: amount: number too large: "9999999999999999999999999999999999999999"
FILE:15:50: hours: number too large: "9999999999999999999999999999999999999999"
EOF
refused digits

# Dates beyond year 9999 (a date, a month, a timestamp): one message for each, none about the
# dates they would have been compared with.
{
  customer
  cat <<'YAML'
    payment_methods:
      - { id: c, brand: visa, last4: "4242", expires: 99999-01 }
    invoices:
      - { number: I1, date: 99999-01-01, state: posted }
    subscriptions:
      - { number: S1, plan: P, start: 2026-01-01, next_invoice: 99999-12-31, period: month, state: open }
    tickets:
      - { ref: "1", subject: S, opened: 99999-01-01T00:00:00Z, status: new }
YAML
} > "$SCRATCH/dates.yaml"
cat > "$SCRATCH/dates.expected" <<'EOF'
FILE:7:55: expires must be a month YYYY-MM, not "99999-01"
FILE:9:29: date must be a real date YYYY-MM-DD, not "99999-01-01"
FILE:11:65: next_invoice must be a real date YYYY-MM-DD, not "99999-12-31"
FILE:13:41: opened must be an ISO 8601 timestamp with offset like 2026-11-10T14:03:00Z, not "99999-01-01T00:00:00Z"
EOF
refused dates

# A ticket message of 10,001 characters is refused, in ASCII as in two-byte characters.
ticket "$(printf 'x%.0s' {1..10001})" > "$SCRATCH/body_10001.yaml"
refused body_10001 '12:74: text longer than 10000 characters'
ticket "$(printf '\xc3\xa9%.0s' {1..10001})" > "$SCRATCH/body_10001_e.yaml"
refused body_10001_e '12:74: text longer than 10000 characters'

"$PORTALGEN" export --db "$db" | cmp -s - "$SCRATCH/before.yaml" || problem "the export changed"

# Exactly 10,000 characters are accepted, in ASCII as in two-byte characters ("é" x 10,000 is
# 20,000 bytes).
for body in x é; do
  cp "$db" "$SCRATCH/copy.db"
  ticket "$(printf "$body%.0s" {1..10000})" > "$SCRATCH/body_10000.yaml"
  run import --db "$SCRATCH/copy.db" "$SCRATCH/body_10000.yaml" 2> "$SCRATCH/err"
  [[ $status == 0 ]] || problem "10,000 characters of \"$body\": exit $status: $(head -c 300 "$SCRATCH/err")"
done

# A byte order mark and CRLF line endings: the samples so converted import to the same data, and
# an error in such a file is reported at the same line and column as without them.
strip_tokens() { sed 's#"portal":"site/[^"]*/"#"portal":"-"#g'; }
for f in samples/*.yaml; do
  { printf '\xef\xbb\xbf'; sed 's/$/\r/' "$f"; } > "$SCRATCH/crlf-$(basename "$f")"
done
run import --db "$SCRATCH/lf.db" samples/*.yaml 2> "$SCRATCH/err"
run import --db "$SCRATCH/crlf.db" "$SCRATCH"/crlf-*.yaml 2> "$SCRATCH/err"
if [[ $status != 0 ]]; then
  problem "BOM + CRLF: exit $status: $(head -c 600 "$SCRATCH/err")"
else
  diff <("$PORTALGEN" status --db "$SCRATCH/lf.db" --as-of 2026-11-23 --format json | strip_tokens) \
       <("$PORTALGEN" status --db "$SCRATCH/crlf.db" --as-of 2026-11-23 --format json | strip_tokens) \
       > /dev/null || problem "BOM + CRLF: the statuses differ"
  diff <("$PORTALGEN" export --db "$SCRATCH/lf.db") <("$PORTALGEN" export --db "$SCRATCH/crlf.db") \
       > /dev/null || problem "BOM + CRLF: the exports differ"
fi
{ printf '\xef\xbb\xbf'; sed 's/$/\r/' "$SCRATCH/dates.yaml"; } > "$SCRATCH/dates_crlf.yaml"
cp "$SCRATCH/dates.expected" "$SCRATCH/dates_crlf.expected"
refused dates_crlf
finish
