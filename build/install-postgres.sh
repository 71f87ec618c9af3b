#!/usr/bin/env bash
# Makes sure the PostgreSQL server binaries (initdb, pg_ctl) exist, for the runner's tests: they start
# a throwaway cluster of their own. Idempotent: does nothing when initdb is already on PATH or under
# /usr/lib/postgresql/*/bin. Installs Debian's `postgresql` package otherwise (needs root).
set -euo pipefail

has_initdb() {
  command -v initdb >/dev/null 2>&1 && return 0
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null
}

if has_initdb; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-postgres: initdb not found and apt-get is unavailable; install the PostgreSQL server binaries and put initdb on PATH" >&2
  exit 1
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi

export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update
"${sudo_cmd[@]}" apt-get install -y --no-install-recommends postgresql

if ! has_initdb; then
  echo "install-postgres: the postgresql package installed, but initdb is still missing" >&2
  exit 1
fi
