using Migrations.Lint.Diagnostics;
using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Rules;

/// <summary>
/// Adding a FOREIGN KEY or CHECK constraint checks every existing row while holding the ADD's lock.
/// NOT VALID skips that check; a later VALIDATE CONSTRAINT does it under a lock that lets reads and
/// writes continue — but only if a commit lies between the two, or the ADD's lock is still held.
/// </summary>
public sealed class ConstraintMissingNotValid : ScriptRule
{
    private const string AccessExclusive = "ACCESS EXCLUSIVE";
    private const string ShareRowExclusive = "SHARE ROW EXCLUSIVE";
    private const string SeparateTransactionHelp = "Add it with NOT VALID (only new rows are checked, the lock is brief), then VALIDATE CONSTRAINT in a separate transaction.";

    public static RuleDescriptor Rule { get; } = new(
        "MIG207",
        "constraint-missing-not-valid",
        "Add foreign keys and checks as NOT VALID",
        Severity.Warning,
        RuleCategory.Locking,
        [Dialect.Postgres, Dialect.SqlServer],
        "Adding a FOREIGN KEY or CHECK constraint without NOT VALID (SQL Server: WITH NOCHECK) scans the whole table while holding a lock that blocks writes (for a CHECK, reads too).");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(ScriptContext context)
    {
        // Constraints added NOT VALID in the transaction that is still open.
        var unvalidated = new List<NotValidConstraint>();
        foreach (var analyzed in context.Statements)
        {
            if (analyzed.Statement is TransactionStatement { Action: TransactionAction.Commit or TransactionAction.Rollback })
            {
                unvalidated.Clear();
            }

            if (analyzed.Statement is AlterTableStatement { ObjectKind: AlterTableObjectKind.Table } alter
                && !context.IsCreatedEarlier(alter.Table, analyzed))
            {
                if (context.Dialect == Dialect.SqlServer)
                {
                    CheckSqlServerActions(context, alter);
                }
                else
                {
                    CheckActions(context, alter, unvalidated);
                }
            }

            // Outside a transaction every statement commits on its own.
            if (!analyzed.InTransaction)
            {
                unvalidated.Clear();
            }
        }
    }

    private static void CheckActions(ScriptContext context, AlterTableStatement alter, List<NotValidConstraint> unvalidated)
    {
        foreach (var action in alter.Actions)
        {
            switch (action)
            {
                case AddConstraintAction { Constraint: var constraint } when LockOf(constraint) is { } lockMode:
                    if (!constraint.IsNotValid && constraint.ConstraintType != ConstraintType.NotNull)
                    {
                        context.Report(Rule, action.Span, MissingNotValidMessage(alter.Table, constraint), SeparateTransactionHelp);
                    }
                    else if (constraint.IsNotValid && constraint.Name is { } name)
                    {
                        unvalidated.Add(new NotValidConstraint(alter.Table, name, lockMode));
                    }

                    break;
                case AddColumnAction add:
                    CheckInlineConstraints(context, alter, add.Column);
                    break;
                case ValidateConstraintAction validate
                    when unvalidated.Find(added => added.Table.Matches(alter.Table) && added.Name.Matches(validate.Name)) is { } added:
                    context.Report(
                        Rule,
                        action.Span,
                        $"Validating constraint '{validate.Name}' in the transaction that added it keeps the {added.LockMode} lock on '{alter.Table}' for the whole scan.",
                        "Commit in between: run VALIDATE CONSTRAINT in a later migration, or after a COMMIT.");
                    break;
            }
        }
    }

    /// <summary>
    /// SQL Server checks a new FOREIGN KEY or CHECK against every row unless it is added <c>WITH NOCHECK</c>
    /// (<see cref="TableConstraint.IsNotValid"/>); <c>WITH CHECK</c> is the default for new constraints.
    /// </summary>
    private static void CheckSqlServerActions(ScriptContext context, AlterTableStatement alter)
    {
        foreach (var action in alter.Actions)
        {
            if (action is AddConstraintAction { Constraint: { IsNotValid: false, ConstraintType: ConstraintType.ForeignKey or ConstraintType.Check } constraint })
            {
                var kind = constraint.ConstraintType == ConstraintType.Check ? "CHECK constraint" : "foreign key";
                var name = constraint.Name is { } constraintName ? $" '{constraintName}'" : string.Empty;
                context.Report(
                    Rule,
                    action.Span,
                    $"Adding {kind}{name} to '{alter.Table}' without WITH NOCHECK checks every existing row while the ALTER TABLE holds its schema modification lock, blocking reads and writes.",
                    "Add it WITH NOCHECK (only new rows are checked, the lock is brief), then check existing rows with ALTER TABLE … WITH CHECK CHECK CONSTRAINT in a separate step at a quiet time.");
            }
            else if (action is AddColumnAction { Column: var column })
            {
                CheckSqlServerInlineConstraints(context, alter, column);
            }
        }
    }

    /// <summary>
    /// The constraints of a column SQL Server adds are checked against the existing rows too (WITH CHECK is the
    /// default). A CHECK is evaluated for every row, even when the new column is NULL there (<c>CHECK (c IS NOT
    /// NULL)</c> fails on it). A FOREIGN KEY ignores NULLs, so it only looks rows up when they get a value: the
    /// DEFAULT of a NOT NULL column or of one added WITH VALUES (<see cref="SqlServerNewColumn.FillsExistingRows"/>).
    /// </summary>
    private static void CheckSqlServerInlineConstraints(ScriptContext context, AlterTableStatement alter, ColumnDefinition column)
    {
        const string Help = "Add the column without the constraint, then ALTER TABLE … WITH NOCHECK ADD CONSTRAINT … and check existing rows with WITH CHECK CHECK CONSTRAINT in a separate step at a quiet time.";
        foreach (var constraint in column.Constraints)
        {
            if (constraint.IsNotValid)
            {
                continue;
            }

            if (constraint.ConstraintType == ConstraintType.Check)
            {
                context.Report(
                    Rule,
                    constraint.Span,
                    $"The CHECK on new column '{column.Name}' of '{alter.Table}' is checked against every existing row under the ALTER TABLE's schema modification lock.",
                    Help);
            }
            else if (constraint.ConstraintType == ConstraintType.ForeignKey && SqlServerNewColumn.FillsExistingRows(column))
            {
                context.Report(
                    Rule,
                    constraint.Span,
                    $"The REFERENCES on new column '{column.Name}' of '{alter.Table}' looks up the value every existing row gets, under the ALTER TABLE's schema modification lock.",
                    Help);
            }
        }
    }

    /// <summary>
    /// A new column has nothing to check, so PostgreSQL skips validating its REFERENCES, unless the
    /// column gets a value on creation (any DEFAULT, even NULL, or a generation expression). Its CHECK
    /// constraints are always validated by a scan.
    /// </summary>
    private static void CheckInlineConstraints(ScriptContext context, AlterTableStatement alter, ColumnDefinition column)
    {
        foreach (var constraint in column.Constraints)
        {
            if (constraint.ConstraintType == ConstraintType.Check)
            {
                context.Report(
                    Rule,
                    constraint.Span,
                    $"The CHECK on new column '{column.Name}' of '{alter.Table}' is validated by scanning the whole table under an ACCESS EXCLUSIVE lock.",
                    "Add the column without it, then ADD CONSTRAINT … CHECK (…) NOT VALID and VALIDATE CONSTRAINT in a separate transaction.");
            }
            else if (constraint.ConstraintType == ConstraintType.ForeignKey && (column.Default is not null || column.GeneratedExpression is not null))
            {
                var source = column.Default is not null ? "DEFAULT" : "generation expression";
                context.Report(
                    Rule,
                    constraint.Span,
                    $"The REFERENCES on new column '{column.Name}' of '{alter.Table}' is validated against every row because the column has a {source}.",
                    "Add the column on its own, then ADD CONSTRAINT … FOREIGN KEY … NOT VALID and VALIDATE CONSTRAINT in a separate transaction.");
            }
        }
    }

    /// <summary>The lock ADD CONSTRAINT takes (and a VALIDATE in the same transaction keeps), for the constraints this rule covers.</summary>
    private static string? LockOf(TableConstraint constraint) => constraint.ConstraintType switch
    {
        ConstraintType.ForeignKey => ShareRowExclusive,
        ConstraintType.Check or ConstraintType.NotNull => AccessExclusive,
        _ => null,
    };

    private static string MissingNotValidMessage(QualifiedName table, TableConstraint constraint)
    {
        var name = constraint.Name is { } constraintName ? $" '{constraintName}'" : string.Empty;
        if (constraint.ConstraintType == ConstraintType.Check)
        {
            return $"Adding CHECK constraint{name} to '{table}' without NOT VALID scans the whole table under an ACCESS EXCLUSIVE lock.";
        }

        var locked = constraint.References is { } referenced ? $"'{table}' and '{referenced}'" : $"'{table}'";
        return $"Adding foreign key{name} to '{table}' without NOT VALID scans the whole table while holding SHARE ROW EXCLUSIVE locks on {locked}, blocking writes.";
    }

    private sealed record NotValidConstraint(QualifiedName Table, SqlIdentifier Name, string LockMode);
}
