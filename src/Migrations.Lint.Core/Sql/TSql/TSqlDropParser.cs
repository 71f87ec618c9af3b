using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.TSql;

/// <summary>
/// DROP statements: <c>DROP type [IF EXISTS] name, …</c>, <c>DROP INDEX [IF EXISTS] ix ON table [WITH (…)], …</c>
/// (or the legacy <c>table.ix</c>), and <c>DROP DATABASE</c>. Drops of logins, users, roles and other
/// server or security objects stay other statements, as in PostgreSQL.
/// </summary>
internal static class TSqlDropParser
{
    private static readonly (string[] Words, DropObjectType Type)[] ObjectTypes =
    [
        (["TABLE"], DropObjectType.Table),
        (["INDEX"], DropObjectType.Index),
        (["VIEW"], DropObjectType.View),
        (["SCHEMA"], DropObjectType.Schema),
        (["TYPE"], DropObjectType.Type),
        (["SEQUENCE"], DropObjectType.Sequence),
        (["FUNCTION"], DropObjectType.Function),
        (["PROCEDURE"], DropObjectType.Procedure),
        (["PROC"], DropObjectType.Procedure),
        (["TRIGGER"], DropObjectType.Trigger),
        (["AGGREGATE"], DropObjectType.Aggregate),
        (["SYNONYM"], DropObjectType.Other),
        (["DEFAULT"], DropObjectType.Other),
        (["RULE"], DropObjectType.Other),
        (["ASSEMBLY"], DropObjectType.Other),
        (["STATISTICS"], DropObjectType.Other),
        (["XML", "SCHEMA", "COLLECTION"], DropObjectType.Other),
        (["PARTITION", "FUNCTION"], DropObjectType.Other),
        (["PARTITION", "SCHEME"], DropObjectType.Other),
        (["SECURITY", "POLICY"], DropObjectType.Other),
        (["EXTERNAL", "TABLE"], DropObjectType.Other),
    ];

    public static SqlStatement Parse(TSqlTokenCursor cursor, TSqlStatementHead head)
    {
        cursor.Advance();
        if (cursor.TryWord("DATABASE"))
        {
            return ParseDropDatabase(cursor, head);
        }

        if (!TryReadObjectType(cursor, out var objectType))
        {
            cursor.ReportIfEnded("an object type");

            return head.Other();
        }

        var ifExists = cursor.TryWords("IF", "EXISTS");
        return objectType == DropObjectType.Index
            ? ParseDropIndex(cursor, head, ifExists)
            : ParseDropObjects(cursor, head, objectType, ifExists);
    }

    private static SqlStatement ParseDropObjects(TSqlTokenCursor cursor, TSqlStatementHead head, DropObjectType objectType, bool ifExists)
    {
        var names = new List<QualifiedName>(1);
        do
        {
            if (!TSqlNames.TryReadQualifiedName(cursor, out var name))
            {
                return head.Incomplete(cursor, StatementKind.Drop, "a name");
            }

            names.Add(name);
        }
        while (cursor.TryKind(TSqlTokenKind.Comma));

        return Drop(head, objectType, names, ifExists, table: null, isOnline: false);
    }

    /// <summary><c>ix ON table [WITH (options)]</c> or legacy <c>[schema.]table.ix</c>, comma-separated.</summary>
    private static SqlStatement ParseDropIndex(TSqlTokenCursor cursor, TSqlStatementHead head, bool ifExists)
    {
        var names = new List<QualifiedName>(1);
        QualifiedName? table = null;
        var isOnline = false;
        do
        {
            if (!TSqlNames.TryReadQualifiedName(cursor, out var name))
            {
                return head.Incomplete(cursor, StatementKind.Drop, "an index name");
            }

            var index = name.Name;
            names.Add(new QualifiedName([index], index.Span));
            if (cursor.TryWord("ON"))
            {
                if (!TSqlNames.TryReadQualifiedName(cursor, out var onTable))
                {
                    return head.Incomplete(cursor, StatementKind.Drop, "a table name");
                }

                table ??= onTable;
                isOnline |= TSqlIndexOptions.Read(cursor).IsOnline;
            }
            else if (name.Parts.Count >= 2)
            {
                var tableParts = name.Parts.Take(name.Parts.Count - 1).ToList();
                table ??= new QualifiedName(tableParts, TextSpan.FromBounds(tableParts[0].Span.Start, tableParts[^1].Span.End));
            }
            else
            {
                return head.Incomplete(cursor, StatementKind.Drop, "ON and the index's table");
            }
        }
        while (cursor.TryKind(TSqlTokenKind.Comma));

        return Drop(head, DropObjectType.Index, names, ifExists, table, isOnline);
    }

    private static DropStatement Drop(
        TSqlStatementHead head,
        DropObjectType objectType,
        List<QualifiedName> names,
        bool ifExists,
        QualifiedName? table,
        bool isOnline) => new()
    {
        Span = head.Span,
        Keywords = head.Keywords,
        KeywordsSpan = head.KeywordsSpan,
        ObjectType = objectType,
        Names = names,
        IfExists = ifExists,
        Table = table,
        IsOnline = isOnline,
    };

    private static bool TryReadObjectType(TSqlTokenCursor cursor, out DropObjectType objectType)
    {
        foreach (var (words, type) in ObjectTypes)
        {
            if (cursor.TryWords(words))
            {
                objectType = type;
                return true;
            }
        }

        objectType = default;
        return false;
    }

    /// <summary><c>DROP DATABASE [IF EXISTS] name, …</c>; the node names the first.</summary>
    private static SqlStatement ParseDropDatabase(TSqlTokenCursor cursor, TSqlStatementHead head)
    {
        var ifExists = cursor.TryWords("IF", "EXISTS");
        if (!TSqlNames.TryReadIdentifier(cursor, out var name))
        {
            return head.Incomplete(cursor, StatementKind.DropDatabase, "a database name");
        }

        return new DropDatabaseStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            Name = name,
            IfExists = ifExists,
        };
    }
}
