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

source tests/Benchmarks/partner.sh

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

# start V PORT: the build in $out/V on a fresh SQLite file, seeded with a connection and a Greenhouse interview.
start() {
  local v=$1 url="http://127.0.0.1:$2" extra_env="ENV_$1"
  mkdir -p "$work/$v"
  # shellcheck disable=SC2086 # ENV_A / ENV_B are lists of assignments
  start_partner "$out/$v" "$url" "$work/$v" "$out/app-$v.log" ConnectionStrings__Partner="Data Source=$work/$v/partner.db" ${!extra_env:-}
  pid[$v]=$partner_pid
  port[$v]=$2
  seed_partner "$url"
  connection_id[$v]=$seeded_connection_id
  interview_id[$v]=$seeded_interview_id
}

# load V ENDPOINT DURATION: one wrk run; sets rps, p99 and cpu_us (server CPU per request).
load() {
  local v=$1 endpoint=$2 length=$3 base="http://127.0.0.1:${port[$1]}" url script auth=$BENCH_AUTH
  case $endpoint in
    new-customer) url=$base/partners/databricks/v1/connect script=newcustomer.lua ;;
    connect) url=$base/partners/databricks/v1/connect script=connect.lua ;;
    sign-in) url=$base/partners/databricks/v1/connect script=signin.lua ;;
    connectors) url=$base/partners/databricks/v1/connectors script=get.lua ;;
    test_status) url="$base/partners/greenhouse/test_status?partner_interview_id=${interview_id[$v]}" script=get.lua auth=$GREENHOUSE_AUTH ;;
    list_tests) url=$base/partners/greenhouse/list_tests script=get.lua auth=$GREENHOUSE_AUTH ;;
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
