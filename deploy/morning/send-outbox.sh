#!/usr/bin/env bash
# The morning routine's second half: hand every message of the outbox to the mail server with
# `sendmail -t` (it reads the recipients from the message), and move each one sent to
# OUTPUT/outbox-sent/<date>/, so that running it again sends nothing twice. A message sendmail
# refuses stays in the outbox, is named, and the script exits 1 once all others are sent.
#   deploy/morning/send-outbox.sh [OUTPUT]        (default: output)
# SENDMAIL names another sendmail-compatible program (default: sendmail).
set -euo pipefail
out=${1:-output}
sendmail=${SENDMAIL:-sendmail}
shopt -s nullglob
sent=0 refused=0
for message in "$out"/outbox/*/*.eml; do
  date=$(basename "$(dirname "$message")")
  if "$sendmail" -t < "$message"; then
    mkdir -p "$out/outbox-sent/$date"
    mv --backup=numbered "$message" "$out/outbox-sent/$date/"  # a second message of the day kept too
    sent=$((sent + 1))
  else
    echo "send-outbox: not sent (sendmail exit $?): $message" >&2
    refused=$((refused + 1))
  fi
done
echo "send-outbox: $sent sent, $refused not sent"
((refused == 0))
