using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Sql.TSql;

/// <summary>
/// After <c>CREATE TABLE</c>: <c>name ( column | computed column | table constraint | INDEX … | PERIOD FOR
/// SYSTEM_TIME (…), … ) [ON filegroup] [TEXTIMAGE_ON …] [WITH (…)]</c>, or Synapse's <c>name [WITH (…)] AS SELECT …</c>.
/// </summary>
internal static class TSqlCreateTableParser
{
    public static SqlStatement Parse(TSqlTokenCursor cursor, TSqlStatementHead head)
    {
        if (!TSqlNames.TryReadQualifiedName(cursor, out var name))
        {
            return head.Incomplete(cursor, StatementKind.CreateTable, "a table name");
        }

        // #local and ##global temporary tables live in tempdb and vanish with the session.
        var isTemporary = name.Name.Text.StartsWith('#');
        if (!cursor.IsKind(TSqlTokenKind.OpenParen))
        {
            return ParseCreateTableAs(cursor, head, name, isTemporary);
        }

        var columns = new List<ColumnDefinition>();
        var constraints = new List<TableConstraint>();
        ElementList.TryEnter(cursor, out var list);
        while (list.MoveNext(cursor))
        {
            if (TSqlConstraints.StartsTableConstraint(cursor))
            {
                if (TSqlConstraints.TryReadTableConstraint(cursor, isNotChecked: false) is { } constraint)
                {
                    constraints.Add(constraint);
                }
            }
            else if (cursor.IsWord("INDEX") || cursor.IsWord("PERIOD"))
            {
                // Inline indexes and the system-time period are not columns; nothing here is linted.
            }
            else if (TSqlColumns.TryRead(cursor) is { } column)
            {
                columns.Add(column);
            }

            // An empty element is fine: SQL Server accepts a trailing comma in the list.
        }

        return new CreateTableStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            Name = name,
            IsTemporary = isTemporary,
            Columns = columns,
            Constraints = constraints,
        };
    }

    private static SqlStatement ParseCreateTableAs(TSqlTokenCursor cursor, TSqlStatementHead head, QualifiedName name, bool isTemporary)
    {
        if (cursor.IsWord("WITH") && cursor.IsKind(TSqlTokenKind.OpenParen, 1))
        {
            cursor.Advance();
            cursor.SkipElement();
        }

        if (!cursor.TryWord("AS") || cursor.IsWord("FILETABLE"))
        {
            return head.Incomplete(cursor, StatementKind.CreateTable, "a parenthesized column list");
        }

        return new CreateTableAsStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            Name = name,
            IsTemporary = isTemporary,
        };
    }
}
