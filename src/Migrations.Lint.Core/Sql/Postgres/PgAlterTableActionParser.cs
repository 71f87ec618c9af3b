using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.Postgres;

/// <summary>Reads one ALTER TABLE action; the cursor's limit ends where the action does.</summary>
internal static class PgAlterTableActionParser
{
    /// <summary>Words that name an action (as opposed to the object names in it), for <see cref="OtherAlterTableAction.Keywords"/>.</summary>
    private static readonly string[] ActionWords =
    [
        "ACCESS", "ADD", "ALL", "ALTER", "ALWAYS", "BY", "CLUSTER", "COLUMN", "COMPRESSION", "CONSTRAINT",
        "DATA", "DEFAULT", "DEFERRABLE", "DEFERRED", "DEPENDS", "DISABLE", "DROP", "ENABLE", "EXPRESSION",
        "EXISTS", "EXTENSION", "FORCE", "FULL", "GENERATED", "IDENTITY", "IF", "IMMEDIATE", "INCREMENT", "INDEX",
        "INHERIT", "INITIALLY", "LEVEL", "LOGGED", "METHOD", "NO", "NOT", "NOTHING", "NULL", "OF", "OIDS",
        "ON", "OPTIONS", "OWNER", "REPLICA", "RESET", "RESTART", "ROW", "RULE", "SECURITY", "SET",
        "STATISTICS", "STORAGE", "TABLESPACE", "TO", "TRIGGER", "TYPE", "UNLOGGED", "USER", "USING", "WITH",
        "WITHOUT",
    ];

    public static AlterTableAction Parse(PgTokenCursor cursor, TextSpan span)
    {
        var start = cursor.Position;
        var action = cursor.TryWord("ADD") ? ParseAdd(cursor, span)
            : cursor.TryWord("DROP") ? ParseDrop(cursor, span)
            : cursor.TryWord("ALTER") ? ParseAlterColumn(cursor, span, start)
            : cursor.TryWords("VALIDATE", "CONSTRAINT") ? ParseValidate(cursor, span)
            : cursor.TryWord("RENAME") ? ParseRename(cursor, span)
            : cursor.TryWords("ATTACH", "PARTITION") ? ParseAttach(cursor, span)
            : cursor.TryWords("DETACH", "PARTITION") ? ParseDetach(cursor, span)
            : cursor.TryWords("SET", "SCHEMA") ? ParseSetSchema(cursor, span)
            : null;
        if (action is not null)
        {
            return action;
        }

        cursor.Position = start;
        return new OtherAlterTableAction { Span = span, Keywords = ReadKeywords(cursor, start, afterName: null) };
    }

    private static AlterTableAction? ParseAdd(PgTokenCursor cursor, TextSpan span)
    {
        var isColumn = cursor.TryWord("COLUMN");
        if (!isColumn && PgConstraints.StartsTableConstraint(cursor))
        {
            return PgConstraints.TryReadTableConstraint(cursor) is { } constraint
                ? new AddConstraintAction { Span = span, Constraint = constraint }
                : null;
        }

        var ifNotExists = cursor.TryWords("IF", "NOT", "EXISTS");
        if (PgColumns.TryRead(cursor) is not { } column)
        {
            return Incomplete(cursor, "a column definition");
        }

        return new AddColumnAction { Span = span, Column = column, IfNotExists = ifNotExists };
    }

    private static AlterTableAction? ParseDrop(PgTokenCursor cursor, TextSpan span)
    {
        var isConstraint = cursor.TryWord("CONSTRAINT");
        if (!isConstraint)
        {
            cursor.TryWord("COLUMN");
        }

        var ifExists = cursor.TryWords("IF", "EXISTS");
        if (!PgNames.TryReadIdentifier(cursor, out var name))
        {
            return Incomplete(cursor, isConstraint ? "a constraint name" : "a column name");
        }

        var behavior = PgDropParser.ReadBehavior(cursor);
        return isConstraint
            ? new DropConstraintAction { Span = span, Name = name, IfExists = ifExists, Behavior = behavior }
            : new DropColumnAction { Span = span, Column = name, IfExists = ifExists, Behavior = behavior };
    }

    /// <summary><c>ALTER [COLUMN] column …</c> (ALTER CONSTRAINT is left to <see cref="OtherAlterTableAction"/>).</summary>
    private static AlterTableAction? ParseAlterColumn(PgTokenCursor cursor, TextSpan span, int start)
    {
        if (cursor.IsWord("CONSTRAINT"))
        {
            return null;
        }

        cursor.TryWord("COLUMN");
        if (!PgNames.TryReadIdentifier(cursor, out var column))
        {
            return Incomplete(cursor, "a column name");
        }

        var afterName = cursor.Position;
        if (cursor.TryWords("SET", "DATA", "TYPE") || cursor.TryWord("TYPE"))
        {
            if (!PgDataTypes.TryRead(cursor, out var dataType))
            {
                return Incomplete(cursor, "a data type");
            }

            if (cursor.TryWord("COLLATE"))
            {
                PgNames.TryReadQualifiedName(cursor, out _);
            }

            var usingExpression = cursor.TryWord("USING") ? PgExpressions.Read(cursor) : null;
            return new AlterColumnTypeAction { Span = span, Column = column, DataType = dataType, Using = usingExpression };
        }

        if (cursor.TryWords("SET", "NOT", "NULL"))
        {
            return new SetNotNullAction { Span = span, Column = column };
        }

        if (cursor.TryWords("DROP", "NOT", "NULL"))
        {
            return new DropNotNullAction { Span = span, Column = column };
        }

        if (cursor.TryWords("SET", "DEFAULT"))
        {
            return PgExpressions.Read(cursor) is { } expression
                ? new SetDefaultAction { Span = span, Column = column, Default = expression }
                : Incomplete(cursor, "a default expression");
        }

        if (cursor.TryWords("DROP", "DEFAULT"))
        {
            return new DropDefaultAction { Span = span, Column = column };
        }

        if (cursor.AtEnd)
        {
            return Incomplete(cursor, "a column action");
        }

        return new OtherAlterTableAction { Span = span, Column = column, Keywords = ReadKeywords(cursor, start, afterName) };
    }

    private static AlterTableAction? ParseValidate(PgTokenCursor cursor, TextSpan span) =>
        PgNames.TryReadIdentifier(cursor, out var name)
            ? new ValidateConstraintAction { Span = span, Name = name }
            : Incomplete(cursor, "a constraint name");

    /// <summary><c>RENAME TO new</c>, <c>RENAME CONSTRAINT a TO b</c> or <c>RENAME [COLUMN] a TO b</c>.</summary>
    private static AlterTableAction? ParseRename(PgTokenCursor cursor, TextSpan span)
    {
        if (cursor.TryWord("TO"))
        {
            return PgNames.TryReadIdentifier(cursor, out var newName)
                ? new RenameTableAction { Span = span, NewName = newName }
                : Incomplete(cursor, "a new name");
        }

        var isConstraint = cursor.TryWord("CONSTRAINT");
        if (!isConstraint)
        {
            cursor.TryWord("COLUMN");
        }

        if (!PgNames.TryReadIdentifier(cursor, out var from))
        {
            return Incomplete(cursor, "a name");
        }

        if (!cursor.TryWord("TO") || !PgNames.TryReadIdentifier(cursor, out var to))
        {
            return Incomplete(cursor, "TO and a new name");
        }

        return isConstraint
            ? new RenameConstraintAction { Span = span, From = from, To = to }
            : new RenameColumnAction { Span = span, From = from, To = to };
    }

    private static AlterTableAction? ParseAttach(PgTokenCursor cursor, TextSpan span) =>
        PgNames.TryReadQualifiedName(cursor, out var partition)
            ? new AttachPartitionAction { Span = span, Partition = partition }
            : Incomplete(cursor, "a partition name");

    private static AlterTableAction? ParseDetach(PgTokenCursor cursor, TextSpan span)
    {
        if (!PgNames.TryReadQualifiedName(cursor, out var partition))
        {
            return Incomplete(cursor, "a partition name");
        }

        return new DetachPartitionAction
        {
            Span = span,
            Partition = partition,
            IsConcurrently = cursor.TryWord("CONCURRENTLY"),
            IsFinalize = cursor.TryWord("FINALIZE"),
        };
    }

    private static AlterTableAction? ParseSetSchema(PgTokenCursor cursor, TextSpan span) =>
        PgNames.TryReadIdentifier(cursor, out var schema)
            ? new SetSchemaAction { Span = span, Schema = schema }
            : Incomplete(cursor, "a schema name");

    /// <summary>Reports a missing part when the action ends early; either way the action is kept as an other action.</summary>
    private static AlterTableAction? Incomplete(PgTokenCursor cursor, string expected)
    {
        cursor.ReportIfEnded(expected);
        return null;
    }

    /// <summary>
    /// The action's leading keywords; for <c>ALTER [COLUMN] name …</c> this is <c>ALTER COLUMN</c> plus the
    /// keywords after the name, which start at <paramref name="afterName"/>.
    /// </summary>
    private static string ReadKeywords(PgTokenCursor cursor, int start, int? afterName)
    {
        cursor.Position = afterName ?? start;
        var keywords = PgStatementKeywords.ReadRun(cursor, ActionWords, afterName is null ? string.Empty : "ALTER COLUMN");
        cursor.Position = start;
        return keywords;
    }
}
