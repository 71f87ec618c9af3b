using Migrations.Lint.Diagnostics;
using Migrations.Lint.Sql;

namespace Migrations.Lint.Rules;

/// <summary>
/// A suppression comment that silences nothing, or names a rule that does not exist. Reported by the
/// suppression stage (<see cref="Suppressions.SuppressionSet"/>), not by a check of its own: stale
/// directives hide the next real finding on that line.
/// </summary>
public sealed class UnusedSuppression : LintRule
{
    public static RuleDescriptor Rule { get; } = new(
        "MIG003",
        "unused-suppression",
        "Remove suppressions that match nothing",
        Severity.Warning,
        RuleCategory.Correctness,
        [Dialect.Postgres, Dialect.SqlServer],
        "A migrate-lint-disable comment that silences no finding, or names an unknown rule, is noise at best and at worst silences a future finding nobody has seen.");

    public override RuleDescriptor Descriptor => Rule;
}
