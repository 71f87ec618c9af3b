using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.Postgres;

/// <summary>
/// Parses PostgreSQL scripts (as psql runs them) into statements. Never throws on any text:
/// malformed input yields <see cref="SqlScript.Errors"/> and still-split statements, and valid SQL
/// that is not modelled becomes an <see cref="OtherStatement"/>.
/// </summary>
public static class PgParser
{
    public static SqlScript Parse(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Parse(source, new TextSpan(0, source.Length));
    }

    /// <summary>Parses only <paramref name="range"/> (e.g. one section of a migration file); spans stay absolute.</summary>
    public static SqlScript Parse(SourceText source, TextSpan range)
    {
        ArgumentNullException.ThrowIfNull(source);
        var tokens = PgLexer.Tokenize(source.Text, range);
        var ranges = new List<PgStatementRange>();
        var comments = new List<TextSpan>();
        var errors = new List<SyntaxError>();
        PgStatementSplitter.Split(source.Text, tokens, ranges, comments, errors);

        var cursor = new PgTokenCursor(source.Text, tokens, errors);
        var statements = new SqlStatement[ranges.Count];
        for (var i = 0; i < ranges.Count; i++)
        {
            statements[i] = PgStatementParser.Parse(cursor, ranges[i]);
        }

        return new SqlScript(source, Dialect.Postgres, range, statements, [.. errors.OrderBy(error => error.Span.Start)], comments);
    }
}
