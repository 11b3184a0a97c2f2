#!/usr/bin/env bash
# The morning routine's deploy/morning/send-outbox.sh hands each message of a real build's outbox
# to `sendmail -t` once: sent ones move to OUT/outbox-sent/<date>/, one that sendmail refuses stays
# in the outbox and is named (exit 1), and a second run sends only what is left.
source "$(dirname "$0")/lib.sh"
db=$SCRATCH/portal.db
out=$SCRATCH/out
"$PORTALGEN" import --db "$db" samples/*.yaml 2>/dev/null
"$PORTALGEN" build --db "$db" --out "$out" --as-of 2026-11-23 2>/dev/null
messages=("$out"/outbox/2026-11-23/*.eml)
((${#messages[@]} >= 2)) || fail "the samples' build wrote ${#messages[@]} messages, expected 2 or more"
refused_one=$(basename "${messages[0]}")

# A sendmail that keeps what it is given (it must be asked to read the recipients: -t), and
# refuses the message of the first customer while $SCRATCH/refuse exists.
mkdir "$SCRATCH/bin" "$SCRATCH/mailed"
cat > "$SCRATCH/bin/sendmail" <<EOF
#!/usr/bin/env bash
[[ \$* == -t ]] || { echo "sendmail called with: \$*" >&2; exit 64; }
copy=$SCRATCH/mailed/\$(date +%s%N).eml
cat > "\$copy"
if [[ -e $SCRATCH/refuse ]] && cmp -s "\$copy" "$out/outbox/2026-11-23/$refused_one"; then
  rm "\$copy"
  exit 75
fi
EOF
chmod +x "$SCRATCH/bin/sendmail"
send() {
  set +e
  SENDMAIL=$SCRATCH/bin/sendmail deploy/morning/send-outbox.sh "$out" > "$SCRATCH/send.out" 2> "$SCRATCH/send.err"
  status=$?
  set -e
}

touch "$SCRATCH/refuse"
send
[[ $status == 1 ]] || problem "one message refused: exit $status, expected 1"
[[ $(cat "$SCRATCH/send.out") == "send-outbox: $((${#messages[@]} - 1)) sent, 1 not sent" ]] ||
  problem "summary: $(cat "$SCRATCH/send.out")"
grep -F "not sent (sendmail exit 75): $out/outbox/2026-11-23/$refused_one" "$SCRATCH/send.err" >/dev/null ||
  problem "the refused message is not named: $(cat "$SCRATCH/send.err")"
[[ $(ls "$out/outbox/2026-11-23") == "$refused_one" ]] ||
  problem "left in the outbox: $(ls "$out/outbox/2026-11-23")"
[[ $(ls "$SCRATCH/mailed" | wc -l) == $((${#messages[@]} - 1)) ]] || problem "mailed: $(ls "$SCRATCH/mailed")"
# What sendmail got is the message, byte for byte, now in outbox-sent.
for message in "$out"/outbox-sent/2026-11-23/*.eml; do
  found=no
  for mailed in "$SCRATCH"/mailed/*.eml; do cmp -s "$message" "$mailed" && found=yes; done
  [[ $found == yes ]] || problem "$(basename "$message") was moved but not mailed as it is"
done

rm "$SCRATCH/refuse"
send
[[ $status == 0 ]] || problem "second run: exit $status: $(cat "$SCRATCH/send.err")"
[[ $(cat "$SCRATCH/send.out") == "send-outbox: 1 sent, 0 not sent" ]] ||
  problem "second run: $(cat "$SCRATCH/send.out")"
[[ $(ls "$out/outbox-sent/2026-11-23" | wc -l) == "${#messages[@]}" ]] ||
  problem "outbox-sent: $(ls "$out/outbox-sent/2026-11-23")"
send
[[ $status == 0 && $(cat "$SCRATCH/send.out") == "send-outbox: 0 sent, 0 not sent" ]] ||
  problem "third run sent again: $(cat "$SCRATCH/send.out")"
finish
