using System.Text;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Sql.Postgres;

/// <summary>Reads type references, including SQL's multi-word names (<c>double precision</c>, <c>timestamp(3) with time zone</c>).</summary>
internal static class PgDataTypes
{
    private static readonly string[] IntervalFields = ["YEAR", "MONTH", "DAY", "HOUR", "MINUTE", "SECOND", "TO"];

    public static bool TryRead(PgTokenCursor cursor, out DataType dataType)
    {
        dataType = null!;
        var start = cursor.Position;
        SqlIdentifier? schema = null;
        IReadOnlyList<string> modifiers = [];
        string name;
        if (cursor.IsKind(PgTokenKind.Identifier) && TryReadSqlStandardName(cursor, out name, out var modifiersRead))
        {
            modifiers = modifiersRead;
        }
        else if (PgNames.TryReadQualifiedName(cursor, out var qualified))
        {
            name = qualified.Name.Normalized;
            schema = qualified.Schema;
        }
        else
        {
            return false;
        }

        if (modifiers.Count == 0)
        {
            modifiers = ElementList.ReadTexts(cursor);
        }

        var isArray = ReadArrayBounds(cursor);
        dataType = new DataType
        {
            Name = name,
            Schema = schema,
            Modifiers = modifiers,
            IsArray = isArray,
            Span = cursor.SpanFrom(start),
        };
        return true;
    }

    /// <summary>The multi-word types of the SQL standard; modifiers between the words are collected too.</summary>
    private static bool TryReadSqlStandardName(PgTokenCursor cursor, out string name, out IReadOnlyList<string> modifiers)
    {
        modifiers = [];
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

        if (cursor.TryWord("CHARACTER") || cursor.TryWord("CHAR") || cursor.TryWord("NCHAR") || cursor.TryWord("BIT"))
        {
            cursor.TryWord("VARYING");
            name = JoinWords(cursor, start);
            return true;
        }

        if (cursor.TryWord("TIMESTAMP") || cursor.TryWord("TIME"))
        {
            var baseName = cursor.IsWordToken(cursor.TokenAt(start), "TIME") ? "time" : "timestamp";
            modifiers = ElementList.ReadTexts(cursor);
            name = cursor.TryWords("WITH", "TIME", "ZONE") ? baseName + " with time zone"
                : cursor.TryWords("WITHOUT", "TIME", "ZONE") ? baseName + " without time zone"
                : baseName;
            return true;
        }

        if (cursor.TryWord("INTERVAL"))
        {
            while (cursor.IsAnyWord(IntervalFields))
            {
                cursor.Advance();
            }

            name = JoinWords(cursor, start);
            return true;
        }

        name = string.Empty;
        return false;
    }

    /// <summary>Reads <c>[]</c>, <c>[3][4]</c> or <c>ARRAY[3]</c>.</summary>
    private static bool ReadArrayBounds(PgTokenCursor cursor)
    {
        var isArray = false;
        if (cursor.TryWord("ARRAY"))
        {
            isArray = true;
        }

        while (cursor.IsKind(PgTokenKind.OpenBracket))
        {
            cursor.SkipElement();
            isArray = true;
        }

        return isArray;
    }

    private static string JoinWords(PgTokenCursor cursor, int start)
    {
        if (cursor.Position - start == 1)
        {
            return PgNames.Normalize(cursor, cursor.TokenAt(start));
        }

        var builder = new StringBuilder();
        for (var i = start; i < cursor.Position; i++)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(PgNames.Normalize(cursor, cursor.TokenAt(i)));
        }

        return builder.ToString();
    }
}
