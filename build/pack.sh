#!/usr/bin/env bash
# Packs the NuGet packages teams install: Migrations.Lint.MSBuild (the build integration) and
# Migrations.Lint.Tool (the dotnet tool) into nupkg/.
# Usage: build/pack.sh [version]   (default 0.1.0-local)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
version="${1:-0.1.0-local}"
cd "$root"

for project in src/Migrations.Lint.MSBuild src/Migrations.Lint.Tool; do
  dotnet pack "$project" -c Release --nologo -v q -o nupkg -p:Version="$version"
done
ls -1 nupkg/*."$version".nupkg
