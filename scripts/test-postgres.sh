#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the database tests: `start` prints the URL to export as
# TEST_DATABASE_URL, `stop` removes the cluster. Debian's postgresql package provides the binaries.
set -euo pipefail

PORT="${TEST_POSTGRES_PORT:-4459}"
STATE="${TMPDIR:-/tmp}/console-test-postgres-$PORT"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"

as_owner() {
  # initdb and postgres refuse to run as root.
  if [ "$(id -u)" = "0" ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}

case "${1:-}" in
  start)
    if [ -z "$BIN" ]; then
      echo "PostgreSQL is not installed (apt-get install -y postgresql)" >&2
      exit 1
    fi
    rm -rf "$STATE"
    mkdir -p "$STATE"
    [ "$(id -u)" = "0" ] && chown postgres "$STATE"
    as_owner "'$BIN/initdb' -D '$STATE/data' -U console --auth=trust -E UTF8 >'$STATE/initdb.log'"
    as_owner "'$BIN/pg_ctl' -D '$STATE/data' -l '$STATE/server.log' -w -o \"-h 127.0.0.1 -p $PORT -k '$STATE'\" start >/dev/null"
    as_owner "'$BIN/createdb' -h 127.0.0.1 -p $PORT -U console console_test"
    echo "postgres://console@127.0.0.1:$PORT/console_test"
    ;;
  stop)
    if [ -n "$BIN" ] && [ -d "$STATE/data" ]; then
      as_owner "'$BIN/pg_ctl' -D '$STATE/data' -m fast stop >/dev/null" || true
    fi
    rm -rf "$STATE"
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
