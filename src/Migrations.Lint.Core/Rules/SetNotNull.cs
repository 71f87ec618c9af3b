using Migrations.Lint.Diagnostics;
using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Rules;

/// <summary>
/// SET NOT NULL scans the whole table under ACCESS EXCLUSIVE to prove there is no NULL. PostgreSQL 12+
/// skips the scan when a validated constraint already proves it, so the rule looks for one in
/// everything that ran before: this script's earlier statements and the earlier migrations.
/// </summary>
public sealed class SetNotNull : ScriptRule
{
    /// <summary>The first version that uses a validated CHECK (column IS NOT NULL) instead of scanning.</summary>
    private const int CheckSkipsScanVersion = 12;

    public static RuleDescriptor Rule { get; } = new(
        "MIG205",
        "set-not-null",
        "Set NOT NULL through a validated CHECK constraint",
        Severity.Warning,
        RuleCategory.Locking,
        [Dialect.Postgres],
        "ALTER COLUMN … SET NOT NULL reads every row to look for NULLs while holding an ACCESS EXCLUSIVE lock, so nothing can read or write the table until the scan ends.");

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
                var column = action switch
                {
                    SetNotNullAction setNotNull => setNotNull.Column,
                    AddConstraintAction { Constraint: { ConstraintType: ConstraintType.NotNull, IsNotValid: false, Columns: [var constrained] } } => constrained,
                    _ => null,
                };
                if (column is not null && !IsProvenNotNull(context, analyzed, alter.Table, column))
                {
                    var check = $"CHECK ({AsWritten(column)} IS NOT NULL)";
                    context.Report(
                        Rule,
                        action.Span,
                        $"Making column '{column}' of '{alter.Table}' NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock.",
                        context.Settings.PgVersion >= CheckSkipsScanVersion
                            ? $"First add {check} NOT VALID and VALIDATE CONSTRAINT it in a separate transaction; SET NOT NULL then skips the scan."
                            : $"PostgreSQL {context.Settings.PgVersion} always scans: enforce it with {check} NOT VALID and a separate VALIDATE CONSTRAINT instead.");
                }
            }
        }
    }

    /// <summary>
    /// True when, before <paramref name="statement"/>, a constraint proving <paramref name="column"/> has no
    /// NULLs was added without NOT VALID, or added NOT VALID and validated later, and not dropped since.
    /// </summary>
    private static bool IsProvenNotNull(ScriptContext context, AnalyzedStatement statement, QualifiedName table, SqlIdentifier column)
    {
        if (context.Settings.PgVersion < CheckSkipsScanVersion)
        {
            return false;
        }

        var proofs = new List<Proof>();
        foreach (var earlier in context.StatementsBefore(statement))
        {
            switch (earlier)
            {
                case CreateTableStatement create when create.Name.Matches(table):
                    // A new table has no rows, so PostgreSQL marks even NOT VALID constraints validated.
                    proofs.Clear();
                    var inline = create.Columns.SelectMany(definition => definition.Constraints);
                    proofs.AddRange(create.Constraints.Concat(inline)
                        .Where(constraint => NotNullCheck.Proves(constraint, column))
                        .Select(constraint => new Proof(constraint, IsValidated: true)));
                    break;
                case DropStatement { ObjectType: DropObjectType.Table } drop when drop.Names.Any(name => name.Matches(table)):
                    proofs.Clear();
                    break;
                case AlterTableStatement alter when alter.Table.Matches(table):
                    Apply(alter.Actions, column, proofs);
                    break;
            }
        }

        return proofs.Exists(proof => proof.IsValidated);
    }

    private static void Apply(IReadOnlyList<AlterTableAction> actions, SqlIdentifier column, List<Proof> proofs)
    {
        foreach (var action in actions)
        {
            switch (action)
            {
                case AddConstraintAction add when NotNullCheck.Proves(add.Constraint, column):
                    proofs.Add(new Proof(add.Constraint, !add.Constraint.IsNotValid));
                    break;
                case AddColumnAction add when add.Column.Name.Matches(column):
                    proofs.AddRange(add.Column.Constraints.Where(constraint => NotNullCheck.Proves(constraint, column)).Select(constraint => new Proof(constraint, IsValidated: true)));
                    break;
                case ValidateConstraintAction validate:
                    var index = proofs.FindIndex(proof => proof.Constraint.Name is { } name && name.Matches(validate.Name));
                    if (index >= 0)
                    {
                        proofs[index] = proofs[index] with { IsValidated = true };
                    }

                    break;
                case DropConstraintAction drop:
                    proofs.RemoveAll(proof => proof.Constraint.Name is { } name && name.Matches(drop.Name));
                    break;
                case DropColumnAction drop when drop.Column.Matches(column):
                    proofs.Clear();
                    break;
                case DropNotNullAction drop when drop.Column.Matches(column):
                    proofs.RemoveAll(proof => proof.Constraint.ConstraintType == ConstraintType.NotNull);
                    break;
            }
        }
    }

    /// <summary>The column as SQL in the help must name it: quoted unless a plain lower-case name.</summary>
    private static string AsWritten(SqlIdentifier column)
    {
        var name = column.Normalized;
        var isPlain = name.Length > 0 && !char.IsAsciiDigit(name[0])
            && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_');
        return isPlain && !column.IsQuoted ? name : "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private sealed record Proof(TableConstraint Constraint, bool IsValidated);
}
