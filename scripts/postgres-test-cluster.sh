#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the store's tests, on loopback, in a temporary folder.
#
#   eval "$(scripts/postgres-test-cluster.sh start)"   # exports RASD_TEST_POSTGRES and RASD_TEST_POSTGRES_DIR
#   scripts/postgres-test-cluster.sh stop [DIR]        # stops it and removes the folder; does nothing if not running
#
# start installs Debian's postgresql package when /usr/lib/postgresql/15/bin/initdb is missing, and
# postgresql-15-rum (the ranked full-text index the store searches with) when rum is missing; it
# creates the rum extension in the cluster's postgres database, where the tests make their schemas.
# The port is RASD_TEST_POSTGRES_PORT (default 55432). Only the export lines go to standard output.
set -euo pipefail

port="${RASD_TEST_POSTGRES_PORT:-55432}"
bin=/usr/lib/postgresql/15/bin
state="${TMPDIR:-/tmp}/rasd-postgres-test-cluster.$port"

# The server refuses to run as root: as root, run its tools as the postgres user.
as_server_user() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

print_exports() {
  echo "export RASD_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=rasd;Database=postgres'"
  echo "export RASD_TEST_POSTGRES_DIR='$1'"
}

create_rum() {
  "$bin/psql" -q -h 127.0.0.1 -p "$port" -U rasd -d postgres -c 'CREATE EXTENSION IF NOT EXISTS rum' >&2
}

start() {
  local packages=()
  if [ ! -x "$bin/initdb" ]; then packages+=(postgresql); fi
  if [ ! -f /usr/lib/postgresql/15/lib/rum.so ]; then packages+=(postgresql-15-rum); fi
  if [ "${#packages[@]}" -gt 0 ]; then
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >&2
  fi
  if [ -f "$state" ]; then
    local previous
    previous="$(cat "$state")"
    if [ -d "$previous/data" ] && as_server_user "$bin/pg_ctl" -D "$previous/data" status >/dev/null 2>&1; then
      create_rum
      print_exports "$previous"
      return
    fi
  fi
  local dir
  dir="$(mktemp -d "${TMPDIR:-/tmp}/rasd-postgres.XXXXXX")"
  if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
  as_server_user "$bin/initdb" -D "$dir/data" -A trust -U rasd -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  # fsync off: the cluster is thrown away, and tests should not wait on the disk.
  as_server_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >&2 \
    || { cat "$dir/log" >&2; exit 1; }
  create_rum
  echo "$dir" >"$state"
  print_exports "$dir"
}

stop() {
  local dir="${1:-${RASD_TEST_POSTGRES_DIR:-}}"
  if [ -z "$dir" ] && [ -f "$state" ]; then dir="$(cat "$state")"; fi
  if [ -n "$dir" ] && [ -d "$dir/data" ]; then
    as_server_user "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 2>/dev/null || true
  fi
  if [ -n "$dir" ] && [ -d "$dir" ]; then rm -rf "$dir"; fi
  if [ -f "$state" ] && [ "$(cat "$state")" = "$dir" ]; then rm -f "$state"; fi
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop [DIR]" >&2; exit 2 ;;
esac
