using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Sql.Postgres;

/// <summary>
/// <c>DROP</c> statements. Those PostgreSQL runs as a generic DropStmt become <see cref="DropStatement"/>;
/// <c>DROP DATABASE</c> has its own node; role, tablespace, subscription and ownership drops are other statements.
/// </summary>
internal static class PgDropParser
{
    private static readonly (string[] Words, DropObjectType Type)[] ObjectTypes =
    [
        (["TABLE"], DropObjectType.Table),
        (["INDEX"], DropObjectType.Index),
        (["VIEW"], DropObjectType.View),
        (["MATERIALIZED", "VIEW"], DropObjectType.MaterializedView),
        (["SCHEMA"], DropObjectType.Schema),
        (["TYPE"], DropObjectType.Type),
        (["DOMAIN"], DropObjectType.Domain),
        (["SEQUENCE"], DropObjectType.Sequence),
        (["FUNCTION"], DropObjectType.Function),
        (["PROCEDURE"], DropObjectType.Procedure),
        (["ROUTINE"], DropObjectType.Routine),
        (["AGGREGATE"], DropObjectType.Aggregate),
        (["TRIGGER"], DropObjectType.Trigger),
        (["EXTENSION"], DropObjectType.Extension),
        (["FOREIGN", "TABLE"], DropObjectType.ForeignTable),
        (["POLICY"], DropObjectType.Policy),
        (["RULE"], DropObjectType.Rule),
        (["COLLATION"], DropObjectType.Collation),
        (["ACCESS", "METHOD"], DropObjectType.Other),
        (["CAST"], DropObjectType.Other),
        (["CONVERSION"], DropObjectType.Other),
        (["EVENT", "TRIGGER"], DropObjectType.Other),
        (["FOREIGN", "DATA", "WRAPPER"], DropObjectType.Other),
        (["SERVER"], DropObjectType.Other),
        (["PROCEDURAL", "LANGUAGE"], DropObjectType.Other),
        (["LANGUAGE"], DropObjectType.Other),
        (["OPERATOR", "CLASS"], DropObjectType.Other),
        (["OPERATOR", "FAMILY"], DropObjectType.Other),
        (["OPERATOR"], DropObjectType.Other),
        (["PUBLICATION"], DropObjectType.Other),
        (["STATISTICS"], DropObjectType.Other),
        (["TEXT", "SEARCH", "CONFIGURATION"], DropObjectType.Other),
        (["TEXT", "SEARCH", "DICTIONARY"], DropObjectType.Other),
        (["TEXT", "SEARCH", "PARSER"], DropObjectType.Other),
        (["TEXT", "SEARCH", "TEMPLATE"], DropObjectType.Other),
        (["TRANSFORM"], DropObjectType.Other),
    ];

    public static SqlStatement Parse(PgTokenCursor cursor, PgStatementHead head)
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

        var isConcurrently = cursor.TryWord("CONCURRENTLY");
        var ifExists = cursor.TryWords("IF", "EXISTS");
        var names = new List<QualifiedName>(1);
        QualifiedName? table = null;
        while (PgNames.TryReadQualifiedName(cursor, out var name))
        {
            names.Add(name);
            if (cursor.IsKind(PgTokenKind.OpenParen))
            {
                cursor.SkipElement(); // a routine's argument types
            }

            if (!cursor.TryKind(PgTokenKind.Comma))
            {
                break;
            }
        }

        if (names.Count == 0 && objectType != DropObjectType.Other)
        {
            return head.Incomplete(cursor, StatementKind.Drop, "a name");
        }

        if (objectType is DropObjectType.Trigger or DropObjectType.Policy or DropObjectType.Rule)
        {
            if (!cursor.TryWord("ON") || !PgNames.TryReadQualifiedName(cursor, out table))
            {
                return head.Incomplete(cursor, StatementKind.Drop, "ON and a table name");
            }
        }

        return new DropStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            ObjectType = objectType,
            Names = names,
            IfExists = ifExists,
            IsConcurrently = isConcurrently,
            Behavior = ReadBehavior(cursor),
            Table = table,
        };
    }

    /// <summary>Reads a trailing <c>CASCADE</c> or <c>RESTRICT</c> among the remaining tokens.</summary>
    public static DropBehavior ReadBehavior(PgTokenCursor cursor)
    {
        var behavior = DropBehavior.None;
        while (!cursor.AtEnd)
        {
            if (cursor.IsWord("CASCADE"))
            {
                behavior = DropBehavior.Cascade;
            }
            else if (cursor.IsWord("RESTRICT"))
            {
                behavior = DropBehavior.Restrict;
            }

            cursor.SkipElement();
        }

        return behavior;
    }

    private static bool TryReadObjectType(PgTokenCursor cursor, out DropObjectType objectType)
    {
        // DROP USER MAPPING and DROP ROLE/USER/GROUP/OWNED/TABLESPACE/SUBSCRIPTION are not DropStmt.
        if (cursor.IsAnyWord(["ROLE", "USER", "GROUP", "OWNED", "TABLESPACE", "SUBSCRIPTION"]))
        {
            objectType = default;
            return false;
        }

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

    /// <summary><c>DROP DATABASE [IF EXISTS] name [[WITH] (FORCE)]</c>.</summary>
    private static SqlStatement ParseDropDatabase(PgTokenCursor cursor, PgStatementHead head)
    {
        var ifExists = cursor.TryWords("IF", "EXISTS");
        if (!PgNames.TryReadIdentifier(cursor, out var name))
        {
            return head.Incomplete(cursor, StatementKind.DropDatabase, "a database name");
        }

        cursor.TryWord("WITH");
        return new DropDatabaseStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            Name = name,
            IfExists = ifExists,
            IsForce = PgOptionList.IsEnabled(cursor, "FORCE"),
        };
    }
}
