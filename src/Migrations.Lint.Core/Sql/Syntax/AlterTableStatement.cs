namespace Migrations.Lint.Sql.Syntax;

/// <summary>
/// <c>ALTER TABLE [IF EXISTS] [ONLY] name action, …</c>; also <c>ALTER FOREIGN TABLE</c>,
/// <c>ALTER INDEX</c> (kind <see cref="StatementKind.AlterIndex"/>), <c>ALTER VIEW</c> and
/// <c>ALTER MATERIALIZED VIEW</c>, which share its actions (rename, set schema, …).
/// </summary>
public sealed class AlterTableStatement : SqlStatement
{
    public override StatementKind Kind => ObjectKind == AlterTableObjectKind.Index ? StatementKind.AlterIndex : StatementKind.AlterTable;

    public required AlterTableObjectKind ObjectKind { get; init; }

    public required QualifiedName Table { get; init; }

    public bool IfExists { get; init; }

    public bool IsOnly { get; init; }

    /// <summary>Each comma-separated action, in order.</summary>
    public IReadOnlyList<AlterTableAction> Actions { get; init; } = [];
}
