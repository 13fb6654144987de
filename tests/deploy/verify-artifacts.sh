#!/usr/bin/env bash
# Checks what an operator deploys (docs/operations.md "Deploying"), as far as this machine allows:
#   - deploy/partner.service passes `systemd-analyze verify` with nothing to say;
#   - deploy/compose.yaml is a valid Compose file (docker-compose config, with partner.env.example as partner.env);
#   - the container properties give a chiseled, non-root image on port 8080 (the image itself needs a registry:
#     none is reachable here, so it is not built);
#   - the publish folder runs from an empty directory in Production: --version, migrate, the service answering
#     /health/ready and /health/live, and a clean stop on SIGTERM.
# Installs systemd, docker-compose and openssl from Debian when missing (as root). Usage: bash tests/deploy/verify-artifacts.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]]; then kill "$server_pid" 2> /dev/null || true; wait "$server_pid" 2> /dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "verify-artifacts: $*" >&2; exit 1; }

need=()
command -v systemd-analyze > /dev/null || need+=(systemd)
command -v docker-compose > /dev/null || need+=(docker-compose)
command -v openssl > /dev/null || need+=(openssl)
if ((${#need[@]})); then
  [[ $(id -u) -eq 0 ]] || fail "missing ${need[*]} and not root"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" > /dev/null
fi

# systemd: the unit as shipped (ExecStart names /usr/bin/dotnet; elsewhere the SDK's dotnet stands in for it).
unit=deploy/partner.service
if [[ ! -x /usr/bin/dotnet ]]; then
  unit="$work/partner.service"
  sed "s#/usr/bin/dotnet#$(command -v dotnet)#" deploy/partner.service > "$unit"
fi
verify=$(systemd-analyze verify "$unit" 2>&1) || fail "systemd-analyze verify: $verify"
[[ -z "$verify" ]] || fail "systemd-analyze verify has remarks: $verify"
echo "systemd unit: verified"

# Compose.
cp -r deploy "$work/compose"
cp deploy/partner.env.example "$work/compose/partner.env"
POSTGRES_PASSWORD=verify docker-compose --project-directory "$work/compose" -f "$work/compose/compose.yaml" config -q
echo "compose file: valid"

# Container properties.
container=$(dotnet msbuild src/WebApi/WebApi.csproj -t:ComputeContainerConfig -p:RuntimeIdentifier=linux-x64 \
  -getProperty:ContainerBaseImage -getProperty:ContainerUser -getItem:ContainerPort)
grep -q '"ContainerBaseImage": "mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled' <<< "$container" || fail "not a chiseled base image: $container"
grep -q '"ContainerUser": "app"' <<< "$container" || fail "the container does not run as app: $container"
grep -q '"Identity": "8080"' <<< "$container" || fail "the container does not expose 8080: $container"
echo "container properties: chiseled base image, user app, port 8080"

# The publish folder, run from an empty directory as Production, with a key-ring certificate as production requires.
dotnet publish src/WebApi -c Release -o "$work/app" -v q -nologo > "$work/publish.log" 2>&1 || { cat "$work/publish.log"; fail "publish failed"; }
mkdir "$work/empty" "$work/data"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=partner-keyring \
  -keyout "$work/keyring.key" -out "$work/keyring.crt" 2> /dev/null
port=$((20000 + RANDOM % 20000))
export ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" \
  Database__DataDirectory="$work/data" \
  PartnerConnect__Credentials__0__Username=databricks \
  PartnerConnect__Credentials__0__Password=verify-artifacts-password-0123456789 \
  Admin__ApiKeys__0=verify-artifacts-admin-key-0123456789 \
  DataProtection__Certificate__Path="$work/keyring.crt" DataProtection__Certificate__KeyPath="$work/keyring.key"
cd "$work/empty"
version=$(dotnet "$work/app/Partner.WebApi.dll" --version)
[[ "$version" =~ ^Partner\ [0-9]+\.[0-9]+\.[0-9]+ ]] || fail "--version printed: $version"
dotnet "$work/app/Partner.WebApi.dll" migrate > "$work/migrate.log" 2>&1 || { cat "$work/migrate.log"; fail "migrate failed"; }
dotnet "$work/app/Partner.WebApi.dll" > "$work/server.log" 2>&1 &
server_pid=$!
ready=""
for _ in $(seq 1 60); do
  if curl -fsS "http://127.0.0.1:$port/health/ready" > /dev/null 2>&1; then ready=1; break; fi
  kill -0 "$server_pid" 2> /dev/null || { cat "$work/server.log"; fail "the published app stopped"; }
  sleep 1
done
[[ -n "$ready" ]] || { cat "$work/server.log"; fail "/health/ready did not answer 200 within 60 s"; }
curl -fsS "http://127.0.0.1:$port/health/live" > /dev/null || fail "/health/live"
[[ -z "$(ls -A "$work/empty")" ]] || fail "the app wrote into its working directory: $(ls -A "$work/empty")"
kill -TERM "$server_pid"
status=0
wait "$server_pid" || status=$?
server_pid=""
[[ $status -eq 0 ]] || { cat "$work/server.log"; fail "exit code $status after SIGTERM"; }
! grep -q '^fail:' "$work/server.log" || { cat "$work/server.log"; fail "an Error line on a healthy start"; }
echo "publish folder: $version ran from an empty directory in Production, ready, stopped cleanly on SIGTERM"
