using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Sql.Postgres;

/// <summary>Reads <c>CREATE [OR REPLACE] [TEMP|UNLOGGED] [UNIQUE] …</c> and hands over to the object's parser.</summary>
internal static class PgCreateParser
{
    public static SqlStatement Parse(PgTokenCursor cursor, PgStatementHead head)
    {
        cursor.Advance();
        var modifiers = ReadModifiers(cursor);
        if (modifiers.UniqueSpan is { } unique && !cursor.IsWord("INDEX"))
        {
            cursor.Report(unique, "UNIQUE applies only to CREATE INDEX.");
        }

        if (cursor.TryWord("TABLE"))
        {
            return PgCreateTableParser.Parse(cursor, head, modifiers);
        }

        if (cursor.TryWord("INDEX"))
        {
            return PgIndexParser.ParseCreateIndex(cursor, head, modifiers.IsUnique);
        }

        var isMaterialized = cursor.TryWords("MATERIALIZED", "VIEW");
        if (isMaterialized || cursor.TryWord("VIEW"))
        {
            return PgObjectParser.ParseCreateView(cursor, head, modifiers, isMaterialized);
        }

        if (cursor.IsWord("FUNCTION") || cursor.IsWord("PROCEDURE"))
        {
            return PgRoutineParser.ParseCreateFunction(cursor, head, modifiers.OrReplace);
        }

        if (cursor.TryWord("TRIGGER"))
        {
            return PgRoutineParser.ParseCreateTrigger(cursor, head, modifiers);
        }

        if (cursor.TryWord("TYPE"))
        {
            return PgTypeParser.ParseCreateType(cursor, head);
        }

        if (cursor.TryWord("DOMAIN"))
        {
            return PgTypeParser.ParseCreateDomain(cursor, head);
        }

        if (cursor.TryWord("SEQUENCE"))
        {
            return PgObjectParser.ParseCreateSequence(cursor, head, modifiers);
        }

        if (cursor.TryWord("EXTENSION"))
        {
            return PgObjectParser.ParseCreateExtension(cursor, head);
        }

        if (cursor.TryWord("SCHEMA"))
        {
            return PgObjectParser.ParseCreateSchema(cursor, head);
        }

        if (cursor.TryWord("DATABASE"))
        {
            return PgObjectParser.ParseCreateDatabase(cursor, head);
        }

        cursor.ReportIfEnded("an object type");
        return head.Other();
    }

    private static PgCreateModifiers ReadModifiers(PgTokenCursor cursor)
    {
        var modifiers = new PgCreateModifiers { OrReplace = cursor.TryWords("OR", "REPLACE") };
        while (true)
        {
            if (cursor.TryWord("TEMP") || cursor.TryWord("TEMPORARY"))
            {
                modifiers.IsTemporary = true;
            }
            else if (cursor.TryWord("UNLOGGED"))
            {
                modifiers.IsUnlogged = true;
            }
            else if (cursor.IsWord("UNIQUE"))
            {
                modifiers.UniqueSpan = cursor.Current.Span;
                cursor.Advance();
            }
            else if (cursor.TryWord("RECURSIVE"))
            {
                modifiers.IsRecursive = true;
            }
            else if (cursor.TryWord("CONSTRAINT"))
            {
                modifiers.IsConstraint = true;
            }
            else if (!cursor.TryWord("LOCAL") && !cursor.TryWord("GLOBAL"))
            {
                return modifiers;
            }
        }
    }
}
