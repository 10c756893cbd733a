#!/usr/bin/env bash
# Screenshots of every page (/, /timeline, /districts, /articles, /facts), light and dark, at 1366x768,
# taken by the browser tests of category Screenshots on a fresh seeded database, into
# docs/screenshots/ for the README and docs/pages.md. Usage: bash scripts/screenshots.sh   (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."
export DASHBOARD_CHROMIUM="${DASHBOARD_CHROMIUM:-$(command -v chromium)}"
export DASHBOARD_SCREENSHOTS="docs/screenshots"
dotnet test tests/Dashboard.E2E -c Release -nologo --filter "Category=Screenshots"
ls -1 docs/screenshots/*.png
