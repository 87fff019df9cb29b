#!/usr/bin/env bash
# What the site's libraries cost without the site: tests/bench/ZhuwaGen.Tourism.Floor, published as the site is
# (self-contained, one composite ReadyToRun image), started with one more part of the stack each time — bare Kestrel,
# MVC with a Razor page, EF Core on SQLite holding 2,023 items' JSON (pre-compressed, as the site keeps it), the cookie
# and OpenIddict sign-in, the Lucene index with SmartCn (built after listening, as the site's), Markdown, the
# sanitiser and iCalendar on its page — each measured from process start to the first 200 of its page, then 10 s
# after that page and an item for its resident memory; then the site itself the same way on its 2,023-item database.
# Usage: bash tests/bench/floor.sh [runs]
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
runs="${1:-1}"
publish_site_and_bench
dotnet publish tests/bench/ZhuwaGen.Tourism.Floor -c Release -r linux-x64 --self-contained -o "$work/floor" -v q -nologo >/dev/null
grown_database "$work/grown.db"

# launch_floor PORT PARTS: starts the floor app on 127.0.0.1:PORT with PARTS over the items' database; its pid is the last of $pids.
launch_floor() {
  (cd "$work/floor" && exec ./ZhuwaGen.Tourism.Floor --urls "http://127.0.0.1:$1" --parts "$2" --db "$work/items.db" \
    --Logging:LogLevel:Default=Warning) >"$work/floor-$1.log" 2>&1 &
  pids+=($!)
}

# report NAME BEGIN BASE ITEM: the first 200 of BASE/ since BEGIN, then ITEM, 10 s idle, and the resident memory
# (in all, of mapped files, anonymous) of the process started last; stops it.
report() {
  local name="$1" begin="$2" base="$3" item="$4" first
  first="$(since "$begin" "$base/")"
  curl -fso /dev/null -H 'Accept-Encoding: br' "$base$item" || { echo "$name: no item" >&2; exit 1; }
  sleep 10
  awk -v name="$name" -v first="$first" '/^VmRSS/ {t=int($2/1024)} /^RssFile/ {f=int($2/1024)} /^RssAnon/ {a=int($2/1024)}
    END {printf "%-30s first page %5d ms   resident %3d MB (files %3d, anonymous %2d)\n", name, first, t, f, a}' "/proc/${pids[-1]}/status"
  stop_last
}

port="$(free_port)"
base="http://127.0.0.1:$port"

# The items' database is made once, with every table the parts use, before anything is measured.
launch_floor "$port" mvc,ef,auth
answered "$base/" "$work/floor-$port.log"
stop_last

for run in $(seq 1 "$runs"); do
  echo "run $run"
  for parts in "" mvc mvc,ef mvc,ef,auth mvc,ef,auth,search mvc,ef,auth,search,text; do
    begin=$(now_ms); launch_floor "$port" "$parts"
    report "${parts:-bare Kestrel}" "$begin" "$base" /item/17
  done
  cp "$work/grown.db" "$work/run.db"; rm -f "$work/run.db-wal" "$work/run.db-shm"
  begin=$(now_ms); launch_site "$port" "$work/run.db"
  report "the site, 2,023 items" "$begin" "$base" /umbraco/delivery/api/v2/content/item/sangjiu-baga/sangjiu-red-station/
done
