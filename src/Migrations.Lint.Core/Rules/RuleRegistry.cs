namespace Migrations.Lint.Rules;

/// <summary>
/// Every rule, in code order: the single source for <c>--list-rules</c>, config validation,
/// SARIF <c>tool.driver.rules</c>, the rule docs and the README table.
/// </summary>
public static class RuleRegistry
{
    public static IReadOnlyList<LintRule> All { get; } =
    [
        new SyntaxError(),
        new UnusedSuppression(),
        new AddingNotNullWithoutDefault(),
        new RequireConcurrentIndex(),
        new BanDropTable(),
        new DownDoesNotRevert(),
        new PreferBigint(),
        new PreferIdentity(),
        new PreferText(),
        new PreferTimestamptz(),
        new PreferJsonb(),
        new PreferRobustStmts(),
    ];
}
