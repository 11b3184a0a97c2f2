#!/usr/bin/env bash
# The auditors' archive against an operator who tampers with it (SPEC 5): the chain, recomputed
# here independently from its documented formula, matches the manifest's; each tamper makes
# `verify` exit 1 naming it; a history rewritten with a recomputed chain passes the chain but not
# the signatures; a wrong public key fails; keys are refused where they must be.
source "$(dirname "$0")/lib.sh"
source_dir=$(realpath "$(dirname "$0")/../..")
db=$SCRATCH/portal.db
clean=$SCRATCH/clean
"$PORTALGEN" keygen --out "$SCRATCH/key" > /dev/null || fail "keygen"
[[ $(stat -c %a "$SCRATCH/key") == 600 ]] || problem "the private key is not mode 600"
[[ -s $SCRATCH/key.pub ]] || fail "no public key beside the private one"
run keygen --out "$SCRATCH/key" 2> "$SCRATCH/err"
[[ $status == 2 ]] || problem "keygen over an existing key: exit $status, not 2"

"$PORTALGEN" import --db "$db" "$source_dir"/samples/*.yaml 2> /dev/null
# Refused before anything is written: a missing key, a key inside --out.
run build --db "$db" --out "$SCRATCH/none" --as-of 2026-11-23 --signing-key "$SCRATCH/nope" 2> "$SCRATCH/err"
[[ $status == 2 ]] || problem "a missing signing key: exit $status, not 2"
[[ ! -e $SCRATCH/none ]] || problem "a build with a missing key wrote $SCRATCH/none"
mkdir -p "$SCRATCH/inside"
cp "$SCRATCH/key" "$SCRATCH/inside/key"
run build --db "$db" --out "$SCRATCH/inside" --as-of 2026-11-23 --signing-key "$SCRATCH/inside/key" 2> "$SCRATCH/err"
[[ $status == 2 ]] || problem "a signing key inside --out: exit $status, not 2"
[[ ! -e $SCRATCH/inside/archive ]] || problem "a build with a key inside --out wrote its archive"

run build --db "$db" --out "$clean" --as-of 2026-11-23 --signing-key "$SCRATCH/key" 2> "$SCRATCH/build.log"
[[ $status == 0 ]] || { cat "$SCRATCH/build.log"; fail "signed build: exit $status"; }
run verify --out "$clean" --public-key "$SCRATCH/key.pub" > "$SCRATCH/out" 2> "$SCRATCH/err"
[[ $status == 0 ]] || { cat "$SCRATCH/err"; fail "an untouched archive: exit $status"; }
grep -q "cancelled invoice numbers: all intact; .*; signatures checked" "$SCRATCH/out" ||
  problem "summary: $(cat "$SCRATCH/out")"

# The chain as README documents it: SHA-256 of the previous chain, "\n", and the row's other
# cells as written; the JSON Lines twin has the same rows.
/usr/bin/python3 - "$clean/archive" <<'PY' || problem "the chain is not its documented formula"
import csv, hashlib, io, json, sys
text = open(sys.argv[1] + "/manifest.csv", encoding="utf-8", newline="").read()
lines = text.split("\r\n")
assert lines[0].endswith(",fingerprint,chain"), lines[0]
previous = ""
rows = list(csv.reader(io.StringIO(text)))[1:]
for line, row in zip(lines[1:], rows):
    cells = line[: line.rindex(",")]  # every cell as written, without the chain
    chain = hashlib.sha256((previous + "\n" + cells).encode()).hexdigest()
    assert chain == row[-1], (row[1], chain, row[-1])
    previous = chain
twins = [json.loads(l) for l in open(sys.argv[1] + "/manifest.jsonl", encoding="utf-8")]
assert [t["chain"] for t in twins] == [r[-1] for r in rows]
assert all(t["untaxed"] and t["tax"] and t["seller"] and t["archived_at"].endswith("Z") for t in twins)
print(len(rows), "rows chained")
PY

# Each tamper, on a fresh copy: a Python edit of OUT/archive, then what verify must say.
tamper() {
  local name=$1 expected=$2 key=${3-$SCRATCH/key.pub}
  rm -rf "$SCRATCH/t" && cp -a "$clean" "$SCRATCH/t"
  /usr/bin/python3 - "$SCRATCH/t/archive" "$name" > /dev/null <<'PY'
import csv, hashlib, io, os, sys
archive, name = sys.argv[1], sys.argv[2]
path = archive + "/manifest.csv"
lines = open(path, encoding="utf-8", newline="").read().split("\r\n")
header, rows, tail = lines[0], lines[1:-1], lines[-1]
def cells(line): return next(csv.reader(io.StringIO(line)))
def pdf(line):
    c = cells(line)
    slug = lambda s: "".join(ch if ch.isalnum() or ch in "._-" else "-" for ch in s)
    return f"{archive}/{c[3][:4]}/{slug(c[0])}/{slug(c[1])}.pdf"
def rechain(rows):  # what someone without the key can do
    previous, out = "", []
    for line in rows:
        body = line[: line.rindex(",")]
        previous = hashlib.sha256((previous + "\n" + body).encode()).hexdigest()
        out.append(body + "," + previous)
    return out
def with_cell(line, index, value):
    c = cells(line); c[index] = value
    buf = io.StringIO(); csv.writer(buf, lineterminator="").writerow(c); return buf.getvalue()
if name == "forged-pdf-and-row":
    p = pdf(rows[5]); data = open(p, "rb").read() + b"%forged\n"; open(p, "wb").write(data)
    rows[5] = with_cell(with_cell(rows[5], 9, hashlib.sha256(data).hexdigest()), 10, str(len(data)))
elif name == "deleted-pdf-and-row":
    os.remove(pdf(rows[7])); del rows[7]
elif name == "deleted-last-row-rechained":
    os.remove(pdf(rows[-1])); rows = rechain(rows[:-1])
elif name == "swapped-rows":
    rows[3], rows[4] = rows[4], rows[3]
elif name == "back-dated":
    rows[2] = with_cell(rows[2], 11, "2019-06-01T09:00:00Z")
elif name == "fabricated-row-rechained":
    c = cells(rows[0]); c[1] = "INV/2026/99999"
    buf = io.StringIO(); csv.writer(buf, lineterminator="").writerow(c)
    rows = rechain(rows + [buf.getvalue()])
elif name == "total-edited-rechained":
    rows = rechain(rows[:4] + [with_cell(rows[4], 6, "1.00")] + rows[5:])
elif name == "unlisted-file":
    open(archive + "/2026/extra.pdf", "wb").write(b"%PDF-1.7\n")
elif name != "untouched":
    sys.exit("unknown tamper " + name)
open(path, "w", encoding="utf-8", newline="").write("\r\n".join([header] + rows + [tail]))
PY
  set +e
  "$PORTALGEN" verify --out "$SCRATCH/t" ${key:+--public-key "$key"} > "$SCRATCH/out" 2> "$SCRATCH/err"
  status=$?
  set -e
  [[ $status == 1 ]] || { problem "$name: verify exit $status, not 1"; return; }
  grep -q -- "$expected" "$SCRATCH/err" || problem "$name: expected '$expected', got: $(head -5 "$SCRATCH/err")"
}
tamper forged-pdf-and-row "manifest.csv:7: chain broken"
tamper deleted-pdf-and-row "manifest.csv:9: chain broken"
tamper deleted-last-row-rechained "is not what was signed"
tamper swapped-rows "manifest.csv:5: chain broken"
tamper back-dated "manifest.csv:4: chain broken"
tamper fabricated-row-rechained "signed by no signature"
tamper total-edited-rechained "is not what was signed"
# Without the public key the recomputed chain holds, but the Factur-X PDF's own totals do not.
tamper total-edited-rechained "INV-2026-00003.pdf: the PDF disagrees with its row; its total is 406.32, the row's 1.00" ""
tamper unlisted-file "extra.pdf: not in any manifest"
"$PORTALGEN" keygen --out "$SCRATCH/other" > /dev/null
tamper untouched "does not verify with this public key" "$SCRATCH/other.pub"
# For tools: the same findings as JSON, and the same exit status.
tamper swapped-rows "chain broken"
set +e
"$PORTALGEN" verify --out "$SCRATCH/t" --public-key "$SCRATCH/key.pub" --format json > "$SCRATCH/json"
status=$?
set -e
[[ $status == 1 ]] || problem "verify --format json: exit $status, not 1"
/usr/bin/python3 - "$SCRATCH/json" <<'PY' || problem "verify --format json: $(cat "$SCRATCH/json")"
import json, sys
report = json.load(open(sys.argv[1]))
assert report["ok"] is False
assert any("manifest.csv:5: chain broken" in p for p in report["problems"]), report["problems"]
assert report["counts"]["chain_breaks"] == 3 and report["counts"]["signatures_checked"] is True
PY
finish
