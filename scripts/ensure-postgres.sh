#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the receiver's tests and bench, installing Debian's
# `postgresql` package when it is missing (npm cannot bring a database server here; apt is the route).
#
#   bash scripts/ensure-postgres.sh [start] [DIR]   initdb (once) and start a cluster in DIR, on a free
#                                                   port of 127.0.0.1 with its unix socket in DIR too;
#                                                   create the database `receiver_test`; print
#                                                   TEST_DATABASE_URL=postgres://… on stdout and write
#                                                   it to DIR/env (`source DIR/env` exports it).
#   bash scripts/ensure-postgres.sh stop [DIR]      stop that cluster and delete DIR.
#
# DIR defaults to $PG_TEST_DIR, else ${TMPDIR:-/tmp}/parent-champion-pg. `start` is idempotent: a
# cluster already running in DIR is reused (same URL); a stopped one is started again. `stop` on a
# DIR with no cluster does nothing. Run as root, the server runs as the `postgres` user (initdb
# refuses root); run as another user, it runs as that user. Trust authentication, 127.0.0.1 only:
# for tests, never for data that matters.
set -euo pipefail
mode="start"
case "${1:-}" in
  start | stop) mode="$1"; shift ;;
esac
dir="${1:-${PG_TEST_DIR:-${TMPDIR:-/tmp}/parent-champion-pg}}"
bin="${PG_BIN:-/usr/lib/postgresql/15/bin}"
database="receiver_test"
data="$dir/data"

as_owner=()
if [ "$(id -u)" -eq 0 ]; then as_owner=(runuser -u postgres --); fi

if [ "$mode" = "stop" ]; then
  if [ -f "$data/postmaster.pid" ] && [ -x "$bin/pg_ctl" ]; then
    "${as_owner[@]}" "$bin/pg_ctl" stop -D "$data" -m fast -w >/dev/null 2>&1 || true
  fi
  # Only ever delete a directory this script made (it holds our marker), never an arbitrary path.
  if [ -f "$dir/.parent-champion-pg" ]; then rm -rf "$dir"; fi
  exit 0
fi

if [ ! -x "$bin/initdb" ]; then
  echo "Installing PostgreSQL for the receiver's tests: postgresql" >&2
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq postgresql >/dev/null
  # The package starts its own `main` cluster on 5432; the tests use only their own.
fi
[ -x "$bin/initdb" ] || { echo "ensure-postgres: $bin/initdb not found after installing postgresql" >&2; exit 1; }

# DIR is new, or empty (from mktemp -d), or one this script made before.
if [ ! -d "$dir" ] || [ -z "$(ls -A "$dir")" ]; then
  mkdir -p "$dir"
  touch "$dir/.parent-champion-pg"
elif [ ! -f "$dir/.parent-champion-pg" ]; then
  echo "ensure-postgres: $dir holds files this script did not make; choose another directory" >&2
  exit 1
fi
chmod 700 "$dir"
if [ "$(id -u)" -eq 0 ]; then
  chown postgres: "$dir"
  "${as_owner[@]}" test -x "$dir" ||
    { echo "ensure-postgres: the postgres user cannot reach $dir; choose a directory under /tmp" >&2; exit 1; }
fi

# A half-made cluster (initdb interrupted) is made again.
if [ ! -f "$data/PG_VERSION" ]; then
  rm -rf "$data"
  "${as_owner[@]}" "$bin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
fi

port=""
if "${as_owner[@]}" "$bin/pg_ctl" status -D "$data" >/dev/null 2>&1 && [ -f "$dir/port" ]; then
  port="$(cat "$dir/port")"
else
  # A free port: the kernel picks one, which is released at once for the server to take.
  port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
  "${as_owner[@]}" "$bin/pg_ctl" start -D "$data" -w -t 60 -l "$dir/server.log" \
    -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$dir" >/dev/null ||
    { tail -n 20 "$dir/server.log" >&2; exit 1; }
  echo "$port" >"$dir/port"
fi

psql=("${as_owner[@]}" "$bin/psql" -h "$dir" -p "$port" -U postgres -d postgres -qAt)
if [ "$("${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname = '$database'")" != "1" ]; then
  "${psql[@]}" -c "CREATE DATABASE $database" >/dev/null
fi

url="postgres://postgres@127.0.0.1:$port/$database"
printf 'export TEST_DATABASE_URL=%q\nexport PG_TEST_DIR=%q\n' "$url" "$dir" >"$dir/env"
chmod 644 "$dir/env"
echo "TEST_DATABASE_URL=$url"
echo "PostgreSQL 15 is running in $dir (port $port). Stop it with: bash scripts/ensure-postgres.sh stop $dir" >&2
