using Migrations.Lint.Linting;
using Migrations.Lint.Rules;
using Migrations.Lint.Suppressions;
using Migrations.Lint.Core.Tests.Testing;
using Migrations.Lint.Text;

namespace Migrations.Lint.Core.Tests.Rules;

/// <summary>Runs ban-drop-table with the suppression stage, and checks what unused-suppression says about the directives.</summary>
public sealed class UnusedSuppressionTests
{
    [Theory]
    [InlineData("[|-- migrate-lint-disable-next-line ban-drop-table|]\nALTER TABLE users ADD COLUMN nickname text;")]
    [InlineData("-- migrate-lint-disable-next-line [|ban-drop-tabel|]\nDROP TABLE users;")]
    public void Reports_directives_that_silence_nothing(string sql)
    {
        var marked = MarkedSql.Parse(sql);
        Assert.Equal(marked.Spans, UnusedSuppressionSpans(marked.Text));
    }

    [Theory]
    [InlineData("-- migrate-lint-disable-next-line ban-drop-table -- backed up\nDROP TABLE users;")]
    [InlineData("-- squawk-ignore ban-drop-column\nALTER TABLE users ADD COLUMN nickname text;")]
    public void Silent_for_directives_that_are_used_or_from_squawk(string sql) => Assert.Empty(UnusedSuppressionSpans(sql));

    private static IReadOnlyList<TextSpan> UnusedSuppressionSpans(string sql)
    {
        var suppressions = new SuppressionParser([.. RuleRegistry.All.Select(rule => rule.Descriptor)], UnusedSuppression.Rule, UnusedSuppression.Rule);
        return [.. new Linter(LintSettings.Default, [new BanDropTable()], suppressions)
            .Lint(InMemoryMigration.Set(InMemoryMigration.Create(sql)))
            .Where(diagnostic => diagnostic.Rule == UnusedSuppression.Rule)
            .Select(diagnostic => diagnostic.Location.Span)];
    }
}
