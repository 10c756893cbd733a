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

# The same storage, import, query, review, export and HTTP suites again, on PostgreSQL.
echo "== tests on PostgreSQL"
pg_suites="FullyQualifiedName~Metrics.Tests.Import|FullyQualifiedName~Metrics.Tests.Storage|FullyQualifiedName~Metrics.Tests.Queries"
pg_suites+="|FullyQualifiedName~Metrics.Tests.Review|FullyQualifiedName~Metrics.Tests.Export"
pg_suites+="|FullyQualifiedName~Dashboard.Tests.Endpoints|FullyQualifiedName~Dashboard.Tests.Panels"
pg_suites+="|FullyQualifiedName~Dashboard.Tests.Account|FullyQualifiedName~Dashboard.Tests.Review"
for project in tests/Metrics.Tests tests/Dashboard.Tests; do
  DASHBOARD_TEST_DATABASE=PostgreSQL dotnet test "$project" -c Release --no-build -nologo \
    --filter "(${pg_suites})&Database!=SqliteOnly" 2>&1 | tee -a "$log" || status=$?
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
