using Migrations.Lint.Migrations;
using Migrations.Lint.Runner.Tests.Infrastructure;

namespace Migrations.Lint.Runner.Tests;

[Collection(PostgresCollection.Name)]
public sealed class ApplyTests(PostgresCluster cluster)
{
    [Fact]
    public async Task Applies_a_flyway_set_in_version_order_and_records_each_migration()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        using var files = FlywaySet();

        var result = await database.Runner().ApplyAsync(files.Discover(), new ApplyRequest());

        Assert.True(result.Succeeded);
        Assert.Equal(["1", "2", "10"], result.Migrations.Select(migration => migration.Version));
        Assert.All(result.Migrations, migration => Assert.Equal(MigrationOutcome.Applied, migration.Outcome));
        Assert.Equal(2, result.Migrations[0].Statements);
        Assert.Equal(["1:versioned:true", "2:versioned:true", "10:versioned:true"], await database.HistoryAsync());
        Assert.Equal(1L, await database.ScalarAsync<long>("SELECT count(*) FROM users WHERE email = 'a@example.com'"));
        Assert.True(await database.TableExistsAsync("orders"));
    }

    [Fact]
    public async Task A_second_apply_finds_nothing_pending()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        using var files = FlywaySet();
        var runner = database.Runner();
        await runner.ApplyAsync(files.Discover(), new ApplyRequest());

        var again = await runner.ApplyAsync(files.Discover(), new ApplyRequest());

        Assert.True(again.Succeeded);
        Assert.Empty(again.Migrations);
        Assert.Equal(3, (await database.HistoryAsync()).Count);
    }

    [Fact]
    public async Task History_rows_carry_the_script_checksum_user_and_time()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        using var files = new MigrationDirectory().Add("V1__one.sql", "CREATE TABLE one (id int);\r\n");

        await database.Runner().ApplyAsync(files.Discover(), new ApplyRequest());

        Assert.Equal(
            "1|one|versioned|" + History.ScriptChecksum.Compute("CREATE TABLE one (id int);\n") + "|postgres|true",
            await database.ScalarAsync<string>(
                "SELECT concat_ws('|', version, description, type, checksum, installed_by, success::text) FROM migrate_lint_history"));
        Assert.True(await database.ScalarAsync<bool>(
            "SELECT installed_on > now() - interval '1 minute' AND execution_ms >= 0 AND script LIKE '%V1__one.sql' FROM migrate_lint_history"));
    }

    [Fact]
    public async Task Dry_run_lists_the_pending_migrations_and_changes_nothing()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        using var files = FlywaySet();

        var result = await database.Runner().ApplyAsync(files.Discover(), new ApplyRequest(DryRun: true));

        Assert.Equal(["1", "2", "10"], result.Migrations.Select(migration => migration.Version));
        Assert.All(result.Migrations, migration => Assert.Equal(MigrationOutcome.WouldApply, migration.Outcome));
        Assert.False(await database.TableExistsAsync("users"));
        Assert.False(await database.TableExistsAsync("migrate_lint_history"));
    }

    [Fact]
    public async Task Steps_and_target_limit_what_is_applied()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        using var files = FlywaySet();
        var runner = database.Runner();

        var first = await runner.ApplyAsync(files.Discover(), new ApplyRequest(Steps: 1));
        var upToTwo = await runner.ApplyAsync(files.Discover(), new ApplyRequest(Target: MigrationVersion.Parse("2")));

        Assert.Equal(["1"], first.Migrations.Select(migration => migration.Version));
        Assert.Equal(["2"], upToTwo.Migrations.Select(migration => migration.Version));
        Assert.False(await database.TableExistsAsync("orders"));
    }

    [Fact]
    public async Task A_failing_transactional_migration_leaves_no_partial_schema_and_no_history_row()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        using var files = new MigrationDirectory()
            .Add("V1__ok.sql", "CREATE TABLE kept (id int);")
            .Add("V2__broken.sql", "CREATE TABLE half (id int);\nCREATE INDEX half_idx ON half (id);\n\nALTER TABLE half ADD COLUMN x no_such_type;\n")
            .Add("V3__after.sql", "CREATE TABLE never (id int);");

        var result = await database.Runner().ApplyAsync(files.Discover(), new ApplyRequest());

        Assert.False(result.Succeeded);
        var failed = Assert.IsType<MigrationResult>(result.Failure);
        Assert.Equal("2", failed.Version);
        Assert.Equal(ExecutionMode.Transaction, failed.Mode);
        var failure = Assert.IsType<MigrationFailure>(failed.Failure);
        Assert.Equal("42704", failure.SqlState);
        Assert.Equal(4, failure.Line);
        Assert.Contains("no_such_type", failure.Message, StringComparison.Ordinal);
        Assert.Equal(2, result.Migrations.Count);
        Assert.True(await database.TableExistsAsync("kept"));
        Assert.False(await database.TableExistsAsync("half"));
        Assert.False(await database.TableExistsAsync("never"));
        Assert.Equal(["1:versioned:true"], await database.HistoryAsync());
    }

    [Fact]
    public async Task Transaction_mode_all_rolls_back_every_migration_when_one_fails()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        using var files = new MigrationDirectory()
            .Add("V1__ok.sql", "CREATE TABLE first_table (id int);")
            .Add("V2__broken.sql", "SELECT 1/0;");

        var result = await database.Runner(TestDatabase.FastOptions with { TransactionMode = TransactionMode.All })
            .ApplyAsync(files.Discover(), new ApplyRequest());

        Assert.Equal([MigrationOutcome.Undone, MigrationOutcome.Failed], result.Migrations.Select(migration => migration.Outcome));
        Assert.Equal("22012", result.Failure!.Failure!.SqlState);
        Assert.False(await database.TableExistsAsync("first_table"));
        Assert.Empty(await database.HistoryAsync());
    }

    [Fact]
    public async Task Transaction_mode_all_refuses_a_migration_that_cannot_run_in_a_transaction()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        using var files = new MigrationDirectory()
            .Add("V1__table.sql", "CREATE TABLE t (id int);")
            .Add("V2__index.sql", "CREATE INDEX CONCURRENTLY t_id ON t (id);");

        var error = await Assert.ThrowsAsync<RunnerException>(() =>
            database.Runner(TestDatabase.FastOptions with { TransactionMode = TransactionMode.All }).ApplyAsync(files.Discover(), new ApplyRequest()));

        Assert.Equal(RunnerErrorKind.Configuration, error.Kind);
        Assert.Contains("V2__index.sql", error.Message, StringComparison.Ordinal);
        Assert.Contains("CREATE INDEX CONCURRENTLY at line 1", error.Message, StringComparison.Ordinal);
        Assert.False(await database.TableExistsAsync("t"));
    }

    [Fact]
    public async Task Repeatable_migrations_run_after_versioned_ones_and_again_when_they_change()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        using var files = new MigrationDirectory()
            .Add("V1__table.sql", "CREATE TABLE t (id int);")
            .Add("R__view.sql", "CREATE OR REPLACE VIEW v AS SELECT id FROM t;");
        var runner = database.Runner();

        var first = await runner.ApplyAsync(files.Discover(), new ApplyRequest());
        var unchanged = await runner.ApplyAsync(files.Discover(), new ApplyRequest());
        files.Add("R__view.sql", "CREATE OR REPLACE VIEW v AS SELECT id, id * 2 AS twice FROM t;");
        var changed = await runner.ApplyAsync(files.Discover(), new ApplyRequest());

        Assert.Equal(["1", null], first.Migrations.Select(migration => migration.Version));
        Assert.Empty(unchanged.Migrations);
        Assert.Equal(["view"], changed.Migrations.Select(migration => migration.Description));
        Assert.Equal(["1:versioned:true", "view:repeatable:true", "view:repeatable:true"], await database.HistoryAsync());
        Assert.Equal(2L, await database.ScalarAsync<long>("SELECT count(*) FROM information_schema.columns WHERE table_name = 'v'"));
    }

    [Fact]
    public async Task A_fresh_database_starts_from_the_newest_baseline()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        using var files = new MigrationDirectory()
            .Add("V1__a.sql", "CREATE TABLE a (id int);")
            .Add("V2__b.sql", "CREATE TABLE b (id int);")
            .Add("B2__both.sql", "CREATE TABLE a (id int); CREATE TABLE b (id int);")
            .Add("V3__c.sql", "CREATE TABLE c (id int);");

        var result = await database.Runner().ApplyAsync(files.Discover(), new ApplyRequest());

        Assert.Equal(["2:baseline:true", "3:versioned:true"], await database.HistoryAsync());
        Assert.True(result.Succeeded);
        Assert.True(await database.TableExistsAsync("c"));
    }

    [Fact]
    public async Task Statements_are_sent_as_written_without_client_side_splitting()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        using var files = new MigrationDirectory().Add(
            "V1__function.sql",
            """
            CREATE FUNCTION add_one(x int) RETURNS int LANGUAGE plpgsql AS $$
            BEGIN
              RETURN x + 1; -- a semicolon inside a dollar quote
            END;
            $$;
            CREATE FUNCTION add_two(x int) RETURNS int LANGUAGE sql
            BEGIN ATOMIC
              SELECT x + 2; -- a semicolon inside a SQL-standard body
            END;
            SELECT ';' AS semicolon, add_one(1), add_two(1);
            """);

        var result = await database.Runner().ApplyAsync(files.Discover(), new ApplyRequest());

        Assert.True(result.Succeeded, result.Failure?.Failure?.ToString());
        Assert.Equal(3, result.Migrations[0].Statements);
        Assert.Equal(7, await database.ScalarAsync<int>("SELECT add_one(2) + add_two(2)"));
    }

    private static MigrationDirectory FlywaySet() => new MigrationDirectory()
        .Add("V1__create_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\nINSERT INTO users VALUES (1, 'a@example.com');\n")
        .Add("V2__add_name.sql", "ALTER TABLE users ADD COLUMN name text;")
        .Add("V10__create_orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));");
}
