namespace Migrations.Lint.Sql.Postgres;

/// <summary>The character classes of PostgreSQL's scan.l, for UTF-16 text.</summary>
internal static class PgCharacters
{
    /// <summary>scan.l's <c>space</c>: the only characters that separate tokens.</summary>
    public static bool IsWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v';

    /// <summary>Whitespace that does not end a line (scan.l's <c>horiz_space</c>, plus \v).</summary>
    public static bool IsHorizontalWhitespace(char c) => c is ' ' or '\t' or '\f' or '\v';

    public static bool IsNewline(char c) => c is '\n' or '\r';

    /// <summary>
    /// scan.l's <c>ident_start</c>. PostgreSQL accepts every non-ASCII byte, so every UTF-16 unit
    /// at or above 0x80 (including surrogates and U+00A0) belongs to an identifier.
    /// </summary>
    public static bool IsIdentifierStart(char c) => IsAsciiLetter(c) || c == '_' || c >= '\u0080';

    /// <summary>scan.l's <c>ident_cont</c>: identifiers may contain digits and <c>$</c>.</summary>
    public static bool IsIdentifierPart(char c) => IsIdentifierStart(c) || IsDecimalDigit(c) || c == '$';

    /// <summary>scan.l's <c>dolq_cont</c>: like an identifier but without <c>$</c>.</summary>
    public static bool IsDollarTagPart(char c) => IsIdentifierStart(c) || IsDecimalDigit(c);

    /// <summary>psqlscan.l's <c>variable_char</c>.</summary>
    public static bool IsPsqlVariablePart(char c) => IsDollarTagPart(c);

    public static bool IsDecimalDigit(char c) => (uint)(c - '0') <= 9;

    public static bool IsHexDigit(char c) => IsDecimalDigit(c) || (uint)((c | 0x20) - 'a') <= 'f' - 'a';

    public static bool IsOctalDigit(char c) => (uint)(c - '0') <= 7;

    public static bool IsBinaryDigit(char c) => c is '0' or '1';

    /// <summary>scan.l's <c>op_chars</c>.</summary>
    public static bool IsOperatorChar(char c) =>
        c is '~' or '!' or '@' or '#' or '^' or '&' or '|' or '`' or '?'
            or '+' or '-' or '*' or '/' or '%' or '<' or '>' or '=';

    /// <summary>
    /// Characters that make an operator "non-SQL": only operators containing one of them may end
    /// in <c>+</c> or <c>-</c>, so <c>a=-1</c> still reads as <c>=</c> then <c>-1</c>.
    /// </summary>
    public static bool AllowsTrailingSign(char c) =>
        c is '~' or '!' or '@' or '#' or '^' or '&' or '|' or '`' or '?' or '%';

    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';
}
