#!/usr/bin/env bash
# Apply time for 1,000 small migrations (create table, add column, create table with an index, insert;
# 250 of each: an index on an existing table would need CONCURRENTLY, which psql -1 cannot run),
# each run on a fresh database of a throwaway local cluster: `psql -1 -f` on the concatenated files,
# migrate-lint `apply` (Release build, lint gate on) with its default (a transaction per migration) and with
# `--transaction-mode all` (one transaction, as psql -1 does), and node-pg-migrate (pinned in
# build/node-pg-migrate) with its default (all pending migrations in one transaction) and with a
# transaction per migration. `lint` alone on the same files is timed too: the gate's share of apply.
# Runs are interleaved (round-robin over the tools) so load from other processes hits all alike; the
# median wall time of each is printed with the load average, and the client's CPU time (user + system; on a
# loaded machine it is steadier than wall time, but it leaves out the server's work).
# Usage: bash build/bench-apply.sh [runs]   (runs defaults to 5)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
source build/squawk/tools.sh

runs="${1:-5}"
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "usage: bench-apply.sh [runs]" >&2; exit 5; }
command -v npm >/dev/null || { echo "bench-apply: npm is not installed" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "bench-apply: needs GNU time (/usr/bin/time) for CPU time" >&2; exit 1; }
bash build/install-postgres.sh
# The server's own bin folder (initdb on PATH may be a link to it), where psql of the same version lives too.
pg_bin="$(dirname "$(readlink -f "$(command -v initdb 2>/dev/null || compgen -G '/usr/lib/postgresql/*/bin/initdb' | sort -V | tail -n 1)")")"

# The pinned node-pg-migrate (npm ci only when package-lock.json changed).
npm_dir="$root/build/node-pg-migrate"
stamp="$npm_dir/node_modules/.installed-lock.sha256"
wanted="$(sha256sum "$npm_dir/package-lock.json" | cut -d' ' -f1)"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$wanted" ]]; then
  (cd "$npm_dir" && npm ci --no-audit --no-fund --loglevel=error) >&2
  echo "$wanted" > "$stamp"
fi
node_pg_migrate="$npm_dir/node_modules/node-pg-migrate/bin/node-pg-migrate.js"
node_pg_migrate_version="$(node -p "require('$npm_dir/node_modules/node-pg-migrate/package.json').version")"

publish_migrate_lint

work="$(mktemp -d)"
as_postgres=()
if [[ "$(id -u)" -eq 0 ]]; then
  # The server refuses to run as root.
  chown postgres:postgres "$work"
  as_postgres=(runuser -u postgres --)
fi
cleanup() {
  "${as_postgres[@]}" "$pg_bin/pg_ctl" stop -m immediate -D "$work/data" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
"${as_postgres[@]}" "$pg_bin/initdb" -D "$work/data" -A trust -U postgres --no-sync -E UTF8 --locale=C >/dev/null
"${as_postgres[@]}" "$pg_bin/pg_ctl" start -w -D "$work/data" -l "$work/server.log" \
  -o "-p $port -k $work -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null
server_version="$("$pg_bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -Atc 'SHOW server_version')"

# The same 1,000 migrations in each tool's convention: Flyway V<n>__<name>.sql with U<n> down scripts for
# migrate-lint; <n>_<name>.sql with Up/Down markers for node-pg-migrate; the up scripts concatenated for psql.
flyway="$work/flyway"
npm_set="$work/node-pg-migrate"
mkdir -p "$flyway" "$npm_set"
for ((n = 1; n <= 1000; n++)); do
  table="item_$(( (n - 1) / 4 + 1 ))"
  case $(( (n - 1) % 4 )) in
    0) name="create_$table"
       up="CREATE TABLE $table (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());"
       down="DROP TABLE $table;" ;;
    1) name="add_${table}_note"
       up="ALTER TABLE $table ADD COLUMN note text;"
       down="ALTER TABLE $table DROP COLUMN note;" ;;
    2) name="create_${table}_tag"
       up="CREATE TABLE ${table}_tag (item_id bigint NOT NULL, tag text NOT NULL); CREATE INDEX ${table}_tag_tag ON ${table}_tag (tag);"
       down="DROP TABLE ${table}_tag;" ;;
    3) name="seed_$table"
       up="INSERT INTO $table (name, note) VALUES ('first', 'seeded'), ('second', NULL);"
       down="DELETE FROM $table WHERE name IN ('first', 'second');" ;;
  esac
  printf '%s\n' "$up" > "$flyway/V${n}__$name.sql"
  printf '%s\n' "$down" > "$flyway/U${n}__$name.sql"
  printf -- '-- Up Migration\n%s\n\n-- Down Migration\n%s\n' "$up" "$down" > "$npm_set/$(printf '%04d' "$n")_$name.sql"
  printf '%s\n' "$up" >> "$work/all.sql"
done

url_of() { echo "postgres://postgres@127.0.0.1:$port/$1"; }
fresh_database() {
  "$pg_bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -qAtc "CREATE DATABASE $1" >/dev/null
}

names=(psql migrate-lint "node-pg-migrate $node_pg_migrate_version" "node-pg-migrate $node_pg_migrate_version, per migration" "migrate-lint lint only" "migrate-lint, one transaction")

# Sets $command to the command line of case $1 on database $2.
command_for() {
  local url
  url="$(url_of "$2")"
  case $1 in
    0) command=("$pg_bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d "$2" -q -X -v ON_ERROR_STOP=1 -1 -f "$work/all.sql") ;;
    1) command=(dotnet "$migrate_lint_dll" apply "$flyway" --connection "$url") ;;
    2) command=(env DATABASE_URL="$url" node "$node_pg_migrate" up -m "$npm_set" --no-verbose) ;;
    3) command=(env DATABASE_URL="$url" node "$node_pg_migrate" up -m "$npm_set" --no-verbose --no-single-transaction) ;;
    4) command=(dotnet "$migrate_lint_dll" lint "$flyway") ;;
    5) command=(dotnet "$migrate_lint_dll" apply "$flyway" --connection "$url" --transaction-mode all) ;;
  esac
}

# Checks what the run left: 500 tables and 250 indexes besides the keys.
check_database() { # $1 case index, $2 database
  local tables indexes
  tables="$("$pg_bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d "$2" -Atc "SELECT count(*) FROM pg_tables WHERE tablename LIKE 'item\_%'")"
  indexes="$("$pg_bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d "$2" -Atc "SELECT count(*) FROM pg_indexes WHERE indexname LIKE 'item\_%\_tag\_tag'")"
  [[ "$tables" == 500 && "$indexes" == 250 ]] \
    || { echo "bench-apply: ${names[$1]} left $tables tables and $indexes indexes, not 500 and 250" >&2; exit 1; }
}

for ((run = 1; run <= runs; run++)); do
  for case_index in "${!names[@]}"; do
    database="bench_${case_index}_$run"
    fresh_database "$database"
    command_for "$case_index" "$database"
    start=$EPOCHREALTIME
    if ! /usr/bin/time -f '%U %S' -o "$work/usage" "${command[@]}" >"$work/stdout" 2>"$work/stderr"; then
      echo "bench-apply: ${names[$case_index]} failed" >&2
      tail -n 20 "$work/stderr" >&2
      exit 1
    fi
    end=$EPOCHREALTIME
    [[ $case_index == 4 ]] || check_database "$case_index" "$database"
    echo "$start $end" | awk '{ printf "%.3f\n", $2 - $1 }' >> "$work/case$case_index"
    awk '{ printf "%.2f\n", $1 + $2 }' "$work/usage" >> "$work/cpu$case_index"
  done
done

median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
psql_median="$(median "$work/case0")"
echo "1,000 migrations, PostgreSQL $server_version, $runs runs each, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-42s %10s %10s %12s\n' "tool" "median s" "× psql" "client cpu s"
for case_index in "${!names[@]}"; do
  value="$(median "$work/case$case_index")"
  printf '%-42s %10.3f %10.2f %12.2f\n' "${names[$case_index]}" "$value" "$(awk -v a="$value" -v b="$psql_median" 'BEGIN { print a / b }')" "$(median "$work/cpu$case_index")"
done
