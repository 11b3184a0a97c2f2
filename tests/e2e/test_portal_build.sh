#!/usr/bin/env bash
# `portalgen build` on the samples: every page of SPEC section 3 for every customer in both
# languages, each self-contained (CSP, robots, a link to the other language), no page showing
# another customer's name, amounts formatted per locale as worked out by hand
# (tests/e2e/HAND_CHECKS.md), reruns that rewrite nothing, stale portals removed, clear errors.
source "$(dirname "$0")/lib.sh"
build_samples
grep -q "11 customers built, 0 unchanged, 0 failed" "$SCRATCH/build.log" || fail "summary: $(cat "$SCRATCH/build.log")"

/usr/bin/python3 - "$out" "$SCRATCH/status.json" samples/*.yaml <<'PY'
import glob, hashlib, html, json, os, re, sys, yaml
out, status_file, samples = sys.argv[1], sys.argv[2], sys.argv[3:]
status = json.load(open(status_file))
names = {}
for f in samples:
    for c in yaml.safe_load(open(f, encoding="utf-8")).get("customers") or []:
        names[c["id"]] = c["name"]
slug = lambda n: ("_" if n.startswith(".") or not n else "") + re.sub(r"[^A-Za-z0-9._-]", "-", n)
sections = ["index", "quotations", "orders", "invoices", "subscriptions", "tickets",
            "payment-methods", "success-packs", "account", "statement",
            "invoices-unpaid", "invoices-overdue"]
folders = {"quotation": "quotations", "order": "orders", "invoice": "invoices",
           "credit_note": "invoices", "subscription": "subscriptions", "ticket": "tickets"}
problems = []
portals = set()
used_assets = set()
for c in status["customers"]:
    base = os.path.join(out, c["portal"])
    portals.add(os.path.normpath(base))
    expected = {os.path.join(base, "index.html")}
    for lang in ("en", "fr"):
        expected |= {os.path.join(base, lang, s + ".html") for s in sections}
        for d in c["documents"]:
            if d["kind"] in folders:
                expected.add(os.path.join(base, lang, folders[d["kind"]], slug(d["number"]) + ".html"))
    actual = {f for f in glob.glob(os.path.join(base, "**", "*.html"), recursive=True)}
    if actual != expected:
        problems.append(f'{c["id"]}: missing {sorted(expected - actual)}, extra {sorted(actual - expected)}')
    others = [n for i, n in names.items() if i != c["id"]]
    for page in sorted(actual):
        text = open(page, encoding="utf-8").read()
        rel = os.path.relpath(page, base)
        where = f'{c["id"]} {rel}'
        if not text.startswith("<!DOCTYPE html>"):
            problems.append(f"{where}: no doctype")
        if "<meta name=\"robots\" content=\"noindex\">" not in text:
            problems.append(f"{where}: no robots noindex")
        if not re.search(r"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                         r"style-src 'self'; script-src 'self'; img-src 'self' data:; "
                         r"base-uri 'none'; form-action 'none'\">", text):
            problems.append(f"{where}: no CSP")
        if re.search(r"<style|\sstyle=|<script>", text):
            problems.append(f"{where}: an inline style or script (the CSP refuses them)")
        assets = re.findall(r'<link rel="stylesheet" href="((?:\.\./)*assets/portal\.[0-9a-f]{16}\.css)">|'
                            r'<script src="((?:\.\./)*assets/portal\.[0-9a-f]{16}\.js)"></script>', text)
        linked = [a or b for a, b in assets]
        if sum(1 for a, _ in assets if a) != 1:
            problems.append(f"{where}: not one stylesheet")
        if any(b for _, b in assets) != ("data-table " in text):
            problems.append(f"{where}: a script without a data table, or the reverse")
        for href in linked:
            target = os.path.normpath(os.path.join(os.path.dirname(page), href))
            if os.path.dirname(target) != os.path.join(os.path.normpath(base), "assets") or not os.path.isfile(target):
                problems.append(f"{where}: {href} is not a file of the portal's assets/")
                continue
            digest = hashlib.sha256(open(target, "rb").read()).hexdigest()[:16]
            if os.path.basename(target).split(".")[1] != digest:
                problems.append(f"{where}: {href} is not named after its content")
            used_assets.add(target)
        text_without_assets = re.sub(r'<link rel="stylesheet"[^>]*>|<script src="[^"]*"></script>', "", text)
        if re.search(r"\s(src|srcset)=\"(?!data:)|<link (?![^>]*href=\"data:)|url\((?!data:)", text_without_assets):
            problems.append(f"{where}: an external resource")
        plain = html.unescape(text)
        for n in others:
            if n in plain:
                problems.append(f"{where}: shows another customer's name {n!r}")
        parts = rel.split(os.sep)
        if parts[0] in ("en", "fr"):
            other = "fr" if parts[0] == "en" else "en"
            twin = os.path.normpath(os.path.join(base, other, *parts[1:]))
            links = {os.path.normpath(os.path.join(os.path.dirname(page), html.unescape(h)))
                     for h in re.findall(r'<a [^>]*href="([^"#:]+)"', text)}
            if twin not in links:
                problems.append(f"{where}: no link to the same page in {other}")
            lang = re.search(r'<html lang="([a-z]{2})', text)
            if not lang or lang.group(1) != parts[0]:
                problems.append(f"{where}: wrong <html lang>")
# Each portal's assets/ holds the files its pages name, and no other version.
held = set(glob.glob(os.path.join(out, "site", "*", "assets", "*")))
if held != used_assets:
    problems.append(f"assets named by no page {sorted(held - used_assets)}")
# The site holds the portals and nothing else (no index of customers).
for entry in os.listdir(os.path.join(out, "site")):
    if os.path.normpath(os.path.join(out, "site", entry)) not in portals:
        problems.append(f"site/{entry}: not a customer's portal")
if problems:
    sys.exit("\n".join(problems[:50]))
print("pages checked for", len(status["customers"]), "customers")
PY

portal() { /usr/bin/python3 -c 'import json,sys; print(next(c["portal"] for c in json.load(open(sys.argv[1]))["customers"] if c["id"]==sys.argv[2]))' "$SCRATCH/status.json" "$1"; }
has() { grep -qF -- "$2" "$out/$(portal "$1")$3" || fail "$1 $3 lacks: $2"; }
nb=$'\u00a0'
nnb=$'\u202f'
# HAND_CHECKS.md 1: C2001 invoice 232795, total 467.17, amount due 367.17, 24 days overdue (fr-CA, en-CA).
has C2001 "467,17${nb}\$" fr/invoices/232795.html
has C2001 "367,17${nb}\$" fr/invoices/232795.html
has C2001 "En retard de 24 jours" fr/invoices/232795.html
has C2001 '$467.17' en/invoices/232795.html
has C2001 '$367.17' en/invoices/232795.html
has C2001 "24 days overdue" en/invoices/232795.html
has C2001 'href="https://odoportail.odotrack.example/factures/232795/payer"' fr/invoices/232795.html
has C2001 'href="../../invoices/232795.pdf"' fr/invoices/232795.html
has C2001 'data-sort="367.17"' fr/invoices.html
# HAND_CHECKS.md 2: C1005 in yen, no decimals (en-IE).
has C1005 'JP¥155,649' en/invoices/INV-2026-00296.html
has C1005 "155${nnb}649${nb}JPY" fr/invoices/INV-2026-00296.html
# Dates per locale, plural forms, escaping of hostile text.
has C2001 "15 oct. 2026" fr/invoices/232795.html
has C1002 "3 jours restants" fr/index.html
has C1002 "3 days left" en/index.html
has C1002 '&lt;script&gt;alert(' fr/tickets/5231.html
grep -q '<script>alert' "$out/$(portal C1002)fr/tickets/5231.html" && fail "unescaped script in a ticket"
# The entry page opens the customer's language and links to both.
has C2001 '<meta http-equiv="refresh" content="0; url=fr/index.html">' index.html
has C2001 'href="en/index.html"' index.html
has C1005 '<meta http-equiv="refresh" content="0; url=en/index.html">' index.html
# Empty lists say so.
has C2005 "Vous n’avez actuellement aucune facture." fr/invoices.html
has C2005 "There are currently no invoices for your account." en/invoices.html

# A second build rewrites nothing.
"$PORTALGEN" build --db "$db" --out "$out" --as-of 2026-11-23 2> "$SCRATCH/again.log"
grep -q "0 customers built, 11 unchanged, 0 failed; 0 files written" "$SCRATCH/again.log" || fail "rerun rewrote pages: $(cat "$SCRATCH/again.log")"

# A rotated link: the old folder goes at the next build, even a build of one other customer.
old=$(portal C2005)
"$PORTALGEN" rotate-link --db "$db" C2005 2>/dev/null
"$PORTALGEN" build --db "$db" --out "$out" --as-of 2026-11-23 --customer C2001 2> "$SCRATCH/one.log"
grep -q "1 stale portals removed" "$SCRATCH/one.log" || fail "--customer: $(cat "$SCRATCH/one.log")"
[[ ! -e "$out/$old" ]] || fail "the rotated portal $old is still there"

# A changed stylesheet: every portal gets the new version, named after its content, and loses
# the old one; no page names the old one any more.
cp -r templates "$SCRATCH/restyled"
printf '\n.restyled { color: #123456; }\n' >> "$SCRATCH/restyled/assets/portal.css"
old_css="portal.$(sha256sum templates/assets/portal.css | cut -c1-16).css"
new_css="portal.$(sha256sum "$SCRATCH/restyled/assets/portal.css" | cut -c1-16).css"
"$PORTALGEN" build --db "$db" --out "$out" --as-of 2026-11-23 --templates "$SCRATCH/restyled" 2> "$SCRATCH/restyled.log" \
  || fail "restyled build: $(cat "$SCRATCH/restyled.log")"
for folder in "$out"/site/*/; do
  cmp -s "$folder/assets/$new_css" "$SCRATCH/restyled/assets/portal.css" || fail "$folder: no $new_css"
  [[ ! -e "$folder/assets/$old_css" ]] || fail "$folder: the old $old_css is still there"
  if grep -rlF "$old_css" "$folder" >/dev/null; then fail "$folder: a page still names $old_css"; fi
done

# Errors: an unknown customer, a template with an unknown key, a missing templates folder.
run build --db "$db" --out "$out" --customer NO-SUCH-CUSTOMER 2> "$SCRATCH/err.log"
[[ $status == 1 ]] || fail "unknown customer: exit $status"
cp -r templates "$SCRATCH/templates"
sed -i 's/{{filter_title}} <span class="count">/{{no_such_key}} <span class="count">/' "$SCRATCH/templates/pages/invoices.mustache"
line=$(grep -n no_such_key "$SCRATCH/templates/pages/invoices.mustache" | cut -d: -f1)
run build --db "$db" --out "$SCRATCH/out2" --as-of 2026-11-23 --templates "$SCRATCH/templates" 2> "$SCRATCH/err.log"
[[ $status == 1 ]] || fail "unknown template key: exit $status"
grep -qF "template $SCRATCH/templates/pages/invoices.mustache:$line: unknown key \"no_such_key\"" "$SCRATCH/err.log" \
  || fail "unknown key message: $(cat "$SCRATCH/err.log")"
run build --db "$db" --out "$SCRATCH/out2" --templates "$SCRATCH/no-such-folder" 2> "$SCRATCH/err.log"
[[ $status == 1 ]] || fail "missing templates: exit $status"
grep -q "no-such-folder" "$SCRATCH/err.log" || fail "missing templates message: $(cat "$SCRATCH/err.log")"
echo ok
