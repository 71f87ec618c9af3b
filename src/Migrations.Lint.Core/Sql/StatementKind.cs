namespace Migrations.Lint.Sql;

/// <summary>
/// What a statement is, in words shared by both dialects. This name is what
/// <c>migrate-lint parse</c> prints. Statements we do not model are <see cref="Other"/>
/// (valid SQL we pass through, never an error). The PostgreSQL parse-tree node each kind
/// corresponds to is noted for the conformance test.
/// </summary>
public enum StatementKind
{
    /// <summary>Valid SQL we do not model; <c>Keywords</c> on the statement says what it starts with.</summary>
    Other,

    // --- tables, indexes (IndexStmt, CreateStmt, CreateTableAsStmt, AlterTableStmt/RenameStmt/AlterObjectSchemaStmt)
    CreateTable,
    CreateTableAs,
    AlterTable,
    CreateIndex,
    AlterIndex,
    Reindex,
    Truncate,

    // --- DROP of anything except a database (DropStmt); DROP DATABASE is DropdbStmt
    Drop,
    DropDatabase,
    CreateDatabase,

    // --- data (UpdateStmt, DeleteStmt, InsertStmt, SelectStmt, MergeStmt)
    Update,
    Delete,
    Insert,
    Select,
    Merge,

    // --- transactions and session (TransactionStmt, VariableSetStmt)
    Begin,
    Commit,
    Rollback,
    Savepoint,
    Set,
    Reset,

    // --- maintenance (VacuumStmt, ClusterStmt, RefreshMatViewStmt)
    Vacuum,
    Analyze,
    Cluster,
    RefreshMaterializedView,

    // --- types (CreateEnumStmt/CompositeTypeStmt/CreateRangeStmt/DefineStmt, AlterEnumStmt, ...)
    CreateType,
    AlterType,
    CreateDomain,
    AlterDomain,

    // --- routines and other objects
    CreateFunction,
    AlterFunction,
    CreateTrigger,
    CreateView,
    CreateMaterializedView,
    CreateSequence,
    AlterSequence,
    CreateExtension,
    AlterExtension,
    CreateSchema,
    AlterSystem,
    Comment,
    Do,
}
