#!/usr/bin/env bash
# Outbox throughput benchmark of the Release build, with its shipped Outbox:* defaults, on SQLite (default) or
# PostgreSQL (PROVIDER=PostgreSql). MESSAGES (default 1000) send_tests with a completion url are sent and completed while
# the dispatcher is off: 2 × MESSAGES messages (candidate e-mails and completion callbacks). Then the app restarts with
# the dispatcher on, pointed at a healthy local SMTP server and callback receiver (tests/Benchmarks/OutboxSink), and the
# time from healthy until the sink has received everything gives messages/s. The yardstick, in the same run: the sink
# sending the same e-mails and PATCHes to itself, MailKit and HttpClient, Outbox:MaxConcurrency (8) at a time.
# Results go to stdout and artifacts/benchmarks/outbox-<provider>.md; docs/performance.md records a run.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
messages=${MESSAGES:-1000}
port=${BENCH_PORT:-5199}
sink_port=$((port + 2))
smtp_port=$((port + 3))
base="http://127.0.0.1:${port}"
sink="http://127.0.0.1:${sink_port}"
provider=${PROVIDER:-Sqlite}
concurrency=8 # Outbox:MaxConcurrency's default

out="$root/artifacts/benchmarks/outbox-$provider"
rm -rf "$out" && mkdir -p "$out"
dotnet publish src/WebApi -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/app" --nologo -v quiet >/dev/null
dotnet publish tests/Benchmarks/OutboxSink -c Release -r linux-x64 --self-contained false -o "$out/sink" --nologo -v quiet >/dev/null

work=$(mktemp -d)
source tests/Benchmarks/database.sh
bench_database partner_outbox_bench
admin_key=bench-admin-key-0123456789abcdef
greenhouse_key=bench-greenhouse-key-0123456789
greenhouse_auth="Basic $(printf '%s:' "$greenhouse_key" | base64 -w0)"

(cd "$out/sink" && exec env ASPNETCORE_URLS="$sink" SINK_SMTP_PORT="$smtp_port" dotnet Partner.Benchmarks.OutboxSink.dll >"$out/sink.log" 2>&1) &
sink_pid=$!
app_pid=""
stop_app() { if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; app_pid=""; fi; }
trap 'stop_app; kill $sink_pid 2>/dev/null || true; wait $sink_pid 2>/dev/null || true; cleanup; rm -rf "$work"' EXIT

# The app with its Production defaults, the benchmark's credentials, SMTP at the sink, and the completion url allowed
# to be the local receiver (the outbound settings for tests; docs/operations.md "Outbound calls").
start_app() {
  (
    cd "$out/app"
    exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$base" "${database[@]}" Database__DataDirectory="$work" \
    PartnerConnect__Credentials__0__Username=bench PartnerConnect__Credentials__0__Password=bench-password-0123456789 \
    Admin__ApiKeys__0="$admin_key" RateLimiting__Enabled=false DataProtection__AllowUnencryptedKeys=true \
    Greenhouse__Seed__Organization__Name=Bench Greenhouse__Seed__Organization__ApiKey="$greenhouse_key" \
    Greenhouse__Seed__Organization__Tests__0__PartnerTestId=bench-1 Greenhouse__Seed__Organization__Tests__0__PartnerTestName="Bench test" \
    Email__Smtp__Host=127.0.0.1 Email__Smtp__Port="$smtp_port" Email__Smtp__UseTls=false \
    Outbound__AllowHttp=true Outbound__AllowPrivateAddresses=true Greenhouse__CallbackHosts__0=127.0.0.1 \
    Outbox__Enabled="$1" \
    dotnet Partner.WebApi.dll >>"$out/app.log" 2>&1
  ) &
  app_pid=$!
  until curl -fs "$base/health" >/dev/null 2>&1; do
    kill -0 "$app_pid" 2>/dev/null || { echo "the app did not start:"; cat "$out/app.log"; exit 1; }
    sleep 0.05
  done
}
until curl -fs "$sink/stats" >/dev/null 2>&1; do sleep 0.05; done

# 1. Queue: send_test with a url, then complete it, MESSAGES times, while nobody dispatches.
start_app false
queue_one() {
  local i=$1 sent interview
  sent=$(curl -fs -H "Authorization: $greenhouse_auth" -H 'Content-Type: application/json' "$base/partners/greenhouse/send_test" \
    --data "{\"partner_test_id\":\"bench-1\",\"url\":\"$sink/complete/$i\",\"candidate\":{\"first_name\":\"Kate\",\"last_name\":\"Austen\",\"email\":\"candidate$i@example.com\",\"greenhouse_profile_url\":\"https://www.greenhouse.io/people/$i\"}}")
  interview=$(printf '%s' "$sent" | sed -n 's/.*"partner_interview_id":"\([^"]*\)".*/\1/p')
  curl -fs -o /dev/null -H "Authorization: Bearer $admin_key" -H 'Content-Type: application/json' \
    "$base/admin/test-instances/$interview/status" --data '{"partner_status":"complete","partner_profile_url":"https://p.example.com/r/1","partner_score":70}'
}
export -f queue_one
export base sink greenhouse_auth admin_key
seq 1 "$messages" | xargs -P 4 -I{} bash -c 'queue_one {}'
stop_app
total=$((2 * messages))

# 2. Drain: the dispatcher on, timed from healthy until the sink has everything.
curl -fs -X POST "$sink/reset" >/dev/null
start_app true
start_ns=$(date +%s%N)
deadline=$(( $(date +%s) + 600 ))
while :; do
  stats=$(curl -fs "$sink/stats")
  read -r got_emails got_callbacks <<<"$stats"
  [ $((got_emails + got_callbacks)) -ge "$total" ] && break
  [ "$(date +%s)" -lt "$deadline" ] || { echo "not drained in 600 s: $got_emails e-mails, $got_callbacks callbacks of $messages each"; exit 1; }
  sleep 0.05
done
drain_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
stop_app

# 3. The yardstick: the same sends without the service.
curl -fs -X POST "$sink/baseline?n=100&concurrency=$concurrency" >/dev/null # warm-up (JIT)
curl -fs -X POST "$sink/reset" >/dev/null
baseline_ms=$(curl -fs -X POST "$sink/baseline?n=$messages&concurrency=$concurrency")

rate=$(awk -v n="$total" -v ms="$drain_ms" 'BEGIN { printf "%.0f", n * 1000 / ms }')
baseline_rate=$(awk -v n="$total" -v ms="$baseline_ms" 'BEGIN { printf "%.0f", n * 1000 / ms }')
ratio=$(awk -v a="$rate" -v b="$baseline_rate" 'BEGIN { printf "%.3f", a / b }')
{
  echo "Outbox benchmark $(date -u +%Y-%m-%dT%H:%MZ): $messages e-mails + $messages completion callbacks, Release build, $provider, loopback, Outbox:* defaults"
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr), $(dotnet --version) SDK"
  echo
  echo "| sender | messages | seconds | messages/s | ratio to the yardstick |"
  echo "|---|---|---|---|---|"
  echo "| yardstick: MailKit + HttpClient, $concurrency at a time, no service | $total | $(awk -v ms="$baseline_ms" 'BEGIN { printf "%.2f", ms / 1000 }') | $baseline_rate | 1.000 |"
  echo "| the service's outbox (claim, deliver, record, per message) | $total | $(awk -v ms="$drain_ms" 'BEGIN { printf "%.2f", ms / 1000 }') | $rate | $ratio |"
} | tee "$out/results.md" "$root/artifacts/benchmarks/outbox-$provider.md"
