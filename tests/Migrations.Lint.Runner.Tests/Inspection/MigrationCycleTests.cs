using Migrations.Lint.Runner.Inspection;
using Migrations.Lint.Runner.Tests.Infrastructure;

namespace Migrations.Lint.Runner.Tests.Inspection;

[Collection(PostgresCollection.Name)]
public sealed class MigrationCycleTests(PostgresCluster cluster)
{
    [Fact]
    public async Task A_down_script_that_forgets_an_index_is_reported_as_left_behind()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        await database.ExecuteAsync("CREATE TABLE legacy (code text)"); // there before migrations: rollback keeps it
        using var files = new MigrationDirectory()
            .Add("V1__users.sql", "CREATE TABLE users (id int PRIMARY KEY);\nCREATE INDEX legacy_code_idx ON legacy (code);")
            .Add("U1__users.sql", "DROP TABLE users;")
            .Add("R__v.sql", "CREATE OR REPLACE VIEW legacy_codes AS SELECT code FROM legacy;");

        var report = await new MigrationCycle(database.Runner(), database.Settings).RunAsync(files.Discover());

        Assert.False(report.Passed);
        Assert.Equal(
            ["Rollback left behind by rollback index public.legacy_code_idx", "Rollback left behind by rollback view public.legacy_codes"],
            report.Findings.Select(finding => $"{finding.Step} {finding.Problem} {finding.Difference.Kind} {finding.Difference.Name}"));
        Assert.Equal(CycleStep.Reapply, report.FailedStep); // the index is still there, so creating it again fails
        Assert.Equal("42P07", report.Runs[2].Run.Failure!.Failure!.SqlState);
    }

    [Fact]
    public async Task Down_scripts_that_revert_everything_pass_and_reapply_runs_repeatables_again()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        using var files = new MigrationDirectory()
            .Add("V1__users.sql", "CREATE TABLE users (id int PRIMARY KEY, email text);")
            .Add("U1__users.sql", "DROP VIEW IF EXISTS user_emails; DROP TABLE users;")
            .Add("R__v.sql", "CREATE OR REPLACE VIEW user_emails AS SELECT email FROM users;");

        var report = await new MigrationCycle(database.Runner(), database.Settings).RunAsync(files.Discover());

        Assert.True(report.Passed, string.Join("; ", report.Findings.Select(finding => $"{finding.Problem} {finding.Difference.Name}")));
        Assert.Equal(report.EmptyChecksum, report.Runs[1].SchemaChecksum);
        Assert.Equal(report.Runs[0].SchemaChecksum, report.Runs[2].SchemaChecksum);
        Assert.Equal(2, report.Runs[2].Run.Migrations.Count);
    }

    [Fact]
    public async Task A_failing_down_statement_stops_the_cycle_at_the_rollback()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        using var files = new MigrationDirectory()
            .Add("V1__users.sql", "CREATE TABLE users (id int);")
            .Add("U1__users.sql", "DROP TABLE no_such_table;");

        var report = await new MigrationCycle(database.Runner(), database.Settings).RunAsync(files.Discover());

        Assert.Equal(CycleStep.Rollback, report.FailedStep);
        Assert.Equal("42P01", report.Runs[1].Run.Failure!.Failure!.SqlState);
    }
}
