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
        new UnreadableFile(),
        new UnusedSuppression(),
        new MissingDownScript(),
        new RequireConcurrentIndex(),
        new AddingNotNullWithoutDefault(),
        new BanDropTable(),
        new BanDropColumn(),
        new BanDropDatabase(),
        new BanTruncate(),
        new ConcurrentInTransaction(),
        new RequireConcurrentIndexDrop(),
        new RequireConcurrentReindex(),
        new RequireConcurrentDetach(),
        new SetNotNull(),
        new ChangingColumnType(),
        new ConstraintMissingNotValid(),
        new UniqueConstraintWithoutIndex(),
        new VolatileDefault(),
        new RequireLockTimeout(),
        new BlockingMaintenance(),
        new RenamingColumn(),
        new RenamingTable(),
        new BanDropNotNull(),
        new EnumValueInTransaction(),
        new UncommittedTransaction(),
        new NestedTransaction(),
        new IdentifierTooLong(),
        new UpdateWithoutWhere(),
        new DeleteWithoutWhere(),
        new OrphanDownScript(),
        new DuplicateVersion(),
        new InvalidMigrationName(),
        new EmptyMigration(),
    ];
}
