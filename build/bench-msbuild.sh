#!/usr/bin/env bash
# Measures what Migrations.Lint.MSBuild adds to `dotnet build` on a project with N migration files
# (default 1000, copied round-robin from the conformance corpus): the first build, which lints every
# file, hashes it into the manifest and copies it to bin/, and a no-op incremental build, which lints
# nothing. Each is compared with the same project without the package ("plain"), with the same files as
# ordinary content copied to bin/ ("content": what the SDK charges for copying N files, package or not)
# and with one empty target of its own ("empty target": what any extra target costs). Times are medians
# of RUNS runs, each one first build and NOOPS no-op builds; "eval" is MSBuild's evaluation time.
# Usage: build/bench-msbuild.sh [file-count]     (RUNS=5, NOOPS=3 by default)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-1000}"
runs="${RUNS:-5}"
noops="${NOOPS:-3}"
work="$(mktemp -d)"
[[ -n ${BENCH_KEEP:-} ]] && echo "work folder: $work" >&2 || trap 'rm -rf "$work"' EXIT

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 \
  DOTNET_CLI_USE_MSBUILD_SERVER=0 MSBUILDDISABLENODEREUSE=1 MSBUILDTERMINALLOGGER=off
user_packages="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
version="0.0.0-bench.$(date +%s)"
echo "packing Migrations.Lint.MSBuild $version ..." >&2
dotnet pack "$root/src/Migrations.Lint.MSBuild" -c Release --nologo -v q -o "$work/feed" -p:PackageVersion="$version" >&2
export NUGET_PACKAGES="$work/packages"

cat > "$work/nuget.config" <<XML
<configuration>
  <packageSources>
    <clear />
    <add key="bench-feed" value="$work/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="bench-feed"><package pattern="Migrations.Lint.*" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
  <fallbackPackageFolders><add key="user" value="$user_packages" /></fallbackPackageFolders>
</configuration>
XML

# Corpus files break many rules: every rule is made a warning and every warning silenced, so the build
# passes and writes the manifest while the lint still runs every rule on every file.
codes="$(sed -n 's/^# .* (\(MIG[0-9]*\))$/\1/p' "$root"/docs/rules/*.md | sort)"
rules="$(printf '"%s": "warning",' $codes)"
mapfile -t corpus < <(find "$root/tests/Migrations.Lint.Core.Tests/Conformance/Corpus/migrations" -name '*.sql' | sort)

make_project() { # name, items, extra project elements
  local dir="$work/$1"
  mkdir -p "$dir/db/migrations"
  cat > "$dir/$1.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <NoWarn>\$(NoWarn);$(echo $codes | tr ' ' ';')</NoWarn>
  </PropertyGroup>
  <ItemGroup>$2</ItemGroup>$3
</Project>
XML
  echo "class Program { static void Main() { } }" > "$dir/Program.cs"
  echo "{ \"rules\": { ${rules%,} } }" > "$dir/migrate-lint.json"
  for ((i = 1; i <= count; i++)); do
    cp "${corpus[(i - 1) % ${#corpus[@]}]}" "$dir/db/migrations/V${i}__migration_${i}.sql"
  done
  dotnet restore "$dir" --nologo -v q >&2
}

# Wall-clock milliseconds of one build, then what its lint targets, its copy to bin/ (the SDK's copy target and
# the package's, which calls the one that copies) and its evaluation took, then its CPU time (user + system, all
# processes: steadier than wall time on a busy machine).
build() { # project dir, log file
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f '%U %S' -o "$2.cpu" dotnet build "$1" --no-restore --nologo -nr:false -v q -clp:PerformanceSummary > "$2"
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 ))" "$(target_ms "$2" MigrationsLint _MigrationsLintCopy)" \
    "$(( $(target_ms "$2" _CopyOutOfDateSourceItemsToOutputDirectory) + $(target_ms "$2" _MigrationsLintCopyToOutputDirectory) ))" \
    "$(evaluation_ms "$2")" "$(awk '{ printf "%d", ($1 + $2) * 1000 }' "$2.cpu")"
}

target_ms() { # log file, target name part[, name part to leave out]
  awk -v name="$2" -v except="${3:-}" '/Target Performance Summary/ { on = 1 } /Task Performance Summary/ { on = 0 }
    on && index($3, name) && !(except != "" && index($3, except)) { sum += $1 } END { print sum + 0 }' "$1"
}

evaluation_ms() { # log file
  awk '/Project Evaluation Performance Summary/ { getline; print $1 + 0; exit }' "$1"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

projects=(plain content empty linted)
echo "creating ${#projects[@]} projects with $count migration files ..." >&2
make_project plain "" ""
make_project content '<Content Include="db/migrations/**/*.sql" CopyToOutputDirectory="PreserveNewest" />' ""
make_project empty "" '
  <Target Name="EmptyTarget" BeforeTargets="CoreCompile" />'
make_project linted "<PackageReference Include=\"Migrations.Lint.MSBuild\" Version=\"$version\" />" ""

declare -A first noop noop_eval noop_cpu
first_targets=(); first_copy=(); noop_targets=()
for ((run = 1; run <= runs; run++)); do
  echo "run $run of $runs ..." >&2
  for name in "${projects[@]}"; do
    rm -rf "$work/$name/bin" "$work/$name/obj/Debug" "$work/$name/obj/Release"
    read -r ms target_ms copy_ms _ < <(build "$work/$name" "$work/$name-first.log")
    first[$name]+="$ms "
    if [[ $name == linted ]]; then first_targets+=("$target_ms"); first_copy+=("$copy_ms"); fi
    for ((n = 1; n <= noops; n++)); do
      read -r ms target_ms _ eval_ms cpu_ms < <(build "$work/$name" "$work/$name-noop.log")
      noop[$name]+="$ms "; noop_eval[$name]+="$eval_ms "; noop_cpu[$name]+="$cpu_ms "
      if [[ $name == linted ]]; then noop_targets+=("$target_ms"); fi
    done
  done
done

manifest="$work/linted/bin/Debug/net8.0/migrations/migrations.manifest.json"
[[ -f $manifest ]] || { echo "no manifest was written: see $work/linted-first.log" >&2; exit 1; }
m() { printf '%s\n' "$@" | median; }
ft=$(m "${first_targets[@]}"); fc=$(m "${first_copy[@]}"); nt=$(m "${noop_targets[@]}")
declare -A f n e c
for name in "${projects[@]}"; do
  f[$name]=$(m ${first[$name]}); n[$name]=$(m ${noop[$name]}); e[$name]=$(m ${noop_eval[$name]}); c[$name]=$(m ${noop_cpu[$name]})
done
echo "Migrations.Lint.MSBuild, $count migration files, median of $runs runs ($((runs * noops)) no-op builds), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg):"
printf '  first build:  %6d ms plain, %6d ms with the package: +%d ms (lint targets %d ms, copying to bin/ %d ms)\n' \
  "${f[plain]}" "${f[linted]}" $((f[linted] - f[plain])) "$ft" "$fc"
printf '  no-op build:  %6d ms plain, %6d ms with the package: +%d ms (lint targets %d ms; eval %d ms plain, %d ms with it)\n' \
  "${n[plain]}" "${n[linted]}" $((n[linted] - n[plain])) "$nt" "${e[plain]}" "${e[linted]}"
printf '  no-op controls: the files as plain content %6d ms (+%d ms), one empty target %6d ms (+%d ms); package over content +%d ms\n' \
  "${n[content]}" $((n[content] - n[plain])) "${n[empty]}" $((n[empty] - n[plain])) $((n[linted] - n[content]))
printf '  no-op CPU time: %d ms plain, %d ms content, %d ms empty target, %d ms with the package (+%d ms; over content +%d ms)\n' \
  "${c[plain]}" "${c[content]}" "${c[empty]}" "${c[linted]}" $((c[linted] - c[plain])) $((c[linted] - c[content]))
