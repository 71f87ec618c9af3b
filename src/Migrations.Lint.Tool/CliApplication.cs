using System.CommandLine;

namespace Migrations.Lint.Tool;

/// <summary>
/// The command tree and the policy around it: usage errors are one line and exit 5, and no
/// exception ever reaches the user as a stack trace.
/// </summary>
internal static class CliApplication
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Lints PostgreSQL and SQL Server migrations for lock and data-loss hazards.");

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            error.WriteLine($"migrate-lint: {parsed.Errors[0].Message} (see 'dotnet migrate-lint --help')");
            return (int)ExitCode.UsageError;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException usage)
        {
            error.WriteLine($"migrate-lint: {usage.Message}");
            return (int)ExitCode.UsageError;
        }
#pragma warning disable CA1031 // The last line of defence: report a bug in one line instead of a stack trace.
        catch (Exception unexpected)
#pragma warning restore CA1031
        {
            error.WriteLine($"migrate-lint: internal error ({unexpected.GetType().Name}: {unexpected.Message}); please report it with the input that caused it.");
            return (int)ExitCode.InternalError;
        }
    }
}
