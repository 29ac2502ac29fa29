#!/usr/bin/env bash
# The PostgreSQL server the tests run on (no Docker): Debian's postgresql, installed if missing (as
# root), a throwaway cluster in $PG_DIR owned by the postgres user (initdb refuses root), on loopback
# port $PG_PORT, password auth for the role "newsroom" (allowed to create the tests' databases).
#   bash tests/postgres.sh exec CMD…   runs CMD with TEST_DATABASE_URI set (starting the cluster if needed)
#   bash tests/postgres.sh start       starts it and prints `export TEST_DATABASE_URI=…`
#   bash tests/postgres.sh stop
# A TEST_DATABASE_URI=postgres://… already set is used as it is: nothing is installed or started.
set -euo pipefail
PG_PORT="${PG_PORT:-55432}"
PG_DIR="${PG_DIR:-/tmp/newsroom-postgres}"
PG_PASSWORD="${PG_PASSWORD:-newsroom}"
URI="postgres://newsroom:$PG_PASSWORD@127.0.0.1:$PG_PORT/newsroom"
command="${1:-start}"
[ $# -gt 0 ] && shift

if [[ "${TEST_DATABASE_URI:-}" =~ ^postgres(ql)?:// ]]; then
  URI="$TEST_DATABASE_URI"
elif [ "$command" != stop ]; then
  if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
    if [ "$(id -u)" != 0 ]; then
      echo "The Postgres tests need Debian's postgresql (sudo apt-get install postgresql) or TEST_DATABASE_URI=postgres://… of a server." >&2
      exit 1
    fi
    echo "Installing Debian's postgresql for the tests…" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
fi
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

start() {
  [[ "${TEST_DATABASE_URI:-}" =~ ^postgres(ql)?:// ]] && return 0
  as_postgres "$BIN/pg_ctl" -D "$PG_DIR" status >/dev/null 2>&1 && return 0
  rm -rf "$PG_DIR"
  mkdir -p "$PG_DIR"
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$PG_DIR"; fi
  as_postgres "$BIN/initdb" -D "$PG_DIR" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
  # Every test file opens its own pool and database; fsync off: this cluster is thrown away.
  cat >> "$PG_DIR/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_DIR'
max_connections = 400
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
  as_postgres "$BIN/pg_ctl" -D "$PG_DIR" -l "$PG_DIR/server.log" -w start >/dev/null
  as_postgres "$BIN/psql" -h "$PG_DIR" -p "$PG_PORT" -U postgres -qc "CREATE ROLE newsroom LOGIN CREATEDB PASSWORD '$PG_PASSWORD'"
  as_postgres "$BIN/psql" -h "$PG_DIR" -p "$PG_PORT" -U postgres -qc "CREATE DATABASE newsroom OWNER newsroom"
  echo "PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') running on 127.0.0.1:$PG_PORT (cluster $PG_DIR)" >&2
}

case "$command" in
  start) start; echo "export TEST_DATABASE_URI=$URI" ;;
  exec) start; TEST_DATABASE_URI="$URI" exec "$@" ;;
  stop) as_postgres "$BIN/pg_ctl" -D "$PG_DIR" -m fast stop >/dev/null 2>&1 || true ;;
  *) echo "usage: tests/postgres.sh start|exec CMD…|stop" >&2; exit 2 ;;
esac
