using Migrations.Lint.Runner.Inspection;
using Migrations.Lint.Runner.Tests.Infrastructure;

namespace Migrations.Lint.Runner.Tests.Inspection;

[Collection(PostgresCollection.Name)]
public sealed class PostflightTests(PostgresCluster cluster)
{
    [Fact]
    public async Task A_clean_run_passes_with_its_applied_count_and_checksum()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        using var files = new MigrationDirectory().Add("V1__a.sql", "CREATE TABLE a (id int);").Add("R__v.sql", "CREATE OR REPLACE VIEW v AS SELECT id FROM a;");
        Assert.True((await database.Runner().ApplyAsync(files.Discover(), new ApplyRequest())).Succeeded);

        var report = await new DatabaseInspector(database.Settings).PostflightAsync();

        Assert.True(report.Passed(strict: true));
        Assert.Equal(2, report.AppliedMigrations);
        Assert.Equal((await new DatabaseInspector(database.Settings).SnapshotAsync()).Checksum, report.Schema.Checksum);
    }

    [Fact]
    public async Task An_invalid_index_and_a_dirty_row_fail_it_and_not_valid_constraints_only_when_strict()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        using var files = new MigrationDirectory()
            .Add("V1__users.sql", "CREATE TABLE users (id int PRIMARY KEY, email text, manager_id int);\nINSERT INTO users VALUES (1, 'a@example.com', NULL), (2, 'a@example.com', 1);")
            .Add("V2__fk.sql", "ALTER TABLE users ADD CONSTRAINT users_manager_fk FOREIGN KEY (manager_id) REFERENCES users (id) NOT VALID;");
        Assert.True((await database.Runner().ApplyAsync(files.Discover(), new ApplyRequest())).Succeeded);
        var inspector = new DatabaseInspector(database.Settings);

        var onlyNotValid = await inspector.PostflightAsync();
        var constraint = Assert.Single(onlyNotValid.NotValidConstraints);
        Assert.Equal(
            ("public.users", "users_manager_fk", "foreign-key", "ALTER TABLE public.users VALIDATE CONSTRAINT \"users_manager_fk\";"),
            (constraint.Table, constraint.Name, constraint.Type, constraint.ValidateStatement));
        Assert.True(onlyNotValid.Passed(strict: false));
        Assert.False(onlyNotValid.Passed(strict: true));

        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => database.ExecuteAsync("CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email)"));
        await database.ExecuteAsync("UPDATE migrate_lint_history SET success = false WHERE version = '2'");
        var broken = await inspector.PostflightAsync();

        Assert.False(broken.Passed(strict: false));
        var index = Assert.Single(broken.InvalidIndexes);
        Assert.Equal(("users_email_key", "DROP INDEX CONCURRENTLY IF EXISTS \"public\".\"users_email_key\";"), (index.Name, index.DropStatement));
        Assert.Equal("2", Assert.Single(broken.FailedMigrations).Version);
        Assert.Equal(1, broken.AppliedMigrations);
        Assert.Contains(broken.Schema.Objects, item => item is { Kind: "index", Name: "public.users_email_key" } && item.Definition.EndsWith("(invalid)", StringComparison.Ordinal));
    }
}
