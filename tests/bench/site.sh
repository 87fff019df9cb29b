#!/usr/bin/env bash
# The public site's stop page on loopback, on the published site (ReadyToRun) over the seeded SQLite database:
#   1. page weights: the stop page's HTML, stylesheet and script as the browser receives them with brotli;
#   2. throughput with wrk (each run bounded to DURATION seconds): the stop page (output cache) next to a static file
#      holding the same bytes, served by the same Kestrel;
#   3. a weak mountain signal: Chromium's network emulation at 400 kbit/s and 400 ms round trip, the largest
#      contentful paint of a first visit and of a repeat visit (the bench's slow-network mode, RUNS runs).
# Usage: bash tests/bench/site.sh [duration] [connections] [runs]
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
duration="${1:-10}"
connections="${2:-16}"
runs="${3:-5}"
need_wrk
need_chromium
static_dir="$repo/wwwroot/_bench"
scratch+=("$static_dir")
publish_site_and_bench
port="$(free_port)"
base="http://127.0.0.1:$port"
start_site "$port" "$work/site.db"

path="/sangjiu-baga/xueni-agritourism-park/"
html="$(curl -fs "$base$path")"
weigh() { curl -fs -H "Accept-Encoding: br" -o /dev/null -w '%{size_download}' "$1"; }
asset() { grep -o "$1=\"/[^\"]*$2[^\"]*\"" <<<"$html" | head -1 | cut -d'"' -f2; }
css="$(asset href site.css)"
js="$(asset src offline.js)"
page_bytes="$(weigh "$base$path")"; css_bytes="$(weigh "$base$css")"; js_bytes="$(weigh "$base$js")"
python3 - "$page_bytes" "$css_bytes" "$js_bytes" <<'PY'
import sys
page, css, js = (int(v) for v in sys.argv[1:])
print(f"stop page with brotli: HTML {page/1024:.1f} KB + CSS {css/1024:.1f} KB + JS {js/1024:.1f} KB = {(page+css+js)/1024:.1f} KB (budget 60 KB)")
PY

mkdir -p "$static_dir"
printf '%s' "$html" >"$static_dir/stop.html"

run() {
  local name="$1" url="$2" out
  wrk -t2 -c"$connections" -d"${duration}s" --timeout 5s --latency "$url" >/dev/null  # warm-up run
  out="$(wrk -t2 -c"$connections" -d"${duration}s" --timeout 5s --latency "$url")"
  if grep -q "Non-2xx" <<<"$out"; then echo "$name: non-2xx answers" >&2; exit 1; fi
  printf '%-34s %10s req/s   p50 %8s   p99 %8s\n' "$name" \
    "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" "$(awk '$1=="50%" {print $2}' <<<"$out")" "$(awk '$1=="99%" {print $2}' <<<"$out")"
}
echo "wrk -t2 -c$connections -d${duration}s on 127.0.0.1 ($(nproc) cores shared by wrk and the server)"
run "stop page (output cache)" "$base$path"
run "static file, same bytes" "$base/_bench/stop.html"

dotnet "$bench" slow-network "$base" "$path" "$runs"
dotnet "$bench" slow-network "$base" "/en/" "$runs"
