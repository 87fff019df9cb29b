#!/usr/bin/env bash
# Cold start and idle memory of the published site (ReadyToRun, as deployed): from process start to the first 200 of a
# real page (the home page, then a Delivery API item) on a new database, on the seeded one (23 items), and on one
# grown to 2,023 items (1,000 more stops and 1,000 events); resident memory after 10 s idle on the grown one.
# Usage: bash tests/bench/startup.sh [runs]   (each start bounded at 120 s)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
runs="${1:-3}"
publish_site_and_bench
port="$(free_port)"
base="http://127.0.0.1:$port"
pid=""

# start DB: runs the site on a copy of DB; sets first (ms to the home page's first 200) and item (to a Delivery item).
first=0
item=0
start() {
  local db="$1" begin
  cp "$db" "$work/run.db"
  rm -f "$work/run.db-wal" "$work/run.db-shm"
  begin=$(now_ms)
  launch_site "$port" "$work/run.db"
  pid="${pids[-1]}"
  first=$(since "$begin" "$base/")
  curl -fso /dev/null "$base/umbraco/delivery/api/v2/content/item/sangjiu-baga/sangjiu-red-station/" || { echo "no Delivery item" >&2; cat "$work/site-$port.log" >&2; exit 1; }
  item=$(( $(now_ms) - begin ))
}

stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }

# A new database (an empty file): migrations, schema import, seed.
: >"$work/empty.db"
start "$work/empty.db"
stop
checkpoint "$work/run.db"
cp "$work/run.db" "$work/seeded.db"
echo "new database (migrate, import, seed):   first page ${first} ms, Delivery item ${item} ms"

for i in $(seq 1 "$runs"); do
  start "$work/seeded.db"
  stop
  echo "seeded database, 23 items, run $i:      first page ${first} ms, Delivery item ${item} ms"
done

cp "$work/seeded.db" "$work/grown.db"
dotnet "$bench" grow "$work/grown.db" 1000 1000 >/dev/null
catch_up "$work/grown.db"
rss=0
for i in $(seq 1 "$runs"); do
  start "$work/grown.db"
  if [ "$i" -eq "$runs" ]; then
    sleep 10
    rss=$(rss_of "$pid")
  fi
  stop
  echo "grown database, 2,023 items, run $i:   first page ${first} ms, Delivery item ${item} ms"
done
echo "resident memory after 10 s idle, 2,023 items: ${rss} MB"
