using System.Globalization;
using System.Text.Json;
using Migrations.Lint.Runner.Connections;
using Migrations.Lint.Runner.Events;
using Migrations.Lint.Runner.Tests.Infrastructure;

namespace Migrations.Lint.Runner.Tests;

[Collection(PostgresCollection.Name)]
public sealed class RedactionTests(PostgresCluster cluster)
{
    [Fact]
    public async Task A_wrong_password_fails_with_one_line_that_does_not_contain_it()
    {
        const string wrong = "Wr0ng-Pa55word!";
        var settings = ConnectionSettings.Parse(
            $"postgres://{PostgresCluster.PasswordRole}:{Uri.EscapeDataString(wrong)}@127.0.0.1:{cluster.Port}/postgres");
        using var files = new MigrationDirectory().Add("V1__a.sql", "SELECT 1;");

        var error = await Assert.ThrowsAsync<RunnerException>(() => new MigrationRunner(settings).ApplyAsync(files.Discover(), new ApplyRequest()));

        Assert.Equal(RunnerErrorKind.Connection, error.Kind);
        Assert.StartsWith($"cannot connect to {PostgresCluster.PasswordRole}@127.0.0.1:{cluster.Port}/postgres: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("password authentication failed", error.Message, StringComparison.Ordinal);
        Assert.Contains("28P01", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task An_unreachable_server_fails_with_one_line()
    {
        var settings = ConnectionSettings.Parse("Host=127.0.0.1;Port=1;Username=u;Password=hunter2;Timeout=2");

        var error = await Assert.ThrowsAsync<RunnerException>(() => new MigrationRunner(settings).StatusAsync([]));

        Assert.Equal(RunnerErrorKind.Connection, error.Kind);
        Assert.StartsWith("cannot connect to u@127.0.0.1:1/", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task The_password_is_masked_in_migration_errors_and_in_the_event_log()
    {
        var database = await TestDatabase.CreateAsync(cluster);
        await database.ExecuteAsync($"GRANT ALL ON SCHEMA public TO {PostgresCluster.PasswordRole}");
        var settings = ConnectionSettings.Parse(
            cluster.ConnectionStringFor(database.Settings.Database!, PostgresCluster.PasswordRole, PostgresCluster.PasswordRolePassword));
        using var files = new MigrationDirectory()
            .Add("V1__ok.sql", "CREATE TABLE t (id int);")
            .Add("V2__leaks.sql", $"SELECT '{PostgresCluster.PasswordRolePassword}'::int;");
        var log = new StringWriter(CultureInfo.InvariantCulture);

        var result = await new MigrationRunner(settings, TestDatabase.FastOptions, new MigrationEventLog(log, settings))
            .ApplyAsync(files.Discover(), new ApplyRequest());

        var failure = result.Failure!.Failure!;
        Assert.Equal("22P02", failure.SqlState);
        Assert.Equal("invalid input syntax for type integer: \"***\"", failure.Message);
        Assert.Equal("SELECT '***'::int", failure.Statement);
        var events = log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(
            ["run-start", "migration-start", "statement", "migration-success", "migration-start", "migration-failure", "run-end"],
            events.Select(element => element.GetProperty("event").GetString()));
        var failed = events.Single(element => element.GetProperty("event").GetString() == "migration-failure");
        Assert.Equal(("error", "22P02", "2"), (failed.GetProperty("level").GetString(), failed.GetProperty("sqlstate").GetString(), failed.GetProperty("version").GetString()));
        Assert.DoesNotContain(PostgresCluster.PasswordRolePassword, log.ToString(), StringComparison.Ordinal);
    }
}
