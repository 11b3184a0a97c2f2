#!/usr/bin/env bash
# Security (SPEC section 7): no page, PDF or message of one customer holds another customer's
# data, and the site has no index of customers; link tokens are distinct and look random; nothing
# is written outside --out, even through a symbolic link planted inside it; every data field is
# escaped in every template.
source "$(dirname "$0")/lib.sh"
command -v pdftotext > /dev/null || fail "pdftotext is not installed (poppler-utils)"
db=$SCRATCH/portal.db
out=$SCRATCH/out
"$PORTALGEN" import --db "$db" samples/*.yaml 2>/dev/null
"$PORTALGEN" status --db "$db" --as-of 2026-11-23 --format json > "$SCRATCH/status.json"
run build --db "$db" --out "$out" --as-of 2026-11-23 2> "$SCRATCH/build.log"
[[ $status == 0 ]] || fail "build: exit $status: $(tail -c 600 "$SCRATCH/build.log")"

# One customer's data in no other customer's files. For each customer: the names, e-mail, address
# lines, document numbers, ticket subjects and amounts (totals and amounts due not in whole units,
# as en and fr locales write them) that are in no other customer's record. None may be in any page,
# PDF (its text) or outbox message (decoded) of another customer; each is in the customer's own.
/usr/bin/python3 - "$out" "$SCRATCH/status.json" samples/*.yaml > "$SCRATCH/leaks.txt" <<'PY' ||
import email, email.policy, glob, html, json, os, re, subprocess, sys, tempfile, yaml, zipfile
out, status_path, samples = sys.argv[1], sys.argv[2], sys.argv[3:]
status = {c["id"]: c for c in json.load(open(status_path))["customers"]}
records = {}
for path in samples:
    for c in yaml.safe_load(open(path, encoding="utf-8")).get("customers") or []:
        records[c["id"]] = c

def strings(value):
    if isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)
    elif value is not None:
        yield str(value)

def words(text):  # every run of spaces (no-break ones too) as one space
    return re.sub(r"\s+", " ", text)

def spellings(amount):  # "1234.56" as 1234.56, 1,234.56, 1 234,56 ...
    whole, _, cents = amount.partition(".")
    grouped = re.sub(r"\B(?=(\d{3})+$)", "|", whole)
    if not cents:  # yen
        return {grouped.replace("|", sep) for sep in ("", ",", " ", ".")}
    return {grouped.replace("|", sep) + point + cents
            for sep in ("", ",", " ", ".") for point in (".", ",") if sep != point}

def find(text, needle):  # as a whole: not inside a longer word or number ("1001" of "C1001")
    at = text.find(needle)
    while at >= 0:
        end = at + len(needle)
        before, after = text[max(at - 2, 0):at], text[end:end + 2]
        in_word = before[-1:].isalnum() or after[:1].isalnum()
        in_number = (before[-1:] in (".", ",") and before[:1].isdigit()) or (
            after[:1] in (".", ",") and after[1:].isdigit())
        if not in_word and not in_number:
            return True
        at = text.find(needle, at + 1)
    return False

def needles(cid):
    c = records[cid]
    found = [c["name"], c["email"]] + ([c["company"]] if c.get("company") else [])
    address = c.get("address") or []
    if isinstance(address, dict):  # structured (SPEC 1b): its street lines
        address = address.get("lines") or []
    found += [line for line in address if len(line) >= 6]
    for kind in ("quotations", "orders", "invoices", "subscriptions"):
        found += [str(d["number"]) for d in c.get(kind) or []]
    found += [str(t["subject"]) for t in c.get("tickets") or []]
    amounts = {d[k] for d in status[cid]["documents"] for k in ("total", "amount_due")
               if d.get(k) and not d[k].endswith(".00") and float(d[k]) >= 10}
    return [words(n) for n in found], amounts

def text_of(path):
    if path.endswith(".pdf"):
        return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True,
                              check=True, text=True).stdout
    if path.endswith(".zip"):  # a yearly bundle: the text of each PDF in it
        texts = []
        with zipfile.ZipFile(path) as bundle, tempfile.TemporaryDirectory() as folder:
            for name in bundle.namelist():
                texts.append(text_of(bundle.extract(name, folder)))
        return "\n".join(texts)
    if path.endswith(".eml"):
        m = email.message_from_bytes(open(path, "rb").read(), policy=email.policy.default)
        return "\n".join([str(m["To"]), str(m["Subject"])] +
                         [html.unescape(part.get_content()) for part in m.walk()
                          if part.get_content_maintype() == "text"])
    if path.endswith((".css", ".js")):
        return ""  # the stylesheet and script: the same in every portal, they hold no data
    return html.unescape(open(path, encoding="utf-8").read())

def files_of(cid):
    token = status[cid]["portal"].split("/")[1]
    paths = glob.glob(os.path.join(out, "site", token, "**", "*.*"), recursive=True)
    paths += glob.glob(os.path.join(out, "archive", "*", cid, "*.pdf"))
    paths += glob.glob(os.path.join(out, "outbox", "*", cid + ".eml"))
    paths += glob.glob(os.path.join(out, "outbox", "*", cid + "+*.eml"))  # its reminders
    return {p: words(text_of(p)) for p in paths}

ids = sorted(records)
files = {cid: files_of(cid) for cid in ids}
joined = {cid: "\n".join(texts.values()) for cid, texts in files.items()}
problems = []
for cid in ids:
    others = "\n".join(words(t) for o in ids if o != cid for t in strings(records[o]))
    others += "\n" + "\n".join(str(v) for o in ids if o != cid for d in status[o]["documents"]
                                for v in d.values())
    found, amounts = needles(cid)
    unique = [n for n in found if n not in others]
    unique += [s for a in amounts if not any(find(others, s) for s in spellings(a))
               for s in spellings(a)]
    own = {n for n in unique if find(joined[cid], n)}
    for a in amounts:
        if not own & spellings(a) and any(s in unique for s in spellings(a)):
            problems.append(f"{cid}: amount {a} is not in its own files")
    for n in found:
        if n in unique and n not in own:
            problems.append(f"{cid}: {n!r} is not in its own files")
    for other in ids:
        if other != cid:
            for n in unique:
                if find(joined[other], n):
                    where = [os.path.relpath(p, out) for p, t in files[other].items() if find(t, n)]
                    problems.append(f"{where[:3]} ({other}) hold {n!r} of {cid}")
for p in problems:
    print(p)
PY
  problem "the cross-customer check did not run"
[[ ! -s $SCRATCH/leaks.txt ]] || problem "data of one customer elsewhere: $(head -20 "$SCRATCH/leaks.txt")"

# The site has no index of customers: site/ holds one folder per token and nothing else.
tokens=$(/usr/bin/python3 -c 'import json,sys; [print(c["portal"].split("/")[1]) for c in json.load(open(sys.argv[1]))["customers"]]' "$SCRATCH/status.json" | sort)
[[ $(ls -A "$out/site" | sort) == "$tokens" ]] || problem "site/ holds more than the portals: $(ls -A "$out/site")"
[[ -z $(find "$out/site" -maxdepth 1 -type f) ]] || problem "files directly in site/"

# Link tokens: 2,000 synthetic customers get 2,000 distinct tokens of 24 URL-safe characters
# (144 bits). Every character is equally likely, overall and at each position (chi-square with
# 63 degrees of freedom below 150: a sound generator fails that about once in 10^8 tries), and
# the bits are half ones. The same customers imported again elsewhere get other tokens: they
# are not derived from the customer. (The customers' documents are left out: tokens do not
# depend on them, and the import is much faster.)
"$PORTALGEN" synth --customers 2000 --seed 11 |
  awk '/^customers:/ { c = 1 } c && (/^      / || /^    [a-z_]+:$/) { next } { print }' \
  > "$SCRATCH/synth.yaml"
"$PORTALGEN" import --db "$SCRATCH/synth.db" "$SCRATCH/synth.yaml" 2>/dev/null
"$PORTALGEN" import --db "$SCRATCH/synth2.db" "$SCRATCH/synth.yaml" 2>/dev/null
tokens_of() {
  "$PORTALGEN" status --db "$1" --as-of 2026-11-23 --format json |
    /usr/bin/python3 -c 'import json,sys; [print(c["id"], c["portal"].split("/")[1]) for c in json.load(sys.stdin)["customers"]]'
}
tokens_of "$SCRATCH/synth.db" > "$SCRATCH/tokens.txt"
tokens_of "$SCRATCH/synth2.db" > "$SCRATCH/tokens2.txt"
/usr/bin/python3 - "$SCRATCH/tokens.txt" "$SCRATCH/tokens2.txt" <<'PY' || problem "tokens: see above"
import base64, collections, re, sys
first = dict(line.split() for line in open(sys.argv[1]))
second = dict(line.split() for line in open(sys.argv[2]))
tokens = list(first.values())
alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
problems = []
if len(tokens) != 2000:
    problems.append(f"{len(tokens)} tokens for 2000 customers")
if len(set(tokens)) != len(tokens):
    problems.append("tokens are not all distinct")
bad = [t for t in tokens if not re.fullmatch(r"[A-Za-z0-9_-]{24}", t)]
if bad:
    problems.append(f"not 24 URL-safe characters: {bad[:3]}")
def chi_square(chars):
    counts = collections.Counter(chars)
    expected = len(chars) / len(alphabet)
    return sum((counts.get(a, 0) - expected) ** 2 / expected for a in alphabet)
overall = chi_square("".join(tokens))
if overall > 150:
    problems.append(f"characters are not uniform: chi-square {overall:.0f}")
for i in range(24):
    at = chi_square([t[i] for t in tokens if len(t) > i])
    if at > 150:
        problems.append(f"characters at position {i} are not uniform: chi-square {at:.0f}")
bits = "".join(f"{b:08b}" for t in tokens if not re.search(r"[^A-Za-z0-9_-]", t)
               for b in base64.urlsafe_b64decode(t + "=" * (-len(t) % 4)))
ones = bits.count("1") / max(len(bits), 1)
if abs(ones - 0.5) > 0.005:  # 288,000 bits: 0.5 ± 0.0009 is one standard deviation
    problems.append(f"{ones:.4f} of the bits are ones")
same = [c for c in first if first[c] == second.get(c)]
if same:
    problems.append(f"the same token for {len(same)} customers in two databases: {same[:3]}")
for p in problems:
    print("tokens:", p)
sys.exit(1 if problems else 0)
PY

# Nothing written outside --out through a symbolic link put in place of a folder inside it: a
# customer's folder, another customer's language folder, the report, a day of the outbox (in one
# build); a year of the archive; site/ itself. Each build (as of a later day, so there is much to
# write) fails naming each link, and the folders they point to are left exactly as they were.
cp -a "$out" "$SCRATCH/pristine-out"
cp "$db" "$SCRATCH/pristine.db"
listing() { (cd "$1" && find . -print0 | sort -z | xargs -0 stat -c '%n %s %Y'); }
linked() {  # linked FOLDER... (relative to OUT): replace each with a link to a folder outside OUT
  rm -rf "$out" "$SCRATCH/outside" && cp -a "$SCRATCH/pristine-out" "$out"
  cp "$SCRATCH/pristine.db" "$db"
  local folder n=0
  for folder in "$@"; do
    mkdir -p "$SCRATCH/outside/$n/kept"
    echo "not portalgen's" > "$SCRATCH/outside/$n/kept/file.txt"
    rm -rf "${out:?}/$folder"
    mkdir -p "$(dirname "$out/$folder")"
    ln -s "$SCRATCH/outside/$n" "$out/$folder"
    n=$((n + 1))
  done
  listing "$SCRATCH/outside" > "$SCRATCH/outside.before"
  run build --db "$db" --out "$out" --as-of 2026-12-31 2> "$SCRATCH/linked.log"
  [[ $status != 0 ]] || problem "links at $*: exit 0"
  for folder in "$@"; do
    grep -qF "$out/$folder is a symbolic link (nothing is written outside $out)" "$SCRATCH/linked.log" ||
      problem "link at $folder: no message naming it: $(grep -v '/s, ' "$SCRATCH/linked.log" | head -c 400)"
  done
  diff <(listing "$SCRATCH/outside") "$SCRATCH/outside.before" > "$SCRATCH/outside.diff" ||
    problem "links at $*: written outside OUT: $(head -c 600 "$SCRATCH/outside.diff")"
}
first=$(sed -n 1p <<< "$tokens")
second=$(sed -n 2p <<< "$tokens")
linked "site/$first" "site/$second/fr" report outbox/2026-12-31
linked archive/2026
linked site

# Every data field escaped in every template: a company and two customers (English and French)
# whose every text field is <b id=x>"'& followed by a marker naming it. No page, report or HTML
# part of a message holds the raw tag; each marker is there, only ever after the escaped text
# (&lt;b id=x&gt;&quot;&apos;&amp;), the slug of a file name (-b-id-x----) or the URL-encoded text
# (%3Cb%20id%3Dx%3E%22%27%26); the website, a URL, holds no space (&lt;b%20id=x&gt;...). The PDFs
# show the text as it is. A link template that is not http(s), mailto or tel (javascript:) is
# refused at import (test_mail_headers.sh). A name with a line break does not add a header to a
# message: the break is a space in the display name.
/usr/bin/python3 - > "$SCRATCH/hostile.yaml" <<'PY'
H = "<b id=x>\"'&"
count = [0]
def v(name, extra=""):
    count[0] += 1
    text = H + "Zq%02d%s" % (count[0], name) + extra
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\r", "\\r").replace("\n", "\\n") + '"'
print(f"""company:
  name: {v('coname')}
  address: [{v('coaddr1')}, {v('coaddr2')}]
  email: billing@test.example
  phone: {v('phone')}
  website: {v('website').replace('"<', '"https://www.test.example/<', 1).replace(' ', '%20')}
  portal_url: https://portal.test.example/
  tax_ids:
    - {{ label: {{ en: {v('taxlabelen')}, fr: {v('taxlabelfr')} }}, value: {v('taxid')} }}
  currency: EUR
  locale: {{ en: en-IE, fr: fr-FR }}
  payment_terms_days: 30
  grace_days: 7
  legal_notice: {{ en: {v('legalen')}, fr: {v('legalfr')} }}
  actions:
    accept_quotation: https://pay.test.example/q/{{number}}/accept
    reject_quotation: "mailto:sales@test.example?subject={{number}}"
    pay_invoice: https://pay.test.example/i/{{number}}
    change_payment_method: https://pay.test.example/c/{{customer}}/methods
    support: https://support.test.example/{{customer}}
    delete_account: "mailto:privacy@test.example?subject={{customer}}"
taxes:
  - {{ code: T20, name: {{ en: {v('taxnameen')}, fr: {v('taxnamefr')} }}, rate: "20" }}
customers:""")
for lang in ("en", "fr"):
    L = lang.upper()
    subscription = v('sub' + L)
    print(f"""  - id: X{L}
    name: {v('name' + L, chr(13) + chr(10) + 'Bcc: evil@example.com')}
    company: {v('company' + L)}
    email: x{lang}@example.com
    language: {lang}
    address: [{v('addr1' + L)}, {v('addr2' + L)}]
    payment_methods:
      - {{ id: card, brand: {v('brand' + L)}, last4: "4242", expires: 2030-01 }}
    quotations:
      - number: {v('quote' + L)}
        date: 2026-11-01
        valid_until: 2026-12-30
        state: sent
        lines:
          - {{ product: {v('qprod' + L)}, description: {v('qdesc' + L)}, quantity: 1, unit_price: "10.00", taxes: [T20] }}
    orders:
      - number: {v('order' + L)}
        date: 2026-11-02
        state: confirmed
        lines:
          - {{ product: {v('oprod' + L)}, description: {v('odesc' + L)}, quantity: 1, unit_price: "10.00", taxes: [T20] }}
    invoices:
      - number: {v('inv' + L)}
        date: 2026-10-01
        subscription: {subscription}
        state: posted
        lines:
          - {{ product: {v('iprod' + L)}, description: {v('idesc' + L)}, quantity: 1, unit_price: "10.00", taxes: [T20] }}
        payments:
          - {{ date: 2026-10-05, amount: "5.00", method: card }}
    subscriptions:
      - number: {subscription}
        plan: {v('plan' + L)}
        start: 2025-11-01
        next_invoice: 2026-11-20
        period: month
        payment_method: card
        state: open
        lines:
          - {{ product: {v('sprod' + L)}, description: {v('sdesc' + L)}, quantity: 1, unit_price: "10.00", taxes: [T20] }}
    tickets:
      - ref: {v('ref' + L)}
        subject: {v('subject' + L)}
        opened: 2026-11-10T14:03:00Z
        status: in_progress
        messages:
          - {{ at: 2026-11-10T14:03:00Z, from: customer, author: {v('author' + L)}, body: {v('body' + L, chr(10) + 'second line')} }}
          - {{ at: 2026-11-10T15:03:00Z, from: agent, author: {v('agent' + L)}, body: {v('reply' + L)} }}
    success_packs:
      - {{ name: {v('pack' + L)}, purchased: 2026-01-15, hours: 25, used: "10.5" }}""")
PY
"$PORTALGEN" import --db "$SCRATCH/hostile.db" "$SCRATCH/hostile.yaml" 2> "$SCRATCH/hostile.log" ||
  fail "the hostile data was not imported: $(cat "$SCRATCH/hostile.log")"
"$PORTALGEN" build --db "$SCRATCH/hostile.db" --out "$SCRATCH/hostile" --as-of 2026-11-23 \
  2> "$SCRATCH/hostile.log" || fail "build of the hostile data: $(tail -c 600 "$SCRATCH/hostile.log")"
/usr/bin/python3 - "$SCRATCH/hostile" "$SCRATCH/hostile.yaml" <<'PY' || problem "escaping: see above"
import email, email.header, email.policy, glob, os, re, subprocess, sys
out, source = sys.argv[1], open(sys.argv[2], encoding="utf-8").read()
markers = sorted(set(re.findall(r"Zq\d\d[A-Za-z0-9]+", source)))
allowed = ("&lt;b id=x&gt;&quot;&apos;&amp;", "-b-id-x----", "%3Cb%20id%3Dx%3E%22%27%26",
           "&lt;b%20id=x&gt;&quot;&apos;&amp;")
problems, seen = [], set()
def check_html(name, text):
    if "<b id=x>" in text:
        problems.append(f"{name}: the raw tag <b id=x>")
    if re.search(r"(?i)javascript:", text):
        problems.append(f"{name}: a javascript: link")
    for m in re.finditer(r"Zq\d\d[A-Za-z0-9]+", text):
        before = text[:m.start()]
        if not before.endswith(allowed):
            problems.append(f"{name}: {m.group()} after {before[-30:]!r}")
        elif before.endswith((allowed[0], allowed[3])):
            seen.add(m.group())
pages = glob.glob(os.path.join(out, "site", "**", "*.html"), recursive=True)
pages += glob.glob(os.path.join(out, "report", "**", "*.html"), recursive=True)
for p in pages:
    check_html(os.path.relpath(p, out), open(p, encoding="utf-8").read())
messages = glob.glob(os.path.join(out, "outbox", "*", "*.eml"))
# Per customer: its new portal, and the reminder of its invoice, overdue since 2026-10-31.
names = sorted(os.path.basename(p) for p in messages)
if [n for n in names if "+" not in n] != ["XEN.eml", "XFR.eml"] or \
        [n.split("+")[:2] for n in names if "+" in n] != [["XEN", "after_due"], ["XFR", "after_due"]]:
    problems.append(f"outbox messages {names}, expected XEN.eml, XFR.eml and a reminder each")
for p in messages:
    m = email.message_from_bytes(open(p, "rb").read(), policy=email.policy.default)
    name = os.path.relpath(p, out)
    if sorted(m.keys()) != sorted(["From", "To", "Reply-To", "Subject", "Date", "Message-ID",
                                   "Content-Language", "Auto-Submitted", "MIME-Version",
                                   "Content-Type"]):
        problems.append(f"{name}: headers {m.keys()}")
    to = [(a.display_name, a.addr_spec) for a in m["To"].addresses]
    if len(to) != 1 or not re.fullmatch(r"<b id=x>\"'&Zq\d\dname(EN|FR) Bcc: evil@example.com",
                                        to[0][0]) or to[0][1] not in ("xen@example.com",
                                                                      "xfr@example.com"):
        problems.append(f"{name}: To is not the whole name and the address: {to!r}")
    for part in m.walk():
        if part.get_content_type() == "text/html":
            check_html(name, part.get_payload(decode=True).decode("utf-8"))
pdf_text = ""
for p in glob.glob(os.path.join(out, "site", "*", "invoices", "*.pdf")):
    pdf_text += subprocess.run(["pdftotext", "-enc", "UTF-8", p, "-"], capture_output=True,
                               check=True, text=True).stdout
for marker in ("Zq09legalen", "Zq10legalfr"):
    if "<b id=x>\"'&" + marker not in pdf_text:
        problems.append(f"the PDFs do not show {marker} as text")
# Not shown in HTML: the legal notices (PDF only).
missing = [m for m in markers if m not in seen and m not in ("Zq09legalen", "Zq10legalfr")]
if missing:
    problems.append(f"markers never shown escaped in a page: {missing}")
for p in problems[:40]:
    print("escaping:", p)
sys.exit(1 if problems else 0)
PY
finish
