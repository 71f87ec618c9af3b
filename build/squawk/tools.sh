# Sourced by build/compare-squawk.sh and build/bench-lint.sh: puts both linters on disk and
# sets $squawk_bin, $migrate_lint_bin and $migrate_lint_dll. Expects $root (the repository root).

squawk_dir="$root/build/squawk"
squawk_bin="$squawk_dir/node_modules/@squawk-cli/linux-x64/bin/squawk"
migrate_lint_dir="$root/artifacts/migrate-lint"

# The pinned native squawk binary (npm ci only when package-lock.json changed). Only the
# linux-x64 package is pinned: the registry this was locked against serves no other platform.
install_squawk() {
  command -v npm >/dev/null || { echo "squawk: npm is not installed" >&2; return 1; }
  local stamp="$squawk_dir/node_modules/.installed-lock.sha256" wanted
  wanted="$(sha256sum "$squawk_dir/package-lock.json" | cut -d' ' -f1)"
  if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$wanted" ]]; then
    (cd "$squawk_dir" && npm ci --no-audit --no-fund --loglevel=error) >&2
    echo "$wanted" > "$stamp"
  fi
  "$squawk_bin" --version >/dev/null || { echo "squawk: $squawk_bin does not run" >&2; return 1; }
}

# The CLI as users get it: the tool package packed under a version of its own and installed with
# `dotnet tool install` (on linux-x64 that is the ReadyToRun package), so what is timed is what ships.
# $migrate_lint_bin is the installed command; $migrate_lint_dll the same bits, for `dotnet <dll>`.
publish_migrate_lint() {
  local version
  version="0.0.0-bench.$(date -u +%Y%m%d%H%M%S).$$"
  rm -rf "$migrate_lint_dir"
  dotnet pack "$root/src/Migrations.Lint.Tool" -c Release --nologo -v q -o "$migrate_lint_dir/feed" \
    -p:PackageVersion="$version" -p:PackRidSpecificTool=true >&2
  NUGET_PACKAGES="$migrate_lint_dir/packages" dotnet tool install Migrations.Lint.Tool --tool-path "$migrate_lint_dir/tool" \
    --version "$version" --add-source "$migrate_lint_dir/feed" >/dev/null
  migrate_lint_bin="$migrate_lint_dir/tool/dotnet-migrate-lint"
  migrate_lint_dll="$(dirname "$(readlink -f "$migrate_lint_bin")")/dotnet-migrate-lint.dll"
}

squawk_version() { "$squawk_bin" --version | awk '{ print $2 }'; }
