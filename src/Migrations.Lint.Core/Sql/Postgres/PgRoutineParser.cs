using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.Postgres;

/// <summary>Functions, procedures, triggers and DO blocks.</summary>
internal static class PgRoutineParser
{
    /// <summary>
    /// At <c>FUNCTION|PROCEDURE</c>: <c>name (parameters) [RETURNS …] options</c>, where the body is
    /// <c>AS 'string'</c>, <c>BEGIN ATOMIC … END</c> or <c>RETURN expression</c>.
    /// </summary>
    public static SqlStatement ParseCreateFunction(PgTokenCursor cursor, PgStatementHead head, bool orReplace)
    {
        var isProcedure = cursor.IsWord("PROCEDURE");
        cursor.Advance();
        if (!PgNames.TryReadQualifiedName(cursor, out var name))
        {
            return head.Incomplete(cursor, StatementKind.CreateFunction, "a name");
        }

        if (!cursor.IsKind(PgTokenKind.OpenParen))
        {
            return head.Incomplete(cursor, StatementKind.CreateFunction, "a parameter list");
        }

        var parametersStart = cursor.Position;
        cursor.SkipElement();
        var parametersSpan = cursor.SpanFrom(parametersStart);
        string? language = null;
        TextSpan? body = null;
        while (!cursor.AtEnd)
        {
            if (cursor.TryWord("LANGUAGE"))
            {
                language = ReadLanguage(cursor);
            }
            else if (cursor.TryWord("AS") && !cursor.AtEnd && PgLiterals.IsString(cursor.Current.Kind))
            {
                body = cursor.Current.Span;
                cursor.Advance();
            }
            else if ((cursor.IsWord("BEGIN") && cursor.IsWord("ATOMIC", 1)) || cursor.IsWord("RETURN"))
            {
                var bodyStart = cursor.Position;
                cursor.Position = cursor.End;
                body = cursor.SpanFrom(bodyStart);
            }
            else
            {
                cursor.SkipElement();
            }
        }

        return new CreateFunctionStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            OrReplace = orReplace,
            IsProcedure = isProcedure,
            Name = name,
            ParametersSpan = parametersSpan,
            Language = language,
            BodySpan = body,
        };
    }

    /// <summary>At <c>FUNCTION|PROCEDURE|ROUTINE</c>: <c>name [(arguments)] action</c>.</summary>
    public static SqlStatement ParseAlterFunction(PgTokenCursor cursor, PgStatementHead head)
    {
        var isProcedure = cursor.IsWord("PROCEDURE");
        cursor.Advance();
        if (!PgNames.TryReadQualifiedName(cursor, out var name))
        {
            return head.Incomplete(cursor, StatementKind.AlterFunction, "a name");
        }

        return new AlterFunctionStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            IsProcedure = isProcedure,
            Name = name,
        };
    }

    /// <summary>After <c>CREATE [OR REPLACE] [CONSTRAINT] TRIGGER</c>: <c>name … ON table … EXECUTE FUNCTION|PROCEDURE f(…)</c>.</summary>
    public static SqlStatement ParseCreateTrigger(PgTokenCursor cursor, PgStatementHead head, PgCreateModifiers modifiers)
    {
        if (!PgNames.TryReadIdentifier(cursor, out var name))
        {
            return head.Incomplete(cursor, StatementKind.CreateTrigger, "a trigger name");
        }

        QualifiedName? table = null;
        QualifiedName? function = null;
        var on = cursor.FindWord("ON");
        if (on >= 0)
        {
            cursor.Position = on + 1;
            PgNames.TryReadQualifiedName(cursor, out table);
        }

        var execute = cursor.FindWord("EXECUTE");
        if (execute >= 0)
        {
            cursor.Position = execute + 1;
            if (cursor.TryWord("FUNCTION") || cursor.TryWord("PROCEDURE"))
            {
                PgNames.TryReadQualifiedName(cursor, out function);
            }
        }

        return new CreateTriggerStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            OrReplace = modifiers.OrReplace,
            IsConstraint = modifiers.IsConstraint,
            Name = name,
            Table = table,
            Function = function,
        };
    }

    /// <summary><c>DO [LANGUAGE l] 'body'</c> or <c>DO 'body' LANGUAGE l</c>.</summary>
    public static SqlStatement ParseDo(PgTokenCursor cursor, PgStatementHead head)
    {
        cursor.Advance();
        cursor.ReportIfEnded("the code block");

        string? language = null;
        TextSpan? body = null;
        while (!cursor.AtEnd)
        {
            if (cursor.TryWord("LANGUAGE"))
            {
                language = ReadLanguage(cursor);
            }
            else
            {
                if (body is null && PgLiterals.IsString(cursor.Current.Kind))
                {
                    body = cursor.Current.Span;
                }

                cursor.Advance();
            }
        }

        return new DoStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            Language = language,
            BodySpan = body,
        };
    }

    /// <summary>A language name, written as a word or (in old scripts) a string, lower-cased.</summary>
    private static string? ReadLanguage(PgTokenCursor cursor)
    {
        if (cursor.AtEnd)
        {
            return null;
        }

        var token = cursor.Current;
        cursor.Advance();
        return PgLiterals.IsString(token.Kind)
            ? PgNames.Fold(PgLiterals.Decode(cursor.TextOf(token), token))
            : PgNames.Normalize(cursor, token);
    }
}
