using Migrations.Lint.Core.Tests.Config;
using Migrations.Lint.Diagnostics;
using Migrations.Lint.Suppressions;
using Migrations.Lint.Text;

namespace Migrations.Lint.Core.Tests.Suppressions;

/// <summary>
/// A migration for suppression tests: finds its comment and statement spans with a minimal splitter
/// (the real lexer lives elsewhere) and places findings by quoting the SQL they point at.
/// </summary>
internal sealed class SqlFixture
{
    private static readonly SuppressionParser Parser = new(TestRules.All, TestRules.UnusedSuppression, TestRules.UnknownRule);

    private readonly List<TextSpan> _comments = [];
    private readonly List<TextSpan> _statements = [];

    public SqlFixture(string sql)
    {
        Source = new SourceText(sql.ReplaceLineEndings("\n"), "V2__change.sql");
        Split(Source.Text);
        Set = Parser.Parse(Source, _comments, _statements);
    }

    public SourceText Source { get; }

    public SuppressionSet Set { get; }

    /// <summary>A finding of <paramref name="rule"/> on the <paramref name="occurrence"/>-th appearance of <paramref name="snippet"/>.</summary>
    public Diagnostic Finding(RuleDescriptor rule, string snippet, int occurrence = 1)
    {
        var at = -1;
        for (var i = 0; i < occurrence; i++)
        {
            at = Source.Text.IndexOf(snippet, at + 1, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{snippet}' #{occurrence} not found in the test SQL");
        }

        return new Diagnostic(rule, rule.DefaultSeverity, $"{rule.Name} finding", new SourceLocation(Source, new TextSpan(at, snippet.Length)));
    }

    public IReadOnlyList<Diagnostic> Apply(params Diagnostic[] findings) => Set.Apply(findings);

    /// <summary>Text of a span, to assert where a reported problem points.</summary>
    public string TextOf(Diagnostic diagnostic) => Source.Slice(diagnostic.Location.Span);

    private void Split(string sql)
    {
        var statementStart = -1;
        for (var i = 0; i < sql.Length; i++)
        {
            if (sql[i] == '-' && i + 1 < sql.Length && sql[i + 1] == '-')
            {
                var end = sql.IndexOf('\n', i);
                end = end < 0 ? sql.Length : end;
                _comments.Add(TextSpan.FromBounds(i, end));
                i = end - 1;
            }
            else if (sql[i] == '/' && i + 1 < sql.Length && sql[i + 1] == '*')
            {
                var end = sql.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? sql.Length : end + 2;
                _comments.Add(TextSpan.FromBounds(i, end));
                i = end - 1;
            }
            else if (!char.IsWhiteSpace(sql[i]))
            {
                statementStart = statementStart < 0 ? i : statementStart;
                if (sql[i] == ';')
                {
                    _statements.Add(TextSpan.FromBounds(statementStart, i + 1));
                    statementStart = -1;
                }
            }
        }

        if (statementStart >= 0)
        {
            _statements.Add(TextSpan.FromBounds(statementStart, sql.TrimEnd().Length));
        }
    }
}
