using Migrations.Lint.Runner.Tests.Infrastructure;

namespace Migrations.Lint.Runner.Tests;

[Collection(PostgresCollection.Name)]
public sealed class NonTransactionalTests(PostgresCluster cluster)
{
    [Fact]
    public async Task Create_index_concurrently_runs_in_autocommit_and_is_recorded_as_successful()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        using var files = new MigrationDirectory()
            .Add("V1__table.sql", "CREATE TABLE users (id int, email text);")
            .Add("V2__index.sql", "-- comment first\nCREATE INDEX CONCURRENTLY users_email_idx ON users (email);\nANALYZE users;\n");

        var result = await database.Runner().ApplyAsync(files.Discover(), new ApplyRequest());

        var index = result.Migrations[1];
        Assert.Equal((ExecutionMode.Autocommit, "CREATE INDEX CONCURRENTLY at line 2"), (index.Mode, index.ModeReason));
        Assert.Equal((MigrationOutcome.Applied, 2), (index.Outcome, index.Statements));
        Assert.Equal(["1:versioned:true", "2:versioned:true"], await database.HistoryAsync());
        Assert.True(await database.ScalarAsync<bool>("SELECT indisvalid FROM pg_index WHERE indexrelid = 'users_email_idx'::regclass"));
    }

    [Fact]
    public async Task A_failed_concurrent_unique_index_leaves_a_dirty_row_and_names_the_invalid_index_to_drop()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        using var files = new MigrationDirectory()
            .Add("V1__users.sql", "CREATE TABLE users (id int, email text);\nINSERT INTO users VALUES (1, 'a@example.com'), (2, 'a@example.com');")
            .Add("V2__unique_email.sql", "CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);\nCREATE TABLE after_index (id int);")
            .Add("V3__later.sql", "CREATE TABLE later (id int);");
        var runner = database.Runner();

        var result = await runner.ApplyAsync(files.Discover(), new ApplyRequest());

        var failed = result.Failure!;
        Assert.Equal(("2", ExecutionMode.Autocommit), (failed.Version, failed.Mode));
        var failure = failed.Failure!;
        Assert.Equal(("23505", 1), (failure.SqlState, failure.Line));
        Assert.Contains("public.users_email_key", failure.Remedy, StringComparison.Ordinal);
        Assert.Contains("DROP INDEX CONCURRENTLY IF EXISTS \"public\".\"users_email_key\";", failure.Remedy, StringComparison.Ordinal);
        Assert.False(await database.ScalarAsync<bool>("SELECT indisvalid FROM pg_index WHERE indexrelid = 'users_email_key'::regclass"));
        Assert.Equal(["1:versioned:true", "2:versioned:false"], await database.HistoryAsync());
        Assert.False(await database.TableExistsAsync("after_index"));
        Assert.False(await database.TableExistsAsync("later"));

        var status = await runner.StatusAsync(files.Discover());
        Assert.Equal(MigrationState.Failed, status.Single(entry => entry.Version == "2").State);

        var refused = await Assert.ThrowsAsync<RunnerException>(() => runner.ApplyAsync(files.Discover(), new ApplyRequest()));
        Assert.Equal(RunnerErrorKind.Refused, refused.Kind);
        Assert.Contains("DELETE FROM \"public\".\"migrate_lint_history\" WHERE installed_rank = 2;", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unnamed_concurrent_index_that_fails_is_found_by_what_the_failure_left_behind()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        await database.ExecuteAsync("CREATE TABLE t (v int); INSERT INTO t VALUES (1), (1);");
        using var files = new MigrationDirectory().Add("V1__unique.sql", "CREATE UNIQUE INDEX CONCURRENTLY ON t (v);");

        var result = await database.Runner().ApplyAsync(files.Discover(), new ApplyRequest());

        Assert.Contains("DROP INDEX CONCURRENTLY IF EXISTS \"public\".\"t_v_idx\";", result.Failure!.Failure!.Remedy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_script_marked_no_transaction_runs_statement_by_statement()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        using var files = new MigrationDirectory().Add(
            "20240101120000_backfill.sql",
            "-- +goose Up\n-- +goose NO TRANSACTION\nCREATE TABLE kept (id int);\nSELECT 1/0;\n-- +goose Down\nDROP TABLE kept;\n");

        var result = await database.Runner().ApplyAsync(files.Discover(), new ApplyRequest());

        Assert.Equal((ExecutionMode.Autocommit, "marked to run without a transaction"), (result.Failure!.Mode, result.Failure.ModeReason));
        Assert.True(await database.TableExistsAsync("kept"));
        Assert.Equal(["20240101120000:versioned:false"], await database.HistoryAsync());
    }

    [Fact]
    public async Task A_script_with_its_own_transaction_runs_as_written()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        using var files = new MigrationDirectory()
            .Add("V1__own.sql", "BEGIN;\nCREATE TABLE a (id int);\nCOMMIT;\nBEGIN;\nCREATE TABLE b (id int);\nSELECT 1/0;\nCOMMIT;\n")
            .Add("V2__next.sql", "CREATE TABLE c (id int);");

        var result = await database.Runner().ApplyAsync(files.Discover(), new ApplyRequest());

        var failed = result.Failure!;
        Assert.Equal((ExecutionMode.AsWritten, "BEGIN at line 1", 6), (failed.Mode, failed.ModeReason, failed.Failure!.Line));
        Assert.True(await database.TableExistsAsync("a"));
        Assert.False(await database.TableExistsAsync("b"));
        Assert.Equal(["1:versioned:false"], await database.HistoryAsync());
        Assert.Single(result.Migrations);
    }

    [Fact]
    public async Task Transaction_mode_none_runs_every_migration_in_autocommit()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        using var files = new MigrationDirectory().Add("V1__two.sql", "CREATE TABLE first_half (id int);\nSELECT 1/0;");

        var result = await database.Runner(TestDatabase.FastOptions with { TransactionMode = TransactionMode.None })
            .ApplyAsync(files.Discover(), new ApplyRequest());

        Assert.Equal((ExecutionMode.Autocommit, "transaction mode is none"), (result.Failure!.Mode, result.Failure.ModeReason));
        Assert.True(await database.TableExistsAsync("first_half"));
        Assert.Equal(["1:versioned:false"], await database.HistoryAsync());
    }
}
