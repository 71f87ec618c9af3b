namespace Migrations.Lint.Sql.Postgres;

/// <summary>Reads parenthesized utility options such as <c>(FULL, ANALYZE false)</c> or <c>(CONCURRENTLY)</c>.</summary>
internal static class PgOptionList
{
    /// <summary>
    /// True when the option list at the cursor names <paramref name="option"/> without turning it off
    /// (<c>false</c>, <c>off</c> or <c>0</c>). The cursor does not move.
    /// </summary>
    public static bool IsEnabled(PgTokenCursor cursor, string option)
    {
        var position = cursor.Position;
        if (!ElementList.TryEnter(cursor, out var list))
        {
            return false;
        }

        var enabled = false;
        while (list.MoveNext(cursor))
        {
            if (cursor.TryWord(option))
            {
                enabled |= cursor.AtEnd || !IsOff(cursor);
            }
        }

        cursor.Position = position;
        return enabled;
    }

    private static bool IsOff(PgTokenCursor cursor) =>
        cursor.IsWord("FALSE") || cursor.IsWord("OFF")
        || (cursor.IsKind(PgTokenKind.Integer) && cursor.TextOf(cursor.Current) is "0")
        || (cursor.IsKind(PgTokenKind.String) && (cursor.TextOf(cursor.Current) is "'false'" or "'off'" or "'0'"));
}
