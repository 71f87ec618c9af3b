using System.Text;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Sql.TSql;

/// <summary>
/// Reads type references: <c>int</c>, <c>nvarchar(max)</c>, <c>decimal(18, 2)</c>, <c>[dbo].[Money]</c>, and the
/// few multi-word names (<c>double precision</c>, <c>national character varying(10)</c>).
/// </summary>
internal static class TSqlDataTypes
{
    public static bool TryRead(TSqlTokenCursor cursor, out DataType dataType)
    {
        dataType = null!;
        var start = cursor.Position;
        SqlIdentifier? schema = null;
        string name;
        if (TryReadMultiWordName(cursor, out var multiWord))
        {
            name = multiWord;
        }
        else if (TSqlNames.TryReadQualifiedName(cursor, out var qualified))
        {
            name = qualified.Name.Normalized;
            schema = qualified.Schema;
        }
        else
        {
            return false;
        }

        dataType = new DataType
        {
            Name = name,
            Schema = schema,
            Modifiers = ElementList.ReadTexts(cursor),
            Span = cursor.SpanFrom(start),
        };
        return true;
    }

    /// <summary><c>double precision</c>, <c>national char[acter] [varying]</c>, <c>char[acter] varying</c>, <c>binary varying</c>.</summary>
    private static bool TryReadMultiWordName(TSqlTokenCursor cursor, out string name)
    {
        var start = cursor.Position;
        if (cursor.TryWords("DOUBLE", "PRECISION"))
        {
            name = "double precision";
            return true;
        }

        if (cursor.TryWord("NATIONAL"))
        {
            if (!cursor.TryWord("CHARACTER") && !cursor.TryWord("CHAR"))
            {
                cursor.Position = start;
                name = string.Empty;
                return false;
            }

            cursor.TryWord("VARYING");
            name = JoinWords(cursor, start);
            return true;
        }

        if ((cursor.IsWord("CHARACTER") || cursor.IsWord("CHAR") || cursor.IsWord("BINARY")) && cursor.IsWord("VARYING", 1))
        {
            cursor.Position += 2;
            name = JoinWords(cursor, start);
            return true;
        }

        name = string.Empty;
        return false;
    }

    private static string JoinWords(TSqlTokenCursor cursor, int start)
    {
        var builder = new StringBuilder();
        for (var i = start; i < cursor.Position; i++)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(cursor.TextOf(cursor.TokenAt(i)).ToString().ToLowerInvariant());
        }

        return builder.ToString();
    }
}
