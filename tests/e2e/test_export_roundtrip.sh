#!/usr/bin/env bash
# import → export → import gives the same data: the same statuses and the same export.
# Re-importing keeps each customer's link token; rotate-link replaces it.
source "$(dirname "$0")/lib.sh"
"$PORTALGEN" import --db "$SCRATCH/a.db" samples/*.yaml
"$PORTALGEN" export --db "$SCRATCH/a.db" > "$SCRATCH/export.yaml"
# One YAML document per company: split them into files, as import reads one document per file.
csplit -s -z -f "$SCRATCH/part-" -b '%02d.yaml' "$SCRATCH/export.yaml" '/^---$/' '{*}'
sed -i '/^---$/d' "$SCRATCH"/part-*.yaml
"$PORTALGEN" import --db "$SCRATCH/b.db" "$SCRATCH"/part-*.yaml
strip_tokens() { sed 's#"portal":"site/[^"]*/"#"portal":"-"#g'; }
for day in 2026-11-23 2026-01-01 2027-06-30; do
  diff <("$PORTALGEN" status --db "$SCRATCH/a.db" --as-of $day --format json | strip_tokens) \
       <("$PORTALGEN" status --db "$SCRATCH/b.db" --as-of $day --format json | strip_tokens) \
    || fail "statuses differ after the round trip ($day)"
done
"$PORTALGEN" export --db "$SCRATCH/b.db" | diff "$SCRATCH/export.yaml" - || fail "export differs"

token() { "$PORTALGEN" status --db "$SCRATCH/a.db" --format json --as-of 2026-11-23 --customer "$1" |
          /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["customers"][0]["portal"])'; }
id=$(/usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["customers"][0]["id"])' \
     < <("$PORTALGEN" status --db "$SCRATCH/a.db" --format json --as-of 2026-11-23))
first=$(token "$id")
"$PORTALGEN" import --db "$SCRATCH/a.db" samples/*.yaml
[[ "$(token "$id")" == "$first" ]] || fail "re-import changed the link token"
"$PORTALGEN" rotate-link --db "$SCRATCH/a.db" "$id"
second=$(token "$id")
[[ "$second" != "$first" ]] || fail "rotate-link kept the token"
run rotate-link --db "$SCRATCH/a.db" NO-SUCH-CUSTOMER
[[ $status == 1 ]] || fail "rotate-link of an unknown customer: exit $status"
echo ok
