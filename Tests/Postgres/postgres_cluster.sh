#!/usr/bin/env bash
# A throw-away PostgreSQL cluster on 127.0.0.1 for the storage tests and the load test
# (docs/serve.md, "Testing against PostgreSQL"). Used by .ci/run and by hand:
#
#   eval "$(Tests/Postgres/postgres_cluster.sh start /tmp/kader-pg)"   # exports KADER_TEST_POSTGRES_URL
#   swift test --filter StorageTests
#   Tests/Postgres/postgres_cluster.sh stop /tmp/kader-pg
#
# `start DIR` finds PostgreSQL's programs (PATH, then Debian's /usr/lib/postgresql/N/bin, then
# installs Debian's `postgresql`), makes a cluster in DIR owned by a user that is not root
# (PostgreSQL refuses to run as root), starts it on a free port with password authentication,
# creates the database kader_test, and prints `export KADER_TEST_POSTGRES_URL=...`.
# Everything else it says goes to standard error. `stop DIR` stops the cluster and removes DIR.
set -euo pipefail

command=${1:-}
dir=${2:-}
if [ -z "$command" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop DIR" >&2
  exit 2
fi

find_bin() {
  if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v pg_ctl)")"
    return
  fi
  local candidate
  for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$candidate/pg_ctl" ] && [ -x "$candidate/initdb" ]; then
      echo "$candidate"
      return
    fi
  done
}

# Runs a command as the cluster's owner (the caller itself unless that is root).
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u "$(cat "$dir/owner")" -- "$@"
  else
    "$@"
  fi
}

case "$command" in
start)
  bin=$(find_bin)
  if [ -z "$bin" ]; then
    echo "PostgreSQL not found; installing Debian's postgresql" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql) >&2
    bin=$(find_bin)
  fi
  [ -n "$bin" ] || { echo "PostgreSQL could not be found or installed" >&2; exit 1; }
  mkdir -p "$dir"
  owner=$(id -un)
  if [ "$(id -u)" -eq 0 ]; then
    owner=postgres
    id -u "$owner" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$owner"
    chown "$owner" "$dir"
    chmod 700 "$dir"
  fi
  echo "$owner" > "$dir/owner"
  password="kader-test-$RANDOM$RANDOM"
  as_owner sh -c "umask 077; printf '%s\n' '$password' > '$dir/password'"
  as_owner "$bin/initdb" -D "$dir/data" -U kader --pwfile="$dir/password" --auth-local=trust --auth-host=scram-sha-256 \
    -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=200" start >&2 \
    || { cat "$dir/server.log" >&2; exit 1; }
  echo "$bin" > "$dir/bin"
  PGPASSWORD=$password "$bin/psql" -q -h 127.0.0.1 -p "$port" -U kader -d postgres -c "CREATE DATABASE kader_test" >&2
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (cluster in $dir)" >&2
  echo "export KADER_TEST_POSTGRES_URL='postgres://kader:$password@127.0.0.1:$port/kader_test?sslmode=disable'"
  ;;
stop)
  if [ -f "$dir/bin" ]; then
    as_owner "$(cat "$dir/bin")/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
  fi
  rm -rf "$dir"
  ;;
*)
  echo "usage: $0 start|stop DIR" >&2
  exit 2
  ;;
esac
