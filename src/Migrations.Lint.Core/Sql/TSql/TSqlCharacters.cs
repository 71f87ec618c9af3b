namespace Migrations.Lint.Sql.TSql;

/// <summary>The character classes of SQL Server's T-SQL lexer (as ScriptDom implements them), for UTF-16 text.</summary>
internal static class TSqlCharacters
{
    /// <summary>
    /// ScriptDom's whitespace: every ASCII control character and space (NUL included), plus the
    /// Unicode spaces U+0085, U+00A0, U+1680, U+2000–U+200B, U+2028, U+2029, U+202F, U+205F, U+3000.
    /// </summary>
    public static bool IsWhitespace(char c) =>
        c < '\u0080'
            ? c <= ' '
            : c is '\u0085' or '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200B')
                or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000';

    /// <summary>The blanks sqlcmd and SSMS allow around <c>GO</c> and before <c>:command</c> on a line.</summary>
    public static bool IsLineBlank(char c) => c is ' ' or '\t';

    public static bool IsNewline(char c) => c is '\n' or '\r';

    /// <summary>
    /// The first character of an unquoted identifier: a letter, <c>_</c>, <c>#</c> (temporary tables),
    /// or any non-ASCII character that is not whitespace (SQL Server accepts far more than letters there).
    /// </summary>
    public static bool IsIdentifierStart(char c) =>
        c < '\u0080' ? IsAsciiLetter(c) || c is '_' or '#' : !IsWhitespace(c);

    /// <summary>Later characters of identifiers and variables may also be digits, <c>@</c> and <c>$</c>.</summary>
    public static bool IsIdentifierPart(char c) =>
        IsIdentifierStart(c) || IsDecimalDigit(c) || c is '@' or '$';

    public static bool IsDecimalDigit(char c) => (uint)(c - '0') <= 9;

    public static bool IsHexDigit(char c) => IsDecimalDigit(c) || (uint)((c | 0x20) - 'a') <= 'f' - 'a';

    public static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    /// <summary>The currency symbols SQL Server accepts in front of a money constant (see "money and smallmoney").</summary>
    public static bool IsCurrencySymbol(char c) =>
        c is '$' or (>= '\u00A2' and <= '\u00A5') or '\u09F2' or '\u09F3' or '\u0E3F' or '\u17DB'
            or (>= '\u20A0' and <= '\u20B1') or '\uFDFC' or '\uFE69' or '\uFF04'
            or '\uFFE0' or '\uFFE1' or '\uFFE5' or '\uFFE6';
}
