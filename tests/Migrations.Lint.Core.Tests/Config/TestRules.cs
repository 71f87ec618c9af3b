using Migrations.Lint.Diagnostics;
using Migrations.Lint.Sql;

namespace Migrations.Lint.Core.Tests.Config;

/// <summary>
/// A fixed rule list for config and suppression tests, so their expectations (codes, default
/// severities) do not move whenever the real catalogue gains or retunes a rule. The published
/// schema is generated from the real registry (see ConfigSchemaTests).
/// </summary>
internal static class TestRules
{
    public static RuleDescriptor SyntaxError { get; } = Rule("MIG001", "syntax-error", Severity.Error, RuleCategory.Correctness);

    public static RuleDescriptor UnusedSuppression { get; } = Rule("MIG002", "unused-suppression", Severity.Warning, RuleCategory.Correctness);

    public static RuleDescriptor UnknownRule { get; } = Rule("MIG003", "unknown-rule", Severity.Warning, RuleCategory.Correctness);

    public static RuleDescriptor BanDropTable { get; } = Rule("MIG010", "ban-drop-table", Severity.Error, RuleCategory.DataLoss);

    public static RuleDescriptor BanDropColumn { get; } = Rule("MIG011", "ban-drop-column", Severity.Error, RuleCategory.DataLoss);

    public static RuleDescriptor RequireConcurrentIndex { get; } = Rule("MIG020", "require-concurrent-index", Severity.Warning, RuleCategory.Locking);

    public static RuleDescriptor MissingDownScript { get; } = Rule("MIG040", "missing-down-script", Severity.Warning, RuleCategory.MigrationSet);

    public static RuleDescriptor PreferBigint { get; } = Rule("MIG050", "prefer-bigint", Severity.Off, RuleCategory.Style);

    public static RuleDescriptor PreferText { get; } = Rule("MIG051", "prefer-text", Severity.Note, RuleCategory.Style);

    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        SyntaxError,
        UnusedSuppression,
        UnknownRule,
        BanDropTable,
        BanDropColumn,
        Rule("MIG012", "ban-drop-database", Severity.Error, RuleCategory.DataLoss),
        Rule("MIG013", "ban-truncate", Severity.Warning, RuleCategory.DataLoss),
        Rule("MIG014", "ban-drop-not-null", Severity.Warning, RuleCategory.DataLoss),
        RequireConcurrentIndex,
        Rule("MIG021", "require-concurrent-index-drop", Severity.Warning, RuleCategory.Locking),
        Rule("MIG022", "adding-not-null-without-default", Severity.Error, RuleCategory.Locking),
        Rule("MIG023", "changing-column-type", Severity.Warning, RuleCategory.Locking),
        Rule("MIG024", "constraint-missing-not-valid", Severity.Warning, RuleCategory.Locking),
        Rule("MIG025", "unique-constraint-without-index", Severity.Warning, RuleCategory.Locking),
        Rule("MIG026", "volatile-default", Severity.Warning, RuleCategory.Locking),
        Rule("MIG027", "renaming-column", Severity.Warning, RuleCategory.Locking),
        Rule("MIG028", "renaming-table", Severity.Warning, RuleCategory.Locking),
        Rule("MIG029", "require-lock-timeout", Severity.Warning, RuleCategory.Locking),
        Rule("MIG030", "concurrent-in-transaction", Severity.Error, RuleCategory.Transactions),
        Rule("MIG031", "nested-transaction", Severity.Warning, RuleCategory.Transactions),
        Rule("MIG032", "uncommitted-transaction", Severity.Warning, RuleCategory.Transactions),
        Rule("MIG033", "set-not-null", Severity.Warning, RuleCategory.Locking),
        MissingDownScript,
        PreferBigint,
        PreferText,
        Rule("MIG052", "prefer-identity", Severity.Off, RuleCategory.Style),
        Rule("MIG053", "prefer-timestamptz", Severity.Off, RuleCategory.Style),
        Rule("MIG054", "prefer-robust-stmts", Severity.Off, RuleCategory.Style),
    ];

    private static RuleDescriptor Rule(string code, string name, Severity severity, RuleCategory category) =>
        new(code, name, TitleOf(name), severity, category, [Dialect.Postgres], $"Checks {name}.");

    private static string TitleOf(string name) => char.ToUpperInvariant(name[0]) + name[1..].Replace('-', ' ');
}
