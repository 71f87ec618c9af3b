using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.TSql;

/// <summary>
/// One token: its kind and its exact place in the source. Text is never copied; read it with
/// <see cref="SourceText.AsSpan(TextSpan)"/>. Whitespace is not a token (it is the gap between two).
/// </summary>
public readonly record struct TSqlToken(TSqlTokenKind Kind, int Start, int Length, TSqlTokenFlags Flags = TSqlTokenFlags.None) : ISqlToken
{
    public int End => Start + Length;

    public TextSpan Span => new(Start, Length);

    SqlTokenRole ISqlToken.Role => Kind switch
    {
        TSqlTokenKind.Identifier => SqlTokenRole.Word,
        TSqlTokenKind.Operator => SqlTokenRole.Operator,
        TSqlTokenKind.Comma => SqlTokenRole.Comma,
        TSqlTokenKind.OpenParen => SqlTokenRole.OpenParen,
        TSqlTokenKind.CloseParen => SqlTokenRole.CloseParen,
        _ => SqlTokenRole.Other,
    };

    public bool IsTrivia => Kind is TSqlTokenKind.LineComment or TSqlTokenKind.BlockComment;

    /// <summary>True when a string, quoted or bracketed identifier or block comment runs to the end of the input.</summary>
    public bool IsUnterminated => (Flags & TSqlTokenFlags.Unterminated) != 0;
}

[Flags]
public enum TSqlTokenFlags : byte
{
    None = 0,
    Unterminated = 1,
}
