using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Sql.TSql;

/// <summary>CREATE and ALTER statements, dispatched on the object type.</summary>
internal static class TSqlCreateParser
{
    private static readonly string[] IndexModifiers = ["UNIQUE", "CLUSTERED", "NONCLUSTERED", "COLUMNSTORE", "PRIMARY", "XML", "SPATIAL", "SELECTIVE"];

    private static readonly string[] RoutineTypes = ["PROCEDURE", "PROC", "FUNCTION", "TRIGGER", "VIEW"];

    public static SqlStatement ParseCreate(TSqlTokenCursor cursor, TSqlStatementHead head)
    {
        cursor.Advance();
        var orAlter = cursor.TryWords("OR", "ALTER");
        if (cursor.TryWord("TABLE"))
        {
            return TSqlCreateTableParser.Parse(cursor, head);
        }

        if (IsIndexAhead(cursor))
        {
            return TSqlIndexParser.ParseCreateIndex(cursor, head);
        }

        if (TryRoutineType(cursor, out var routineType))
        {
            return TSqlRoutineParser.Parse(cursor, head, routineType, orAlter);
        }

        return cursor.TryWord("SCHEMA") ? ParseCreateSchema(cursor, head)
            : cursor.TryWord("SEQUENCE") ? ParseCreateSequence(cursor, head)
            : cursor.TryWord("DATABASE") ? ParseCreateDatabase(cursor, head)
            : head.Other();
    }

    public static SqlStatement ParseAlter(TSqlTokenCursor cursor, TSqlStatementHead head)
    {
        cursor.Advance();
        if (cursor.TryWord("TABLE"))
        {
            return TSqlAlterTableParser.Parse(cursor, head);
        }

        if (cursor.TryWord("INDEX"))
        {
            return TSqlIndexParser.ParseAlterIndex(cursor, head);
        }

        if (TryRoutineType(cursor, out var routineType))
        {
            return TSqlRoutineParser.Parse(cursor, head, routineType, orReplace: true);
        }

        if (cursor.TryWord("SEQUENCE"))
        {
            return TSqlNames.TryReadQualifiedName(cursor, out var sequence)
                ? new AlterSequenceStatement { Span = head.Span, Keywords = head.Keywords, KeywordsSpan = head.KeywordsSpan, Name = sequence }
                : head.Incomplete(cursor, StatementKind.AlterSequence, "a sequence name");
        }

        return head.Other();
    }

    private static bool IsIndexAhead(TSqlTokenCursor cursor)
    {
        var ahead = 0;
        while (cursor.IsAnyWord(IndexModifiers, ahead))
        {
            ahead++;
        }

        return cursor.IsWord("INDEX", ahead);
    }

    /// <summary>Reads PROCEDURE, PROC, FUNCTION, TRIGGER or VIEW; PROC is named PROCEDURE.</summary>
    private static bool TryRoutineType(TSqlTokenCursor cursor, out string type)
    {
        foreach (var word in RoutineTypes)
        {
            if (cursor.TryWord(word))
            {
                type = word == "PROC" ? "PROCEDURE" : word;
                return true;
            }
        }

        type = string.Empty;
        return false;
    }

    /// <summary><c>CREATE SCHEMA name [AUTHORIZATION owner] [elements]</c> or <c>CREATE SCHEMA AUTHORIZATION owner</c>.</summary>
    private static SqlStatement ParseCreateSchema(TSqlTokenCursor cursor, TSqlStatementHead head)
    {
        SqlIdentifier? authorization = null;
        if (cursor.TryWord("AUTHORIZATION"))
        {
            if (!TSqlNames.TryReadIdentifier(cursor, out authorization))
            {
                return head.Incomplete(cursor, StatementKind.CreateSchema, "an owner name");
            }

            return CreateSchema(head, authorization, authorization);
        }

        if (!TSqlNames.TryReadIdentifier(cursor, out var name))
        {
            return head.Incomplete(cursor, StatementKind.CreateSchema, "a schema name");
        }

        if (cursor.TryWord("AUTHORIZATION") && !TSqlNames.TryReadIdentifier(cursor, out authorization))
        {
            return head.Incomplete(cursor, StatementKind.CreateSchema, "an owner name");
        }

        return CreateSchema(head, name, authorization);
    }

    private static CreateSchemaStatement CreateSchema(TSqlStatementHead head, SqlIdentifier name, SqlIdentifier? authorization) => new()
    {
        Span = head.Span,
        Keywords = head.Keywords,
        KeywordsSpan = head.KeywordsSpan,
        Name = name,
        Authorization = authorization,
    };

    private static SqlStatement ParseCreateSequence(TSqlTokenCursor cursor, TSqlStatementHead head) =>
        TSqlNames.TryReadQualifiedName(cursor, out var name)
            ? new CreateSequenceStatement { Span = head.Span, Keywords = head.Keywords, KeywordsSpan = head.KeywordsSpan, Name = name }
            : head.Incomplete(cursor, StatementKind.CreateSequence, "a sequence name");

    private static SqlStatement ParseCreateDatabase(TSqlTokenCursor cursor, TSqlStatementHead head) =>
        TSqlNames.TryReadIdentifier(cursor, out var name)
            ? new CreateDatabaseStatement { Span = head.Span, Keywords = head.Keywords, KeywordsSpan = head.KeywordsSpan, Name = name }
            : head.Incomplete(cursor, StatementKind.CreateDatabase, "a database name");
}
