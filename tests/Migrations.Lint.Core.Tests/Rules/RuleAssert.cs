using Migrations.Lint.Linting;
using Migrations.Lint.Migrations;
using Migrations.Lint.Rules;
using Migrations.Lint.Sql;
using Migrations.Lint.Core.Tests.Testing;
using Migrations.Lint.Text;

namespace Migrations.Lint.Core.Tests.Rules;

/// <summary>
/// Runs one script rule through the real engine on inline SQL and compares what it reports with the
/// spans marked in the text. <see cref="Silent{TRule}"/> is the same with no marks.
/// </summary>
internal static class RuleAssert
{
    public static void Reports<TRule>(
        string markedSql, LintSettings? settings = null, MigrationDirection direction = MigrationDirection.Up, Dialect dialect = Dialect.Postgres)
        where TRule : ScriptRule, new()
    {
        var marked = MarkedSql.Parse(markedSql);
        Assert.True(marked.Spans.Count > 0, "A positive case marks at least one expected span with [| |].");
        Check<TRule>(marked, settings, direction, dialect);
    }

    public static void Silent<TRule>(
        string sql, LintSettings? settings = null, MigrationDirection direction = MigrationDirection.Up, Dialect dialect = Dialect.Postgres)
        where TRule : ScriptRule, new()
    {
        var marked = MarkedSql.Parse(sql);
        Assert.True(marked.Spans.Count == 0, "A silent case has no [| |] marks.");
        Check<TRule>(marked, settings, direction, dialect);
    }

    /// <summary><see cref="Reports{TRule}"/> for a SQL Server script.</summary>
    public static void ReportsTSql<TRule>(string markedSql, MigrationDirection direction = MigrationDirection.Up)
        where TRule : ScriptRule, new() =>
        Reports<TRule>(markedSql, direction: direction, dialect: Dialect.SqlServer);

    /// <summary><see cref="Silent{TRule}"/> for a SQL Server script.</summary>
    public static void SilentTSql<TRule>(string sql, MigrationDirection direction = MigrationDirection.Up)
        where TRule : ScriptRule, new() =>
        Silent<TRule>(sql, direction: direction, dialect: Dialect.SqlServer);

    /// <summary>
    /// Like <see cref="Reports{TRule}"/>, for the last migration of a set whose earlier migrations' up
    /// scripts are <paramref name="earlierUps"/>: for rules that read what ran before.
    /// </summary>
    public static void ReportsAfter<TRule>(
        IReadOnlyList<string> earlierUps, string markedSql, LintSettings? settings = null, Dialect dialect = Dialect.Postgres)
        where TRule : ScriptRule, new()
    {
        var marked = MarkedSql.Parse(markedSql);
        Assert.True(marked.Spans.Count > 0, "A positive case marks at least one expected span with [| |].");
        Check<TRule>(marked, settings, MigrationDirection.Up, dialect, earlierUps);
    }

    public static void SilentAfter<TRule>(
        IReadOnlyList<string> earlierUps, string sql, LintSettings? settings = null, Dialect dialect = Dialect.Postgres)
        where TRule : ScriptRule, new()
    {
        var marked = MarkedSql.Parse(sql);
        Assert.True(marked.Spans.Count == 0, "A silent case has no [| |] marks.");
        Check<TRule>(marked, settings, MigrationDirection.Up, dialect, earlierUps);
    }

    /// <summary>The messages the rule reports for <paramref name="sql"/>, for tests of wording.</summary>
    public static IReadOnlyList<string> Messages<TRule>(string sql, LintSettings? settings = null, Dialect dialect = Dialect.Postgres)
        where TRule : ScriptRule, new() =>
        [.. Lint<TRule>(sql, settings, MigrationDirection.Up, dialect, []).Select(diagnostic => diagnostic.Message)];

    /// <summary>The help lines the rule reports for <paramref name="sql"/>, for tests of advice that depends on settings.</summary>
    public static IReadOnlyList<string?> Helps<TRule>(string sql, LintSettings? settings = null, Dialect dialect = Dialect.Postgres)
        where TRule : ScriptRule, new() =>
        [.. Lint<TRule>(sql, settings, MigrationDirection.Up, dialect, []).Select(diagnostic => diagnostic.Help)];

    private static void Check<TRule>(
        MarkedSql marked, LintSettings? settings, MigrationDirection direction, Dialect dialect, IReadOnlyList<string>? earlierUps = null)
        where TRule : ScriptRule, new()
    {
        // Invalid SQL would make any other rule's verdict meaningless; only syntax-error's own tests need it.
        if (typeof(TRule) != typeof(SyntaxError))
        {
            var text = new SourceText(marked.Text);
            var syntaxErrors = SqlParser.Parse(text, new TextSpan(0, text.Length), dialect).Errors;
            Assert.True(syntaxErrors.Count == 0, $"Test SQL must be valid; the parser reports: {string.Join("; ", syntaxErrors)}");
        }

        var reported = Lint<TRule>(marked.Text, settings, direction, dialect, earlierUps ?? [])
            .Select(diagnostic => diagnostic.Location.Span)
            .OrderBy(span => span.Start)
            .ThenBy(span => span.Length)
            .ToArray();
        Assert.Equal(Render(marked.Text, marked.Spans), Render(marked.Text, reported));
    }

    private static IReadOnlyList<Diagnostics.Diagnostic> Lint<TRule>(
        string sql, LintSettings? settings, MigrationDirection direction, Dialect dialect, IReadOnlyList<string> earlierUps)
        where TRule : ScriptRule, new()
    {
        var rule = new TRule();
        var version = earlierUps.Count + 1;
        var tested = direction == MigrationDirection.Up
            ? InMemoryMigration.Create(sql, version: version, dialect: dialect)
            : InMemoryMigration.Create(upSql: "", downSql: sql, version: version, dialect: dialect);
        var earlier = earlierUps.Select((up, index) => InMemoryMigration.Create(up, version: index + 1, dialect: dialect));
        var diagnostics = new Linter(settings ?? LintSettings.Default, [rule]).Lint(InMemoryMigration.Set([.. earlier, tested]));
        var source = direction == MigrationDirection.Up ? tested.Up.Source : tested.Down!.Source;
        return [.. diagnostics.Where(diagnostic => diagnostic.Rule == rule.Descriptor && diagnostic.Location.Source == source)];
    }

    /// <summary>Shows spans as the marked text so a failing test prints a readable diff.</summary>
    private static string Render(string text, IEnumerable<TextSpan> spans)
    {
        var result = new System.Text.StringBuilder();
        foreach (var span in spans)
        {
            result.Append("[|").Append(text, span.Start, span.Length).Append("|] @").Append(span.Start).Append('\n');
        }

        return result.ToString();
    }
}
