using Migrations.Lint.Diagnostics;
using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Text;

namespace Migrations.Lint.Rules;

/// <summary>
/// ADD UNIQUE / PRIMARY KEY builds the constraint's index inside ALTER TABLE, under ACCESS EXCLUSIVE.
/// Building the index concurrently first and attaching it with USING INDEX keeps that lock brief.
/// </summary>
public sealed class UniqueConstraintWithoutIndex : ScriptRule
{
    public static RuleDescriptor Rule { get; } = new(
        "MIG208",
        "unique-constraint-without-index",
        "Add unique constraints using an existing index",
        Severity.Warning,
        RuleCategory.Locking,
        [Dialect.Postgres],
        "Adding a UNIQUE or PRIMARY KEY constraint builds its index while holding an ACCESS EXCLUSIVE lock, so the table can be neither read nor written until the build ends.");

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

            foreach (var action in alter.Actions)
            {
                switch (action)
                {
                    case AddConstraintAction { Constraint: { UsingIndex: null } constraint } when IsIndexBacked(constraint):
                        Report(context, action.Span, alter.Table, constraint);
                        break;
                    case AddColumnAction add:
                        foreach (var constraint in add.Column.Constraints.Where(IsIndexBacked))
                        {
                            Report(context, constraint.Span, alter.Table, constraint);
                        }

                        break;
                }
            }
        }
    }

    private static bool IsIndexBacked(TableConstraint constraint) =>
        constraint.ConstraintType is ConstraintType.Unique or ConstraintType.PrimaryKey;

    private static void Report(ScriptContext context, TextSpan span, QualifiedName table, TableConstraint constraint)
    {
        var kind = constraint.ConstraintType == ConstraintType.PrimaryKey ? "PRIMARY KEY" : "UNIQUE";
        var name = constraint.Name is { } constraintName ? $" '{constraintName}'" : string.Empty;
        context.Report(
            Rule,
            span,
            $"Adding {kind} constraint{name} to '{table}' builds its index under an ACCESS EXCLUSIVE lock, blocking reads and writes.",
            $"CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT … {kind} USING INDEX.");
    }
}
