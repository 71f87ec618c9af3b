using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.TSql;

/// <summary>
/// After <c>ALTER TABLE</c>: <c>name [WITH CHECK|NOCHECK] action</c>, where the action is one of
/// <c>ADD</c> (columns and constraints, comma-separated), <c>DROP</c> (columns and constraints, comma-separated),
/// <c>ALTER COLUMN</c>, <c>CHECK|NOCHECK CONSTRAINT</c>, or one we keep by its keywords (SWITCH, SET, REBUILD,
/// ENABLE TRIGGER, …). Each comma-separated item becomes an action; the first one's span includes the verb.
/// </summary>
internal static class TSqlAlterTableParser
{
    private static readonly string[] OtherActionWords =
    [
        "ENABLE", "DISABLE", "TRIGGER", "CHANGE_TRACKING", "SWITCH", "PARTITION", "SET", "REBUILD", "ALL",
        "FILETABLE_NAMESPACE", "CHECK", "NOCHECK", "CONSTRAINT",
    ];

    public static SqlStatement Parse(TSqlTokenCursor cursor, TSqlStatementHead head)
    {
        if (!TSqlNames.TryReadQualifiedName(cursor, out var table))
        {
            return head.Incomplete(cursor, StatementKind.AlterTable, "a table name");
        }

        var actionStart = cursor.Position;
        var isNotChecked = cursor.TryWords("WITH", "NOCHECK");
        var isChecked = !isNotChecked && cursor.TryWords("WITH", "CHECK");
        if (cursor.AtEnd)
        {
            return head.Incomplete(cursor, StatementKind.AlterTable, "an ALTER TABLE action");
        }

        var actions = new List<AlterTableAction>(1);
        if (cursor.TryWord("ADD"))
        {
            ReadAdd(cursor, actionStart, isNotChecked, actions);
        }
        else if (cursor.TryWord("DROP"))
        {
            ReadDrop(cursor, actionStart, actions);
        }
        else if (cursor.IsWord("ALTER") && cursor.IsWord("COLUMN", 1))
        {
            cursor.Position += 2;
            actions.Add(ReadAlterColumn(cursor, actionStart));
        }
        else if ((cursor.IsWord("CHECK") || cursor.IsWord("NOCHECK")) && cursor.IsWord("CONSTRAINT", 1))
        {
            ReadCheckConstraints(cursor, actionStart, isChecked, actions);
        }
        else
        {
            cursor.Position = actionStart;
            var keywords = TSqlStatementKeywords.ReadRun(cursor, OtherActionWords);
            cursor.Position = cursor.End;
            actions.Add(new OtherAlterTableAction { Span = cursor.SpanFrom(actionStart), Keywords = keywords });
        }

        return new AlterTableStatement
        {
            Span = head.Span,
            Keywords = head.Keywords,
            KeywordsSpan = head.KeywordsSpan,
            ObjectKind = AlterTableObjectKind.Table,
            Table = table,
            Actions = actions,
        };
    }

    /// <summary>After ADD: column definitions, constraints, <c>[CONSTRAINT n] DEFAULT expr FOR column</c> and PERIOD FOR SYSTEM_TIME.</summary>
    private static void ReadAdd(TSqlTokenCursor cursor, int actionStart, bool isNotChecked, List<AlterTableAction> actions)
    {
        var itemStart = actionStart;
        do
        {
            var itemEnd = cursor.FindElementEnd();
            var outerEnd = cursor.Limit(itemEnd);
            var span = cursor.SpanOf(itemStart, itemEnd);
            AlterTableAction? action;
            if (IsDefaultConstraint(cursor))
            {
                action = ReadDefaultConstraint(cursor, span);
            }
            else if (TSqlConstraints.StartsTableConstraint(cursor))
            {
                action = TSqlConstraints.TryReadTableConstraint(cursor, isNotChecked) is { } constraint
                    ? new AddConstraintAction { Span = span, Constraint = constraint }
                    : null;
            }
            else if (cursor.IsWord("PERIOD"))
            {
                action = new OtherAlterTableAction { Span = span, Keywords = "ADD PERIOD FOR SYSTEM_TIME" };
            }
            else if (TSqlColumns.TryRead(cursor, isNotChecked) is { } column)
            {
                action = new AddColumnAction { Span = span, Column = column };
            }
            else
            {
                if (actions.Count == 0)
                {
                    cursor.ReportExpected("a column or constraint definition");
                }

                action = null;
            }

            if (action is not null || actions.Count == 0)
            {
                actions.Add(action ?? new OtherAlterTableAction { Span = span, Keywords = "ADD" });
            }

            cursor.Restore(outerEnd, itemEnd);
            itemStart = itemEnd + 1;
        }
        while (cursor.TryKind(TSqlTokenKind.Comma));
    }

    private static bool IsDefaultConstraint(TSqlTokenCursor cursor) =>
        cursor.IsWord("DEFAULT") || (cursor.IsWord("CONSTRAINT") && cursor.IsWord("DEFAULT", 2));

    /// <summary>
    /// <c>[CONSTRAINT n] DEFAULT expr FOR column [WITH VALUES]</c>: it sets the column's default, as PostgreSQL's
    /// <c>ALTER COLUMN c SET DEFAULT</c> does, so it becomes a <see cref="SetDefaultAction"/>.
    /// </summary>
    private static AlterTableAction? ReadDefaultConstraint(TSqlTokenCursor cursor, TextSpan span)
    {
        if (cursor.TryWord("CONSTRAINT"))
        {
            cursor.Advance();
        }

        cursor.Advance();
        var expression = TSqlExpressions.Read(cursor, ["FOR"]);
        if (expression is null)
        {
            cursor.ReportExpected("a default expression");
            return null;
        }

        if (!cursor.TryWord("FOR") || !TSqlNames.TryReadIdentifier(cursor, out var column))
        {
            cursor.ReportExpected("FOR and the column the default is for");
            return null;
        }

        return new SetDefaultAction { Span = span, Column = column, Default = expression };
    }

    /// <summary>After DROP: <c>[COLUMN|CONSTRAINT] [IF EXISTS] name [WITH (…)]</c>, comma-separated; an item without the word keeps the previous one's kind.</summary>
    private static void ReadDrop(TSqlTokenCursor cursor, int actionStart, List<AlterTableAction> actions)
    {
        var itemStart = actionStart;
        var isColumn = false;
        do
        {
            var itemEnd = cursor.FindElementEnd();
            var outerEnd = cursor.Limit(itemEnd);
            var span = cursor.SpanOf(itemStart, itemEnd);
            if (cursor.TryWord("COLUMN"))
            {
                isColumn = true;
            }
            else if (cursor.TryWord("CONSTRAINT"))
            {
                isColumn = false;
            }

            if (cursor.IsWord("PERIOD"))
            {
                actions.Add(new OtherAlterTableAction { Span = span, Keywords = "DROP PERIOD FOR SYSTEM_TIME" });
            }
            else
            {
                var ifExists = cursor.TryWords("IF", "EXISTS");
                if (TSqlNames.TryReadIdentifier(cursor, out var name))
                {
                    actions.Add(isColumn
                        ? new DropColumnAction { Span = span, Column = name, IfExists = ifExists }
                        : new DropConstraintAction { Span = span, Name = name, IfExists = ifExists });
                }
                else
                {
                    cursor.ReportExpected(isColumn ? "a column name" : "a constraint name");
                    actions.Add(new OtherAlterTableAction { Span = span, Keywords = "DROP" });
                }
            }

            cursor.Restore(outerEnd, itemEnd);
            itemStart = itemEnd + 1;
        }
        while (cursor.TryKind(TSqlTokenKind.Comma));
    }

    /// <summary>
    /// After ALTER COLUMN: <c>name type [COLLATE c] [NULL|NOT NULL] [SPARSE] [WITH (ONLINE = ON)]</c>, or
    /// <c>name {ADD|DROP} {ROWGUIDCOL|PERSISTED|NOT FOR REPLICATION|SPARSE|HIDDEN|MASKED …}</c>.
    /// </summary>
    private static AlterTableAction ReadAlterColumn(TSqlTokenCursor cursor, int actionStart)
    {
        if (!TSqlNames.TryReadIdentifier(cursor, out var column))
        {
            cursor.ReportExpected("a column name");
            cursor.Position = cursor.End;
            return new OtherAlterTableAction { Span = cursor.SpanFrom(actionStart), Keywords = "ALTER COLUMN" };
        }

        if (cursor.IsWord("ADD") || cursor.IsWord("DROP"))
        {
            var keywords = TSqlStatementKeywords.ReadRun(cursor, ["ADD", "DROP", "ROWGUIDCOL", "PERSISTED", "NOT", "FOR", "REPLICATION", "SPARSE", "HIDDEN", "MASKED"], "ALTER COLUMN");
            cursor.Position = cursor.End;
            return new OtherAlterTableAction { Span = cursor.SpanFrom(actionStart), Column = column, Keywords = keywords };
        }

        if (!TSqlDataTypes.TryRead(cursor, out var dataType))
        {
            cursor.ReportExpected("a data type");
            cursor.Position = cursor.End;
            return new OtherAlterTableAction { Span = cursor.SpanFrom(actionStart), Column = column, Keywords = "ALTER COLUMN" };
        }

        bool? isNotNull = null;
        var options = default(TSqlIndexOptions);
        while (!cursor.AtEnd)
        {
            if (cursor.TryWords("NOT", "NULL"))
            {
                isNotNull = true;
            }
            else if (cursor.TryWord("NULL"))
            {
                isNotNull = false;
            }
            else if (cursor.IsWord("WITH"))
            {
                options = TSqlIndexOptions.Read(cursor);
            }
            else
            {
                cursor.SkipElement(); // COLLATE name, SPARSE
            }
        }

        return new AlterColumnTypeAction
        {
            Span = cursor.SpanFrom(actionStart),
            Column = column,
            DataType = dataType,
            IsNotNull = isNotNull,
            IsOnline = options.IsOnline,
        };
    }

    /// <summary>
    /// <c>[WITH CHECK|NOCHECK] {CHECK|NOCHECK} CONSTRAINT {ALL|name, …}</c>. Only <c>WITH CHECK CHECK CONSTRAINT name</c>
    /// validates existing rows (PostgreSQL's VALIDATE CONSTRAINT); the rest enable or disable without validating.
    /// </summary>
    private static void ReadCheckConstraints(TSqlTokenCursor cursor, int actionStart, bool isChecked, List<AlterTableAction> actions)
    {
        var validates = isChecked && cursor.IsWord("CHECK");
        var keywords = cursor.IsWord("CHECK") ? "CHECK CONSTRAINT" : "NOCHECK CONSTRAINT";
        cursor.Position += 2;
        var isAll = cursor.IsWord("ALL");
        if (!validates || isAll)
        {
            cursor.Position = cursor.End;
            actions.Add(new OtherAlterTableAction
            {
                Span = cursor.SpanFrom(actionStart),
                Keywords = (isChecked ? "WITH CHECK " : "") + keywords + (isAll ? " ALL" : ""),
            });
            return;
        }

        var itemStart = actionStart;
        do
        {
            if (!TSqlNames.TryReadIdentifier(cursor, out var name))
            {
                cursor.ReportExpected("a constraint name");
                return;
            }

            actions.Add(new ValidateConstraintAction { Span = cursor.SpanFrom(itemStart), Name = name });
            itemStart = cursor.Position + 1;
        }
        while (cursor.TryKind(TSqlTokenKind.Comma));
    }
}
