using Migrations.Lint.Core.Tests.Testing;
using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Core.Tests.Sql.Postgres;

public sealed class PgSessionStatementTests
{
    [Theory]
    [InlineData("BEGIN", TransactionAction.Begin, StatementKind.Begin)]
    [InlineData("BEGIN WORK", TransactionAction.Begin, StatementKind.Begin)]
    [InlineData("BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ", TransactionAction.Begin, StatementKind.Begin)]
    [InlineData("START TRANSACTION", TransactionAction.Begin, StatementKind.Begin)]
    [InlineData("COMMIT", TransactionAction.Commit, StatementKind.Commit)]
    [InlineData("COMMIT WORK", TransactionAction.Commit, StatementKind.Commit)]
    [InlineData("END", TransactionAction.Commit, StatementKind.Commit)]
    [InlineData("ROLLBACK", TransactionAction.Rollback, StatementKind.Rollback)]
    [InlineData("ABORT", TransactionAction.Rollback, StatementKind.Rollback)]
    [InlineData("SAVEPOINT sp1", TransactionAction.Savepoint, StatementKind.Savepoint)]
    [InlineData("RELEASE SAVEPOINT sp1", TransactionAction.ReleaseSavepoint, StatementKind.Savepoint)]
    [InlineData("RELEASE sp1", TransactionAction.ReleaseSavepoint, StatementKind.Savepoint)]
    [InlineData("ROLLBACK TO SAVEPOINT sp1", TransactionAction.RollbackToSavepoint, StatementKind.Savepoint)]
    [InlineData("ROLLBACK WORK TO sp1", TransactionAction.RollbackToSavepoint, StatementKind.Savepoint)]
    public void Transaction_control(string sql, TransactionAction action, StatementKind kind)
    {
        var statement = PgTestParsing.Single<TransactionStatement>(sql);
        Assert.Equal(action, statement.Action);
        Assert.Equal(kind, statement.Kind);
        Assert.Equal(kind == StatementKind.Savepoint ? "sp1" : null, statement.SavepointName?.Normalized);
    }

    [Theory]
    [InlineData("RELEASE SAVEPOINT", TransactionAction.ReleaseSavepoint)]
    [InlineData("ROLLBACK TO SAVEPOINT", TransactionAction.RollbackToSavepoint)]
    public void A_savepoint_may_be_named_savepoint(string sql, TransactionAction action)
    {
        var statement = PgTestParsing.Single<TransactionStatement>(sql);
        Assert.Equal(action, statement.Action);
        Assert.Equal("savepoint", statement.SavepointName!.Normalized);
    }

    [Fact]
    public void And_chain()
    {
        Assert.True(PgTestParsing.Single<TransactionStatement>("COMMIT AND CHAIN").IsChain);
        Assert.True(PgTestParsing.Single<TransactionStatement>("ROLLBACK TRANSACTION AND CHAIN").IsChain);
        Assert.False(PgTestParsing.Single<TransactionStatement>("COMMIT AND NO CHAIN").IsChain);
    }

    [Theory]
    [InlineData("SET lock_timeout = '5s'", "lock_timeout", "'5s'", false, false)]
    [InlineData("SET LOCAL lock_timeout TO 5000", "lock_timeout", "5000", true, false)]
    [InlineData("SET SESSION Statement_Timeout TO DEFAULT", "statement_timeout", "DEFAULT", false, true)]
    [InlineData("SET search_path = app, public", "search_path", "app, public", false, false)]
    [InlineData("SET myapp.tenant = '7'", "myapp.tenant", "'7'", false, false)]
    [InlineData("SET TIME ZONE 'UTC'", "timezone", "'UTC'", false, false)]
    [InlineData("SET LOCAL TIME ZONE LOCAL", "timezone", "LOCAL", true, false)]
    [InlineData("SET ROLE admin", "role", "admin", false, false)]
    [InlineData("SET SESSION AUTHORIZATION DEFAULT", "session_authorization", "DEFAULT", false, false)]
    [InlineData("SET NAMES 'UTF8'", "client_encoding", "'UTF8'", false, false)]
    [InlineData("SET NAMES", "client_encoding", null, false, false)]
    [InlineData("SET SCHEMA 'app'", "search_path", "'app'", false, false)]
    [InlineData("SET TRANSACTION READ ONLY", "transaction", "READ ONLY", false, false)]
    [InlineData("SET statement_timeout FROM CURRENT", "statement_timeout", "FROM CURRENT", false, false)]
    public void Set(string sql, string name, string? value, bool isLocal, bool isSession)
    {
        var set = PgTestParsing.Single<SetStatement>(sql);
        Assert.Equal(StatementKind.Set, set.Kind);
        Assert.Equal(name, set.Name);
        Assert.Equal(value, set.Value);
        Assert.Equal(value, set.ValueSpan is { } span ? PgTestParsing.TextOf(sql, span) : null);
        Assert.Equal(isLocal, set.IsLocal);
        Assert.Equal(isSession, set.IsSession);
        Assert.False(set.IsReset);
    }

    [Theory]
    [InlineData("RESET lock_timeout", "lock_timeout")]
    [InlineData("RESET ALL", "all")]
    [InlineData("RESET TIME ZONE", "timezone")]
    [InlineData("RESET SESSION AUTHORIZATION", "session_authorization")]
    [InlineData("RESET ROLE", "role")]
    public void Reset(string sql, string name)
    {
        var reset = PgTestParsing.Single<SetStatement>(sql);
        Assert.Equal(StatementKind.Reset, reset.Kind);
        Assert.True(reset.IsReset);
        Assert.Equal(name, reset.Name);
        Assert.Null(reset.Value);
        Assert.Null(reset.ValueSpan);
    }

    [Fact]
    public void Set_name_span()
    {
        var sql = MarkedSql.Parse("SET LOCAL [|lock_timeout|] = '1s'");
        Assert.Equal(sql.Span, PgTestParsing.Single<SetStatement>(sql.Text).NameSpan);
    }
}
