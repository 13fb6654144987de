#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests, on 127.0.0.1 only.
#   start        installs Debian's postgresql when initdb is missing (root), initialises a cluster in a fresh temp
#                directory, starts it on a free port and prints the shell line to use it:
#                  eval "$(bash tests/postgres/throwaway-postgres.sh start)"
#                which sets PARTNER_TEST_POSTGRES (admin connection string) and PARTNER_TEST_POSTGRES_DIR.
#   stop [DIR]   stops that cluster and removes its directory (DIR defaults to $PARTNER_TEST_POSTGRES_DIR, then
#                to the last cluster started).
#   pause DIR    stops that cluster's server as an operator would (fast shutdown), keeping its data;
#   resume DIR   starts it again on the same port (the outage tests take the database away under a running app).
# Progress goes to stderr; only the export line goes to stdout.
set -euo pipefail
# /tmp, not $TMPDIR: the postgres user must be able to read the cluster directory and its parents.
last=/tmp/partner-throwaway-postgres.last

bindir() {
  if command -v initdb > /dev/null; then dirname "$(readlink -f "$(command -v initdb)")"; return; fi
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2> /dev/null | sort -V | tail -n 1)
  [[ -n "$found" && -x "$found/initdb" ]] && echo "$found"
}

# Runs a server binary as the postgres user when we are root (the server refuses to run as root).
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

port_in_use() { (exec 3<> "/dev/tcp/127.0.0.1/$1") 2> /dev/null; }

start() {
  local bin
  bin=$(bindir) || true
  if [[ -z "$bin" ]]; then
    [[ $(id -u) -eq 0 ]] || { echo "initdb not found and not root: install Debian's postgresql first" >&2; exit 1; }
    echo "Installing Debian's postgresql..." >&2
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    bin=$(bindir)
  fi

  local dir
  dir=$(mktemp -d /tmp/partner-postgres.XXXXXX)
  chmod 755 "$dir"
  if [[ $(id -u) -eq 0 ]]; then chown postgres:postgres "$dir"; fi
  as_owner "$bin/initdb" -D "$dir/data" --auth=trust -U postgres -E UTF8 --no-sync > "$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }

  local port started=""
  for _ in $(seq 1 20); do
    port=$((20000 + RANDOM % 20000))
    port_in_use "$port" && continue
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300" start > /dev/null; then
      started=1
      break
    fi
  done
  [[ -n "$started" ]] || { cat "$dir/server.log" >&2; exit 1; }
  echo "$port" > "$dir/port"
  echo "$dir" > "$last"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($dir)" >&2
  echo "export PARTNER_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres' PARTNER_TEST_POSTGRES_DIR='$dir'"
}

stop() {
  local dir="${1:-${PARTNER_TEST_POSTGRES_DIR:-$(cat "$last" 2> /dev/null || true)}}"
  [[ -n "$dir" && -d "$dir/data" ]] || { echo "no throw-away PostgreSQL to stop" >&2; return 0; }
  local bin
  bin=$(bindir)
  as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop > /dev/null || true
  rm -rf "$dir"
  if [[ "$(cat "$last" 2> /dev/null || true)" == "$dir" ]]; then rm -f "$last"; fi
  echo "Stopped the throw-away PostgreSQL ($dir)" >&2
}

pause() {
  local dir="$1"
  as_owner "$(bindir)/pg_ctl" -D "$dir/data" -m fast -w stop > /dev/null
}

resume() {
  local dir="$1" port
  port=$(cat "$dir/port")
  as_owner "$(bindir)/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300" start > /dev/null
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  pause) pause "${2:?usage: $0 pause DIR}" ;;
  resume) resume "${2:?usage: $0 resume DIR}" ;;
  *) echo "usage: $0 start | stop [DIR] | pause DIR | resume DIR" >&2; exit 2 ;;
esac
