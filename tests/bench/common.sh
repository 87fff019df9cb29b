# Sourced by the bench scripts. Works from the repository root; gives a scratch folder $work that is removed on exit
# together with every process listed in $pids and every path listed in $scratch; publishes the site as deployed
# (self-contained, one composite ReadyToRun image) into $work/site and builds the bench tool ($bench).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"
work="$(mktemp -d)"
pids=()
scratch=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work" "${scratch[@]}"
}
trap cleanup EXIT
bench="$repo/tests/bench/ZhuwaGen.Tourism.Bench/bin/Release/net10.0/ZhuwaGen.Tourism.Bench.dll"

# Debian's packages a bench needs, installed once.
need_chromium() { test -x /usr/bin/chromium || { apt-get update -qq && apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; }; }
need_wrk() { command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }; }

publish_site_and_bench() {
  dotnet publish src/ZhuwaGen.Tourism.Web -c Release -r linux-x64 --self-contained -o "$work/site" -v q -nologo >/dev/null
  dotnet build tests/bench/ZhuwaGen.Tourism.Bench -c Release -v q -nologo >/dev/null
}

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# since BEGIN URL: milliseconds from BEGIN (now_ms) until URL answers 200, polled every 10 ms (at most 120 s).
since() {
  local begin="$1" url="$2"
  for _ in $(seq 1 12000); do curl -fso /dev/null "$url" 2>/dev/null && break; sleep 0.01; done
  echo $(( $(now_ms) - begin ))
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# launch_site PORT DB [NAME=value…]: starts the published site on 127.0.0.1:PORT over the SQLite file DB, with the
# settings given, logging to $work/site-PORT.log; its pid is the last of $pids. Returns at once.
launch_site() {
  local port="$1" db="$2"
  shift 2
  env ConnectionStrings__Cms="Data Source=$db" Logging__LogLevel__Default=Warning "$@" \
    "$work/site/ZhuwaGen.Tourism.Web" --urls "http://127.0.0.1:$port" >"$work/site-$port.log" 2>&1 &
  pids+=($!)
}

# stop_last: stops the process started last (the last of $pids) and waits for it.
stop_last() { kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true; }

# answered URL LOG: waits until URL answers 200 (at most 120 s); if it never does, prints LOG and fails.
answered() {
  for _ in $(seq 1 1200); do curl -fs "$1" >/dev/null 2>&1 && return; sleep 0.1; done
  echo "no answer from $1" >&2; cat "$2" >&2; exit 1
}

# rss_of PID: the resident memory of PID in MB.
rss_of() { awk '/VmRSS/ {print int($2/1024)}' "/proc/$1/status"; }

# start_site PORT DB [NAME=value…]: launch_site, then waits until /healthz answers (at most 120 s).
start_site() {
  launch_site "$@"
  answered "http://127.0.0.1:$1/healthz" "$work/site-$1.log"
}

# grown_database DB: makes DB the seed grown to 2,023 items (1,000 more stops on the route, 1,000 events), its durable
# change consumers caught up, as on a site that has run since.
grown_database() {
  local db="$1"
  start_site "$(free_port)" "$db"
  stop_last
  checkpoint "$db"
  dotnet "$bench" grow "$db" 1000 1000 >/dev/null
  catch_up "$db"
}

# ranges_script FILE [BEFORE AFTER]: writes a wrk script asking for a list from a different range on every request,
# BEFORE .. R .. AFTER with R from 1 to 990, so no two list requests are the same query. By default the list of 10 of
# the route's stops (fetch=children:/sangjiu-baga/&filter=orderOnRoute>:R&sort=orderOnRoute:asc&take=10).
ranges_script() {
  local before="${2:-/umbraco/delivery/api/v2/content?fetch=children:/sangjiu-baga/&filter=orderOnRoute%3E:}"
  local after="${3:-&sort=orderOnRoute:asc&take=10}"
  cat >"$1" <<LUA
counter = 0
request = function()
  counter = counter + 1
  local from = (counter * 37) % 990 + 1
  return wrk.format("GET", "$before" .. from .. "$after")
end
LUA
}

# measure NAME URL [SCRIPT]: wrk against URL (with the Lua SCRIPT when given) for $duration s on $connections
# connections after a warm-up run as long; prints requests/s, p50 and p99 and leaves requests/s in $measured_rps.
# Fails on any non-2xx answer.
measured_rps=""
measure() {
  local name="$1" url="$2" script="${3:-}" out args=()
  [ -n "$script" ] && args=(-s "$script")
  curl -fs "$url" >/dev/null
  wrk -t2 -c"$connections" -d"${duration}s" --timeout 5s "${args[@]}" "$url" >/dev/null  # warm-up run
  out="$(wrk -t2 -c"$connections" -d"${duration}s" --timeout 5s --latency "${args[@]}" "$url")"
  if grep -q "Non-2xx" <<<"$out"; then echo "$name: non-2xx answers" >&2; grep "Non-2xx" <<<"$out" >&2; exit 1; fi
  measured_rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  printf '%-44s %10s req/s   p50 %8s   p99 %8s\n' "$name" "$measured_rps" \
    "$(awk '$1=="50%" {print $2}' <<<"$out")" "$(awk '$1=="99%" {print $2}' <<<"$out")"
}

# Folds a stopped site's SQLite write-ahead log into its database file, so the file can be copied alone.
checkpoint() { python3 -c "import sqlite3,sys; sqlite3.connect(sys.argv[1]).execute('PRAGMA wal_checkpoint(TRUNCATE)')" "$1"; }

# catch_up DB: starts the published site once on the SQLite file DB and waits (at most 120 s) until its durable change
# consumers (webhooks, redirects) have caught up with the entries `grow` added, as on a site that has run since (a
# measured start would otherwise replay them); fails if one is still behind.
catch_up() {
  local db="$1"
  start_site "$(free_port)" "$db"
  local behind=1
  for _ in $(seq 1 240); do
    behind_consumers "$db" >/dev/null && { behind=0; break; }
    sleep 0.5
  done
  stop_last
  checkpoint "$db"
  if [ "$behind" -ne 0 ]; then echo "change consumers still behind after 120 s: $(behind_consumers "$db")" >&2; exit 1; fi
}

# behind_consumers DB: prints the durable change consumers whose checkpoint is behind the change log's head; fails when any is.
behind_consumers() {
  python3 - "$1" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], timeout=10)
head = db.execute("select max(id) from change_log").fetchone()[0]
behind = db.execute("select consumer from change_checkpoints where position < ?", (head,)).fetchall()
print(behind)
sys.exit(1 if behind else 0)
PY
}
