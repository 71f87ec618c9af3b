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
        var linted = set.Migrations;
        var (parsed, appliedUps) = Parse(linted);
        var syntax = new Dictionary<MigrationScript, SqlScript>();
        var scriptRules = rules.OfType<ScriptRule>().ToArray();
        foreach (var script in parsed)
        {
            syntax[script.Script] = script.Syntax;

            // A script sees the ups applied before it: earlier migrations', and for a down its own up.
            var earlier = new ArraySegment<SqlScript>(appliedUps, 0, script.UpsBefore);
            var context = new ScriptContext(script.Migration, script.Script, script.Syntax, settings, earlier, diagnostics);
            foreach (var rule in scriptRules)
            {
                if (AppliesTo(rule, script.Script))
                {
                    rule.Check(context);
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

    /// <summary>Parses the scripts of the linter's dialects, in the order they apply.</summary>
    private (List<ParsedScript> Scripts, SqlScript[] AppliedUps) Parse(IReadOnlyList<Migration> migrations)
    {
        var scripts = new List<ParsedScript>();
        var appliedUps = new List<SqlScript>();
        foreach (var migration in migrations)
        {
            foreach (var script in migration.Scripts)
            {
                var dialect = script.Dialect ?? migration.Dialect ?? settings.DefaultDialect;
                if (dialect != Dialect.Postgres)
                {
                    continue;
                }

                var syntax = SqlParser.Parse(script.Source, script.Section, dialect);
                scripts.Add(new ParsedScript(migration, script, syntax, appliedUps.Count));
                if (script.Direction == MigrationDirection.Up)
                {
                    appliedUps.Add(syntax);
                }
            }
        }

        return (scripts, [.. appliedUps]);
    }

    /// <summary>Dropping what the up script created is exactly a down script's job, so data-loss rules skip downs.</summary>
    private static bool AppliesTo(LintRule rule, MigrationScript script) =>
        !(rule.Descriptor.Category == RuleCategory.DataLoss && script.Direction == MigrationDirection.Down);

    /// <param name="UpsBefore">How many of the set's parsed up scripts apply before this one.</param>
    private sealed record ParsedScript(Migration Migration, MigrationScript Script, SqlScript Syntax, int UpsBefore);
}
