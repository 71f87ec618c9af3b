using Migrations.Lint.Sql;
using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Core.Tests.Testing;
using static Migrations.Lint.Core.Tests.Sql.TSql.TSqlTestParsing;

namespace Migrations.Lint.Core.Tests.Sql.TSql;

public sealed class TSqlSessionStatementTests
{
    [Theory]
    [InlineData("SET LOCK_TIMEOUT 5000", "lock_timeout", "5000")]
    [InlineData("SET XACT_ABORT ON", "xact_abort", "ON")]
    [InlineData("set nocount off", "nocount", "off")]
    [InlineData("SET ANSI_NULLS, QUOTED_IDENTIFIER ON", "ansi_nulls, quoted_identifier", "ON")]
    [InlineData("SET IDENTITY_INSERT dbo.t ON", "identity_insert", "dbo.t ON")]
    [InlineData("SET STATISTICS IO ON", "statistics io", "ON")]
    [InlineData("SET TRANSACTION ISOLATION LEVEL READ COMMITTED", "transaction", "ISOLATION LEVEL READ COMMITTED")]
    [InlineData("SET DEADLOCK_PRIORITY LOW", "deadlock_priority", "LOW")]
    public void Set_names_the_option_and_keeps_its_value(string sql, string name, string value)
    {
        var marked = MarkedSql.Parse("SET [|" + sql[4..].Replace(" " + value, "|] [|" + value, StringComparison.Ordinal) + "|]");
        var set = Single<SetStatement>(marked.Text);

        Assert.Equal((StatementKind.Set, "SET", name, value), (set.Kind, set.Keywords, set.Name, set.Value));
        Assert.Equal((marked.Spans[0], marked.Spans[1]), (set.NameSpan, set.ValueSpan!.Value));
    }

    [Theory]
    [InlineData("SET @count = @count + 1")]
    [InlineData("SET @c = CURSOR FAST_FORWARD FOR SELECT 1")]
    public void Assigning_a_variable_is_not_a_session_option(string sql) =>
        Assert.Equal("SET", Single<OtherStatement>(sql).Keywords);

    [Theory]
    [InlineData("BEGIN TRAN", TransactionAction.Begin, "BEGIN TRAN")]
    [InlineData("BEGIN TRANSACTION deploy WITH MARK 'v42'", TransactionAction.Begin, "BEGIN TRANSACTION")]
    [InlineData("BEGIN DISTRIBUTED TRANSACTION", TransactionAction.Begin, "BEGIN DISTRIBUTED TRANSACTION")]
    [InlineData("COMMIT", TransactionAction.Commit, "COMMIT")]
    [InlineData("COMMIT TRANSACTION deploy", TransactionAction.Commit, "COMMIT TRANSACTION")]
    [InlineData("COMMIT WORK", TransactionAction.Commit, "COMMIT WORK")]
    [InlineData("ROLLBACK", TransactionAction.Rollback, "ROLLBACK")]
    [InlineData("ROLLBACK TRAN deploy", TransactionAction.Rollback, "ROLLBACK TRAN")]
    [InlineData("SAVE TRANSACTION before_backfill", TransactionAction.Savepoint, "SAVE TRANSACTION")]
    public void Transaction_control(string sql, TransactionAction action, string keywords)
    {
        var transaction = Single<TransactionStatement>(sql);

        Assert.Equal((action, keywords), (transaction.Action, transaction.Keywords));
    }

    [Fact]
    public void Rollback_to_a_saved_name_rolls_back_to_the_savepoint()
    {
        var script = Parse("BEGIN TRAN SAVE TRAN sp1 UPDATE t SET a = 1 ROLLBACK TRAN SP1 ROLLBACK TRAN other COMMIT");

        Assert.Empty(script.Errors);
        var statements = script.Statements.OfType<TransactionStatement>().ToList();
        Assert.Equal(
            [TransactionAction.Begin, TransactionAction.Savepoint, TransactionAction.RollbackToSavepoint, TransactionAction.Rollback, TransactionAction.Commit],
            statements.Select(statement => statement.Action));
        Assert.Equal("sp1", statements[2].SavepointName!.Normalized);
        Assert.Equal(StatementKind.Savepoint, statements[2].Kind);
    }

    [Fact]
    public void Rollback_transaction_then_throw_without_a_semicolon_names_the_transaction_throw()
    {
        var script = Parse("BEGIN CATCH_BLOCK: ROLLBACK TRANSACTION THROW END");

        Assert.Equal(["BEGIN", "", "ROLLBACK TRANSACTION"], script.Statements.Select(statement => statement.Keywords));
        Assert.Equal("ROLLBACK TRANSACTION THROW", script.Text(script.Statements[2].Span));
    }
}
