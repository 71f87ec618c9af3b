#!/usr/bin/env bash
# Rewrites the generated parts of the docs (rule page headers, README rule table, docs/migrate-lint.schema.json) from the rule registry.
set -euo pipefail
cd "$(dirname "$0")/.."
UPDATE_DOCS=1 dotnet test tests/Migrations.Lint.Core.Tests --nologo -v q --filter "FullyQualifiedName~GeneratedDocs|FullyQualifiedName~ConfigSchema" >/dev/null
git status --short -- README.md docs
