namespace Migrations.Lint.Sql.TSql;

/// <summary>
/// Recognises the sqlcmd commands SSMS's SQLCMD mode and sqlcmd accept after a <c>:</c> that starts a line
/// (<c>:setvar</c>, <c>:r</c>, <c>:on error</c>, <c>:!!</c>, …). Names are case-insensitive and must end at a
/// word boundary, so <c>:settings</c> or <c>:rx</c> stay ordinary T-SQL.
/// </summary>
internal static class SqlCmdCommandLine
{
    private static readonly string[] Names =
    [
        "connect", "ed", "error", "exit", "help", "list", "listvar", "out",
        "perftrace", "quit", "r", "reset", "serverlist", "setvar", "xml",
    ];

    /// <summary>True when <paramref name="afterColon"/> (the text after the colon) begins with a sqlcmd command.</summary>
    public static bool StartsCommand(ReadOnlySpan<char> afterColon)
    {
        if (afterColon.StartsWith("!!", StringComparison.Ordinal))
        {
            return true;
        }

        var word = LeadingWord(afterColon);
        if (word.Equals("on", StringComparison.OrdinalIgnoreCase))
        {
            var rest = afterColon[word.Length..];
            var second = rest.TrimStart(" \t");
            return second.Length < rest.Length && IsWordAtBoundary(second, "error");
        }

        foreach (var name in Names)
        {
            if (word.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return IsBoundary(afterColon, word.Length);
            }
        }

        return false;
    }

    private static bool IsWordAtBoundary(ReadOnlySpan<char> text, string word) =>
        LeadingWord(text).Equals(word, StringComparison.OrdinalIgnoreCase) && IsBoundary(text, word.Length);

    private static ReadOnlySpan<char> LeadingWord(ReadOnlySpan<char> text)
    {
        var length = 0;
        while (length < text.Length && TSqlCharacters.IsAsciiLetter(text[length]))
        {
            length++;
        }

        return text[..length];
    }

    /// <summary>The characters SSMS's batch parser accepts right after a command name.</summary>
    private static bool IsBoundary(ReadOnlySpan<char> text, int position) =>
        position >= text.Length
            || text[position] is ' ' or '\t' or '\r' or '\n' or '$' or '/' or '-' or '\'' or '"' or '(' or '[' or '!';
}
