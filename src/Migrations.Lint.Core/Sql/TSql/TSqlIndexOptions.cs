namespace Migrations.Lint.Sql.TSql;

/// <summary>
/// The index options lint rules care about, from <c>WITH (ONLINE = ON (WAIT_AT_LOW_PRIORITY (…)), RESUMABLE = ON, …)</c>
/// or the legacy unparenthesized <c>WITH FILLFACTOR = 80, ONLINE = ON</c>.
/// </summary>
internal readonly record struct TSqlIndexOptions(bool IsOnline, bool IsResumable)
{
    /// <summary>Reads the options when the cursor is at <c>WITH</c> (not <c>WITH CHECK</c>-style words); otherwise reads nothing.</summary>
    public static TSqlIndexOptions Read(TSqlTokenCursor cursor)
    {
        if (!cursor.IsWord("WITH"))
        {
            return default;
        }

        cursor.Advance();
        var isOnline = false;
        var isResumable = false;
        if (ElementList.TryEnter(cursor, out var list))
        {
            while (list.MoveNext(cursor))
            {
                ReadOption(cursor, ref isOnline, ref isResumable);
            }

            return new TSqlIndexOptions(isOnline, isResumable);
        }

        // Legacy form: options up to the next clause (ON filegroup) or the end.
        do
        {
            var optionEnd = cursor.FindElementEnd();
            var previousEnd = cursor.Limit(optionEnd);
            ReadOption(cursor, ref isOnline, ref isResumable);
            cursor.Restore(previousEnd, optionEnd);
        }
        while (cursor.TryKind(TSqlTokenKind.Comma));

        return new TSqlIndexOptions(isOnline, isResumable);
    }

    private static void ReadOption(TSqlTokenCursor cursor, ref bool isOnline, ref bool isResumable)
    {
        if (cursor.TryWord("ONLINE"))
        {
            isOnline = IsOn(cursor);
        }
        else if (cursor.TryWord("RESUMABLE"))
        {
            isResumable = IsOn(cursor);
        }

        cursor.Position = cursor.End;
    }

    /// <summary><c>= ON</c>, possibly followed by <c>(WAIT_AT_LOW_PRIORITY (…))</c>; a bare option name means ON too.</summary>
    private static bool IsOn(TSqlTokenCursor cursor) => !cursor.TryOperator("=") ? cursor.AtEnd : cursor.IsWord("ON");
}
