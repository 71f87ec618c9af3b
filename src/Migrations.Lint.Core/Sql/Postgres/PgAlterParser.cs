using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Sql.Postgres;

/// <summary>Reads <c>ALTER &lt;object type&gt;</c> and hands over to the object's parser.</summary>
internal static class PgAlterParser
{
    public static SqlStatement Parse(PgTokenCursor cursor, PgStatementHead head)
    {
        cursor.Advance();
        if (cursor.TryWord("TABLE"))
        {
            return PgAlterTableParser.Parse(cursor, head, AlterTableObjectKind.Table);
        }

        if (cursor.TryWords("FOREIGN", "TABLE"))
        {
            return PgAlterTableParser.Parse(cursor, head, AlterTableObjectKind.ForeignTable);
        }

        if (cursor.TryWord("INDEX"))
        {
            return PgAlterTableParser.Parse(cursor, head, AlterTableObjectKind.Index);
        }

        if (cursor.TryWord("VIEW"))
        {
            return PgAlterTableParser.Parse(cursor, head, AlterTableObjectKind.View);
        }

        if (cursor.TryWords("MATERIALIZED", "VIEW"))
        {
            return PgAlterTableParser.Parse(cursor, head, AlterTableObjectKind.MaterializedView);
        }

        if (cursor.TryWord("SEQUENCE"))
        {
            return PgObjectParser.ParseAlterSequence(cursor, head);
        }

        if (cursor.TryWord("TYPE"))
        {
            return PgTypeParser.ParseAlterType(cursor, head);
        }

        if (cursor.TryWord("DOMAIN"))
        {
            return PgTypeParser.ParseAlterDomain(cursor, head);
        }

        if (cursor.IsWord("FUNCTION") || cursor.IsWord("PROCEDURE") || cursor.IsWord("ROUTINE"))
        {
            return PgRoutineParser.ParseAlterFunction(cursor, head);
        }

        if (cursor.TryWord("EXTENSION"))
        {
            return PgObjectParser.ParseAlterExtension(cursor, head);
        }

        if (cursor.TryWord("SYSTEM"))
        {
            return PgObjectParser.ParseAlterSystem(cursor, head);
        }

        cursor.ReportIfEnded("an object type");
        return head.Other();
    }
}
