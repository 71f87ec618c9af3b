#!/usr/bin/env bash
# Whole-process lint time, migrate-lint vs squawk, in the same run: each tool lints one file
# (startup cost) and ~1,170 realistic migrations (the conformance corpus copied three times),
# JSON output to /dev/null. Runs are interleaved (round-robin over tool and input) so load from
# other processes hits both tools alike; the load average is printed with the results. CPU time
# (user + system) is printed too: on a loaded machine it is steadier than wall time.
# Usage: bash build/bench-lint.sh [runs] [other-dotnet-migrate-lint.dll]
#   runs defaults to 5; a second build (say, one published with ReadyToRun) is timed in the same
#   rounds as "migrate-lint*", to measure a build change against squawk and the current build.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
source build/squawk/tools.sh

runs="${1:-5}"
other_dll="${2:-}"
[[ "$runs" =~ ^[1-9][0-9]*$ && ( -z "$other_dll" || -f "$other_dll" ) ]] \
  || { echo "usage: bench-lint.sh [runs] [other-dotnet-migrate-lint.dll]" >&2; exit 5; }
command -v /usr/bin/time >/dev/null || { echo "bench-lint: needs GNU time (/usr/bin/time) for max RSS" >&2; exit 1; }

install_squawk
publish_migrate_lint

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Three copies side by side: each copy stays a valid migration history of its own.
corpus="tests/Migrations.Lint.Core.Tests/Conformance/Corpus/migrations"
for copy in a b c; do
  mkdir -p "$work/corpus/$copy"
  cp -R "$corpus/." "$work/corpus/$copy/"
done
mkdir -p "$work/one"
cp samples/unsafe/V2__index_accounts.sql "$work/one/"
many_files="$(find "$work/corpus" -type f -name '*.sql' | wc -l)"

# One row per case: its tool, its file count and its command (an array named command_<i>).
# squawk expands its own glob, as migrate-lint walks its own directory.
names=("squawk $(squawk_version)" migrate-lint "squawk $(squawk_version)" migrate-lint)
counts=(1 1 "$many_files" "$many_files")
command_0=("$squawk_bin" --reporter json "$work/one/*.sql")
command_1=("$migrate_lint_bin" lint "$work/one" --format json)
command_2=("$squawk_bin" --reporter json "$work/corpus/**/*.sql")
command_3=("$migrate_lint_bin" lint "$work/corpus" --format json)
if [[ -n "$other_dll" ]]; then
  names+=("migrate-lint*" "migrate-lint*")
  counts+=(1 "$many_files")
  command_4=(dotnet "$other_dll" lint "$work/one" --format json)
  command_5=(dotnet "$other_dll" lint "$work/corpus" --format json)
fi

# Appends "wall-seconds cpu-seconds max-rss-kb" for one run of case $1 to $work/case<i>. Exit 1 means findings,
# the expected outcome for these inputs.
measure() {
  local -n command="command_$1"
  local start end status=0
  start=$EPOCHREALTIME
  /usr/bin/time -f '%U %S %M' -o "$work/usage" "${command[@]}" >/dev/null 2>"$work/stderr" || status=$?
  end=$EPOCHREALTIME
  (( status <= 1 )) || { echo "bench-lint: '${command[*]}' exited $status" >&2; cat "$work/stderr" >&2; exit 1; }
  tail -1 "$work/usage" | awk -v s="$start" -v e="$end" '{ printf "%.3f %.2f %d\n", e - s, $1 + $2, $3 }' >> "$work/case$1"
}

# statistic <median|min|max> <column> <file>: one figure over the runs of a case.
statistic() {
  cut -d' ' -f"$2" "$3" | sort -n | awk -v stat="$1" '{ v[NR] = $1 }
    END { if (stat == "min") print v[1]; else if (stat == "max") print v[NR];
          else print NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
for i in "${!names[@]}"; do measure "$i"; rm "$work/case$i"; done  # warm the page cache
for (( round = 1; round <= runs; round++ )); do
  for i in "${!names[@]}"; do measure "$i"; done
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

echo "lint benchmark: $runs interleaved runs per row, $(nproc) cores, load average $load_before before, $load_after after"
echo "migrate-lint $(git rev-parse --short HEAD) (installed from package $(grep -o 'migrations\.lint\.tool\.[a-z0-9-]*' <<< "$migrate_lint_dll" | head -1), dotnet $(dotnet --version) SDK), $(date -u +%F)"
[[ -z "$other_dll" ]] || echo "migrate-lint*: $other_dll"
printf '\n| %-14s | %5s | %8s | %8s | %12s | %10s |\n' Tool Files "Median s" "Min s" "Median CPU s" "Max RSS MB"
printf '|%s|%s:|%s:|%s:|%s:|%s:|\n' "$(printf -- '-%.0s' {1..16})" ------ --------- --------- ------------- -----------
for i in "${!names[@]}"; do
  printf '| %-14s | %5d | %8.3f | %8.3f | %12.2f | %10.1f |\n' "${names[i]}" "${counts[i]}" \
    "$(statistic median 1 "$work/case$i")" "$(statistic min 1 "$work/case$i")" \
    "$(statistic median 2 "$work/case$i")" "$(awk -v kb="$(statistic max 3 "$work/case$i")" 'BEGIN { print kb / 1024 }')"
done
