#!/usr/bin/env bash
# The README's test command: every test project of the solution, with the database-facing fixtures on SQLite and on
# PostgreSQL. Without PARTNER_TEST_POSTGRES, starts a throw-away PostgreSQL when it can (root, or initdb installed) and
# stops it at the end. Installs Debian's chromium and chromium-driver for the browser tests when missing (as root).
# Arguments go to `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")/.."
throwaway=tests/postgres/throwaway-postgres.sh

if [[ -z "${PARTNER_TEST_POSTGRES:-}" ]]; then
  if [[ $(id -u) -eq 0 ]] || command -v initdb > /dev/null || compgen -G "/usr/lib/postgresql/*/bin/initdb" > /dev/null; then
    if exports=$(bash "$throwaway" start); then
      eval "$exports"
      trap 'bash "$throwaway" stop "$PARTNER_TEST_POSTGRES_DIR"' EXIT
    else
      echo "Could not start a throw-away PostgreSQL: the PostgreSQL fixtures are ignored (they fail when CI=true)." >&2
    fi
  else
    echo "No PostgreSQL here (not root, no initdb): the PostgreSQL fixtures are ignored (they fail when CI=true)." >&2
  fi
fi

if [[ ! -x /usr/bin/chromium || ! -x /usr/bin/chromedriver ]]; then
  if [[ $(id -u) -eq 0 ]]; then
    echo "Installing chromium and chromium-driver (Debian) for the browser tests" >&2
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >&2
  else
    echo "No chromium here (not root): the browser tests are ignored (they fail when CI=true)." >&2
  fi
fi

dotnet test Partner.sln "$@"
