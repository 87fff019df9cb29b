#!/usr/bin/env bash
# The full test command: installs what the tests need when it is missing, starts a throwaway PostgreSQL
# cluster on a free loopback port, runs every test of the solution on both database providers, stops the
# cluster and fails on any failure.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

apt_updated=""
need_package() {
  local package="$1" probe="$2"
  if [ ! -e "$probe" ]; then
    if [ -z "$apt_updated" ]; then as_root apt-get update -qq; apt_updated=1; fi
    echo "tests/run.sh: installing $package"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null
  fi
}

need_package postgresql /usr/lib/postgresql/15/bin/initdb
# The browser tests drive Debian's Chromium (never a downloaded browser); Chinese and Tibetan text need their fonts.
need_package chromium /usr/bin/chromium
need_package fonts-noto-cjk /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
need_package fonts-tibetan-machine /usr/share/fonts/truetype/tibetan-machine/TibetanMachineUni.ttf
pg_bin=/usr/lib/postgresql/15/bin

# PostgreSQL refuses to run as root, so the throwaway cluster belongs to the postgres user.
pg_dir="$(mktemp -d /tmp/zhuwagen-pg.XXXXXX)"
chmod 755 "$pg_dir"
pg_port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$pg_dir"; fi

cleanup() {
  run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap cleanup EXIT

run_pg "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" \
  -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" -w start >/dev/null
echo "tests/run.sh: PostgreSQL on 127.0.0.1:$pg_port"

export ZHUWAGEN_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

results="$(mktemp -d /tmp/zhuwagen-results.XXXXXX)"
status=0
dotnet test ZhuwaGen.Tourism.sln --logger "trx;LogFilePrefix=results" --results-directory "$results" || status=$?

# The closing lines say how many tests ran on each provider (from each test's provider argument), so a run that
# skipped PostgreSQL shows it.
python3 "$repo/tests/run-summary.py" "$results"
rm -rf "$results"
exit $status
