#!/usr/bin/env bash
# The back-office on a weak signal: the published site (ReadyToRun) over the seeded SQLite database, an administrator
# created by the unattended settings, and the bench's backoffice-network mode in Debian's Chromium (1 Mbit/s both
# ways, 300 ms round trip): the home screen's first load and the time to an interactive list of stops, RUNS runs.
# Usage: bash tests/bench/backoffice.sh [runs]
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
runs="${1:-5}"
need_chromium
publish_site_and_bench
port="$(free_port)"
base="http://127.0.0.1:$port"
email="bench@example.org"
password="bench-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')"
start_site "$port" "$work/site.db" Umbraco__CMS__Unattended__UnattendedUserName="Bench admin" \
  Umbraco__CMS__Unattended__UnattendedUserEmail="$email" Umbraco__CMS__Unattended__UnattendedUserPassword="$password"

dotnet "$bench" backoffice-network "$base" "$email" "$password" "$runs"
