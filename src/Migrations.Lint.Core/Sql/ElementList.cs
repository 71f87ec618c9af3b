namespace Migrations.Lint.Sql;

/// <summary>
/// Walks the comma-separated elements of the parenthesized list at the cursor, narrowing the cursor
/// to one element at a time. Loop until <see cref="MoveNext"/> returns false: the cursor then stands
/// after the list with its previous limit back.
/// </summary>
internal struct ElementList
{
    private readonly int _outerEnd;
    private readonly int _groupEnd;
    private readonly int _listEnd;
    private int _elementEnd;

    private ElementList(int outerEnd, int groupEnd, int listEnd)
    {
        _outerEnd = outerEnd;
        _groupEnd = groupEnd;
        _listEnd = listEnd;
        _elementEnd = -1;
    }

    /// <summary>Enters the list when the cursor is at <c>(</c>.</summary>
    public static bool TryEnter<TToken>(SqlTokenCursor<TToken> cursor, out ElementList list)
        where TToken : struct, ISqlToken
    {
        if (!cursor.IsRole(SqlTokenRole.OpenParen))
        {
            list = default;
            return false;
        }

        var open = cursor.Position;
        cursor.SkipElement();
        var groupEnd = cursor.Position;
        var isClosed = groupEnd - 1 > open && cursor.TokenAt(groupEnd - 1).Role == SqlTokenRole.CloseParen;
        var listEnd = isClosed ? groupEnd - 1 : groupEnd;
        list = new ElementList(cursor.Limit(listEnd), groupEnd, listEnd);
        cursor.Position = open + 1;
        return true;
    }

    public bool MoveNext<TToken>(SqlTokenCursor<TToken> cursor)
        where TToken : struct, ISqlToken
    {
        if (_elementEnd >= 0)
        {
            cursor.Restore(_listEnd, _elementEnd + 1);
        }

        if (cursor.AtEnd)
        {
            cursor.Restore(_outerEnd, _groupEnd);
            return false;
        }

        _elementEnd = cursor.FindElementEnd();
        cursor.Limit(_elementEnd);
        return true;
    }

    /// <summary>The text of each element of the parenthesized list at the cursor (a type's <c>(10, 2)</c>); empty when not at one.</summary>
    public static IReadOnlyList<string> ReadTexts<TToken>(SqlTokenCursor<TToken> cursor)
        where TToken : struct, ISqlToken
    {
        if (!TryEnter(cursor, out var list))
        {
            return [];
        }

        var texts = new List<string>(2);
        while (list.MoveNext(cursor))
        {
            if (!cursor.AtEnd)
            {
                texts.Add(cursor.TextOf(cursor.SpanOf(cursor.Position, cursor.End)));
            }
        }

        return texts;
    }
}
