# Sourced by build/compare-squawk.sh and build/bench-lint.sh: puts both linters on disk and
# sets $squawk_bin and $migrate_lint_dll. Expects $root (the repository root).

squawk_dir="$root/build/squawk"
squawk_bin="$squawk_dir/node_modules/@squawk-cli/linux-x64/bin/squawk"
migrate_lint_dir="$root/artifacts/migrate-lint"
migrate_lint_dll="$migrate_lint_dir/dotnet-migrate-lint.dll"

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

# A Release build of the CLI, run as `dotnet <dll>` so `dotnet run`'s build check is not timed.
publish_migrate_lint() {
  dotnet publish "$root/src/Migrations.Lint.Tool" -c Release -o "$migrate_lint_dir" --nologo -v q >&2
}

squawk_version() { "$squawk_bin" --version | awk '{ print $2 }'; }
