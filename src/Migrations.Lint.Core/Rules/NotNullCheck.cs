using Migrations.Lint.Sql.Postgres;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Rules;

/// <summary>
/// Recognises a constraint that proves a column holds no NULLs, as PostgreSQL 12+ does before it
/// skips the scan of <c>SET NOT NULL</c>: <c>CHECK (column IS NOT NULL)</c> or a named NOT NULL constraint.
/// </summary>
internal static class NotNullCheck
{
    public static bool Proves(TableConstraint constraint, SqlIdentifier column) => constraint.ConstraintType switch
    {
        ConstraintType.Check => constraint.Expression is { } expression && IsNotNullTest(expression.Text, column),
        ConstraintType.NotNull => constraint.Columns.Any(column.Matches),
        _ => false,
    };

    /// <summary>
    /// True when <paramref name="text"/> is <c>column IS NOT NULL</c> (or <c>column NOTNULL</c>) for
    /// <paramref name="column"/>, whatever the parentheses, quoting, case, spacing and comments.
    /// Anything more complex is not recognised, which only costs a finding, never hides one.
    /// </summary>
    public static bool IsNotNullTest(string text, SqlIdentifier column)
    {
        var tokens = PgLexer.Tokenize(text).Where(token => !token.IsTrivia).ToArray();
        var position = 0;
        var opened = CountRun(tokens, ref position, PgTokenKind.OpenParen);
        if (position >= tokens.Length || Name(text, tokens[position++]) is not { } name)
        {
            return false;
        }

        var closedAroundName = CountRun(tokens, ref position, PgTokenKind.CloseParen);
        var isTest = IsWord(text, tokens, ref position, "NOTNULL")
            || (IsWord(text, tokens, ref position, "IS") && IsWord(text, tokens, ref position, "NOT") && IsWord(text, tokens, ref position, "NULL"));
        var closedAtEnd = CountRun(tokens, ref position, PgTokenKind.CloseParen);
        return isTest
            && position == tokens.Length
            && closedAroundName <= opened
            && closedAroundName + closedAtEnd == opened
            && string.Equals(name, column.Normalized, StringComparison.Ordinal);
    }

    private static int CountRun(PgToken[] tokens, ref int position, PgTokenKind kind)
    {
        var start = position;
        while (position < tokens.Length && tokens[position].Kind == kind)
        {
            position++;
        }

        return position - start;
    }

    private static bool IsWord(string text, PgToken[] tokens, ref int position, string word)
    {
        if (position < tokens.Length
            && tokens[position].Kind == PgTokenKind.Identifier
            && text.AsSpan(tokens[position].Start, tokens[position].Length).Equals(word, StringComparison.OrdinalIgnoreCase))
        {
            position++;
            return true;
        }

        return false;
    }

    /// <summary>The column name as PostgreSQL stores it, or null for anything but a plain or quoted name.</summary>
    private static string? Name(string text, PgToken token)
    {
        var raw = text.AsSpan(token.Start, token.Length);
        return token.Kind switch
        {
            PgTokenKind.Identifier => FoldAscii(raw),
            PgTokenKind.QuotedIdentifier when raw.Length >= 2 && raw[0] == '"' && raw[^1] == '"' =>
                raw[1..^1].ToString().Replace("\"\"", "\"", StringComparison.Ordinal),
            _ => null,
        };
    }

    /// <summary>PostgreSQL folds unquoted names to lower case in ASCII only.</summary>
    private static string FoldAscii(ReadOnlySpan<char> word)
    {
        Span<char> folded = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            folded[i] = c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c;
        }

        return folded.ToString();
    }
}
