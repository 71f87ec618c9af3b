using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.Postgres;

/// <summary>
/// After <c>ALTER TABLE|FOREIGN TABLE|INDEX|VIEW|MATERIALIZED VIEW</c>:
/// <c>[IF EXISTS] [ONLY] name [*] action [, action …]</c>, each action becoming its own node.
/// </summary>
internal static class PgAlterTableParser
{
    public static SqlStatement Parse(PgTokenCursor cursor, PgStatementHead head, AlterTableObjectKind objectKind)
    {
        var kind = objectKind == AlterTableObjectKind.Index ? StatementKind.AlterIndex : StatementKind.AlterTable;
        if (cursor.IsWord("ALL") && cursor.IsWord("IN", 1))
        {
            // ALTER TABLE ALL IN TABLESPACE a SET TABLESPACE b moves many tables at once (AlterTableMoveAllStmt).
            return head.Other();
        }

        var ifExists = cursor.TryWords("IF", "EXISTS");
        var isOnly = cursor.TryWord("ONLY");
        if (!PgNames.TryReadQualifiedName(cursor, out var table))
        {
            return head.Incomplete(cursor, kind, "a name");
        }

        PgDataParser.SkipInheritanceStar(cursor);
        if (cursor.AtEnd)
        {
            cursor.ReportExpected("an action");
            return head.Unparsed(kind);
        }

        var actions = new List<AlterTableAction>(1);
        var afterComma = false;
        while (true)
        {
            var start = cursor.Position;
            var end = cursor.FindElementEnd();
            if (end > start)
            {
                var outerEnd = cursor.Limit(end);
                actions.Add(PgAlterTableActionParser.Parse(cursor, cursor.SpanOf(start, end)));
                cursor.Restore(outerEnd, end);
            }
            else if (afterComma || cursor.IsKind(PgTokenKind.Comma))
            {
                // "ADD COLUMN a int,;" or "a, , b": a comma with no action on one side.
                cursor.ReportExpected("an action");
            }

            if (cursor.AtEnd)
            {
                break;
            }

            // Past the separating comma (or a stray closing parenthesis or bracket, already reported).
            afterComma = cursor.IsKind(PgTokenKind.Comma);
            cursor.Advance();
        }

        return new AlterTableStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            ObjectKind = objectKind,
            Table = table,
            IfExists = ifExists,
            IsOnly = isOnly,
            Actions = actions,
        };
    }
}
