using System.CommandLine;
using Migrations.Lint.Tool.Commands;
using Migrations.Lint.Tool.Commands.Init;
using Migrations.Lint.Tool.Commands.Runner;

namespace Migrations.Lint.Tool;

/// <summary>
/// The command tree and the policy around it: usage errors are one line and exit 5, and no
/// exception ever reaches the user as a stack trace.
/// </summary>
internal static class CliApplication
{
    /// <summary><c>migrate-lint db/migrations</c> means <c>migrate-lint lint db/migrations</c>, as users of other linters expect.</summary>
    private static string[] WithDefaultCommand(string[] args, RootCommand root)
    {
        if (args.Length == 0)
        {
            return args;
        }

        var first = args[0];
        var isCommand = root.Subcommands.Any(command => command.Name == first || command.Aliases.Contains(first));
        var isRootOption = first is "--help" or "-h" or "-?" or "--version";
        return isCommand || isRootOption ? args : ["lint", .. args];
    }

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Lints PostgreSQL and SQL Server migrations for lock and data-loss hazards, then runs the safe ones.")
        {
            LintCommand.Create(output, error),
            ParseCommand.Create(output),
            ApplyCommand.Create(output, error),
            RollbackCommand.Create(output, error),
            StatusCommand.Create(output, error),
            ValidateCommand.Create(output, error),
            NewCommand.Create(output),
            BaselineCommand.Create(output, error),
            RepairCommand.Create(output, error),
            PreflightCommand.Create(output, error),
            PostflightCommand.Create(output, error),
            CycleCommand.Create(output, error),
            InitCommand.Create(output),
        };

        var parsed = root.Parse(WithDefaultCommand(args, root));
        if (parsed.Errors.Count > 0)
        {
            error.WriteLine($"migrate-lint: {OneLine(parsed.Errors[0].Message)} (see 'dotnet migrate-lint --help')");
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

    /// <summary>Some parser messages list choices on separate lines; CI logs and scripts want one.</summary>
    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
