using Migrations.Lint.Diagnostics;
using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Text;

namespace Migrations.Lint.Rules;

/// <summary>
/// ALTER COLUMN … TYPE takes ACCESS EXCLUSIVE and, unless the change is one PostgreSQL can make in the
/// catalog alone, rewrites the table and rebuilds its indexes while holding it. Whether it can is only
/// known from the column's previous type, which the rule looks up in everything that ran before.
/// </summary>
public sealed class ChangingColumnType : ScriptRule
{
    public static RuleDescriptor Rule { get; } = new(
        "MIG206",
        "changing-column-type",
        "Avoid column type changes that rewrite the table",
        Severity.Warning,
        RuleCategory.Locking,
        [Dialect.Postgres, Dialect.SqlServer],
        "Changing a column's type usually rewrites the whole table and rebuilds its indexes under an ACCESS EXCLUSIVE lock (SQL Server: a schema modification lock), blocking reads and writes for as long as that takes.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ScriptContext context)
    {
        foreach (var analyzed in context.Statements)
        {
            if (analyzed.Statement is not AlterTableStatement { ObjectKind: AlterTableObjectKind.Table } alter
                || context.IsCreatedEarlier(alter.Table, analyzed))
            {
                continue;
            }

            foreach (var change in alter.Actions.OfType<AlterColumnTypeAction>())
            {
                CheckChange(context, analyzed, alter.Table, change);
            }
        }
    }

    private static void CheckChange(ScriptContext context, AnalyzedStatement analyzed, QualifiedName table, AlterColumnTypeAction change)
    {
        if (context.Dialect == Dialect.SqlServer)
        {
            CheckSqlServerChange(context, analyzed, table, change);
            return;
        }

        var subject = $"Changing column '{change.Column}' of '{table}'";
        var target = ColumnTypeChange.Describe(change.DataType);
        string message;
        if (change.Using is not null)
        {
            message = $"{subject} to {target} with USING rewrites the table and its indexes under an ACCESS EXCLUSIVE lock.";
        }
        else if (PreviousColumn(context, analyzed, table, change.Column).Type is not { } previous)
        {
            message = $"{subject} to {target} usually rewrites the table and its indexes under an ACCESS EXCLUSIVE lock.";
        }
        else if (!ColumnTypeChange.IsMetadataOnly(previous, change.DataType))
        {
            message = $"{subject} from {ColumnTypeChange.Describe(previous)} to {target} rewrites the table and its indexes under an ACCESS EXCLUSIVE lock.";
        }
        else if (HasCollateClause(context, change))
        {
            message = $"{subject} to {target} with COLLATE rebuilds the column's indexes under an ACCESS EXCLUSIVE lock.";
        }
        else
        {
            return;
        }

        context.Report(
            Rule,
            change.Span,
            message,
            "Add a column of the new type, backfill it in batches, switch the application to it, then drop the old column.");
    }

    /// <summary>
    /// SQL Server's ALTER COLUMN holds a schema modification lock (no reads, no writes) while it rewrites every
    /// row for a real type change, or reads every row to check a column that becomes NOT NULL.
    /// </summary>
    private static void CheckSqlServerChange(ScriptContext context, AnalyzedStatement analyzed, QualifiedName table, AlterColumnTypeAction change)
    {
        var subject = $"Changing column '{change.Column}' of '{table}'";
        var target = ColumnTypeChange.Describe(change.DataType);
        var previous = PreviousColumn(context, analyzed, table, change.Column);
        string message;
        var help = "Add a column of the new type, backfill it in batches, switch the application to it, then drop the old column.";
        if (previous.Type is null)
        {
            message = $"{subject} to {target} usually touches every row under a schema modification lock, blocking reads and writes.";
        }
        else if (!SqlServerColumnTypeChange.IsMetadataOnly(previous.Type, change.DataType))
        {
            message = $"{subject} from {ColumnTypeChange.Describe(previous.Type)} to {target} rewrites every row under a schema modification lock, blocking reads and writes.";
        }
        else if (change.IsNotNull == true && !previous.IsNotNull)
        {
            message = $"{subject} to NOT NULL reads every row to check it under a schema modification lock, blocking reads and writes.";
            help = "Backfill the NULLs in batches first and run it at a quiet time, or enforce it with a CHECK (… IS NOT NULL) constraint added WITH NOCHECK.";
        }
        else
        {
            return;
        }

        context.Report(Rule, change.Span, message, help);
    }

    /// <summary>
    /// The column's type just before the change: from the CREATE TABLE, ADD COLUMN or TYPE change that last
    /// set it in an earlier migration or earlier in this script. Null when unknown. (Within one ALTER TABLE,
    /// PostgreSQL changes types before it adds columns, so the statement's own actions cannot declare it.)
    /// </summary>
    private static KnownColumn PreviousColumn(ScriptContext context, AnalyzedStatement analyzed, QualifiedName table, SqlIdentifier column)
    {
        var types = new Dictionary<string, KnownColumn>(StringComparer.Ordinal);
        foreach (var earlier in context.StatementsBefore(analyzed))
        {
            switch (earlier)
            {
                case CreateTableStatement create when create.Name.Matches(table, context.Dialect):
                    types.Clear();
                    foreach (var definition in create.Columns)
                    {
                        types[definition.Name.Normalized] = new KnownColumn(definition.DataType, definition.IsNotNull);
                    }

                    break;
                case DropStatement { ObjectType: DropObjectType.Table } drop when drop.Names.Any(name => name.Matches(table, context.Dialect)):
                    types.Clear();
                    break;
                case AlterTableStatement alter when alter.Table.Matches(table, context.Dialect):
                    Follow(alter.Actions, types);
                    break;
            }
        }

        return types.GetValueOrDefault(column.Normalized);
    }

    private static void Follow(IReadOnlyList<AlterTableAction> actions, Dictionary<string, KnownColumn> types)
    {
        foreach (var action in actions)
        {
            switch (action)
            {
                case AddColumnAction add:
                    types[add.Column.Name.Normalized] = new KnownColumn(add.Column.DataType, add.Column.IsNotNull);
                    break;
                case AlterColumnTypeAction change:
                    types[change.Column.Normalized] = new KnownColumn(change.DataType, change.IsNotNull == true);
                    break;
                case DropColumnAction drop:
                    types.Remove(drop.Column.Normalized);
                    break;
                case RenameColumnAction rename:
                    types[rename.To.Normalized] = types.GetValueOrDefault(rename.From.Normalized);
                    types.Remove(rename.From.Normalized);
                    break;
            }
        }
    }

    /// <summary>
    /// Only COLLATE can follow the type when there is no USING; the syntax model keeps no node for it, so
    /// any text between the type and the end of the action is taken to be one.
    /// </summary>
    private static bool HasCollateClause(ScriptContext context, AlterColumnTypeAction change) =>
        !context.Source.AsSpan(TextSpan.FromBounds(change.DataType.Span.End, change.Span.End)).IsWhiteSpace();

    /// <summary>What the rule knows of a column before the change; <see cref="IsNotNull"/> matters to SQL Server only.</summary>
    private readonly record struct KnownColumn(DataType? Type, bool IsNotNull);
}
