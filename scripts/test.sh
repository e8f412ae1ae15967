#!/usr/bin/env bash
# Runs every test of the solution. Installs whatever the tests need when it is missing, so that a
# fresh clone on a clean machine needs nothing else. Prints "N passed, N failed" at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

status=0
dotnet test PolicyRules.sln --configuration Release --logger "trx" --results-directory "$results" "$@" || status=$?

passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done

if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then
  echo "No test ran." >&2
  status=1
fi

echo "$passed passed, $failed failed"
exit "$status"
