#!/usr/bin/env bash
# Installs the npm tools the tests call: libpg-query (the PostgreSQL parser the conformance
# test compares against) and the SARIF multitool. Safe to run repeatedly: it reinstalls only
# when tests/oracle/package-lock.json changed since the last successful install.
set -euo pipefail

oracle_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/../tests/oracle" && pwd)"
cd "$oracle_dir"

command -v node >/dev/null || { echo "install-oracle: node is not installed (need Node.js 18+ and npm)" >&2; exit 1; }

stamp="node_modules/.installed-lock.sha256"
if command -v sha256sum >/dev/null; then digest=(sha256sum); else digest=(shasum -a 256); fi
wanted="$("${digest[@]}" package-lock.json | cut -d' ' -f1)"
if [[ -f "$stamp" && "$(cat "$stamp")" == "$wanted" ]]; then
  echo "install-oracle: tests/oracle is up to date"
else
  npm ci --no-audit --no-fund
  echo "$wanted" > "$stamp"
fi

# npm may be configured to skip install scripts; this is the multitool's own postinstall step.
multitool="node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [[ -f "$multitool" ]]; then
  chmod u+x "$multitool"
fi

node -e "import('libpg-query').then(m => m.loadModule())" \
  || { echo "install-oracle: libpg-query does not load" >&2; exit 1; }
echo "install-oracle: libpg-query $(node -p "require('libpg-query/package.json').version") ready"
