using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Sql.Postgres;

/// <summary>
/// After <c>CREATE [TEMP|UNLOGGED] TABLE</c>: <c>[IF NOT EXISTS] name</c> then an element list,
/// <c>OF type</c>, <c>PARTITION OF parent</c>, or <c>[(columns)] … AS query</c> (CREATE TABLE AS).
/// </summary>
internal static class PgCreateTableParser
{
    public static SqlStatement Parse(PgTokenCursor cursor, PgStatementHead head, PgCreateModifiers modifiers)
    {
        var ifNotExists = cursor.TryWords("IF", "NOT", "EXISTS");
        if (!PgNames.TryReadQualifiedName(cursor, out var name))
        {
            return head.Incomplete(cursor, StatementKind.CreateTable, "a table name");
        }

        if (cursor.FindWord("AS") >= 0)
        {
            return new CreateTableAsStatement
            {
                Span = head.Span,
                Keywords = head.Keywords,
                KeywordsSpan = head.KeywordsSpan,
                Name = name,
                IfNotExists = ifNotExists,
                IsTemporary = modifiers.IsTemporary,
                IsUnlogged = modifiers.IsUnlogged,
                WithNoData = EndsWithNoData(cursor),
            };
        }

        QualifiedName? partitionOf = null;
        if (cursor.TryWords("PARTITION", "OF"))
        {
            if (!PgNames.TryReadQualifiedName(cursor, out partitionOf))
            {
                return head.Incomplete(cursor, StatementKind.CreateTable, "the parent table's name");
            }
        }
        else if (cursor.TryWord("OF"))
        {
            PgDataTypes.TryRead(cursor, out _);
        }
        else if (!cursor.IsKind(PgTokenKind.OpenParen))
        {
            return head.Incomplete(cursor, StatementKind.CreateTable, "a parenthesized column list");
        }

        var elements = new TableElements();
        if (cursor.IsKind(PgTokenKind.OpenParen))
        {
            ReadElements(cursor, elements);
        }

        var isPartitioned = false;
        IReadOnlyList<QualifiedName> inherits = [];
        while (!cursor.AtEnd)
        {
            if (cursor.TryWord("INHERITS"))
            {
                inherits = ReadNameList(cursor);
            }
            else if (cursor.TryWords("PARTITION", "BY"))
            {
                isPartitioned = true;
            }
            else
            {
                cursor.SkipElement();
            }
        }

        return new CreateTableStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            Name = name,
            IfNotExists = ifNotExists,
            IsTemporary = modifiers.IsTemporary,
            IsUnlogged = modifiers.IsUnlogged,
            Columns = elements.Columns,
            Constraints = elements.Constraints,
            Like = elements.Like,
            Inherits = inherits,
            PartitionOf = partitionOf,
            IsPartitioned = isPartitioned,
        };
    }

    /// <summary>True when the statement ends in <c>WITH NO DATA</c>.</summary>
    public static bool EndsWithNoData(PgTokenCursor cursor)
    {
        var position = cursor.Position;
        cursor.Position = Math.Max(position, cursor.End - 3);
        var noData = cursor.TryWords("WITH", "NO", "DATA") && cursor.AtEnd;
        cursor.Position = position;
        return noData;
    }

    private static void ReadElements(PgTokenCursor cursor, TableElements elements)
    {
        if (!ElementList.TryEnter(cursor, out var list))
        {
            return;
        }

        while (list.MoveNext(cursor))
        {
            if (cursor.TryWord("LIKE"))
            {
                if (PgNames.TryReadQualifiedName(cursor, out var source))
                {
                    elements.Like.Add(source);
                }
            }
            else if (PgConstraints.StartsTableConstraint(cursor))
            {
                if (PgConstraints.TryReadTableConstraint(cursor) is { } constraint)
                {
                    elements.Constraints.Add(constraint);
                }
            }
            else if (PgColumns.TryRead(cursor) is { } column)
            {
                elements.Columns.Add(column);
            }
        }
    }

    private static List<QualifiedName> ReadNameList(PgTokenCursor cursor)
    {
        var names = new List<QualifiedName>(1);
        if (!ElementList.TryEnter(cursor, out var list))
        {
            return names;
        }

        while (list.MoveNext(cursor))
        {
            if (PgNames.TryReadQualifiedName(cursor, out var name))
            {
                names.Add(name);
            }
        }

        return names;
    }

    private sealed class TableElements
    {
        public List<ColumnDefinition> Columns { get; } = [];

        public List<TableConstraint> Constraints { get; } = [];

        public List<QualifiedName> Like { get; } = [];
    }
}
