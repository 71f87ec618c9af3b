using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.Postgres;

/// <summary>CREATE/ALTER TYPE and CREATE/ALTER DOMAIN.</summary>
internal static class PgTypeParser
{
    private static readonly string[] AlterTypeWords =
    [
        "ADD", "ALTER", "ATTRIBUTE", "DATA", "DROP", "EXISTS", "IF", "OWNER", "RENAME", "SCHEMA", "SET", "TO", "TYPE",
    ];

    private static readonly string[] AlterDomainWords =
    [
        "CONSTRAINT", "DEFAULT", "DROP", "EXISTS", "IF", "NOT", "NULL", "OWNER", "RENAME", "SCHEMA", "SET", "TO", "VALIDATE",
    ];

    /// <summary>After <c>CREATE TYPE</c>: <c>name [AS ENUM (…) | AS (…) | AS RANGE (…) | (…)]</c>.</summary>
    public static SqlStatement ParseCreateType(PgTokenCursor cursor, PgStatementHead head)
    {
        if (!PgNames.TryReadQualifiedName(cursor, out var name))
        {
            return head.Incomplete(cursor, StatementKind.CreateType, "a type name");
        }

        IReadOnlyList<string> enumValues = [];
        CreateTypeKind typeKind;
        if (cursor.TryWords("AS", "ENUM"))
        {
            typeKind = CreateTypeKind.Enum;
            enumValues = ReadEnumValues(cursor);
        }
        else if (cursor.TryWords("AS", "RANGE"))
        {
            typeKind = CreateTypeKind.Range;
        }
        else if (cursor.TryWord("AS"))
        {
            typeKind = CreateTypeKind.Composite;
        }
        else
        {
            typeKind = cursor.AtEnd ? CreateTypeKind.Shell : CreateTypeKind.Base;
        }

        return new CreateTypeStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            Name = name,
            TypeKind = typeKind,
            EnumValues = enumValues,
        };
    }

    /// <summary>After <c>ALTER TYPE</c>: <c>name ADD VALUE … | RENAME VALUE … | other action</c>.</summary>
    public static SqlStatement ParseAlterType(PgTokenCursor cursor, PgStatementHead head)
    {
        if (!PgNames.TryReadQualifiedName(cursor, out var name))
        {
            return head.Incomplete(cursor, StatementKind.AlterType, "a type name");
        }

        if (cursor.AtEnd)
        {
            cursor.ReportExpected("an action");
            return head.Unparsed(StatementKind.AlterType);
        }

        var actionStart = cursor.Position;
        var actionSpan = cursor.SpanOf(actionStart, cursor.End);
        AlterTypeAction? action = null;
        if (cursor.TryWords("ADD", "VALUE"))
        {
            action = ReadAddValue(cursor, actionSpan);
        }
        else if (cursor.TryWords("RENAME", "VALUE"))
        {
            action = ReadRenameValue(cursor, actionSpan);
        }

        if (action is null)
        {
            cursor.Position = actionStart;
            action = new OtherAlterTypeAction { Span = actionSpan, Keywords = PgStatementKeywords.ReadRun(cursor, AlterTypeWords) };
        }

        return new AlterTypeStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            Name = name,
            Action = action,
        };
    }

    /// <summary>After <c>CREATE DOMAIN</c>: <c>name [AS] type [constraints]</c>.</summary>
    public static SqlStatement ParseCreateDomain(PgTokenCursor cursor, PgStatementHead head)
    {
        if (!PgNames.TryReadQualifiedName(cursor, out var name))
        {
            return head.Incomplete(cursor, StatementKind.CreateDomain, "a domain name");
        }

        cursor.TryWord("AS");
        if (!PgDataTypes.TryRead(cursor, out var dataType))
        {
            return head.Incomplete(cursor, StatementKind.CreateDomain, "a data type");
        }

        return new CreateDomainStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            Name = name,
            DataType = dataType,
        };
    }

    /// <summary>After <c>ALTER DOMAIN</c>: <c>name action</c>; <c>ADD</c> keeps its constraint.</summary>
    public static SqlStatement ParseAlterDomain(PgTokenCursor cursor, PgStatementHead head)
    {
        if (!PgNames.TryReadQualifiedName(cursor, out var name))
        {
            return head.Incomplete(cursor, StatementKind.AlterDomain, "a domain name");
        }

        if (cursor.AtEnd)
        {
            cursor.ReportExpected("an action");
            return head.Unparsed(StatementKind.AlterDomain);
        }

        string action;
        TableConstraint? constraint = null;
        if (cursor.TryWord("ADD"))
        {
            action = "ADD CONSTRAINT";
            constraint = PgConstraints.TryReadTableConstraint(cursor);
        }
        else
        {
            action = PgStatementKeywords.ReadRun(cursor, AlterDomainWords);
        }

        return new AlterDomainStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            Name = name,
            Action = action,
            Constraint = constraint,
        };
    }

    private static List<string> ReadEnumValues(PgTokenCursor cursor)
    {
        var values = new List<string>();
        if (!ElementList.TryEnter(cursor, out var list))
        {
            return values;
        }

        while (list.MoveNext(cursor))
        {
            if (!cursor.AtEnd && PgLiterals.IsString(cursor.Current.Kind))
            {
                values.Add(PgLiterals.Decode(cursor.TextOf(cursor.Current), cursor.Current));
            }
        }

        return values;
    }

    /// <summary><c>[IF NOT EXISTS] 'value' [BEFORE|AFTER 'neighbor']</c>.</summary>
    private static AddEnumValueAction? ReadAddValue(PgTokenCursor cursor, TextSpan span)
    {
        var ifNotExists = cursor.TryWords("IF", "NOT", "EXISTS");
        if (!TryReadLabel(cursor, out var value, out var valueSpan))
        {
            cursor.ReportIfEnded("the new value");
            return null;
        }

        var position = cursor.TryWord("BEFORE") ? EnumValuePosition.Before
            : cursor.TryWord("AFTER") ? EnumValuePosition.After
            : EnumValuePosition.End;
        string? neighbor = null;
        if (position != EnumValuePosition.End && !TryReadLabel(cursor, out neighbor, out _) && cursor.AtEnd)
        {
            cursor.ReportExpected("an existing value");
        }

        return new AddEnumValueAction
        {
            Span = span,
            Value = value,
            ValueSpan = valueSpan,
            IfNotExists = ifNotExists,
            Position = position,
            Neighbor = neighbor,
        };
    }

    /// <summary><c>'from' TO 'to'</c>.</summary>
    private static RenameEnumValueAction? ReadRenameValue(PgTokenCursor cursor, TextSpan span)
    {
        if (!TryReadLabel(cursor, out var from, out _) || !cursor.TryWord("TO") || !TryReadLabel(cursor, out var to, out _))
        {
            cursor.ReportIfEnded("'old value' TO 'new value'");
            return null;
        }

        return new RenameEnumValueAction { Span = span, From = from, To = to };
    }

    private static bool TryReadLabel(PgTokenCursor cursor, out string label, out TextSpan span)
    {
        if (cursor.AtEnd || !PgLiterals.IsString(cursor.Current.Kind))
        {
            label = string.Empty;
            span = default;
            return false;
        }

        label = PgLiterals.Decode(cursor.TextOf(cursor.Current), cursor.Current);
        span = cursor.Current.Span;
        cursor.Advance();
        return true;
    }
}
