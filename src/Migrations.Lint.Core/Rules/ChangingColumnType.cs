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
        "Changing a column's type usually rewrites the whole table and rebuilds its indexes under an ACCESS EXCLUSIVE lock, blocking reads and writes for as long as that takes.");

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
        var subject = $"Changing column '{change.Column}' of '{table}'";
        var target = ColumnTypeChange.Describe(change.DataType);
        string message;
        if (change.Using is not null)
        {
            message = $"{subject} to {target} with USING rewrites the table and its indexes under an ACCESS EXCLUSIVE lock.";
        }
        else if (PreviousType(context, analyzed, table, change.Column) is not { } previous)
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
    /// The column's type just before the change: from the CREATE TABLE, ADD COLUMN or TYPE change that last
    /// set it in an earlier migration or earlier in this script. Null when unknown. (Within one ALTER TABLE,
    /// PostgreSQL changes types before it adds columns, so the statement's own actions cannot declare it.)
    /// </summary>
    private static DataType? PreviousType(ScriptContext context, AnalyzedStatement analyzed, QualifiedName table, SqlIdentifier column)
    {
        var types = new Dictionary<string, DataType?>(StringComparer.Ordinal);
        foreach (var earlier in context.StatementsBefore(analyzed))
        {
            switch (earlier)
            {
                case CreateTableStatement create when create.Name.Matches(table):
                    types.Clear();
                    foreach (var definition in create.Columns)
                    {
                        types[definition.Name.Normalized] = definition.DataType;
                    }

                    break;
                case DropStatement { ObjectType: DropObjectType.Table } drop when drop.Names.Any(name => name.Matches(table)):
                    types.Clear();
                    break;
                case AlterTableStatement alter when alter.Table.Matches(table):
                    Follow(alter.Actions, types);
                    break;
            }
        }

        return types.GetValueOrDefault(column.Normalized);
    }

    private static void Follow(IReadOnlyList<AlterTableAction> actions, Dictionary<string, DataType?> types)
    {
        foreach (var action in actions)
        {
            switch (action)
            {
                case AddColumnAction add:
                    types[add.Column.Name.Normalized] = add.Column.DataType;
                    break;
                case AlterColumnTypeAction change:
                    types[change.Column.Normalized] = change.DataType;
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
}
