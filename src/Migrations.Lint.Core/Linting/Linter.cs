using Migrations.Lint.Diagnostics;
using Migrations.Lint.Migrations;
using Migrations.Lint.Rules;
using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Linting;

/// <summary>
/// Parses every script of a migration set and runs the rules over it. Returns raw findings at the
/// rules' default severities; configuration and suppressions are applied afterwards.
/// </summary>
public sealed class Linter(LintSettings settings, IReadOnlyList<LintRule> rules)
{
    public IReadOnlyList<Diagnostic> Lint(MigrationSet set)
    {
        var diagnostics = new List<Diagnostic>();
        var syntax = new Dictionary<MigrationScript, SqlScript>();
        var scriptRules = rules.OfType<ScriptRule>().ToArray();
        var linted = set.Migrations;
        foreach (var migration in linted)
        {
            foreach (var script in migration.Scripts)
            {
                var dialect = script.Dialect ?? migration.Dialect ?? settings.DefaultDialect;
                if (dialect != Dialect.Postgres)
                {
                    continue;
                }

                var parsed = SqlParser.Parse(script.Source, script.Section, dialect);
                syntax[script] = parsed;
                var context = new ScriptContext(migration, script, parsed, settings, diagnostics);
                foreach (var rule in scriptRules)
                {
                    if (AppliesTo(rule, script))
                    {
                        rule.Check(context);
                    }
                }
            }
        }

        var setContext = new SetContext(set, linted, syntax, settings, diagnostics);
        foreach (var rule in rules.OfType<SetRule>())
        {
            rule.Check(setContext);
        }

        return diagnostics;
    }

    /// <summary>Dropping what the up script created is exactly a down script's job, so data-loss rules skip downs.</summary>
    private static bool AppliesTo(LintRule rule, MigrationScript script) =>
        !(rule.Descriptor.Category == RuleCategory.DataLoss && script.Direction == MigrationDirection.Down);
}
