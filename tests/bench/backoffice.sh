#!/usr/bin/env bash
# The back-office on a weak signal: the published site (ReadyToRun) over the seeded SQLite database, an administrator
# created by the unattended settings, and the bench's backoffice-network mode in Debian's Chromium (1 Mbit/s both
# ways, 300 ms round trip): the home screen's first load and the time to an interactive list of stops, RUNS runs.
# Usage: bash tests/bench/backoffice.sh [runs]
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"
runs="${1:-5}"
test -x /usr/bin/chromium || { apt-get update -qq && apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; }

work="$(mktemp -d)"
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

dotnet publish src/ZhuwaGen.Tourism.Web -c Release -r linux-x64 --self-contained false -o "$work/site" -v q -nologo >/dev/null
dotnet build tests/bench/ZhuwaGen.Tourism.Bench -c Release -v q -nologo >/dev/null
bench="tests/bench/ZhuwaGen.Tourism.Bench/bin/Release/net10.0/ZhuwaGen.Tourism.Bench.dll"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
base="http://127.0.0.1:$port"
email="bench@example.org"
password="bench-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')"

env ConnectionStrings__Cms="Data Source=$work/site.db" Logging__LogLevel__Default=Warning \
  Umbraco__CMS__Unattended__UnattendedUserName="Bench admin" Umbraco__CMS__Unattended__UnattendedUserEmail="$email" \
  Umbraco__CMS__Unattended__UnattendedUserPassword="$password" \
  dotnet "$work/site/ZhuwaGen.Tourism.Web.dll" --urls "$base" >"$work/site.log" 2>&1 &
pid=$!
for _ in $(seq 1 1200); do curl -fs "$base/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
curl -fs "$base/healthz" >/dev/null || { echo "the site did not start" >&2; cat "$work/site.log" >&2; exit 1; }

dotnet "$bench" backoffice-network "$base" "$email" "$password" "$runs"
