#!/usr/bin/env bash
# Runs squawk (pinned in build/squawk) and migrate-lint (Release build) with default settings on
# migration folders and prints, per folder, a Markdown table of each tool's findings per file
# (rule@line, lines 1-based for both: squawk's JSON lines are 0-based) and a per-rule count.
# "Same hazard" counts findings of the same rule in the same file, squawk's rule names mapped to
# ours by the table squawk-ignore comments use (src/Migrations.Lint.Core/Suppressions/SquawkRuleNames.cs).
# Usage: bash build/compare-squawk.sh [folder…]   (default: samples/unsafe samples/postgres)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
source build/squawk/tools.sh

folders=("$@")
(( ${#folders[@]} )) || folders=(samples/unsafe samples/postgres)

install_squawk
publish_migrate_lint

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Both tools exit 1 when they report something; anything else is a failure of the run itself.
run_tolerating_findings() {
  local status=0
  "$@" || status=$?
  (( status <= 1 )) || { echo "compare-squawk: '$*' exited $status" >&2; exit "$status"; }
}

echo "# squawk $(squawk_version) vs migrate-lint $(git rev-parse --short HEAD), default settings, $(date -u +%F)"
for folder in "${folders[@]}"; do
  mapfile -t files < <(find "$folder" -type f -name '*.sql' | sort)
  (( ${#files[@]} )) || { echo "compare-squawk: no .sql files under $folder" >&2; exit 5; }
  run_tolerating_findings "$squawk_bin" --reporter json "${files[@]}" > "$work/squawk.json"
  run_tolerating_findings dotnet "$migrate_lint_dll" lint "$folder" --format json > "$work/ours.json"
  node - "$folder" "$work/squawk.json" "$work/ours.json" src/Migrations.Lint.Core/Suppressions/SquawkRuleNames.cs <<'JS'
const fs = require("fs");
const [folder, squawkPath, oursPath, namesPath] = process.argv.slice(2);
const oursBySquawk = new Map(
  [...fs.readFileSync(namesPath, "utf8").matchAll(/\["([a-z0-9-]+)"\] = "([a-z0-9-]+)"/g)].map(m => [m[1], m[2]]));
const relative = file => file.slice(file.lastIndexOf("/") + 1);
const squawk = JSON.parse(fs.readFileSync(squawkPath, "utf8"))
  .map(d => ({ file: relative(d.file), rule: d.rule_name, line: d.line + 1 }));
const ours = JSON.parse(fs.readFileSync(oursPath, "utf8")).diagnostics
  .map(d => ({ file: relative(d.file), rule: d.ruleName, line: d.line }));

const countBy = (items, key) => items.reduce((m, i) => m.set(key(i), (m.get(key(i)) ?? 0) + 1), new Map());
// "ban-drop-table@1,2,3" per rule, rules in order of first line.
const describe = findings => {
  const lines = new Map();
  for (const f of [...findings].sort((a, b) => a.line - b.line))
    lines.set(f.rule, [...(lines.get(f.rule) ?? []), f.line]);
  return [...lines].map(([rule, at]) => `${rule}@${at.join(",")}`).join(" ") || "–";
};

const files = [...new Set([...squawk, ...ours].map(f => f.file))]
  .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
let sameHazard = 0;
const rows = files.map(file => {
  const s = squawk.filter(f => f.file === file), o = ours.filter(f => f.file === file);
  const oursCount = countBy(o, f => f.rule);
  for (const [rule, n] of countBy(s, f => oursBySquawk.get(f.rule) ?? f.rule))
    sameHazard += Math.min(n, oursCount.get(rule) ?? 0);
  return `| ${file} | ${describe(s)} | ${describe(o)} |`;
});

console.log(`\n## ${folder}\n`);
console.log(`squawk: ${squawk.length} findings · migrate-lint: ${ours.length} findings · same hazard (same rule, same file): ${sameHazard}\n`);
console.log("| File | squawk (rule@line) | migrate-lint (rule@line) |\n|---|---|---|");
rows.forEach(r => console.log(r));

// One row per hazard, under our rule name; squawk's own name in parentheses when it differs.
console.log("\n| Rule | squawk | migrate-lint |\n|---|---:|---:|");
const perRule = new Map();
const row = name => perRule.get(name) ?? perRule.set(name, { squawkNames: new Set(), squawk: 0, ours: 0 }).get(name);
for (const f of squawk) {
  const r = row(oursBySquawk.get(f.rule) ?? f.rule);
  r.squawk++;
  r.squawkNames.add(f.rule);
}
for (const f of ours) row(f.rule).ours++;
[...perRule].sort((a, b) => (b[1].squawk + b[1].ours) - (a[1].squawk + a[1].ours) || a[0].localeCompare(b[0]))
  .forEach(([name, r]) => {
    const renamed = [...r.squawkNames].filter(n => n !== name);
    console.log(`| ${name}${renamed.length ? ` (squawk: ${renamed.join(", ")})` : ""} | ${r.squawk} | ${r.ours} |`);
  });
JS
done
