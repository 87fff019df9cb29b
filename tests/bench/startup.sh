#!/usr/bin/env bash
# Start-up time of the site: from process start to the first 200 from /healthz, on a new database (migrations,
# schema import, seed) and then on the seeded one. Builds Release first; bounded at 120 s per start.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"
dotnet build src/ZhuwaGen.Tourism.Web -c Release -v q -nologo >/dev/null
dll="$repo/src/ZhuwaGen.Tourism.Web/bin/Release/net10.0/ZhuwaGen.Tourism.Web.dll"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"

measure() {
  local label="$1" start end pid
  start=$(date +%s%N)
  ConnectionStrings__Cms="Data Source=$work/bench.db" Logging__LogLevel__Default=Warning \
    dotnet "$dll" --urls "http://127.0.0.1:$port" >"$work/$label.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    if curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then break; fi
    sleep 0.1
  done
  end=$(date +%s%N)
  curl -fs "http://127.0.0.1:$port/" | grep -q '桑久红色驿站' || { echo "home page does not show the route" >&2; kill $pid; exit 1; }
  kill $pid; wait $pid 2>/dev/null || true
  echo "$label: $(( (end - start) / 1000000 )) ms to healthy"
}

measure "new database (migrate, import, seed)"
measure "seeded database"
measure "seeded database, again"
