# Sourced by run.sh and compare.sh: wrk, the credentials the service is started with, starting it and seeding it.

if ! command -v wrk >/dev/null; then
  echo "installing wrk (Debian package)"
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq wrk; else sudo apt-get update -qq && sudo apt-get install -y -qq wrk; fi
fi

bench_user=bench
bench_password=bench-password-0123456789
bench_admin_key=bench-admin-key-0123456789abcdef
bench_greenhouse_key=bench-greenhouse-key-0123456789
export BENCH_AUTH="Basic $(printf '%s:%s' "$bench_user" "$bench_password" | base64 -w0)"
export GREENHOUSE_AUTH="Basic $(printf '%s:' "$bench_greenhouse_key" | base64 -w0)"

# start_partner APP_DIR URL DATA_DIR LOG [NAME=VALUE ...]: the published service in Production with the credentials
# above, rate limiting off (it would answer 429 after 600 requests per client and minute) and a seeded Greenhouse
# organization; the extra assignments choose the database and anything else. Sets partner_pid (the dotnet host: the
# subshell execs it) and returns once /health answers; exits with the log when the service dies first.
start_partner() {
  local app=$1 url=$2 data=$3 log=$4
  shift 4
  (cd "$app" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$url" Database__DataDirectory="$data" \
    PartnerConnect__Credentials__0__Username="$bench_user" PartnerConnect__Credentials__0__Password="$bench_password" \
    Admin__ApiKeys__0="$bench_admin_key" RateLimiting__Enabled=false DataProtection__AllowUnencryptedKeys=true \
    Greenhouse__Seed__Organization__Name=Bench Greenhouse__Seed__Organization__ApiKey="$bench_greenhouse_key" \
    Greenhouse__Seed__Organization__Tests__0__PartnerTestId=bench-1 \
    Greenhouse__Seed__Organization__Tests__0__PartnerTestName="Bench test" "$@" \
    dotnet Partner.WebApi.dll >"$log" 2>&1) &
  partner_pid=$!
  until curl -fs "$url/health" >/dev/null 2>&1; do
    kill -0 "$partner_pid" 2>/dev/null || { echo "the service did not start:"; cat "$log"; exit 1; }
    sleep 0.05
  done
}

# seed_partner URL: one connect gives the account, the user and a connection to sign in on (seeded_connection_id);
# one send_test gives a Greenhouse interview (seeded_interview_id, empty in a build without Greenhouse).
seed_partner() {
  local url=$1 seed sent
  local connect_body='{"user_info":{"email":"bench@bench.databricks-test.com","first_name":"Bench","last_name":"Mark","databricks_user_id":42,"databricks_organization_id":4242,"is_connection_established":false,"auth":{"personal_access_token":"dapi-bench-token"}},"hostname":"bench.cloud.databricks.com","port":443,"workspace_url":"https://bench.cloud.databricks.com/?o=4242","workspace_id":4242,"demo":false,"cloud_provider":"aws","is_free_trial":false}'
  seed=$(curl -fs -H "Authorization: $BENCH_AUTH" -H 'Content-Type: application/json' --data "$connect_body" "$url/partners/databricks/v1/connect")
  seeded_connection_id=$(printf '%s' "$seed" | sed -n 's/.*"connection_id":"\([^"]*\)".*/\1/p')
  [ -n "$seeded_connection_id" ] || { echo "seed connect failed: $seed"; exit 1; }
  sent=$(curl -s -H "Authorization: $GREENHOUSE_AUTH" -H 'Content-Type: application/json' "$url/partners/greenhouse/send_test" \
    --data '{"partner_test_id":"bench-1","candidate":{"first_name":"Kate","last_name":"Austen","email":"kate@example.com","greenhouse_profile_url":"https://www.greenhouse.io/people/1"}}')
  seeded_interview_id=$(printf '%s' "$sent" | sed -n 's/.*"partner_interview_id":"\([^"]*\)".*/\1/p')
}
