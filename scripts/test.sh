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

# The PostgreSQL tests start a throwaway cluster of their own (tests/Shared/PostgresServer.cs):
# they need Debian's server binaries, not a running server.
if ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "== installing Debian's postgresql for the PostgreSQL tests"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >/dev/null
fi

echo "== restore and build"
dotnet build Dashboard.sln -c Release -warnaserror -nologo -v quiet

log="$(mktemp)"
status=0
echo "== tests"
dotnet test Dashboard.sln -c Release --no-build -nologo 2>&1 | tee "$log" || status=$?

# The whole suite again on PostgreSQL (a throwaway cluster the tests start), but for the tests that
# already ran on PostgreSQL above (the two-instance and PostgreSQL bench tests), `bench` on SQLite
# (PostgresBenchTests runs it on PostgreSQL) and the tests about SQLite itself (trait
# Database=SqliteOnly: its file, WAL, pool, its migration steps). Suites that touch no database
# (extraction, charts…) run again too, so that "the whole suite passes on both" holds as written.
echo "== tests on PostgreSQL"
already_postgres="FullyQualifiedName!~Dashboard.Tests.Scale.TwoInstanceTests&FullyQualifiedName!~Dashboard.Tests.Cli.PostgresBenchTests"
already_postgres+="&FullyQualifiedName!~Dashboard.Tests.Cli.BenchVerbTests"
for project in tests/Metrics.Tests tests/Dashboard.Tests tests/Dashboard.E2E; do
  DASHBOARD_TEST_DATABASE=PostgreSQL dotnet test "$project" -c Release --no-build -nologo \
    --filter "${already_postgres}&Database!=SqliteOnly" 2>&1 | tee -a "$log" || status=$?
done

if [ -x scripts/extract-ratchet.sh ]; then
  echo "== extraction score ratchet"
  bash scripts/extract-ratchet.sh || status=$?
fi

passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "tests: ${passed} passed, ${failed} failed"
exit "$status"
