#!/usr/bin/env bash
# Reminders (SPEC 6 "Outbox"): the samples built on D, on D again, then on D+10. Which step of
# each invoice's and card's ladder is due is worked out here in Python from `status --format json`
# and the exported data (the default ladder, each step reached on its day, the latest one sent
# once, earlier ones never after it); each message is read back with Python's email package. A
# shard build writes, and records, only its own customers' reminders.
source "$(dirname "$0")/lib.sh"
db=$SCRATCH/portal.db
out=$SCRATCH/out

# A ladder that is not ascending is refused where it is written; a valid one survives export,
# from YAML and from SQLite input.
ladder() {  # ladder(REMINDERS-LINE): a company file
  printf '%s\n' "company:" "  name: Ladder Inc." "  email: billing@ladder.example" "  currency: EUR" "$1"
}
ladder "  reminders: { before_due: [7], after_due: [7, 1] }" > "$SCRATCH/bad.yaml"
run import --db "$SCRATCH/bad.db" "$SCRATCH/bad.yaml" 2> "$SCRATCH/bad.log"
[[ $status == 3 ]] || problem "a descending ladder: exit $status"
grep -qxF "$SCRATCH/bad.yaml:5:48: after_due steps must be in ascending order without repeats: 1 comes after 7" \
  "$SCRATCH/bad.log" || problem "a descending ladder: $(cat "$SCRATCH/bad.log")"
ladder "  reminders: { card_expiry: [400] }" > "$SCRATCH/far.yaml"
run import --db "$SCRATCH/far.db" "$SCRATCH/far.yaml" 2> "$SCRATCH/far.log"
grep -qxF "$SCRATCH/far.yaml:5:30: card_expiry steps must be whole numbers of days from 0 to 365, not 400" \
  "$SCRATCH/far.log" || problem "a step over 365: $(cat "$SCRATCH/far.log")"
ladder "  reminders: { before_due: [], after_due: [3, 10] }" > "$SCRATCH/good.yaml"
"$PORTALGEN" import --db "$SCRATCH/good.db" "$SCRATCH/good.yaml" 2>/dev/null || fail "a valid ladder"
"$PORTALGEN" export --db "$SCRATCH/good.db" > "$SCRATCH/good-export.yaml"
/usr/bin/python3 - "$SCRATCH/good-export.yaml" <<'PY' || problem "the ladder's export"
import sys, yaml
company = yaml.safe_load(open(sys.argv[1]))["company"]
assert company["reminders"] == {"before_due": [], "after_due": [3, 10], "card_expiry": [30]}, company
PY
"$PORTALGEN" import --db "$SCRATCH/again.db" "$SCRATCH/good.db" 2>/dev/null || fail "the ladder from SQLite"
[[ $(sqlite3 "$SCRATCH/again.db" "SELECT reminders_before_due || reminders_after_due || reminders_card_expiry FROM companies") == "[][3,10][30]" ]] ||
  problem "the ladder from SQLite: $(sqlite3 "$SCRATCH/again.db" "SELECT * FROM companies")"
sqlite3 "$SCRATCH/good.db" "UPDATE companies SET reminders_after_due = '[3,3]'"
run import --db "$SCRATCH/again2.db" "$SCRATCH/good.db" 2> "$SCRATCH/sqlite.log"
[[ $status == 3 ]] && grep -q "companies:1:[0-9]*: after_due steps must be in ascending order" "$SCRATCH/sqlite.log" ||
  problem "a repeated step from SQLite: exit $status, $(cat "$SCRATCH/sqlite.log")"

"$PORTALGEN" import --db "$db" samples/*.yaml 2>/dev/null
"$PORTALGEN" export --db "$db" > "$SCRATCH/export.yaml"
for day in 2026-11-23 2026-12-03; do
  "$PORTALGEN" status --db "$db" --as-of $day --format json > "$SCRATCH/status-$day.json"
done
start=$(date +%s)
"$PORTALGEN" build --db "$db" --out "$out" --as-of 2026-11-23 2> "$SCRATCH/build1.log" ||
  fail "build on D: $(tail -c 600 "$SCRATCH/build1.log")"
ls -l --time-style=full-iso "$out/outbox/2026-11-23" > "$SCRATCH/listing1"
sha256sum "$out"/outbox/2026-11-23/* > "$SCRATCH/sums1"
# D again, even forced: no reminder is written again.
"$PORTALGEN" build --db "$db" --out "$out" --as-of 2026-11-23 2>/dev/null || fail "build on D again"
"$PORTALGEN" build --db "$db" --out "$out" --as-of 2026-11-23 --force 2>/dev/null || fail "forced build on D"
ls -l --time-style=full-iso "$out/outbox/2026-11-23" > "$SCRATCH/listing2"
sha256sum "$out"/outbox/2026-11-23/* | cmp -s - "$SCRATCH/sums1" || problem "rebuilding on D changed a message"
cmp -s "$SCRATCH/listing1" "$SCRATCH/listing2" ||
  problem "rebuilding on D rewrote messages: $(diff "$SCRATCH/listing1" "$SCRATCH/listing2")"
"$PORTALGEN" build --db "$db" --out "$out" --as-of 2026-12-03 2>/dev/null || fail "build on D+10"
end=$(date +%s)
sqlite3 "$db" "SELECT customer_id, document, kind, step, coalesce(message, '') FROM sent_reminders" \
  > "$SCRATCH/recorded.txt"

/usr/bin/python3 - "$out" "$SCRATCH" "$start" "$end" <<'PY' || problem "reminders: see above"
import datetime, html as htmlmod, email, email.policy, email.utils, glob, json, os, re, sys, yaml
out, scratch, start, end = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
problems = []
D1, D2 = datetime.date(2026, 11, 23), datetime.date(2026, 12, 3)
LADDER = {"before_due": [7], "after_due": [1, 7, 14, 30], "card_expiry": [30]}
docs = list(yaml.safe_load_all(open(os.path.join(scratch, "export.yaml"))))  # one per company
customers = {c["id"]: c for d in docs for c in (d.get("customers") or [])}
company_of = {c["id"]: d["company"] for d in docs for c in (d.get("customers") or [])}
day = lambda value: datetime.date.fromisoformat(str(value))

def reached(status, cid, d):
    """Per document: the ladder's steps reached on d, earliest first (SPEC 6 as built)."""
    out = {}
    for doc in status["customers_by_id"][cid]["documents"]:
        if doc["kind"] == "invoice" and doc["status"] in ("not_paid", "partial", "overdue") \
                and float(doc["amount_due"]) > 0:
            due = day(doc["due"])
            issued = day(next(i["date"] for i in customers[cid]["invoices"] if i["number"] == doc["number"]))
            steps = [("before_due", s, due - datetime.timedelta(s)) for s in sorted(LADDER["before_due"], reverse=True)]
            steps = [x for x in steps if x[2] >= issued]
            steps += [("after_due", s, due + datetime.timedelta(s)) for s in LADDER["after_due"]]
            out[doc["number"]] = ([x for x in steps if x[2] <= d], due, doc)
        if doc["kind"] == "payment_method" and doc["status"] == "valid":
            last = day(doc["expires_on"])
            steps = [("card_expiry", s, last - datetime.timedelta(s)) for s in sorted(LADDER["card_expiry"], reverse=True)]
            out[doc["number"]] = ([x for x in steps if x[2] <= d], last, doc)
    return out

def expected(status, d, dealt):
    exp = {}
    for cid in status["customers_by_id"]:
        for number, (steps, deadline, doc) in reached(status, cid, d).items():
            if not steps or (cid, number, steps[-1][0], steps[-1][1]) in dealt:
                continue
            if steps[-1][0] == "before_due" and d > deadline:
                continue
            exp[(cid, number)] = (steps[-1][0], steps[-1][1], doc, [s[:2] for s in steps[:-1]])
    return exp

def load(d):
    s = json.load(open(os.path.join(scratch, f"status-{d}.json")))
    s["customers_by_id"] = {c["id"]: c for c in s["customers"]}
    return s

def slug(text):
    s = re.sub(r"[^A-Za-z0-9._-]", "-", text)
    return "_" + s if s.startswith(".") else s

s1, s2 = load(D1), load(D2)
exp1 = expected(s1, D1, set())
dealt = {(cid, n, k, st) for (cid, n), (k, st, doc, earlier) in exp1.items()}
dealt |= {(cid, n, k, st) for (cid, n), (_, _, _, earlier) in exp1.items() for k, st in earlier}
exp2 = expected(s2, D2, dealt)
if not exp1 or not exp2:
    problems.append(f"the samples should have reminders on both days: {len(exp1)}, {len(exp2)}")
if not any(k == "after_due" for k, *_ in exp2.values()) or not any(k == "before_due" for k, *_ in exp1.values()):
    problems.append("the samples should have both payment reminders")

ids = set()
def check_day(d, exp, status):
    folder = os.path.join(out, "outbox", d.isoformat())
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(folder, "*+*.eml")))
    want = sorted(f"{slug(cid)}+{k}+{slug(n)}.eml" for (cid, n), (k, *_ ) in exp.items())
    if files != want:
        problems.append(f"{d}: reminders {files}, expected {want}")
    for (cid, number), (kind, step, doc, _) in exp.items():
        path = os.path.join(folder, f"{slug(cid)}+{kind}+{slug(number)}.eml")
        if os.path.exists(path):
            check_message(path, customers[cid], kind, number, doc, status)

def check_message(path, customer, kind, number, doc, status):
    def bad(what): problems.append(f"{os.path.basename(path)}: {what}")
    raw = open(path, "rb").read()
    if b"\n" in raw.replace(b"\r\n", b""): bad("a bare LF")
    if any(len(l) > 998 for l in raw.split(b"\r\n")): bad("a line over 998")
    m = email.message_from_bytes(raw, policy=email.policy.default)
    if m.defects: bad(f"defects {m.defects}")
    company = company_of[customer["id"]]
    for name in ("From", "To", "Subject", "Date", "Message-ID", "Reply-To", "Auto-Submitted"):
        if len(m.get_all(name) or []) != 1: bad(f"{name}: {m.get_all(name)}")
    if m["Auto-Submitted"] != "auto-generated": bad(f"Auto-Submitted {m['Auto-Submitted']}")
    if [a.addr_spec for a in m["To"].addresses] != [customer["email"]]: bad(f"To {m['To']}")
    if [a.addr_spec for a in m["From"].addresses] != [company["email"]]: bad(f"From {m['From']}")
    if [a.addr_spec for a in m["Reply-To"].addresses] != [company["email"]]: bad(f"Reply-To {m['Reply-To']}")
    sent = email.utils.parsedate_to_datetime(str(m["Date"])).timestamp()
    if not start - 1 <= sent <= end + 1: bad(f"Date {m['Date']} is not the build's time")
    if m["Message-ID"] in ids: bad(f"Message-ID {m['Message-ID']} used twice")
    ids.add(m["Message-ID"])
    lang = customer["language"]
    if m["Content-Language"] != lang: bad(f"Content-Language {m['Content-Language']}, expected {lang}")
    if [p.get_content_type() for p in m.walk()] != ["multipart/alternative", "text/plain", "text/html"]:
        bad("not a text and an HTML part")
    text, html = m.get_body(("plain",)).get_content(), m.get_body(("html",)).get_content()
    token = status["customers_by_id"][customer["id"]]["portal"].split("/")[1]
    link = company["portal_url"].rstrip("/") + "/" + token + "/"
    for part, body in (("text", text), ("html", html)):
        if link not in body: bad(f"{part}: no portal link {link}")
    subject = str(m["Subject"])
    opening = {("en", "before_due"): "Payment reminder: invoice ", ("fr", "before_due"): "Rappel de paiement : facture ",
               ("en", "after_due"): "Overdue: invoice ", ("fr", "after_due"): "Impayé : la facture ",
               ("en", "card_expiry"): "Your card ending ", ("fr", "card_expiry"): "Votre carte se terminant par "}[(lang, kind)]
    if not subject.startswith(opening): bad(f"subject {subject!r}, expected {opening!r}...")
    what = doc.get("number") if kind != "card_expiry" else next(
        p["last4"] for p in customer["payment_methods"] if p["id"] == doc["number"])
    if what not in subject: bad(f"subject {subject!r} does not name {what}")
    if kind != "card_expiry":
        digits = re.sub(r"\D", "", doc["amount_due"])
        if re.sub(r"\D", "", subject).find(digits) < 0: bad(f"subject {subject!r} lacks {doc['amount_due']}")
    hello = "Bonjour " if lang == "fr" else "Hello "
    for part, body in (("text", text), ("html", htmlmod.unescape(html))):
        if hello + customer["name"] not in body:
            bad(f"{part}: no greeting in {lang}")
    if "<" in text or company["name"] not in html: bad("the parts are mixed up")

check_day(D1, exp1, s1)
check_day(D2, exp2, s2)
# Nothing dealt with on D is sent again on D+10.
for (cid, number), (kind, step, *_ ) in exp2.items():
    if (cid, number, kind, step) in dealt: problems.append(f"{cid} {number} {kind} {step} sent twice")
recorded = {tuple(l.split("|")[:4]) for l in open(os.path.join(scratch, "recorded.txt")).read().split("\n") if l}
want = {(c, n, k, str(s)) for c, n, k, s in dealt}
want |= {(c, n, k, str(s)) for (c, n), (k, s, _, earlier) in exp2.items()}
want |= {(c, n, k, str(s)) for (c, n), (_, _, _, earlier) in exp2.items() for k, s in earlier}
if recorded != want:
    problems.append(f"recorded {sorted(recorded - want)} more, {sorted(want - recorded)} missing")
for p in problems[:40]: print("reminders:", p)
print(len(exp1), "+", len(exp2), "reminders checked") if not problems else None
sys.exit(1 if problems else 0)
PY

# A shard writes and records only its own customers' reminders; both shards make the whole.
"$PORTALGEN" build --db "$db" --out "$SCRATCH/shards" --as-of 2026-11-23 --shard 1/2 2>/dev/null ||
  fail "shard 1/2"
one=$(sqlite3 "$db" "SELECT DISTINCT customer_id FROM sent_reminders WHERE out_dir = '$SCRATCH/shards' ORDER BY 1")
built=$(sqlite3 "$db" "SELECT customer_id FROM published_customers WHERE out_dir = '$SCRATCH/shards' ORDER BY 1")
[[ -n $one ]] || problem "shard 1/2 wrote no reminder"
for c in $one; do grep -qxF "$c" <<< "$built" || problem "shard 1/2 recorded $c, not its customer"; done
ls "$SCRATCH/shards/outbox/2026-11-23" | grep '+' | sed 's/+.*//' | sort -u > "$SCRATCH/shard1-files"
[[ $(cat "$SCRATCH/shard1-files") == "$one" ]] || problem "shard 1/2 messages $(cat "$SCRATCH/shard1-files") but recorded $one"
"$PORTALGEN" build --db "$db" --out "$SCRATCH/shards" --as-of 2026-11-23 --shard 2/2 2>/dev/null ||
  fail "shard 2/2"
ls "$SCRATCH/shards/outbox/2026-11-23" | grep '+' | sort > "$SCRATCH/shards-files"
awk '$NF ~ /[+]/ {print $NF}' "$SCRATCH/listing1" | sort > "$SCRATCH/whole-files"
cmp -s "$SCRATCH/shards-files" "$SCRATCH/whole-files" ||
  problem "both shards' reminders differ from a whole build's: $(diff "$SCRATCH/shards-files" "$SCRATCH/whole-files")"
finish
