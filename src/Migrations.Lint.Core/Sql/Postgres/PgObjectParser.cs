using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Sql.Postgres;

/// <summary>Views, sequences, extensions, schemas, databases, ALTER SYSTEM and COMMENT.</summary>
internal static class PgObjectParser
{
    /// <summary>After <c>CREATE [OR REPLACE] [TEMP] [RECURSIVE] [MATERIALIZED] VIEW</c>.</summary>
    public static SqlStatement ParseCreateView(PgTokenCursor cursor, PgStatementHead head, PgCreateModifiers modifiers, bool isMaterialized)
    {
        var kind = isMaterialized ? StatementKind.CreateMaterializedView : StatementKind.CreateView;
        var ifNotExists = cursor.TryWords("IF", "NOT", "EXISTS");
        if (!PgNames.TryReadQualifiedName(cursor, out var name))
        {
            return head.Incomplete(cursor, kind, "a view name");
        }

        if (cursor.AtEnd)
        {
            cursor.ReportExpected("AS and a query");
            return head.Unparsed(kind);
        }

        return new CreateViewStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            OrReplace = modifiers.OrReplace,
            IsMaterialized = isMaterialized,
            IsTemporary = modifiers.IsTemporary,
            IsRecursive = modifiers.IsRecursive,
            IfNotExists = ifNotExists,
            Name = name,
            WithNoData = PgCreateTableParser.EndsWithNoData(cursor),
        };
    }

    public static SqlStatement ParseCreateSequence(PgTokenCursor cursor, PgStatementHead head, PgCreateModifiers modifiers)
    {
        var ifNotExists = cursor.TryWords("IF", "NOT", "EXISTS");
        if (!PgNames.TryReadQualifiedName(cursor, out var name))
        {
            return head.Incomplete(cursor, StatementKind.CreateSequence, "a sequence name");
        }

        return new CreateSequenceStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            Name = name,
            IfNotExists = ifNotExists,
            IsTemporary = modifiers.IsTemporary,
        };
    }

    public static SqlStatement ParseAlterSequence(PgTokenCursor cursor, PgStatementHead head)
    {
        var ifExists = cursor.TryWords("IF", "EXISTS");
        if (!PgNames.TryReadQualifiedName(cursor, out var name))
        {
            return head.Incomplete(cursor, StatementKind.AlterSequence, "a sequence name");
        }

        return new AlterSequenceStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            Name = name,
            IfExists = ifExists,
        };
    }

    /// <summary>After <c>CREATE EXTENSION</c>: <c>[IF NOT EXISTS] name [WITH] [SCHEMA s] [VERSION v] [CASCADE]</c>.</summary>
    public static SqlStatement ParseCreateExtension(PgTokenCursor cursor, PgStatementHead head)
    {
        var ifNotExists = cursor.TryWords("IF", "NOT", "EXISTS");
        if (!PgNames.TryReadIdentifier(cursor, out var name))
        {
            return head.Incomplete(cursor, StatementKind.CreateExtension, "an extension name");
        }

        SqlIdentifier? schema = null;
        var schemaWord = cursor.FindWord("SCHEMA");
        if (schemaWord >= 0)
        {
            cursor.Position = schemaWord + 1;
            PgNames.TryReadIdentifier(cursor, out schema);
        }

        return new CreateExtensionStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            Name = name,
            IfNotExists = ifNotExists,
            Schema = schema,
        };
    }

    public static SqlStatement ParseAlterExtension(PgTokenCursor cursor, PgStatementHead head)
    {
        if (!PgNames.TryReadIdentifier(cursor, out var name))
        {
            return head.Incomplete(cursor, StatementKind.AlterExtension, "an extension name");
        }

        return new AlterExtensionStatement { Span = head.Span, Keywords = head.Keywords, KeywordsSpan = head.KeywordsSpan, Name = name };
    }

    /// <summary>After <c>CREATE SCHEMA</c>: <c>[IF NOT EXISTS] {name [AUTHORIZATION role] | AUTHORIZATION role} [elements]</c>.</summary>
    public static SqlStatement ParseCreateSchema(PgTokenCursor cursor, PgStatementHead head)
    {
        var ifNotExists = cursor.TryWords("IF", "NOT", "EXISTS");
        PgNames.TryReadIdentifier(cursor, out var name);
        SqlIdentifier? authorization = null;
        if (cursor.TryWord("AUTHORIZATION") && !cursor.AtEnd
            && cursor.Current.Kind is PgTokenKind.Identifier or PgTokenKind.QuotedIdentifier)
        {
            // The role may be a reserved word such as CURRENT_USER.
            authorization = PgNames.Create(cursor, cursor.Current);
            cursor.Advance();
        }

        name ??= authorization;
        if (name is null)
        {
            return head.Incomplete(cursor, StatementKind.CreateSchema, "a schema name");
        }

        return new CreateSchemaStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            Name = name,
            IfNotExists = ifNotExists,
            Authorization = authorization,
        };
    }

    public static SqlStatement ParseCreateDatabase(PgTokenCursor cursor, PgStatementHead head)
    {
        if (!PgNames.TryReadIdentifier(cursor, out var name))
        {
            return head.Incomplete(cursor, StatementKind.CreateDatabase, "a database name");
        }

        return new CreateDatabaseStatement { Span = head.Span, Keywords = head.Keywords, KeywordsSpan = head.KeywordsSpan, Name = name };
    }

    /// <summary>After <c>ALTER SYSTEM</c>: <c>SET name {TO|=} value | RESET name | RESET ALL</c>.</summary>
    public static SqlStatement ParseAlterSystem(PgTokenCursor cursor, PgStatementHead head)
    {
        var isReset = cursor.TryWord("RESET");
        if (!isReset && !cursor.TryWord("SET"))
        {
            return head.Incomplete(cursor, StatementKind.AlterSystem, "SET or RESET");
        }

        string name;
        if (isReset && cursor.TryWord("ALL"))
        {
            name = "all";
        }
        else if (PgNames.TryReadQualifiedName(cursor, out var parameter))
        {
            name = parameter.Parts.Count == 1 ? parameter.Name.Normalized : parameter.ToString();
        }
        else
        {
            return head.Incomplete(cursor, StatementKind.AlterSystem, "a parameter name");
        }

        string? value = null;
        if (!isReset && (cursor.TryWord("TO") || cursor.TryOperator("=")) && !cursor.AtEnd)
        {
            value = cursor.TextOf(cursor.SpanOf(cursor.Position, cursor.End));
        }

        return new AlterSystemStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            Name = name,
            IsReset = isReset,
            Value = value,
        };
    }

    /// <summary><c>COMMENT ON object_type name IS 'text' | NULL</c>.</summary>
    public static SqlStatement ParseComment(PgTokenCursor cursor, PgStatementHead head)
    {
        if (!cursor.TryWords("COMMENT", "ON"))
        {
            return head.Incomplete(cursor, StatementKind.Comment, "ON");
        }

        var objectType = PgStatementKeywords.ReadObjectType(cursor);
        if (objectType.Length == 0)
        {
            return head.Incomplete(cursor, StatementKind.Comment, "an object type");
        }

        PgNames.TryReadQualifiedName(cursor, out var target);
        var isKeyword = cursor.FindWord("IS");
        if (isKeyword < 0)
        {
            cursor.Position = cursor.End;
            cursor.ReportExpected("IS and the comment");
            return head.Unparsed(StatementKind.Comment);
        }

        cursor.Position = isKeyword + 1;
        return new CommentStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            ObjectType = objectType,
            Target = target,
            IsNull = cursor.IsWord("NULL"),
        };
    }
}
