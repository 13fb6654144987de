#!/usr/bin/env bash
# Interleaved comparison of two builds on this machine, the way docs/performance.md tells a change from the noise:
# both builds are published with ReadyToRun and started side by side on fresh SQLite files; each endpoint is warmed up
# on each build, then measured alternately, round after round, so that both see the same machine. Besides req/s and
# p99 it reports the server's CPU time per request (from /proc/<pid>/stat), which the load generator sharing the cores
# disturbs less, and each build's peak resident memory (VmHWM) at the end.
# Usage: tests/Benchmarks/compare.sh REV_A [REV_B]    (REV_B defaults to the working tree)
#   ENDPOINTS (default "sign-in test_status list_tests new-customer"; also connect, connectors, health-live),
#   ROUNDS (3), DURATION (8s), WARMUP (20s), CONNECTIONS (64).
#   ENV_A / ENV_B: extra environment for one build, e.g. `ENV_B="DOTNET_TieredPGO=0" compare.sh HEAD HEAD`.
# Results go to stdout and artifacts/benchmarks/compare/results.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
rev_a=${1:?usage: tests/Benchmarks/compare.sh REV_A [REV_B]}
rev_b=${2:-}
endpoints=${ENDPOINTS:-"sign-in test_status list_tests new-customer"}
rounds=${ROUNDS:-3}
duration=${DURATION:-8s}
warmup=${WARMUP:-20s}
connections=${CONNECTIONS:-64}
ticks_per_second=$(getconf CLK_TCK)

if ! command -v wrk >/dev/null; then
  echo "installing wrk (Debian package)"
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq wrk; else sudo apt-get update -qq && sudo apt-get install -y -qq wrk; fi
fi

out="$root/artifacts/benchmarks/compare"
rm -rf "$out" && mkdir -p "$out"
work=$(mktemp -d)
declare -A pid port connection_id interview_id
declare -a worktrees=()
cleanup() {
  for v in A B; do [ -n "${pid[$v]:-}" ] && kill "${pid[$v]}" 2>/dev/null || true; done
  wait 2>/dev/null || true
  for tree in "${worktrees[@]}"; do git worktree remove --force "$tree" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# publish REV DIR: a revision through a temporary worktree, or the working tree when REV is empty.
publish() {
  local rev=$1 dir=$2 src=$root
  if [ -n "$rev" ]; then
    src="$work/src-$(basename "$dir")"
    git worktree add -q --detach "$src" "$rev"
    worktrees+=("$src")
  fi
  dotnet publish "$src/src/WebApi" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$dir" \
    --nologo -v quiet >/dev/null
}
publish "$rev_a" "$out/A"
publish "$rev_b" "$out/B"

user=bench pass=bench-password-0123456789
greenhouse_key=bench-greenhouse-key-0123456789
bench_auth="Basic $(printf '%s:%s' "$user" "$pass" | base64 -w0)"
greenhouse_auth="Basic $(printf '%s:' "$greenhouse_key" | base64 -w0)"

# start V PORT: the build in $out/V on a fresh SQLite file, seeded with a connection and a Greenhouse interview.
start() {
  local v=$1 base="http://127.0.0.1:$2" extra_env="ENV_$1"
  mkdir -p "$work/$v"
  # shellcheck disable=SC2086 # ENV_A / ENV_B are lists of assignments
  (cd "$out/$v" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$base" \
    ConnectionStrings__Partner="Data Source=$work/$v/partner.db" Database__DataDirectory="$work/$v" \
    PartnerConnect__Credentials__0__Username="$user" PartnerConnect__Credentials__0__Password="$pass" \
    Admin__ApiKeys__0=bench-admin-key-0123456789abcdef RateLimiting__Enabled=false \
    Greenhouse__Seed__Organization__Name=Bench Greenhouse__Seed__Organization__ApiKey="$greenhouse_key" \
    Greenhouse__Seed__Organization__Tests__0__PartnerTestId=bench-1 \
    Greenhouse__Seed__Organization__Tests__0__PartnerTestName="Bench test" ${!extra_env:-} \
    dotnet Partner.WebApi.dll >"$out/app-$v.log" 2>&1) &
  pid[$v]=$!
  port[$v]=$2
  until curl -fs "$base/health" >/dev/null 2>&1; do
    kill -0 "${pid[$v]}" 2>/dev/null || { echo "build $v did not start:"; cat "$out/app-$v.log"; exit 1; }
    sleep 0.1
  done
  local connect_body='{"user_info":{"email":"bench@bench.databricks-test.com","first_name":"Bench","last_name":"Mark","databricks_user_id":42,"databricks_organization_id":4242,"is_connection_established":false,"auth":{"personal_access_token":"dapi-bench-token"}},"hostname":"bench.cloud.databricks.com","port":443,"workspace_url":"https://bench.cloud.databricks.com/?o=4242","workspace_id":4242,"demo":false,"cloud_provider":"aws","is_free_trial":false}'
  local seed sent
  seed=$(curl -fs -H "Authorization: $bench_auth" -H 'Content-Type: application/json' --data "$connect_body" "$base/partners/databricks/v1/connect")
  connection_id[$v]=$(printf '%s' "$seed" | sed -n 's/.*"connection_id":"\([^"]*\)".*/\1/p')
  [ -n "${connection_id[$v]}" ] || { echo "build $v: seed connect failed: $seed"; exit 1; }
  sent=$(curl -s -H "Authorization: $greenhouse_auth" -H 'Content-Type: application/json' "$base/partners/greenhouse/send_test" \
    --data '{"partner_test_id":"bench-1","candidate":{"first_name":"Kate","last_name":"Austen","email":"kate@example.com","greenhouse_profile_url":"https://www.greenhouse.io/people/1"}}')
  interview_id[$v]=$(printf '%s' "$sent" | sed -n 's/.*"partner_interview_id":"\([^"]*\)".*/\1/p')
}

# load V ENDPOINT DURATION: one wrk run; sets rps, p99 and cpu_us (server CPU per request).
load() {
  local v=$1 endpoint=$2 length=$3 base="http://127.0.0.1:${port[$1]}" url script auth=$bench_auth
  case $endpoint in
    new-customer) url=$base/partners/databricks/v1/connect script=newcustomer.lua ;;
    connect) url=$base/partners/databricks/v1/connect script=connect.lua ;;
    sign-in) url=$base/partners/databricks/v1/connect script=signin.lua ;;
    connectors) url=$base/partners/databricks/v1/connectors script=get.lua ;;
    test_status) url="$base/partners/greenhouse/test_status?partner_interview_id=${interview_id[$v]}" script=get.lua auth=$greenhouse_auth ;;
    list_tests) url=$base/partners/greenhouse/list_tests script=get.lua auth=$greenhouse_auth ;;
    health-live) url=$base/health/live script=get.lua auth= ;;
    *) echo "unknown endpoint $endpoint"; exit 2 ;;
  esac
  local before after result requests
  before=$(awk '{print $14 + $15}' "/proc/${pid[$v]}/stat")
  result=$(BENCH_AUTH="$auth" BENCH_CONNECTION_ID="${connection_id[$v]}" \
    wrk -t2 -c"$connections" -d"$length" --latency -s "tests/Benchmarks/$script" "$url")
  after=$(awk '{print $14 + $15}' "/proc/${pid[$v]}/stat")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$result")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$result")
  requests=$(awk '/requests in/ {print $1}' <<<"$result")
  local non2xx; non2xx=$(awk '/Non-2xx or 3xx responses/ {print $5}' <<<"$result")
  [ -z "$non2xx" ] || { echo "build $v answered $non2xx non-2xx responses on $endpoint"; exit 1; }
  cpu_us=$(awk -v t=$((after - before)) -v n="$requests" -v hz="$ticks_per_second" 'BEGIN { printf "%.0f", t / hz * 1e6 / n }')
}

start A 5401
start B 5402
for v in A B; do for endpoint in $endpoints; do load "$v" "$endpoint" "$warmup"; done; done  # warm-up

{
  echo "Interleaved comparison $(date -u +%Y-%m-%dT%H:%MZ): A = ${rev_a:-working tree}${ENV_A:+ ($ENV_A)}, B = ${rev_b:-working tree}${ENV_B:+ ($ENV_B)}"
  echo "wrk -t2 -c$connections -d$duration per measurement after a $warmup warm-up per endpoint and build; rounds: $rounds; SQLite"
  echo
  echo "| round | endpoint | A req/s | A p99 | A µs CPU/request | B req/s | B p99 | B µs CPU/request | B/A req/s |"
  echo "|---|---|---|---|---|---|---|---|---|"
} | tee "$out/results.md"
for round in $(seq "$rounds"); do
  for endpoint in $endpoints; do
    load A "$endpoint" "$duration"; a_rps=$rps a_p99=$p99 a_cpu=$cpu_us
    load B "$endpoint" "$duration"
    factor=$(awk -v a="$a_rps" -v b="$rps" 'BEGIN { printf "%.3f", b / a }')
    echo "| $round | $endpoint | $a_rps | $a_p99 | $a_cpu | $rps | $p99 | $cpu_us | $factor |" | tee -a "$out/results.md"
  done
done
{
  echo
  for v in A B; do echo "Peak resident memory of $v (VmHWM): $(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/${pid[$v]}/status") MB."; done
} | tee -a "$out/results.md"
