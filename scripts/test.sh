#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine, then runs every test.
# Usage: bash scripts/test.sh   (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v chromium >/dev/null 2>&1; then
  echo "== installing Debian's chromium for the browser tests"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium >/dev/null
fi
export DASHBOARD_CHROMIUM="${DASHBOARD_CHROMIUM:-$(command -v chromium)}"

echo "== restore and build"
dotnet build Dashboard.sln -c Release -warnaserror -nologo -v quiet

log="$(mktemp)"
status=0
echo "== tests"
dotnet test Dashboard.sln -c Release --no-build -nologo 2>&1 | tee "$log" || status=$?

if [ -x scripts/extract-ratchet.sh ]; then
  echo "== extraction score ratchet"
  bash scripts/extract-ratchet.sh || status=$?
fi

passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "tests: ${passed} passed, ${failed} failed"
exit "$status"
