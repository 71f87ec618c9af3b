namespace Migrations.Lint.Runner.Inspection;

/// <summary>
/// A constraint added <c>NOT VALID</c> and not validated yet (pg_constraint.convalidated = false): new rows
/// are checked, existing ones are not. Normal between the two steps of the safe pattern; a forgotten second
/// step otherwise.
/// </summary>
/// <param name="Type">check, foreign-key, …</param>
public sealed record NotValidConstraint(string Table, string Name, string Type, string Definition)
{
    /// <summary>The second step, which takes only a SHARE UPDATE EXCLUSIVE lock.</summary>
    public string ValidateStatement => $"ALTER TABLE {Table} VALIDATE CONSTRAINT {SqlQuoting.Identifier(Name)};";
}
