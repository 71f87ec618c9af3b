using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.TSql;

/// <summary>
/// CREATE, CREATE OR ALTER and ALTER of procedures, functions, triggers and views. T-SQL's ALTER replaces the
/// whole definition, as PostgreSQL's CREATE OR REPLACE does, so all three forms build the CREATE node with
/// <c>OrReplace</c> set for the last two; <see cref="SqlStatement.Keywords"/> keeps what was written.
/// </summary>
internal static class TSqlRoutineParser
{
    /// <summary>After the keywords (cursor at the name).</summary>
    public static SqlStatement Parse(TSqlTokenCursor cursor, TSqlStatementHead head, string objectType, bool orReplace)
    {
        return objectType switch
        {
            "VIEW" => ParseView(cursor, head, orReplace),
            "TRIGGER" => ParseTrigger(cursor, head, orReplace),
            "FUNCTION" => ParseFunction(cursor, head, orReplace),
            _ => ParseProcedure(cursor, head, orReplace),
        };
    }

    /// <summary><c>name [;number] [parameters] [WITH options] [FOR REPLICATION] AS body</c>; parentheses around the parameters are optional.</summary>
    private static SqlStatement ParseProcedure(TSqlTokenCursor cursor, TSqlStatementHead head, bool orReplace)
    {
        if (!TSqlNames.TryReadQualifiedName(cursor, out var name))
        {
            return head.Incomplete(cursor, StatementKind.CreateFunction, "a procedure name");
        }

        if (cursor.IsKind(TSqlTokenKind.Semicolon) && cursor.IsKind(TSqlTokenKind.Integer, 1))
        {
            cursor.Position += 2; // a numbered procedure
        }

        var parametersStart = cursor.Position;
        var bodyStart = FindBody(cursor);
        var parametersEnd = FindFirstWord(cursor, parametersStart, bodyStart, ["WITH", "FOR", "AS"]);
        if (bodyStart < 0)
        {
            return head.Incomplete(cursor, StatementKind.CreateFunction, "AS and the procedure body");
        }

        return new CreateFunctionStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            OrReplace = orReplace,
            IsProcedure = true,
            Name = name,
            ParametersSpan = parametersEnd > parametersStart ? cursor.SpanOf(parametersStart, parametersEnd) : null,
            BodySpan = BodySpan(cursor, bodyStart),
        };
    }

    /// <summary><c>name ([parameters]) RETURNS type|TABLE|@t TABLE (…) [WITH options] [AS] body</c>.</summary>
    private static SqlStatement ParseFunction(TSqlTokenCursor cursor, TSqlStatementHead head, bool orReplace)
    {
        if (!TSqlNames.TryReadQualifiedName(cursor, out var name))
        {
            return head.Incomplete(cursor, StatementKind.CreateFunction, "a function name");
        }

        if (!cursor.IsKind(TSqlTokenKind.OpenParen))
        {
            return head.Incomplete(cursor, StatementKind.CreateFunction, "a parenthesized parameter list");
        }

        var parametersStart = cursor.Position;
        cursor.SkipElement();
        var parametersSpan = cursor.SpanFrom(parametersStart);
        if (!cursor.TryWord("RETURNS"))
        {
            return head.Incomplete(cursor, StatementKind.CreateFunction, "RETURNS");
        }

        // AS is optional before a function body, which then starts with BEGIN or RETURN.
        var bodyStart = FindBody(cursor);
        if (bodyStart < 0)
        {
            bodyStart = FindFirstWord(cursor, cursor.Position, cursor.End, ["BEGIN", "RETURN"]);
        }

        if (bodyStart >= cursor.End)
        {
            return head.Incomplete(cursor, StatementKind.CreateFunction, "the function body");
        }

        return new CreateFunctionStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            OrReplace = orReplace,
            Name = name,
            ParametersSpan = parametersSpan,
            BodySpan = BodySpan(cursor, bodyStart),
        };
    }

    /// <summary><c>[schema.]name ON {table|view|DATABASE|ALL SERVER} … {FOR|AFTER|INSTEAD OF} events … AS body</c>.</summary>
    private static SqlStatement ParseTrigger(TSqlTokenCursor cursor, TSqlStatementHead head, bool orReplace)
    {
        if (!TSqlNames.TryReadQualifiedName(cursor, out var name))
        {
            return head.Incomplete(cursor, StatementKind.CreateTrigger, "a trigger name");
        }

        if (!cursor.TryWord("ON"))
        {
            return head.Incomplete(cursor, StatementKind.CreateTrigger, "ON and the table, DATABASE or ALL SERVER");
        }

        QualifiedName? table = null;
        if (!cursor.TryWord("DATABASE") && !cursor.TryWords("ALL", "SERVER") && !TSqlNames.TryReadQualifiedName(cursor, out table))
        {
            return head.Incomplete(cursor, StatementKind.CreateTrigger, "the table, DATABASE or ALL SERVER");
        }

        if (FindBody(cursor) < 0)
        {
            return head.Incomplete(cursor, StatementKind.CreateTrigger, "AS and the trigger body");
        }

        return new CreateTriggerStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            OrReplace = orReplace,
            Name = name.Name,
            Table = table,
        };
    }

    /// <summary><c>name [(columns)] [WITH options] AS select [WITH CHECK OPTION]</c>.</summary>
    private static SqlStatement ParseView(TSqlTokenCursor cursor, TSqlStatementHead head, bool orReplace)
    {
        if (!TSqlNames.TryReadQualifiedName(cursor, out var name))
        {
            return head.Incomplete(cursor, StatementKind.CreateView, "a view name");
        }

        if (FindBody(cursor) < 0)
        {
            return head.Incomplete(cursor, StatementKind.CreateView, "AS and the view's query");
        }

        return new CreateViewStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            OrReplace = orReplace,
            Name = name,
        };
    }

    /// <summary>
    /// The index of the first token after the definition's <c>AS</c> (not the AS of <c>EXECUTE AS</c>), at
    /// depth zero; -1 when there is none. The cursor is left at the end when found.
    /// </summary>
    private static int FindBody(TSqlTokenCursor cursor)
    {
        var start = cursor.Position;
        while (!cursor.AtEnd)
        {
            if (cursor.IsWord("AS") && cursor.Position > 0
                && !cursor.IsWordToken(cursor.TokenAt(cursor.Position - 1), "EXECUTE")
                && !cursor.IsWordToken(cursor.TokenAt(cursor.Position - 1), "EXEC"))
            {
                var bodyStart = cursor.Position + 1;
                cursor.Position = cursor.End;
                return bodyStart;
            }

            cursor.SkipElement();
        }

        cursor.Position = start;
        return -1;
    }

    /// <summary>The index of the first of <paramref name="words"/> at depth zero in [<paramref name="from"/>, <paramref name="to"/>), else <paramref name="to"/>.</summary>
    private static int FindFirstWord(TSqlTokenCursor cursor, int from, int to, ReadOnlySpan<string> words)
    {
        var position = cursor.Position;
        var end = to < 0 ? cursor.End : to;
        cursor.Position = from;
        while (cursor.Position < end && !cursor.IsAnyWord(words))
        {
            cursor.SkipElement();
        }

        var found = Math.Min(cursor.Position, end);
        cursor.Position = position;
        return found;
    }

    private static TextSpan? BodySpan(TSqlTokenCursor cursor, int bodyStart) =>
        bodyStart < cursor.End ? cursor.SpanOf(bodyStart, cursor.End) : null;
}
