using Migrations.Lint.Linting;
using Migrations.Lint.Migrations;
using Migrations.Lint.Rules;
using Migrations.Lint.Sql.Postgres;
using Migrations.Lint.Tests.Testing;
using Migrations.Lint.Text;

namespace Migrations.Lint.Tests.Rules;

/// <summary>
/// Runs one script rule through the real engine on inline SQL and compares what it reports with the
/// spans marked in the text. <see cref="Silent{TRule}"/> is the same with no marks.
/// </summary>
internal static class RuleAssert
{
    public static void Reports<TRule>(string markedSql, LintSettings? settings = null, MigrationDirection direction = MigrationDirection.Up)
        where TRule : ScriptRule, new()
    {
        var marked = MarkedSql.Parse(markedSql);
        Assert.True(marked.Spans.Count > 0, "A positive case marks at least one expected span with [| |].");
        Check<TRule>(marked, settings, direction);
    }

    public static void Silent<TRule>(string sql, LintSettings? settings = null, MigrationDirection direction = MigrationDirection.Up)
        where TRule : ScriptRule, new()
    {
        var marked = MarkedSql.Parse(sql);
        Assert.True(marked.Spans.Count == 0, "A silent case has no [| |] marks.");
        Check<TRule>(marked, settings, direction);
    }

    /// <summary>The messages the rule reports for <paramref name="sql"/>, for tests of wording.</summary>
    public static IReadOnlyList<string> Messages<TRule>(string sql, LintSettings? settings = null)
        where TRule : ScriptRule, new() =>
        [.. Lint<TRule>(sql, settings, MigrationDirection.Up).Select(diagnostic => diagnostic.Message)];

    /// <summary>The help lines the rule reports for <paramref name="sql"/>, for tests of advice that depends on settings.</summary>
    public static IReadOnlyList<string?> Helps<TRule>(string sql, LintSettings? settings = null)
        where TRule : ScriptRule, new() =>
        [.. Lint<TRule>(sql, settings, MigrationDirection.Up).Select(diagnostic => diagnostic.Help)];

    private static void Check<TRule>(MarkedSql marked, LintSettings? settings, MigrationDirection direction)
        where TRule : ScriptRule, new()
    {
        // Invalid SQL would make any other rule's verdict meaningless; only syntax-error's own tests need it.
        if (typeof(TRule) != typeof(SyntaxError))
        {
            var syntaxErrors = PgParser.Parse(new SourceText(marked.Text)).Errors;
            Assert.True(syntaxErrors.Count == 0, $"Test SQL must be valid; the parser reports: {string.Join("; ", syntaxErrors)}");
        }

        var reported = Lint<TRule>(marked.Text, settings, direction)
            .Select(diagnostic => diagnostic.Location.Span)
            .OrderBy(span => span.Start)
            .ThenBy(span => span.Length)
            .ToArray();
        Assert.Equal(Render(marked.Text, marked.Spans), Render(marked.Text, reported));
    }

    private static IReadOnlyList<Diagnostics.Diagnostic> Lint<TRule>(string sql, LintSettings? settings, MigrationDirection direction)
        where TRule : ScriptRule, new()
    {
        var rule = new TRule();
        var migration = direction == MigrationDirection.Up
            ? InMemoryMigration.Create(sql)
            : InMemoryMigration.Create(upSql: "", downSql: sql);
        var diagnostics = new Linter(settings ?? LintSettings.Default, [rule]).Lint(InMemoryMigration.Set(migration));
        return [.. diagnostics.Where(diagnostic => diagnostic.Rule == rule.Descriptor)];
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
