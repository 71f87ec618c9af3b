namespace Migrations.Lint.Suppressions;

/// <summary>
/// squawk's rule names that we call differently, so <c>squawk-ignore</c> comments keep working
/// unedited. squawk names we share (ban-drop-table, renaming-column, …) need no entry.
/// </summary>
internal static class SquawkRuleNames
{
    private static readonly Dictionary<string, string> OursBySquawkName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["require-concurrent-index-creation"] = "require-concurrent-index",
        ["require-concurrent-index-deletion"] = "require-concurrent-index-drop",
        ["adding-required-field"] = "adding-not-null-without-default",
        ["adding-not-nullable-field"] = "set-not-null",
        ["ban-truncate-cascade"] = "ban-truncate",
        ["adding-foreign-key-constraint"] = "constraint-missing-not-valid",
        ["disallowed-unique-constraint"] = "unique-constraint-without-index",
        ["adding-field-with-default"] = "volatile-default",
        ["adding-serial-primary-key-field"] = "unique-constraint-without-index",
        ["prefer-big-int"] = "prefer-bigint",
        ["prefer-bigint-over-int"] = "prefer-bigint",
        ["prefer-bigint-over-smallint"] = "prefer-bigint",
        ["prefer-text-field"] = "prefer-text",
        ["prefer-timestamp-tz"] = "prefer-timestamptz",
        ["ban-concurrent-index-creation-in-transaction"] = "concurrent-in-transaction",
        ["transaction-nesting"] = "nested-transaction",
        ["ban-uncommitted-transaction"] = "uncommitted-transaction",
        ["require-timeout-settings"] = "require-lock-timeout",
    };

    /// <summary>Our name for a squawk rule name; a name with no entry is taken to be shared.</summary>
    public static string ToOurs(string squawkName) => OursBySquawkName.GetValueOrDefault(squawkName, squawkName);
}
