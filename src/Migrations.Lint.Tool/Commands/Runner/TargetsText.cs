namespace Migrations.Lint.Tool.Commands.Runner;

/// <summary>apply to several databases, for people: a block per database, then which succeeded and which did not.</summary>
internal static class TargetsText
{
    public static void Write(IReadOnlyList<TargetOutcome> outcomes, int exitCode, TextWriter output)
    {
        foreach (var outcome in outcomes)
        {
            var target = outcome.Target;
            output.WriteLine(target.Name == target.Connection.Display ? $"== {target.Name} ==" : $"== {target.Name} ({target.Connection.Display}) ==");
            output.Write(outcome.Run is null ? $"Not applied: {outcome.ErrorLine}{Environment.NewLine}" : outcome.Output);
            output.WriteLine();
        }

        var failed = outcomes.Where(outcome => outcome.ExitCode != 0).ToArray();
        var succeeded = outcomes.Count - failed.Length;
        output.WriteLine(failed.Length == 0
            ? $"All {outcomes.Count} databases succeeded."
            : $"{succeeded} of {outcomes.Count} databases succeeded; failed: {string.Join(", ", failed.Select(outcome => $"{outcome.Target.Name} (exit {outcome.ExitCode})"))}. Exit {exitCode}.");
    }
}
