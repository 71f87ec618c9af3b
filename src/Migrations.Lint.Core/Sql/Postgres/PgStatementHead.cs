using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.Postgres;

/// <summary>What every statement node carries: its span and leading keywords.</summary>
internal readonly record struct PgStatementHead(TextSpan Span, string Keywords, TextSpan KeywordsSpan)
{
    public OtherStatement Other() => new() { Span = Span, Keywords = Keywords, KeywordsSpan = KeywordsSpan };

    /// <summary>
    /// A statement of <paramref name="kind"/> whose parts could not be read. Only a statement that
    /// ends where <paramref name="expected"/> should be is certainly malformed, so only then is an error reported.
    /// </summary>
    public UnparsedStatement Incomplete(PgTokenCursor cursor, StatementKind kind, string expected)
    {
        cursor.ReportIfEnded(expected);
        return Unparsed(kind);
    }

    public UnparsedStatement Unparsed(StatementKind kind) => new(kind) { Span = Span, Keywords = Keywords, KeywordsSpan = KeywordsSpan };
}
