# Sourced by the benchmark scripts: the app's database by $provider (Sqlite: a file in $work; PostgreSql: a
# throw-away server, stopped by `cleanup`). Sets the array `database` of environment assignments for the app.
# Usage: bench_database DATABASE_NAME
bench_database() {
  cleanup() { :; }
  case "$provider" in
    Sqlite) database=(ConnectionStrings__Partner="Data Source=$work/partner.db") ;;
    PostgreSql)
      eval "$(bash tests/postgres/throwaway-postgres.sh start)"
      cleanup() { bash tests/postgres/throwaway-postgres.sh stop >/dev/null 2>&1 || true; }
      database=(Database__Provider=PostgreSql ConnectionStrings__Partner="$PARTNER_TEST_POSTGRES;Database=$1")
      ;;
    *) echo "PROVIDER must be Sqlite or PostgreSql"; exit 2 ;;
  esac
}
