using Migrations.Lint.Sql;

namespace Migrations.Lint.Core.Tests.Conformance;

/// <summary>
/// Which PostgreSQL parse nodes each <see cref="StatementKind"/> stands for. The rule is one table read both
/// ways: our kind must list PostgreSQL's node, and a node that no kind lists must be <see cref="StatementKind.Other"/>.
/// So a statement we model but report as Other fails just like one reported as the wrong kind. A kind follows
/// the statement's leading keywords (every <c>ALTER TYPE …</c> is <see cref="StatementKind.AlterType"/>, whatever
/// node PostgreSQL builds for it), except that <see cref="StatementKind.AlterTable"/> covers every relation
/// PostgreSQL alters like a table: views, materialized views and foreign tables too. The
/// <see cref="StatementKind.Other"/> rows list the few nodes where reporting Other is as right as the modeled kind.
/// </summary>
public static class StatementKindMapping
{
    private static readonly Dictionary<StatementKind, PgNode[]> Accepted = new()
    {
        [StatementKind.CreateTable] = [new("CreateStmt")],
        [StatementKind.CreateTableAs] = [new("CreateTableAsStmt", "OBJECT_TABLE"), new("SelectStmt", "INTO")],
        [StatementKind.AlterTable] =
        [
            .. RelationAlterations("OBJECT_TABLE", "OBJECT_VIEW", "OBJECT_MATVIEW", "OBJECT_FOREIGN_TABLE"),
            new("RenameStmt", "OBJECT_TABCONSTRAINT"),
        ],
        [StatementKind.CreateIndex] = [new("IndexStmt")],
        [StatementKind.AlterIndex] =
        [
            new("AlterTableStmt", "OBJECT_INDEX"),
            new("RenameStmt", "OBJECT_INDEX"),
            new("AlterTableMoveAllStmt", "OBJECT_INDEX"),
            new("AlterObjectDependsStmt", "OBJECT_INDEX"),
        ],
        [StatementKind.Reindex] = [new("ReindexStmt")],
        [StatementKind.Truncate] = [new("TruncateStmt")],
        [StatementKind.Drop] =
        [
            new("DropStmt"),
            new("DropRoleStmt"),
            new("DropOwnedStmt"),
            new("DropTableSpaceStmt"),
            new("DropSubscriptionStmt"),
            new("DropUserMappingStmt"),
        ],
        [StatementKind.DropDatabase] = [new("DropdbStmt")],
        [StatementKind.CreateDatabase] = [new("CreatedbStmt")],
        [StatementKind.Update] = [new("UpdateStmt")],
        [StatementKind.Delete] = [new("DeleteStmt")],
        [StatementKind.Insert] = [new("InsertStmt")],
        [StatementKind.Select] = [new("SelectStmt")],
        [StatementKind.Merge] = [new("MergeStmt")],
        [StatementKind.Begin] = [Transaction("BEGIN"), Transaction("START")],
        [StatementKind.Commit] = [Transaction("COMMIT"), Transaction("PREPARE"), Transaction("COMMIT_PREPARED")],
        [StatementKind.Rollback] = [Transaction("ROLLBACK"), Transaction("ROLLBACK_TO"), Transaction("ROLLBACK_PREPARED")],
        [StatementKind.Savepoint] = [Transaction("SAVEPOINT"), Transaction("RELEASE"), Transaction("ROLLBACK_TO")],
        [StatementKind.Set] =
        [
            new("VariableSetStmt", "VAR_SET_VALUE"),
            new("VariableSetStmt", "VAR_SET_DEFAULT"),
            new("VariableSetStmt", "VAR_SET_CURRENT"),
            new("VariableSetStmt", "VAR_SET_MULTI"),
        ],
        [StatementKind.Reset] = [new("VariableSetStmt", "VAR_RESET"), new("VariableSetStmt", "VAR_RESET_ALL")],
        [StatementKind.Vacuum] = [new("VacuumStmt", "VACUUM")],
        [StatementKind.Analyze] = [new("VacuumStmt", "ANALYZE")],
        [StatementKind.Cluster] = [new("ClusterStmt")],
        [StatementKind.RefreshMaterializedView] = [new("RefreshMatViewStmt")],
        [StatementKind.CreateType] =
        [
            new("CreateEnumStmt"),
            new("CompositeTypeStmt"),
            new("CreateRangeStmt"),
            new("DefineStmt", "OBJECT_TYPE"),
        ],
        [StatementKind.AlterType] =
        [
            new("AlterEnumStmt"),
            new("AlterTypeStmt"),
            new("AlterTableStmt", "OBJECT_TYPE"),
            new("RenameStmt", "OBJECT_TYPE"),
            new("RenameStmt", "OBJECT_ATTRIBUTE"),
            new("AlterObjectSchemaStmt", "OBJECT_TYPE"),
            new("AlterOwnerStmt", "OBJECT_TYPE"),
        ],
        [StatementKind.CreateDomain] = [new("CreateDomainStmt")],
        [StatementKind.AlterDomain] =
        [
            new("AlterDomainStmt"),
            new("RenameStmt", "OBJECT_DOMAIN"),
            new("RenameStmt", "OBJECT_DOMCONSTRAINT"),
            new("AlterObjectSchemaStmt", "OBJECT_DOMAIN"),
            new("AlterOwnerStmt", "OBJECT_DOMAIN"),
        ],
        [StatementKind.CreateFunction] = [new("CreateFunctionStmt")],
        [StatementKind.AlterFunction] = RoutineAlterations("OBJECT_FUNCTION", "OBJECT_PROCEDURE", "OBJECT_ROUTINE"),
        [StatementKind.CreateTrigger] = [new("CreateTrigStmt"), new("CreateEventTrigStmt")],
        [StatementKind.CreateView] = [new("ViewStmt")],
        [StatementKind.CreateMaterializedView] = [new("CreateTableAsStmt", "OBJECT_MATVIEW")],
        [StatementKind.CreateSequence] = [new("CreateSeqStmt")],
        [StatementKind.AlterSequence] =
        [
            new("AlterSeqStmt"),
            new("AlterTableStmt", "OBJECT_SEQUENCE"),
            new("RenameStmt", "OBJECT_SEQUENCE"),
            new("AlterObjectSchemaStmt", "OBJECT_SEQUENCE"),
        ],
        [StatementKind.CreateExtension] = [new("CreateExtensionStmt")],
        [StatementKind.AlterExtension] =
        [
            new("AlterExtensionStmt"),
            new("AlterExtensionContentsStmt"),
            new("AlterObjectSchemaStmt", "OBJECT_EXTENSION"),
        ],
        [StatementKind.CreateSchema] = [new("CreateSchemaStmt")],
        [StatementKind.AlterSystem] = [new("AlterSystemStmt")],
        [StatementKind.Comment] = [new("CommentStmt")],
        [StatementKind.Do] = [new("DoStmt")],

        // Statements whose kind is a matter of taste: outside the transaction and DDL shapes the rules reason about.
        [StatementKind.Other] =
        [
            new("DropRoleStmt"),
            new("DropOwnedStmt"),
            new("DropTableSpaceStmt"),
            new("DropSubscriptionStmt"),
            new("DropUserMappingStmt"),
            Transaction("PREPARE"),
            Transaction("COMMIT_PREPARED"),
            Transaction("ROLLBACK_PREPARED"),
            Transaction("RELEASE"),
            new("VariableSetStmt", "VAR_SET_MULTI"),
            new("CreateFunctionStmt", "PROCEDURE"),
            .. RoutineAlterations("OBJECT_PROCEDURE", "OBJECT_ROUTINE"),
            new("CreateEventTrigStmt"),
            new("AlterTableMoveAllStmt"),
            new("AlterObjectDependsStmt"),
        ],
    };

    /// <summary>The kinds our parser may report for <paramref name="statement"/>.</summary>
    public static IReadOnlyList<StatementKind> KindsFor(OracleStatement statement)
    {
        var kinds = Accepted.Where(entry => entry.Value.Any(node => node.Matches(statement))).Select(entry => entry.Key).ToList();
        return kinds.Count == 0 ? [StatementKind.Other] : kinds;
    }

    public static bool Accepts(StatementKind kind, OracleStatement statement) => KindsFor(statement).Contains(kind);

    /// <summary>Kinds with no PostgreSQL node at all: a new enum member nobody mapped.</summary>
    public static IEnumerable<StatementKind> UnmappedKinds() =>
        Enum.GetValues<StatementKind>().Where(kind => !Accepted.ContainsKey(kind));

    private static PgNode Transaction(string kind) => new("TransactionStmt", "TRANS_STMT_" + kind);

    /// <summary>Every node an <c>ALTER TABLE|VIEW|MATERIALIZED VIEW|FOREIGN TABLE …</c> builds, for the given relation kinds.</summary>
    private static PgNode[] RelationAlterations(params string[] relationKinds) =>
    [
        .. from relationKind in relationKinds
           from node in new PgNode[]
           {
               new("AlterTableStmt", relationKind),
               new("RenameStmt", relationKind),
               new("RenameStmt", "OBJECT_COLUMN/" + relationKind),
               new("AlterObjectSchemaStmt", relationKind),
               new("AlterTableMoveAllStmt", relationKind),
           }
           select node,
    ];

    /// <summary>Every node an <c>ALTER FUNCTION|PROCEDURE|ROUTINE …</c> builds, for the given object types.</summary>
    private static PgNode[] RoutineAlterations(params string[] objectTypes) =>
    [
        .. from type in new[] { "AlterFunctionStmt", "RenameStmt", "AlterObjectSchemaStmt", "AlterOwnerStmt", "AlterObjectDependsStmt" }
           from objectType in objectTypes
           select new PgNode(type, objectType),
    ];
}
