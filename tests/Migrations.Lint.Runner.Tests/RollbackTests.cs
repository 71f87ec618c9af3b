using Migrations.Lint.Migrations;
using Migrations.Lint.Runner.Tests.Infrastructure;

namespace Migrations.Lint.Runner.Tests;

[Collection(PostgresCollection.Name)]
public sealed class RollbackTests(PostgresCluster cluster)
{
    [Fact]
    public async Task Up_and_down_files_apply_then_roll_back_one_step_at_a_time()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        using var files = UpDownSet();
        var runner = database.Runner();
        await runner.ApplyAsync(files.Discover(), new ApplyRequest());

        var result = await runner.RollbackAsync(files.Discover(), new RollbackRequest());

        var rolledBack = Assert.Single(result.Migrations);
        Assert.Equal(("003", MigrationOutcome.RolledBack), (rolledBack.Version, rolledBack.Outcome));
        Assert.EndsWith("003_add_index.down.sql", rolledBack.Script, StringComparison.Ordinal);
        Assert.Equal(["001:versioned:true", "002:versioned:true"], await database.HistoryAsync());
        Assert.False(await database.TableExistsAsync("user_preferences_theme_idx"));
        Assert.True(await database.TableExistsAsync("user_preferences"));
    }

    [Fact]
    public async Task Rollback_by_steps_or_to_a_target_reverts_newest_first_and_reapply_restores()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        using var files = UpDownSet();
        var runner = database.Runner();
        await runner.ApplyAsync(files.Discover(), new ApplyRequest());

        var toOne = await runner.RollbackAsync(files.Discover(), new RollbackRequest(Target: MigrationVersion.Parse("1")));
        Assert.Equal(["003", "002"], toOne.Migrations.Select(migration => migration.Version));
        Assert.False(await database.TableExistsAsync("user_preferences"));

        var all = await runner.RollbackAsync(files.Discover(), new RollbackRequest(Steps: 5));
        Assert.Equal(["001"], all.Migrations.Select(migration => migration.Version));
        Assert.Empty(await database.HistoryAsync());

        var reapplied = await runner.ApplyAsync(files.Discover(), new ApplyRequest());
        Assert.Equal(["001", "002", "003"], reapplied.Migrations.Select(migration => migration.Version));
        Assert.True(await database.TableExistsAsync("user_preferences_theme_idx"));
    }

    [Fact]
    public async Task A_rollback_dry_run_lists_the_down_scripts_and_changes_nothing()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        using var files = UpDownSet();
        var runner = database.Runner();
        await runner.ApplyAsync(files.Discover(), new ApplyRequest());

        var result = await runner.RollbackAsync(files.Discover(), new RollbackRequest(Steps: 2, DryRun: true));

        Assert.Equal([("003", MigrationOutcome.WouldRollBack), ("002", MigrationOutcome.WouldRollBack)], result.Migrations.Select(migration => (migration.Version, migration.Outcome)));
        Assert.EndsWith("002_add_user_preferences.down.sql", result.Migrations[1].Script, StringComparison.Ordinal);
        Assert.Equal(3, (await database.HistoryAsync()).Count);
        Assert.True(await database.TableExistsAsync("user_preferences_theme_idx"));
    }

    [Fact]
    public async Task A_down_script_with_drop_index_concurrently_runs_in_autocommit()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        using var files = new MigrationDirectory()
            .Add("1_table.up.sql", "CREATE TABLE t (id int);")
            .Add("1_table.down.sql", "DROP TABLE t;")
            .Add("2_index.up.sql", "CREATE INDEX CONCURRENTLY t_id_idx ON t (id);")
            .Add("2_index.down.sql", "DROP INDEX CONCURRENTLY IF EXISTS t_id_idx;");
        var runner = database.Runner();
        var applied = await runner.ApplyAsync(files.Discover(), new ApplyRequest());

        var result = await runner.RollbackAsync(files.Discover(), new RollbackRequest());

        Assert.Equal([ExecutionMode.Transaction, ExecutionMode.Autocommit], applied.Migrations.Select(migration => migration.Mode));
        var rolledBack = Assert.Single(result.Migrations);
        Assert.Equal((ExecutionMode.Autocommit, MigrationOutcome.RolledBack), (rolledBack.Mode, rolledBack.Outcome));
        Assert.False(await database.TableExistsAsync("t_id_idx"));
        Assert.Equal(["1:versioned:true"], await database.HistoryAsync());
    }

    [Fact]
    public async Task Refuses_before_touching_anything_when_a_down_script_is_missing()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        using var files = new MigrationDirectory()
            .Add("1_a.up.sql", "CREATE TABLE a (id int);")
            .Add("1_a.down.sql", "DROP TABLE a;")
            .Add("2_b.up.sql", "CREATE TABLE b (id int);");
        var runner = database.Runner();
        await runner.ApplyAsync(files.Discover(), new ApplyRequest());

        var error = await Assert.ThrowsAsync<RunnerException>(() => runner.RollbackAsync(files.Discover(), new RollbackRequest(Steps: 2)));

        Assert.Equal(RunnerErrorKind.Refused, error.Kind);
        Assert.Contains("cannot roll back 2 (b)", error.Message, StringComparison.Ordinal);
        Assert.Contains("no down script", error.Message, StringComparison.Ordinal);
        Assert.True(await database.TableExistsAsync("a"));
        Assert.True(await database.TableExistsAsync("b"));
        Assert.Equal(2, (await database.HistoryAsync()).Count);
    }

    [Fact]
    public async Task A_failing_down_script_keeps_the_migration_applied()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        using var files = new MigrationDirectory()
            .Add("1_a.up.sql", "CREATE TABLE a (id int);")
            .Add("1_a.down.sql", "DROP TABLE a;\nDROP TABLE not_there;");
        var runner = database.Runner();
        await runner.ApplyAsync(files.Discover(), new ApplyRequest());

        var result = await runner.RollbackAsync(files.Discover(), new RollbackRequest());

        Assert.False(result.Succeeded);
        Assert.Equal(("42P01", 2), (result.Failure!.Failure!.SqlState, result.Failure.Failure.Line));
        Assert.True(await database.TableExistsAsync("a"));
        Assert.Equal(["1:versioned:true"], await database.HistoryAsync());
    }

    private static MigrationDirectory UpDownSet() => new MigrationDirectory()
        .Add("001_create_users.up.sql", "CREATE TABLE users (id text PRIMARY KEY);")
        .Add("001_create_users.down.sql", "DROP TABLE IF EXISTS users;")
        .Add("002_add_user_preferences.up.sql", """
            CREATE TABLE user_preferences (
              id text PRIMARY KEY,
              user_id text NOT NULL REFERENCES users(id) ON DELETE CASCADE,
              theme text NOT NULL DEFAULT 'light' CHECK (theme IN ('light', 'dark'))
            );
            """)
        .Add("002_add_user_preferences.down.sql", "DROP TABLE IF EXISTS user_preferences;")
        .Add("003_add_index.up.sql", "CREATE INDEX user_preferences_theme_idx ON user_preferences (theme);")
        .Add("003_add_index.down.sql", "DROP INDEX IF EXISTS user_preferences_theme_idx;");
}
