#!/usr/bin/env bash
# Mail header injection (SPEC 6 "Outbox", SPEC 7): no data can add a header or a MIME part to an
# outbox message. An e-mail address or URL with a line break, white space, a list or a scheme not
# allowed is refused at import (exit 3, FILE:LINE:COL, nothing imported), from YAML and from
# SQLite; names and subjects with line breaks, encoded-word look-alikes, 2,000 characters or
# non-ASCII text give messages that Python's email parser (policy default) reads without a defect,
# with one From, To and Subject, no Bcc or Cc, the customer's own address, lines of at most 998.
source "$(dirname "$0")/lib.sh"

company() {  # company(EMAIL, PORTAL_URL, SUPPORT): a YAML company part, 10 lines
  cat <<YAML
company:
  name: "Names\r\nBcc: company@evil.example"
  email: $1
  portal_url: $2
  website: https://www.test.example/
  currency: EUR
  actions:
    support: $3
    pay_invoice: https://pay.test.example/i/{number}
customers:
YAML
}
good_company() { company billing@test.example https://portal.test.example/ "mailto:help@test.example?subject={customer}"; }

# 1. Refused at import: each hostile field at its line and column; no database is left behind.
refused() {  # refused(NAME, EXPECTED-POSITION-AND-MESSAGE, YAML...)
  local name=$1 expected=$2
  shift 2
  printf '%s\n' "$@" > "$SCRATCH/$name.yaml"
  run import --db "$SCRATCH/$name.db" "$SCRATCH/$name.yaml" 2> "$SCRATCH/$name.log"
  [[ $status == 3 ]] || problem "$name: exit $status, expected 3"
  grep -qxF "$SCRATCH/$name.yaml:$expected" "$SCRATCH/$name.log" ||
    problem "$name: no \"$expected\" in: $(cat "$SCRATCH/$name.log")"
  [[ ! -e "$SCRATCH/$name.db" ]] ||
    [[ $(sqlite3 "$SCRATCH/$name.db" "SELECT count(*) FROM customers" 2>/dev/null || echo 0) == 0 ]] ||
    problem "$name: customers were imported"
}
one="(one address, like name@example.com)"
customer_line='  - { id: C1, name: M, email: "m@example.com\r\nBcc: evil@example.com", language: en }'
# "  - { id: C1, name: M, email: " is 30 characters: the value starts at column 31.
refused customer_crlf "11:31: email contains a line break (U+000D) $one" \
  "$(good_company)" "$customer_line"
refused customer_lf "11:31: email contains a line break (U+000A) $one" \
  "$(good_company)" '  - { id: C1, name: M, email: "m@example.com\nBcc: evil@example.com", language: en }'
refused customer_list "11:31: email holds more than one address $one" \
  "$(good_company)" '  - { id: C1, name: M, email: "m@example.com,evil@example.com", language: en }'
refused customer_name_addr "11:31: email is not a plain address: no name, quotes, brackets or comments $one" \
  "$(good_company)" '  - { id: C1, name: M, email: "Eve<evil@example.com>", language: en }'
refused company_email "3:10: email contains a line break (U+000A) $one" \
  "$(company '"billing@test.example\nBcc: evil@example.com"' https://portal.test.example/ https://s.test.example/)" \
  '  - { id: C1, name: M, email: m@example.com, language: en }'
refused portal_url "4:15: portal_url contains a line break (U+000D)" \
  "$(company billing@test.example '"https://portal.test.example/\r\nBcc: evil@example.com"' https://s.test.example/)" \
  '  - { id: C1, name: M, email: m@example.com, language: en }'
refused portal_url_space "4:15: portal_url contains white space or an invisible character (U+0020)" \
  "$(company billing@test.example '"https://portal.test.example/ x"' https://s.test.example/)" \
  '  - { id: C1, name: M, email: m@example.com, language: en }'
refused action_javascript "8:14: a link template must start with https://, http://, mailto: or tel:" \
  "$(company billing@test.example https://portal.test.example/ '"javascript:alert(1)//{customer}"')" \
  '  - { id: C1, name: M, email: m@example.com, language: en }'
refused action_mailto_lf "8:14: a link template contains a line break (U+000A)" \
  "$(company billing@test.example https://portal.test.example/ '"mailto:help@test.example\nBcc: evil@example.com"')" \
  '  - { id: C1, name: M, email: m@example.com, language: en }'

# The same from a SQLite input: a database made by portalgen, its e-mail then edited.
printf '%s\n' "$(good_company)" '  - { id: C1, name: M, email: m@example.com, language: en }' \
  > "$SCRATCH/plain.yaml"
"$PORTALGEN" import --db "$SCRATCH/source.db" "$SCRATCH/plain.yaml" 2>/dev/null
sqlite3 "$SCRATCH/source.db" \
  "UPDATE customers SET email = 'm@example.com' || char(13, 10) || 'Bcc: evil@example.com'"
rowid=$(sqlite3 "$SCRATCH/source.db" "SELECT rowid FROM customers WHERE id = 'C1'")
run import --db "$SCRATCH/from-sqlite.db" "$SCRATCH/source.db" 2> "$SCRATCH/sqlite.log"
[[ $status == 3 ]] || problem "sqlite input: exit $status, expected 3"
# customers.email is the 5th column of data/schema.sql.
grep -qxF "$SCRATCH/source.db:customers:$rowid:5: email contains a line break (U+000D) $one" \
  "$SCRATCH/sqlite.log" || problem "sqlite input: $(cat "$SCRATCH/sqlite.log")"

# 2. Hostile names and subjects: imported, built, and every message parses as one message.
/usr/bin/python3 - "$SCRATCH/names.yaml" "$SCRATCH/expected.json" <<'PY'
import json, sys
names = {
    "CRLF": "Eve\r\nBcc: evil@example.com",
    "LF": "Eve\nSubject: forged\n\n<html>forged</html>",
    "CR": "Eve\rCc: evil@example.com",
    "WORDQ": "=?utf-8?q?a=0D=0ABcc:_evil@example.com?=",
    "WORDB": "=?UTF-8?B?YQ0KQmNjOiBldmlsQGV4YW1wbGUuY29t?=",
    "LONG": "N" * 2000,
    "LONGWORDS": " ".join(["Ελένη"] * 300),
    "GREEK": "Ελένη Παπαδοπούλου",
    "JAPANESE": "渡辺 健二\r\nBcc: evil@example.com",
    "SPECIALS": "Smith, \"Jo\" (the <boss>) \\ ;:@",
    "TAB": "Eve\tBcc: evil@example.com",
}
out = open(sys.argv[1], "w", encoding="utf-8")
out.write("""company:
  name: "Names Inc.\\r\\nBcc: company@evil.example =?utf-8?q?=0D=0ACc:_x@evil.example?="
  email: billing@test.example
  portal_url: https://portal.test.example/
  currency: EUR
customers:
""")
expected = {}
for i, (key, name) in enumerate(names.items()):
    address = f"{key.lower()}.{i}@example.com"
    expected[key] = address
    out.write(f"  - {{ id: {key}, name: {json.dumps(name)}, email: {address}, language: {'en' if i % 2 else 'fr'} }}\n")
json.dump(expected, open(sys.argv[2], "w"))
PY
"$PORTALGEN" import --db "$SCRATCH/names.db" "$SCRATCH/names.yaml" 2> "$SCRATCH/names.log" ||
  fail "import of hostile names: $(cat "$SCRATCH/names.log")"
"$PORTALGEN" build --db "$SCRATCH/names.db" --out "$SCRATCH/out" --as-of 2026-11-23 --jobs 2 \
  2> "$SCRATCH/build.log" || fail "build: $(tail -c 600 "$SCRATCH/build.log")"

/usr/bin/python3 - "$SCRATCH/out" "$SCRATCH/expected.json" <<'PY' || problem "messages: see above"
import email, email.policy, glob, json, os, sys
out, expected = sys.argv[1], json.load(open(sys.argv[2]))
problems = []
paths = sorted(glob.glob(os.path.join(out, "outbox", "*", "*.eml")))
if sorted(os.path.basename(p)[:-4] for p in paths) != sorted(expected):
    problems.append(f"messages {[os.path.basename(p) for p in paths]}, expected one per customer")
for path in paths:
    cid, raw = os.path.basename(path)[:-4], open(path, "rb").read()
    def bad(what):
        problems.append(f"{cid}: {what}")
    for line in raw.split(b"\r\n"):
        if len(line) > 998:
            bad(f"a line of {len(line)} bytes")
        if b"\r" in line or b"\n" in line:
            bad("a bare CR or LF")
    m = email.message_from_bytes(raw, policy=email.policy.default)
    if m.defects:
        bad(f"defects {m.defects}")
    keys = [k.lower() for k in m.keys()]
    for name in ("from", "to", "subject", "date", "message-id"):
        if keys.count(name) != 1:
            bad(f"{keys.count(name)} {name} headers")
    for name in ("bcc", "cc", "resent-to", "resent-bcc"):
        if name in keys:
            bad(f"a {name} header")
    try:
        headers = [(k, m[k]) for k in m.keys()]  # an encoded line break in an address raises
        to = m["To"].addresses
    except Exception as e:
        bad(f"headers Python cannot read: {e}")
        continue
    for k, value in headers:
        if getattr(value, "defects", None):
            bad(f"{k}: defects {value.defects}")
        if "\r" in str(value) or "\n" in str(value):
            bad(f"{k}: a line break in the decoded value {str(value)!r}")
    if [a.addr_spec for a in to] != [expected[cid]]:
        bad(f"To {[a.addr_spec for a in to]}, expected {expected[cid]}")
    if [a.addr_spec for a in m["From"].addresses] != ["billing@test.example"]:
        bad(f"From {m['From']}")
    parts = [p.get_content_type() for p in m.walk()]
    if parts != ["multipart/alternative", "text/plain", "text/html"]:
        bad(f"parts {parts}")
    if "=?" in to[0].display_name and "\u2060" not in to[0].display_name:
        bad(f"an encoded word decoded twice: {to[0].display_name!r}")
for p in problems[:40]:
    print("mail:", p)
sys.exit(1 if problems else 0)
PY
finish
