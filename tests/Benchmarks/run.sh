#!/usr/bin/env bash
# Reproducible HTTP benchmark of the Release build, loaded with wrk on loopback, on SQLite (default) or PostgreSQL.
# Every figure is also given as a ratio to a minimal ASP.NET Core app (tests/Benchmarks/Baseline) measured right after
# it in the same run, because these machines are noisy.
# Usage: tests/Benchmarks/run.sh [duration] (default 10s); CONNECTIONS=64;
# PROVIDER=PostgreSql runs the service on a throw-away PostgreSQL server (tests/postgres/throwaway-postgres.sh);
# WARMUP (default 20s) loads each endpoint first, so that the tiered JIT has finished recompiling its hot code (with
# two busy cores a 2 s warm-up left connect measured half-way through: ~40% fewer requests; after 10 s the new-customer
# connect still ran at 70% of its steady rate).
# Each row also gives the service's CPU time per request (utime + stime of its process from /proc/<pid>/stat over the
# measured phase, divided by the requests served). On PostgreSQL a second instance then starts on the same database
# and both are loaded at once (TWO_INSTANCES=0 skips it): the aggregate req/s, the worse p99 and their CPU per request.
# Results go to stdout and artifacts/benchmarks/results-<provider>.md; docs/performance.md records a run.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
duration=${1:-10s}
connections=${CONNECTIONS:-64}
threads=${THREADS:-2}
warmup=${WARMUP:-20s}
port=${BENCH_PORT:-5199}
base="http://127.0.0.1:${port}"
baseline_base="http://127.0.0.1:$((port + 1))"
provider=${PROVIDER:-Sqlite}

source tests/Benchmarks/partner.sh

out="$root/artifacts/benchmarks/$provider"
rm -rf "$out" && mkdir -p "$out"
# ReadyToRun: precompiled code, as docs/operations.md recommends for deployments (start-up time is measured too).
dotnet publish src/WebApi -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/app" --nologo -v quiet >/dev/null
dotnet publish tests/Benchmarks/Baseline -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/baseline" --nologo -v quiet >/dev/null

work=$(mktemp -d)
source tests/Benchmarks/database.sh
bench_database partner_bench
partner_pid=
trap 'kill $partner_pid 2>/dev/null || true; wait $partner_pid 2>/dev/null || true; cleanup; rm -rf "$work"' EXIT

start_ns=$(date +%s%N)
start_partner "$out/app" "$base" "$work" "$out/app.log" "${database[@]}"
startup_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
# Peak resident memory over the whole run, warm-ups included: the larger of the kernel's high-water mark (VmHWM) and
# VmRSS read every 0.2 s, both approximate (proc(5)). Until 2026-12-01 VmRSS was read every 0.5 s while measuring only.
# The dotnet host is the child of the subshell's exec: the same pid.
peak_file="$out/peak-rss-kb"
echo 0 >"$peak_file"
(
  peak=0
  while kill -0 $partner_pid 2>/dev/null; do
    for kb in $(awk '/^(VmRSS|VmHWM):/ {print $2}' /proc/$partner_pid/status 2>/dev/null); do
      if [ "$kb" -gt "$peak" ]; then peak=$kb; echo "$peak" >"$peak_file"; fi
    done
    sleep 0.2
  done
) &

seed_partner "$base"
export BENCH_CONNECTION_ID=$seeded_connection_id
interview_id=$seeded_interview_id
[ -n "$interview_id" ] || echo "no Greenhouse endpoints in this build: test_status and list_tests are skipped"

to_ms() { awk -v v="$1" 'BEGIN { n=v+0; if (v ~ /us$/) n/=1000; else if (v ~ /ms$/) n=n; else if (v ~ /s$/) n*=1000; printf "%.2f", n }'; }

ticks_per_second=$(getconf CLK_TCK)
# CPU ticks (user + system) the processes have used so far.
cpu_ticks() { local total=0 pid; for pid in "$@"; do total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat"))); done; echo "$total"; }
# Microseconds of CPU per request from a tick delta and a request count.
cpu_per_request() { awk -v t="$1" -v n="$2" -v hz="$ticks_per_second" 'BEGIN { if (n > 0) printf "%.0f", t / hz * 1e6 / n; else print "-" }'; }

declare -a rows baseline_runs
# One wrk measurement into $out/NAME.txt; sets rps, p50, p99, errors and cpu_us (the service's CPU per request).
measure() {
  local name=$1 url=$2 script=$3 before after
  before=$(cpu_ticks $partner_pid)
  wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "tests/Benchmarks/$script" "$url" >"$out/$name.txt" 2>&1
  after=$(cpu_ticks $partner_pid)
  rps=$(awk '/Requests\/sec/ {print $2}' "$out/$name.txt")
  p50=$(to_ms "$(awk '$1=="50%" {print $2}' "$out/$name.txt")")
  p99=$(to_ms "$(awk '$1=="99%" {print $2}' "$out/$name.txt")")
  errors=$(awk '/Non-2xx or 3xx responses/ {print $5}' "$out/$name.txt"); errors=${errors:-0}
  cpu_us=$(cpu_per_request $((after - before)) "$(awk '/requests in/ {print $1}' "$out/$name.txt")")
}

# The minimal app is measured again right after every endpoint, and each endpoint's ratio is to that adjacent
# measurement: this machine's speed drifts within minutes (the minimal app ranged 52,000–66,000 req/s within one run,
# 52,000 and 72,000 at the start of two runs half an hour apart), and a baseline taken once at the start would carry
# that drift into every later ratio.
run() {
  local name=$1 url=$2 script=$3
  wrk -t"$threads" -c"$connections" -d"$warmup" -s "tests/Benchmarks/$script" "$url" >/dev/null 2>&1 || true  # warm-up
  measure "$name" "$url" "$script"
  local own_rps=$rps own_p50=$p50 own_p99=$p99 own_errors=$errors own_cpu=$cpu_us
  measure "baseline-after-$name" "$baseline_base/" get.lua
  baseline_runs+=("$rps")
  local ratio; ratio=$(awk -v a="$own_rps" -v b="$rps" 'BEGIN { printf "%.3f", a/b }')
  rows+=("| $name | $own_rps | $own_p50 | $own_p99 | $own_cpu | $rps | $ratio | $own_errors |")
}

# The yardstick: a minimal ASP.NET Core app, warmed up and measured first while the service idles, then again after
# every endpoint (run above). It idles while the service is measured.
(cd "$out/baseline" && exec env ASPNETCORE_URLS="$baseline_base" dotnet Partner.Benchmarks.Baseline.dll >"$out/baseline.log" 2>&1) &
baseline_pid=$!
trap 'kill $partner_pid $baseline_pid 2>/dev/null || true; wait $partner_pid $baseline_pid 2>/dev/null || true; cleanup; rm -rf "$work"' EXIT
until curl -fs "$baseline_base/" >/dev/null 2>&1; do sleep 0.05; done
wrk -t"$threads" -c"$connections" -d"$warmup" -s tests/Benchmarks/get.lua "$baseline_base/" >/dev/null 2>&1 || true  # warm-up
measure baseline "$baseline_base/" get.lua
baseline_runs+=("$rps")
rows+=("| baseline (minimal app, first) | $rps | $p50 | $p99 | - | $rps | 1.000 | $errors |")

run health-live "$base/health/live" get.lua
run new-customer "$base/partners/databricks/v1/connect" newcustomer.lua
run connect "$base/partners/databricks/v1/connect" connect.lua
run sign-in "$base/partners/databricks/v1/connect" signin.lua
run connectors "$base/partners/databricks/v1/connectors" get.lua
if [ -n "$interview_id" ]; then
  BENCH_AUTH="$GREENHOUSE_AUTH" run test_status "$base/partners/greenhouse/test_status?partner_interview_id=$interview_id" get.lua
  BENCH_AUTH="$GREENHOUSE_AUTH" run list_tests "$base/partners/greenhouse/list_tests" get.lua
fi
peak_rss_kb=$(cat "$peak_file")

# Two instances on one PostgreSQL: a second one starts on the same database, and both are loaded at once, each with
# half the connections and one wrk thread. Sum of req/s, the worse p99, CPU of both per request served.
declare -a pair_rows=()
if [ "$provider" = PostgreSql ] && [ "${TWO_INSTANCES:-1}" = 1 ]; then
  first_pid=$partner_pid
  second_base="http://127.0.0.1:$((port + 2))"
  mkdir -p "$work/second"
  start_partner "$out/app" "$second_base" "$work/second" "$out/app-second.log" "${database[@]}"
  second_pid=$partner_pid
  partner_pid="$first_pid $second_pid"
  trap 'kill $partner_pid $baseline_pid 2>/dev/null || true; wait $partner_pid $baseline_pid 2>/dev/null || true; cleanup; rm -rf "$work"' EXIT
  pair() {
    local name=$1 path=$2 script=$3 before after a b
    for phase in warm measure; do
      local d=$warmup; [ "$phase" = measure ] && d=$duration
      [ "$phase" = measure ] && before=$(cpu_ticks $first_pid $second_pid)
      BENCH_RUN=a$phase wrk -t1 -c$((connections / 2)) -d"$d" --latency -s "tests/Benchmarks/$script" "$base$path" >"$out/pair-$name-1.txt" 2>&1 &
      a=$!
      BENCH_RUN=b$phase wrk -t1 -c$((connections / 2)) -d"$d" --latency -s "tests/Benchmarks/$script" "$second_base$path" >"$out/pair-$name-2.txt" 2>&1 &
      b=$!
      wait $a $b || true
    done
    after=$(cpu_ticks $first_pid $second_pid)
    local rps1 rps2 p99a p99b n1 n2 e1 e2
    rps1=$(awk '/Requests\/sec/ {print $2}' "$out/pair-$name-1.txt"); rps2=$(awk '/Requests\/sec/ {print $2}' "$out/pair-$name-2.txt")
    p99a=$(to_ms "$(awk '$1=="99%" {print $2}' "$out/pair-$name-1.txt")"); p99b=$(to_ms "$(awk '$1=="99%" {print $2}' "$out/pair-$name-2.txt")")
    n1=$(awk '/requests in/ {print $1}' "$out/pair-$name-1.txt"); n2=$(awk '/requests in/ {print $1}' "$out/pair-$name-2.txt")
    e1=$(awk '/Non-2xx or 3xx responses/ {print $5}' "$out/pair-$name-1.txt"); e2=$(awk '/Non-2xx or 3xx responses/ {print $5}' "$out/pair-$name-2.txt")
    local total p99 cpu
    total=$(awk -v a="$rps1" -v b="$rps2" 'BEGIN { printf "%.2f", a + b }')
    p99=$(awk -v a="$p99a" -v b="$p99b" 'BEGIN { printf "%.2f", (a > b) ? a : b }')
    cpu=$(cpu_per_request $((after - before)) $((n1 + n2)))
    partner_pid=$first_pid measure "baseline-after-pair-$name" "$baseline_base/" get.lua
    baseline_runs+=("$rps")
    pair_rows+=("| $name | $total ($rps1 + $rps2) | $p99 | $cpu | $rps | $(awk -v a="$total" -v b="$rps" 'BEGIN { printf "%.3f", a/b }') | $(( ${e1:-0} + ${e2:-0} )) |")
  }
  pair new-customer /partners/databricks/v1/connect newcustomer.lua
  pair sign-in /partners/databricks/v1/connect signin.lua
  if [ -n "$interview_id" ]; then
    BENCH_AUTH="$GREENHOUSE_AUTH" pair test_status "/partners/greenhouse/test_status?partner_interview_id=$interview_id" get.lua
    BENCH_AUTH="$GREENHOUSE_AUTH" pair list_tests /partners/greenhouse/list_tests get.lua
  fi
  second_peak_kb=$(awk '/VmHWM/ {print $2}' "/proc/$second_pid/status")
fi
baseline_range=$(printf '%s\n' "${baseline_runs[@]}" | sort -n | awk 'NR==1 {lo=$1} {hi=$1} END {printf "%.0f–%.0f", lo, hi}')

{
  echo "Benchmark $(date -u +%Y-%m-%dT%H:%MZ): wrk -t$threads -c$connections -d$duration after a $warmup warm-up, Release build, $provider, loopback"
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr), $(dotnet --version) SDK"
  echo
  echo "| endpoint | req/s | p50 ms | p99 ms | service µs CPU/request | minimal app right after, req/s | ratio to it | non-2xx |"
  echo "|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  if [ ${#pair_rows[@]} -gt 0 ]; then
    echo "Two instances on one PostgreSQL, loaded at once (wrk -t1 -c$((connections / 2)) each):"
    echo
    echo "| endpoint | aggregate req/s (first + second) | worse p99 ms | µs CPU/request, both | minimal app right after, req/s | ratio to it | non-2xx |"
    echo "|---|---|---|---|---|---|---|"
    printf '%s\n' "${pair_rows[@]}"
    echo
    echo "Peak resident memory of the second instance (VmHWM): $((second_peak_kb / 1024)) MB."
    echo
  fi
  echo "Start to healthy: ${startup_ms} ms. Peak resident memory: $((peak_rss_kb / 1024)) MB."
  echo "The minimal app ranged ${baseline_range} req/s in this run (${#baseline_runs[@]} measurements)."
} | tee "$out/results.md" "$root/artifacts/benchmarks/results-$provider.md"
