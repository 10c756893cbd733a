#!/usr/bin/env bash
# The extraction score ratchet: runs `extract` over the shared dev corpus, scores it with the
# shared scorer, and fails when a strict F1 falls below its floor in tests/extraction-ratchet.txt.
# Skipped (exit 0) when the shared folder is not beside the repository.
# Usage: bash scripts/extract-ratchet.sh   (called by scripts/test.sh after the Release build)
set -uo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
shared="$(dirname "$root")/shared"
dev="$shared/corpus/dev"
scorer="$shared/tools/score.py"
floors="$root/tests/extraction-ratchet.txt"
dll="$root/src/Dashboard/bin/Release/net10.0/Dashboard.dll"

fail() {
  echo "extraction ratchet FAILED: $*" >&2
  exit 1
}

if [ ! -d "$dev" ]; then
  echo "extraction ratchet skipped: no dev corpus at $dev"
  exit 0
fi

[ -f "$scorer" ] || fail "the dev corpus is there but its scorer $scorer is not"
[ -f "$floors" ] || fail "no floors file $floors"
command -v python3 >/dev/null 2>&1 || fail "python3 is needed to run $scorer"

floor_of() {
  sed -n "s/^[[:space:]]*$1[[:space:]]*=[[:space:]]*\([0-9.]*\)[[:space:]]*$/\1/p" "$floors" | tail -n 1
}
meeting_floor="$(floor_of meeting)"
project_floor="$(floor_of project)"
[ -n "$meeting_floor" ] && [ -n "$project_floor" ] ||
  fail "$floors must give meeting=<F1> and project=<F1>"

if [ ! -f "$dll" ]; then
  echo "no Release build at $dll: building it"
  dotnet build "$root/src/Dashboard" -c Release -warnaserror -nologo -v quiet || fail "the Release build failed"
fi

echo "scoring $dll (built $(date -r "$dll" '+%Y-%m-%d %H:%M'))"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# extract exits 1 when it rejects a file but still prints the others: score them anyway.
status=0
dotnet "$dll" extract "$dev" >"$work/facts.jsonl" 2>"$work/rejected.txt" || status=$?
case "$status" in
  0) ;;
  1)
    echo "warning: extract rejected $(grep -c . "$work/rejected.txt") dev file(s); they score as articles with no facts:"
    sed 's/^/  /' "$work/rejected.txt"
    ;;
  *)
    sed 's/^/  /' "$work/rejected.txt" >&2
    fail "extract exited with code $status"
    ;;
esac

python3 "$scorer" "$dev" "$work/facts.jsonl" >"$work/score.txt" 2>&1 || {
  sed 's/^/  /' "$work/score.txt" >&2
  fail "$scorer failed"
}
cat "$work/score.txt"

summary="$(grep '^SUMMARY ' "$work/score.txt" | tail -n 1)"
meeting="$(sed -n 's/.*strict_f1 meeting=\([0-9.]*\).*/\1/p' <<<"$summary")"
project="$(sed -n 's/.*strict_f1 .*project=\([0-9.]*\).*/\1/p' <<<"$summary")"
[ -n "$meeting" ] && [ -n "$project" ] || fail "no 'SUMMARY strict_f1 meeting=X project=Y' line in the scorer's output"

below() { awk -v score="$1" -v floor="$2" 'BEGIN { exit !(score + 0 < floor + 0) }'; }
failed=0
for pair in "meeting $meeting $meeting_floor" "project $project $project_floor"; do
  set -- $pair
  if below "$2" "$3"; then
    echo "extraction ratchet: $1 strict F1 $2 is below its floor $3" >&2
    failed=1
  fi
done
[ "$failed" -eq 0 ] || fail "a score fell below tests/extraction-ratchet.txt (floors are never lowered: fix the extractor)"

echo "extraction ratchet passed: meeting $meeting >= $meeting_floor, project $project >= $project_floor"

# The probe corpora (tests/probe-corpus, tests/probe-corpus-2 added in session 14, tests/probe-corpus-3
# added in session 15 and tests/probe-corpus-4 in session 16: articles written against the schema by
# sessions that never saw the rules) have floors of their own, so that adding harder articles never lowers a floor that was reached.
probe_ratchet() {
  local probes="$1" name="$2"
  local meeting_floor project_floor
  meeting_floor="$(floor_of "${name}_meeting")"
  project_floor="$(floor_of "${name}_project")"
  if [ ! -d "$probes" ] || [ -z "$meeting_floor" ] || [ -z "$project_floor" ]; then
    return 0
  fi

  dotnet "$dll" extract "$probes" >"$work/$name.jsonl" 2>"$work/$name-rejected.txt" || fail "extract failed on $probes"
  python3 "$scorer" "$probes" "$work/$name.jsonl" >"$work/$name-score.txt" 2>&1 || fail "$scorer failed on $probes"
  local summary probe_meeting probe_project
  summary="$(grep '^SUMMARY ' "$work/$name-score.txt" | tail -n 1)"
  echo "$name corpus ($(basename "$probes")): $summary"
  probe_meeting="$(sed -n 's/.*strict_f1 meeting=\([0-9.]*\).*/\1/p' <<<"$summary")"
  probe_project="$(sed -n 's/.*strict_f1 .*project=\([0-9.]*\).*/\1/p' <<<"$summary")"
  for pair in "${name}_meeting $probe_meeting $meeting_floor" "${name}_project $probe_project $project_floor"; do
    set -- $pair
    if below "$2" "$3"; then
      fail "$1 strict F1 $2 is below its floor $3"
    fi
  done
  echo "$name ratchet passed: meeting $probe_meeting >= $meeting_floor, project $probe_project >= $project_floor"
}

probe_ratchet "$root/tests/probe-corpus" probe
probe_ratchet "$root/tests/probe-corpus-2" probe2
probe_ratchet "$root/tests/probe-corpus-3" probe3
probe_ratchet "$root/tests/probe-corpus-4" probe4

if awk -v m="$meeting" -v mf="$meeting_floor" -v p="$project" -v pf="$project_floor" \
  'BEGIN { exit !(m - mf >= 0.01 || p - pf >= 0.01) }'; then
  echo "  the extractor improved: raise the floors in tests/extraction-ratchet.txt"
fi
