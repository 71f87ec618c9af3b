using System.Globalization;
using Migrations.Lint.Runner;
using Migrations.Lint.Text;

namespace Migrations.Lint.Tool.Commands.Runner;

/// <summary>An apply or rollback result for people: one line per migration, then a summary.</summary>
internal static class RunResultText
{
    public static string Outcome(MigrationOutcome outcome) => outcome switch
    {
        MigrationOutcome.Applied => "applied",
        MigrationOutcome.WouldApply => "would apply",
        MigrationOutcome.RolledBack => "rolled back",
        MigrationOutcome.WouldRollBack => "would roll back",
        MigrationOutcome.Failed => "FAILED",
        MigrationOutcome.Undone => "undone",
        _ => outcome.ToString(),
    };

    public static void Write(RunResult result, string verb, string database, TextWriter output)
    {
        if (result.Migrations.Count == 0)
        {
            output.WriteLine($"Nothing to {verb} on {database}.");
            return;
        }

        var versionWidth = result.Migrations.Max(migration => (migration.Version ?? "R").Length);
        foreach (var migration in result.Migrations)
        {
            var mode = migration.Mode == ExecutionMode.Transaction ? "" : $", {KebabCase.Of(migration.Mode)}: {migration.ModeReason}";
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{Outcome(migration.Outcome),-15} {(migration.Version ?? "R").PadRight(versionWidth)}  {migration.Description}  ({migration.Statements} {(migration.Statements == 1 ? "statement" : "statements")}, {migration.Duration.TotalMilliseconds:0} ms{mode})"));
            if (migration.Failure is { } failure)
            {
                output.WriteLine($"    {failure}");
            }
        }

        var done = result.Migrations.Count(migration => migration.Outcome != MigrationOutcome.Failed);
        output.WriteLine(result.Succeeded
            ? $"{done} {(done == 1 ? "migration" : "migrations")} {Outcome(result.Migrations[0].Outcome)} on {database}."
            : $"Stopped at the failure on {database}; {done} before it succeeded.");
    }
}
