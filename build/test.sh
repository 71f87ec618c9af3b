#!/usr/bin/env bash
# Runs the whole test suite the way CI does: installs the test oracles (npm) and the PostgreSQL
# server binaries the runner tests start throwaway clusters with, then `dotnet test`.
# Prints one closing line "N passed, N failed, N skipped" summed over all test projects.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

bash build/install-oracle.sh
bash build/install-postgres.sh

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
set +e
dotnet test Migrations.Lint.sln -c Release --nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# dotnet test prints one "Passed!/Failed!  - Failed: a, Passed: b, Skipped: c, Total: d" line per project.
awk -F'[:,]' '/(Passed|Failed)! +- +Failed:/ { f += $2; p += $4; s += $6 }
  END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
