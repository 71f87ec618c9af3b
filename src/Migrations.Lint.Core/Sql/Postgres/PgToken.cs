using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.Postgres;

/// <summary>
/// One token: its kind and its exact place in the source. Text is never copied; read it with
/// <see cref="SourceText.AsSpan(TextSpan)"/>. Whitespace is not a token (it is the gap between two).
/// </summary>
public readonly record struct PgToken(PgTokenKind Kind, int Start, int Length, PgTokenFlags Flags = PgTokenFlags.None) : ISqlToken
{
    public int End => Start + Length;

    public TextSpan Span => new(Start, Length);

    SqlTokenRole ISqlToken.Role => Kind switch
    {
        PgTokenKind.Identifier => SqlTokenRole.Word,
        PgTokenKind.Operator => SqlTokenRole.Operator,
        PgTokenKind.Comma => SqlTokenRole.Comma,
        PgTokenKind.OpenParen => SqlTokenRole.OpenParen,
        PgTokenKind.CloseParen => SqlTokenRole.CloseParen,
        PgTokenKind.OpenBracket => SqlTokenRole.OpenBracket,
        PgTokenKind.CloseBracket => SqlTokenRole.CloseBracket,
        _ => SqlTokenRole.Other,
    };

    public bool IsTrivia => Kind is PgTokenKind.LineComment or PgTokenKind.BlockComment;

    /// <summary>True when a string, quoted identifier, dollar quote or block comment runs to the end of the input.</summary>
    public bool IsUnterminated => (Flags & PgTokenFlags.Unterminated) != 0;
}

[Flags]
public enum PgTokenFlags : byte
{
    None = 0,
    Unterminated = 1,
}
