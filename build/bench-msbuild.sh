#!/usr/bin/env bash
# Measures what Migrations.Lint.MSBuild adds to `dotnet build` on a project with N migration files
# (default 1000, copied round-robin from the conformance corpus): the first build, which lints every
# file, hashes it into the manifest and copies it to bin/, and a no-op incremental build, which lints
# nothing. Each is compared with the same project without the package; times are medians of RUNS runs.
# Usage: build/bench-msbuild.sh [file-count]     (RUNS=5 by default)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-1000}"
runs="${RUNS:-5}"
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

make_project() { # name, package reference or empty
  local dir="$work/$1"
  mkdir -p "$dir/db/migrations"
  cat > "$dir/$1.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <NoWarn>\$(NoWarn);$(echo $codes | tr ' ' ';')</NoWarn>
  </PropertyGroup>
  <ItemGroup>$2</ItemGroup>
</Project>
XML
  echo "class Program { static void Main() { } }" > "$dir/Program.cs"
  echo "{ \"rules\": { ${rules%,} } }" > "$dir/migrate-lint.json"
  for ((i = 1; i <= count; i++)); do
    cp "${corpus[(i - 1) % ${#corpus[@]}]}" "$dir/db/migrations/V${i}__migration_${i}.sql"
  done
  dotnet restore "$dir" --nologo -v q >&2
}

# Wall-clock milliseconds of one build, then what its MigrationsLint* targets and its copy to bin/ took.
build() { # project dir, log file
  local start end
  start=$(date +%s%N)
  dotnet build "$1" --no-restore --nologo -nr:false -v q -clp:PerformanceSummary > "$2"
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 ))" "$(target_ms "$2" MigrationsLint)" "$(target_ms "$2" _CopyOutOfDateSourceItemsToOutputDirectory)"
}

target_ms() { # log file, target name part
  awk -v name="$2" '/Target Performance Summary/ { on = 1 } /Task Performance Summary/ { on = 0 } on && index($3, name) { sum += $1 } END { print sum + 0 }' "$1"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

echo "creating two projects with $count migration files ..." >&2
make_project plain ""
make_project linted "<PackageReference Include=\"Migrations.Lint.MSBuild\" Version=\"$version\" />"

first_plain=(); first_linted=(); first_targets=(); first_copy=(); noop_plain=(); noop_linted=(); noop_targets=()
for ((run = 1; run <= runs; run++)); do
  echo "run $run of $runs ..." >&2
  for name in plain linted; do
    rm -rf "$work/$name/bin" "$work/$name/obj/Debug" "$work/$name/obj/Release"
    read -r first_ms first_target_ms first_copy_ms < <(build "$work/$name" "$work/$name-first.log")
    read -r noop_ms noop_target_ms _ < <(build "$work/$name" "$work/$name-noop.log")
    if [[ $name == plain ]]; then
      first_plain+=("$first_ms"); noop_plain+=("$noop_ms")
    else
      first_linted+=("$first_ms"); first_targets+=("$first_target_ms"); first_copy+=("$first_copy_ms"); noop_linted+=("$noop_ms"); noop_targets+=("$noop_target_ms")
    fi
  done
done

manifest="$work/linted/bin/Debug/net8.0/migrations/migrations.manifest.json"
[[ -f $manifest ]] || { echo "no manifest was written: see $work/linted-first.log" >&2; exit 1; }
m() { printf '%s\n' "$@" | median; }
fp=$(m "${first_plain[@]}"); fl=$(m "${first_linted[@]}"); ft=$(m "${first_targets[@]}"); fc=$(m "${first_copy[@]}")
np=$(m "${noop_plain[@]}"); nl=$(m "${noop_linted[@]}"); nt=$(m "${noop_targets[@]}")
echo "Migrations.Lint.MSBuild, $count migration files, median of $runs runs ($(nproc) cores):"
printf '  first build:  %6d ms without the package, %6d ms with it: +%d ms (lint targets %d ms, copying to bin/ %d ms)\n' "$fp" "$fl" $((fl - fp)) "$ft" "$fc"
printf '  no-op build:  %6d ms without the package, %6d ms with it: +%d ms (lint targets %d ms)\n' "$np" "$nl" $((nl - np)) "$nt"
