#!/usr/bin/env bash
# Runs every test of the solution. Installs whatever the tests need when it is missing, so that a
# fresh clone on a clean machine needs nothing else. Prints "N passed, N failed" at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
apt_updated=""

# Installs Debian packages; the package index is fetched once per run.
apt_install() {
  echo "Installing $* for the tests..." >&2
  if [ -z "$apt_updated" ]; then
    "${sudo[@]}" apt-get update >&2
    apt_updated=1
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "$@" >&2
}

# Installs Debian's PostgreSQL server binaries without starting its default server (policy-rc.d exit 101 refuses
# service starts); the PostgreSQL tests start and stop a throwaway server of their own.
install_postgresql() {
  local policy=/usr/sbin/policy-rc.d added="" rc=0
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$policy" >/dev/null
    "${sudo[@]}" chmod 755 "$policy"
    added=1
  fi
  apt_install postgresql || rc=$?
  [ -z "$added" ] || "${sudo[@]}" rm -f "$policy"
  return "$rc"
}

if ! compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null && [ -z "${POLICYRULES_TEST_POSTGRES:-}" ]; then
  install_postgresql
fi

# The browser tests drive Debian's Chromium (never a downloaded browser); the DirectLineJS smoke test needs Node.js
# and npm (the bot itself does not: its Web Chat bundle is committed).
[ -x /usr/bin/chromium ] || apt_install chromium
command -v node >/dev/null && command -v npm >/dev/null || apt_install nodejs npm

# Fonts for the pages Chromium renders, so that the screenshots the browser tests save (artifacts/screenshots/) show
# the Chinese text and the emoji a parent sees rather than empty boxes. fontconfig comes with Chromium.
fonts=()
[ -n "$(fc-list ':lang=zh-cn' family 2>/dev/null)" ] || fonts+=(fonts-noto-cjk)
[ -n "$(fc-list ':color=true' family 2>/dev/null)" ] || fonts+=(fonts-noto-color-emoji)
# The counter console's PDF notice (PDFsharp embeds TrueType outlines only, which Noto CJK does not have): Droid Sans
# Fallback for the Chinese, DejaVu Sans for the digits and Latin letters it lacks.
[ -f /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf ] || fonts+=(fonts-droid-fallback)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || fonts+=(fonts-dejavu-core)
[ ${#fonts[@]} -eq 0 ] || apt_install "${fonts[@]}"

# The Node packages of the DirectLineJS smoke test, from its lock file.
smoke=tests/PolicyRules.Bot.Web.Tests/node
[ -d "$smoke/node_modules/botframework-directlinejs" ] || (cd "$smoke" && npm ci --no-audit --no-fund --loglevel=error)

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
