#!/usr/bin/env bash
# Packs the NuGet packages teams install: Migrations.Lint.MSBuild (the build integration) and
# Migrations.Lint.Tool (the dotnet tool) into nupkg/. The tool is three packages (.NET SDK 10
# RID-specific tools): Migrations.Lint.Tool, which users install, points at .linux-x64 (ReadyToRun)
# and .any (portable); all three belong on the feed.
# Usage: build/pack.sh [version]   (default 0.1.0-local)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
version="${1:-0.1.0-local}"
cd "$root"

dotnet pack src/Migrations.Lint.MSBuild -c Release --nologo -v q -o nupkg -p:Version="$version"
dotnet pack src/Migrations.Lint.Tool -c Release --nologo -v q -o nupkg -p:Version="$version" -p:PackRidSpecificTool=true
ls -1 nupkg/*."$version".nupkg
