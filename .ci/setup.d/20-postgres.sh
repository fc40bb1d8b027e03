#!/usr/bin/env bash
# A throwaway PostgreSQL for the ledger tests (HealthGap.Operational.Tests) and the funding benchmark.
# Installs Debian's postgresql if missing, creates a cluster in a temp folder owned by the postgres
# user, starts it on 127.0.0.1 at a free port (trust auth, loopback only) and creates a database.
# The connection string is written to /tmp/healthgap-ci-postgres.conn; tests read it from there or
# from HEALTHGAP_TEST_POSTGRES. Idempotent: a server started earlier that still answers is reused.
set -euo pipefail
cd "$(dirname "$0")/../.."

conn_file=/tmp/healthgap-ci-postgres.conn
database=healthgap_test

find_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

bin=$(find_bin)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  bash .ci/install-system-packages postgresql
  bin=$(find_bin)
fi
if [ -z "$bin" ]; then
  echo "20-postgres: no PostgreSQL server binaries under /usr/lib/postgresql/*/bin after installing postgresql" >&2
  exit 1
fi

if [ -s "$conn_file" ]; then
  port=$(sed -E 's/.*Port=([0-9]+).*/\1/' "$conn_file")
  if "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
    echo "20-postgres: reusing the server on 127.0.0.1:$port ($conn_file)"
    exit 0
  fi
fi

# A free TCP port on loopback, chosen by the kernel.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
  || shuf -i 20000-60000 -n 1)

data_dir=$(mktemp -d /tmp/healthgap-pg.XXXXXX)
chown postgres:postgres "$data_dir"
chmod 700 "$data_dir"
run_as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"; else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
}
run_as_postgres "$bin/initdb" -D "$data_dir" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
run_as_postgres "$bin/pg_ctl" -D "$data_dir" -l "$data_dir/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $data_dir -c max_connections=200" start >/dev/null
"$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres "$database"

echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=$database" > "$conn_file"
chmod 644 "$conn_file"
echo "20-postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, data in $data_dir; connection string in $conn_file"
