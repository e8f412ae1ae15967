#!/usr/bin/env bash
# Runs every test of the solution. Installs whatever the tests need when it is missing, so that a
# fresh clone on a clean machine needs nothing else. Prints "N passed, N failed" at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

# Installs Debian's PostgreSQL server binaries without starting its default server (policy-rc.d exit 101 refuses
# service starts); the PostgresStorage tests start and stop a throwaway server of their own.
install_postgresql() {
  local sudo=() policy=/usr/sbin/policy-rc.d added="" rc=0
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$policy" >/dev/null
    "${sudo[@]}" chmod 755 "$policy"
    added=1
  fi
  { "${sudo[@]}" apt-get update && "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql; } >&2 || rc=$?
  [ -z "$added" ] || "${sudo[@]}" rm -f "$policy"
  return "$rc"
}

if ! compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null && [ -z "${POLICYRULES_TEST_POSTGRES:-}" ]; then
  echo "Installing PostgreSQL for the storage tests..." >&2
  install_postgresql
fi

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
