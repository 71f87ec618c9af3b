using Migrations.Lint.Sql;

namespace Migrations.Lint.Core.Tests.Conformance;

public sealed class StatementKindMappingTests
{
    [Fact]
    public void Every_statement_kind_stands_for_some_PostgreSQL_node() =>
        Assert.Empty(StatementKindMapping.UnmappedKinds());

    [Theory]
    [InlineData("IndexStmt", null, StatementKind.CreateIndex)]
    [InlineData("AlterTableStmt", "OBJECT_TABLE", StatementKind.AlterTable)]
    [InlineData("AlterTableStmt", "OBJECT_INDEX", StatementKind.AlterIndex)]
    [InlineData("RenameStmt", "OBJECT_COLUMN/OBJECT_TABLE", StatementKind.AlterTable)]
    [InlineData("AlterObjectSchemaStmt", "OBJECT_TABLE", StatementKind.AlterTable)]
    [InlineData("DropStmt", "OBJECT_INDEX", StatementKind.Drop)]
    [InlineData("DropdbStmt", null, StatementKind.DropDatabase)]
    [InlineData("VacuumStmt", "ANALYZE", StatementKind.Analyze)]
    [InlineData("CreateTableAsStmt", "OBJECT_MATVIEW", StatementKind.CreateMaterializedView)]
    [InlineData("TransactionStmt", "TRANS_STMT_START", StatementKind.Begin)]
    [InlineData("VariableSetStmt", "VAR_RESET_ALL", StatementKind.Reset)]
    [InlineData("GrantStmt", "OBJECT_TABLE", StatementKind.Other)]
    [InlineData("RenameStmt", "OBJECT_COLUMN/OBJECT_VIEW", StatementKind.AlterTable)]
    [InlineData("AlterTableStmt", "OBJECT_MATVIEW", StatementKind.AlterTable)]
    [InlineData("RenameStmt", "OBJECT_TRIGGER", StatementKind.Other)]
    public void A_node_maps_to_exactly_one_kind(string type, string? subtype, StatementKind expected) =>
        Assert.Equal([expected], StatementKindMapping.KindsFor(new OracleStatement(0, 1, type, subtype)));

    [Theory]
    [InlineData("TransactionStmt", "TRANS_STMT_ROLLBACK_TO", StatementKind.Rollback, StatementKind.Savepoint)]
    [InlineData("SelectStmt", "INTO", StatementKind.CreateTableAs, StatementKind.Select)]
    [InlineData("DropRoleStmt", null, StatementKind.Drop, StatementKind.Other)]
    public void An_ambiguous_node_accepts_each_listed_kind(string type, string? subtype, StatementKind first, StatementKind second)
    {
        var statement = new OracleStatement(0, 1, type, subtype);

        Assert.True(StatementKindMapping.Accepts(first, statement));
        Assert.True(StatementKindMapping.Accepts(second, statement));
        Assert.False(StatementKindMapping.Accepts(StatementKind.CreateTable, statement));
    }
}
