#!/usr/bin/env bash
# Delivery API throughput on loopback with wrk (Debian's package), each run bounded to DURATION seconds:
#   1. an item by route, 2. a filtered and sorted list, 3. a static file with the item's bytes served by the same
#   Kestrel, 4. the ceiling: a bare Kestrel endpoint returning those bytes from memory.
# Prints requests/s, p50 and p99 for each and the ratios. Usage: bash tests/bench/delivery.sh [duration] [connections]
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"
duration="${1:-10}"
connections="${2:-32}"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

dotnet build src/ZhuwaGen.Tourism.Web -c Release -v q -nologo >/dev/null
dotnet build tests/bench/ZhuwaGen.Tourism.Bench -c Release -v q -nologo >/dev/null
work="$(mktemp -d)"
static_dir="$repo/wwwroot/_bench"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
site_port="$(free_port)"
ceiling_port="$(free_port)"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work" "$static_dir"; }
trap cleanup EXIT

ConnectionStrings__Cms="Data Source=$work/bench.db" Logging__LogLevel__Default=Warning \
  dotnet src/ZhuwaGen.Tourism.Web/bin/Release/net10.0/ZhuwaGen.Tourism.Web.dll --urls "http://127.0.0.1:$site_port" >"$work/site.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 600); do curl -fs "http://127.0.0.1:$site_port/healthz" >/dev/null 2>&1 && break; sleep 0.1; done

base="http://127.0.0.1:$site_port/umbraco/delivery/api/v2/content"
item="$base/item/sangjiu-baga/sangjiu-red-station/"
list="$base?fetch=children:/sangjiu-baga/&sort=sortOrder:asc"
mkdir -p "$static_dir"
curl -fs "$item" -o "$static_dir/item.json"
test -s "$static_dir/item.json" || { echo "the item endpoint answered nothing" >&2; exit 1; }
dotnet tests/bench/ZhuwaGen.Tourism.Bench/bin/Release/net10.0/ZhuwaGen.Tourism.Bench.dll ceiling "$static_dir/item.json" "$ceiling_port" &
pids+=($!)
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$ceiling_port/" >/dev/null 2>&1 && break; sleep 0.1; done

declare -A rps p50 p99
run() {
  local name="$1" url="$2" out
  curl -fs "$url" >/dev/null  # warm the path (and the output cache)
  wrk -t2 -c"$connections" -d"${duration}s" --timeout 5s --latency "$url" >/dev/null  # warm-up run
  out="$(wrk -t2 -c"$connections" -d"${duration}s" --timeout 5s --latency "$url")"
  rps[$name]="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  p50[$name]="$(awk '$1=="50%" {print $2}' <<<"$out")"
  p99[$name]="$(awk '$1=="99%" {print $2}' <<<"$out")"
  printf '%-22s %10s req/s   p50 %8s   p99 %8s\n' "$name" "${rps[$name]}" "${p50[$name]}" "${p99[$name]}"
}

echo "wrk -t2 -c$connections -d${duration}s on 127.0.0.1 ($(nproc) cores shared by wrk and the server)"
run "item by route" "$item"
run "filtered sorted list" "$list"
curl -fsS "http://127.0.0.1:$site_port/_bench/item.json" -o /dev/null || { echo "static file not served" >&2; tail -5 "$work/site.log" >&2; }
run "static file" "http://127.0.0.1:$site_port/_bench/item.json"
run "ceiling (bare Kestrel)" "http://127.0.0.1:$ceiling_port/"
python3 - "${rps[item by route]}" "${rps[static file]}" "${rps[ceiling (bare Kestrel)]}" <<'PY'
import sys
item, static, ceiling = map(float, sys.argv[1:])
print(f"item / static file: {item / static:.2f}x   item / ceiling: {item / ceiling:.2f}x")
PY
