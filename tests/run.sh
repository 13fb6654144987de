#!/usr/bin/env bash
# The README's test command: every test project of the solution, with the database-facing fixtures on SQLite and on
# PostgreSQL. Without PARTNER_TEST_POSTGRES, starts a throw-away PostgreSQL when it can (root, or initdb installed) and
# stops it at the end. Arguments go to `dotnet test`.
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

dotnet test Partner.sln "$@"
