using Migrations.Lint.Diagnostics;
using Migrations.Lint.Linting;
using Migrations.Lint.Sql;

namespace Migrations.Lint.Rules;

/// <summary>
/// timestamp without time zone stores a wall-clock reading with no offset: what instant it means
/// depends on the TimeZone of whichever session wrote it, and comparisons across zones go wrong.
/// </summary>
public sealed class PreferTimestamptz : ColumnTypeRule
{
    private static readonly string[] ZonelessTimestampTypes = ["timestamp", "timestamp without time zone"];

    public static RuleDescriptor Rule { get; } = new(
        "MIG504",
        "prefer-timestamptz",
        "Use timestamptz instead of timestamp",
        Severity.Off,
        RuleCategory.Style,
        [Dialect.Postgres],
        "A timestamp without time zone column drops the offset of every value it stores, so which instant a value means depends on the TimeZone setting of the session that wrote it.");

    public override RuleDescriptor Descriptor => Rule;

    private protected override (string Message, string Help)? Judge(ColumnTypeDeclaration declaration, LintSettings settings) =>
        declaration.IsBuiltIn(ZonelessTimestampTypes)
            ? ($"Column '{declaration.Column}' of '{declaration.Table}' is {declaration.TypeText}, which stores no offset.",
                "Use timestamptz (timestamp with time zone): it stores an absolute instant and shows it in each session's time zone.")
            : null;
}
