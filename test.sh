#!/usr/bin/env bash
# Runs every test: integration tests on SQLite and PostgreSQL, and the browser tests in Chromium.
# Needs PostgreSQL 15 and Chromium (.ci/run installs both with apt). Starts its own PostgreSQL
# server on 127.0.0.1:55432 in a temporary folder unless KP_TEST_POSTGRES names one already.
# Prints "N passed, N failed" last.
set -uo pipefail
cd "$(dirname "$0")"

pg_started=""
if [ -z "${KP_TEST_POSTGRES:-}" ]; then
  pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$pgbin" ]; then
    echo "PostgreSQL is not installed: apt-get install -y postgresql (or set KP_TEST_POSTGRES)." >&2
    exit 2
  fi
  pgdata=$(mktemp -d /tmp/kp-pg.XXXXXX)
  chown postgres "$pgdata" 2>/dev/null || true
  as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
  as_pg "'$pgbin/initdb' -D '$pgdata' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null" || exit 2
  as_pg "'$pgbin/pg_ctl' -D '$pgdata' -o \"-h 127.0.0.1 -p 55432 -k /tmp\" -l '$pgdata/log' -w start >/dev/null" || { cat "$pgdata/log"; exit 2; }
  pg_started="$pgdata"
  export KP_TEST_POSTGRES="Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres"
  trap 'as_pg "\"$pgbin/pg_ctl\" -D \"$pg_started\" -m fast stop >/dev/null"; rm -rf "$pg_started"' EXIT
fi

log=$(mktemp)
dotnet build Kommunpilot.slnx -c Release -warnaserror 2>&1 | tail -n 3
# One test module at a time: the browser tests and the integration tests each keep two cores busy.
dotnet test --solution Kommunpilot.slnx -c Release --no-build --max-parallel-test-modules 1 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# The runner's closing summary has lines "  failed: N", "  succeeded: N", "  skipped: N".
count() { grep -E "^\s*$1: [0-9]+\s*$" "$log" | tail -n 1 | grep -oE '[0-9]+' || echo 0; }
passed=$(count succeeded); failed=$(count failed); skipped=$(count skipped)
rm -f "$log"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
