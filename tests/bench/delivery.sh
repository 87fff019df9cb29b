#!/usr/bin/env bash
# Delivery API throughput on loopback with wrk (Debian's package), each run bounded to DURATION seconds, on the
# published site (ReadyToRun) over the seed grown to 2,023 items (1,000 more stops on the route, 1,000 events):
#   1. an item by route, answered from the output cache after the first request;
#   2. the same item with the output cache off (route lookup and the stored bytes);
#   3. the filtered, sorted list of 10 out of the route's 1,005 stops with the output cache off and a different range
#      on every request (fetch=children:/sangjiu-baga/&filter=orderOnRoute>:R&sort=orderOnRoute:asc&take=10);
#   4. a static file with the item's bytes served by the same Kestrel; 5. the ceiling: a bare Kestrel endpoint
#      returning those bytes from memory.
# Prints requests/s, p50 and p99 for each and the ratios. Usage: bash tests/bench/delivery.sh [duration] [connections]
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
duration="${1:-10}"
connections="${2:-16}"
need_wrk
static_dir="$repo/wwwroot/_bench"
scratch+=("$static_dir")
publish_site_and_bench

# The seed, then 2,000 more items, in one database; each site gets its own copy.
grown_database "$work/grown.db"
cp "$work/grown.db" "$work/uncached.db"

cached_port="$(free_port)"
uncached_port="$(free_port)"
ceiling_port="$(free_port)"
start_site "$cached_port" "$work/grown.db"
start_site "$uncached_port" "$work/uncached.db" Umbraco__CMS__DeliveryApi__OutputCache__Enabled=false

path="/umbraco/delivery/api/v2/content/item/sangjiu-baga/sangjiu-red-station/"
mkdir -p "$static_dir"
curl -fs "http://127.0.0.1:$cached_port$path" -o "$static_dir/item.json"
test -s "$static_dir/item.json" || { echo "the item endpoint answered nothing" >&2; exit 1; }
dotnet "$bench" ceiling "$static_dir/item.json" "$ceiling_port" &
pids+=($!)
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$ceiling_port/" >/dev/null 2>&1 && break; sleep 0.1; done

ranges_script "$work/ranges.lua"
declare -A rps
run() { measure "$@"; rps[$1]="$measured_rps"; }

echo "wrk -t2 -c$connections -d${duration}s on 127.0.0.1 ($(nproc) cores shared by wrk and the server), 2,023 published items"
run "item by route, output cache" "http://127.0.0.1:$cached_port$path"
run "item by route, no output cache" "http://127.0.0.1:$uncached_port$path"
run "list of 10 by range, no output cache" "http://127.0.0.1:$uncached_port/" "$work/ranges.lua"
run "static file" "http://127.0.0.1:$cached_port/_bench/item.json"
run "ceiling (bare Kestrel)" "http://127.0.0.1:$ceiling_port/"
python3 - "${rps[item by route, output cache]}" "${rps[item by route, no output cache]}" "${rps[static file]}" "${rps[ceiling (bare Kestrel)]}" <<'PY'
import sys
cached, uncached, static, ceiling = map(float, sys.argv[1:])
print(f"item by route / ceiling: {cached / ceiling:.2f}x cached, {uncached / ceiling:.2f}x uncached; / static file: {cached / static:.2f}x cached")
PY
