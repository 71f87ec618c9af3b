using Migrations.Lint.Runner;
using Migrations.Lint.Runner.Ephemeral;
using Npgsql;

namespace Migrations.Lint.Tool.Commands.Runner;

/// <summary>
/// <c>--ephemeral</c>: a command run against a new database of a temporary local cluster, which is stopped
/// and deleted afterwards whatever the outcome. A cluster that cannot start is a setup problem (exit 5).
/// </summary>
internal static class TemporaryCluster
{
    public static async Task<int> RunAsync(Func<string, Task<int>> run, TextWriter error, CancellationToken cancellationToken)
    {
        EphemeralCluster cluster;
        try
        {
            error.WriteLine("migrate-lint: starting a temporary PostgreSQL cluster ...");
            cluster = EphemeralCluster.Start();
        }
        catch (RunnerException failed)
        {
            error.WriteLine($"migrate-lint: {failed.Message}");
            return (int)ExitCode.UsageError;
        }

        await using (cluster)
        {
            string database;
            try
            {
                database = await cluster.CreateDatabaseAsync("migrate_lint_", cancellationToken);
            }
            catch (NpgsqlException failed)
            {
                error.WriteLine($"migrate-lint: the temporary cluster refused a new database: {failed.Message}");
                return (int)ExitCode.UsageError;
            }

            var exitCode = await run(database);
            error.WriteLine("migrate-lint: stopping and deleting the temporary cluster");
            return exitCode;
        }
    }
}
