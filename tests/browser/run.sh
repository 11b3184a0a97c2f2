#!/usr/bin/env bash
# Runs the browser tests on a built site folder:  tests/browser/run.sh output/site
# Without an argument they run on the fixture site (built from templates/assets/portal.js).
# Needs Node 20, Java 17 and Debian's chromium (scripts/install-deps --browser); never downloads
# a browser. Screenshots go to tests/browser/artifacts/. Exits non-zero on any failure.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if (($# > 0)); then
  [[ -d "$1" ]] || { echo "run.sh: $1: no such folder (run portalgen build first)" >&2; exit 2; }
  PORTAL_SITE=$(cd "$1" && pwd)
  export PORTAL_SITE
else
  unset PORTAL_SITE
  echo "run.sh: no site folder given: testing the fixture site" >&2
fi
for tool in node npm java "${CHROMIUM_PATH:-/usr/bin/chromium}"; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool not found (scripts/install-deps --browser)" >&2; exit 2; }
done
cd "$here"
# --ignore-scripts: vnu-jar's install script would download a Java runtime; we use the machine's.
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
node --test .
