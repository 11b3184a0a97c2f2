#!/usr/bin/env bash
# The Factur-X writer's samples (tests/unit/e_invoice_samples.h) against the official rules
# (SPEC section 8): CII and Factur-X XSDs, CEN EN 16931, Factur-X 1.09 and BR-FR schematrons,
# in one call of `validate --fr` (a JVM per rule set). A document with a wrong total must fail,
# so that a checker that passes everything cannot pass this test; a hostile document must be
# well-formed XML whose texts read back as written, less what XML cannot hold.
# Usage: einvoice_rules.sh PORTALGEN_TESTS. Exit 77 (skipped) when the rules are not there.
set -euo pipefail
tests=$(realpath "$1")
source "$(dirname "$0")/einvoice_rules_dir.sh"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

PORTALGEN_EINVOICE_SAMPLES=$scratch "$tests" "[.einvoice_samples]" >"$scratch/helper.log" ||
  { cat "$scratch/helper.log"; fail "writing the samples"; }
samples=()
for f in "$scratch"/*.xml; do
  [[ $f == */hostile.xml ]] || samples+=("$f")
done
((${#samples[@]} >= 8)) || fail "only ${#samples[@]} samples written"

# Well-formed, and the hostile texts read back as written (U+FFFD for what XML 1.0 forbids).
xmllint --noout "$scratch/hostile.xml" || fail "hostile.xml is not well-formed"
/usr/bin/python3 - "$scratch/hostile.xml" <<'PY' || fail "hostile texts do not read back"
import sys, xml.etree.ElementTree as ET
ram = "{urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100}"
expected = "</ram:Name><x a='1'>&amp;\"]]>" + "\ufffd" * 9
root = ET.parse(sys.argv[1]).getroot()
texts = [e.text for e in root.iter(ram + "Name")] + [e.text for e in root.iter(ram + "ID")]
units = [e.get("unitCode") for e in root.iter(ram + "BilledQuantity")]
bad = [t for t in texts + units if t != expected and t != "urn:cen.eu:en16931:2017"]
if bad or len(texts) < 5:
    print("unexpected:", bad[:3], len(texts))
    sys.exit(1)
PY

# Every sample valid, the wrong total invalid (BR-CO-15), in one call.
set +e
"$rules/validate" --fr "${samples[@]}" >"$scratch/report.txt" 2>&1
status=$?
set -e
cat "$scratch/report.txt"
((status == 1)) || fail "validate: exit $status (1 expected: wrong_total.xml is invalid)"
grep -q "wrong_total.xml: error: .*BR-CO-15" "$scratch/report.txt" ||
  fail "wrong_total.xml was not refused for BR-CO-15"
if grep ": error:" "$scratch/report.txt" | grep -v "/wrong_total.xml:" >/dev/null; then
  fail "a sample breaks the e-invoice rules"
fi
valid=$(grep -c ": valid$" "$scratch/report.txt" || true)
((valid == ${#samples[@]} - 1)) || fail "$valid valid samples, $((${#samples[@]} - 1)) expected"
echo "ok: $valid samples valid, the wrong total refused"
