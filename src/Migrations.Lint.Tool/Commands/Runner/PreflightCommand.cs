using System.CommandLine;
using System.Globalization;
using Migrations.Lint.Runner.Inspection;

namespace Migrations.Lint.Tool.Commands.Runner;

/// <summary>
/// <c>migrate-lint preflight</c>: is now a safe moment to apply? Connects, reports the server version and the
/// pending migrations, and fails (exit 1) on dirty migrations, transactions open longer than
/// <c>--max-transaction-age</c> and sessions blocked on locks. Exit 0 when it passes, 5 when it cannot connect.
/// </summary>
internal static class PreflightCommand
{
    public static readonly TimeSpan DefaultMaxTransactionAge = TimeSpan.FromSeconds(30);

    public static Command Create(TextWriter output, TextWriter error)
    {
        var commandLine = RunnerCommandLine.ForReading();
        var maxAge = new Option<string?>("--max-transaction-age")
        {
            Description = "Fail when another session's transaction has been open longer than this (default 30s).",
        };
        var command = new Command("preflight", "Check that now is a safe moment to apply: connection, server version, pending and dirty migrations, long transactions, blocking locks.") { maxAge };
        commandLine.AddTo(command);
        command.SetAction((result, cancellationToken) =>
        {
            var threshold = result.GetValue(maxAge) is { } text ? DurationText.Parse(text, maxAge.Name) : DefaultMaxTransactionAge;
            return RunnerSession.RunAsync(commandLine, result, error, ExitCode.UsageError, progress: null, async session =>
            {
                var inspector = new DatabaseInspector(session.Connection, session.Options.HistoryTable);
                var report = await inspector.PreflightAsync(session.Migrations, threshold, cancellationToken);
                if (commandLine.IsJson(result))
                {
                    InspectionJson.WritePreflight(report, session.Connection.Display, output);
                }
                else
                {
                    Write(report, session.Connection.Display, output);
                }

                return (int)(report.Passed ? ExitCode.Ok : ExitCode.LintFailed);
            });
        });
        return command;
    }

    /// <summary>The migrate-safe.sh runbook's words, which operators grep for: PREFLIGHT PASSED / PREFLIGHT FAILED.</summary>
    private static void Write(PreflightReport report, string database, TextWriter output)
    {
        output.WriteLine($"Preflight on {database} (PostgreSQL {report.ServerVersion})");
        output.WriteLine("  connection          ok");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  pending migrations  {report.PendingMigrations}"));
        output.WriteLine($"  failed migrations   {ReportText.Count(report.FailedMigrations.Count, "dirty row")}");
        foreach (var failed in report.FailedMigrations)
        {
            output.WriteLine($"    {failed.Version ?? "R"} {failed.Description} ({failed.Script}), installed_rank {failed.InstalledRank}");
        }

        output.WriteLine($"  long transactions   {ReportText.Count(report.LongTransactions.Count, "transaction")}{(report.LongTransactions.Count > 0 ? $" open longer than {Seconds(report.MaxTransactionAge)}" : "")}");
        foreach (var transaction in report.LongTransactions)
        {
            output.WriteLine($"    pid {transaction.Pid}  {Seconds(transaction.Age)}  {transaction.State}  {transaction.User}  {ReportText.OneLine(transaction.Query)}");
        }

        output.WriteLine($"  blocking locks      {ReportText.Count(report.BlockingLocks.Count, "blocked session")}");
        foreach (var blocking in report.BlockingLocks)
        {
            output.WriteLine(
                $"    pid {blocking.BlockedPid} waits {Seconds(blocking.Waiting)} for {blocking.Mode} on {blocking.Relation ?? blocking.LockType} held by pid {blocking.BlockingPid}: {ReportText.OneLine(blocking.BlockedQuery)}");
        }

        output.WriteLine(report.Passed ? "PREFLIGHT PASSED" : "PREFLIGHT FAILED: fix the issues above before applying");
    }

    private static string Seconds(TimeSpan duration) => string.Create(CultureInfo.InvariantCulture, $"{duration.TotalSeconds:0.#}s");
}
