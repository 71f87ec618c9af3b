using System.CommandLine;
using Migrations.Lint.Config;
using Migrations.Lint.Diagnostics;
using Migrations.Lint.Linting;
using Migrations.Lint.Reporting;
using Migrations.Lint.Rules;
using Migrations.Lint.Tool.Commands.Git;

namespace Migrations.Lint.Tool.Commands;

/// <summary>
/// <c>migrate-lint lint [paths…]</c>: the product's core promise. Exit 0 when clean (warnings allowed),
/// 1 on lint errors, 5 on a usage or configuration error.
/// </summary>
internal static class LintCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("paths") { Description = "Migration files, directories or globs (default: the config's \"migrations\", else the current directory).", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string>("--format", "-f") { Description = "text, json, msbuild, github, sarif or gitlab.", DefaultValueFactory = _ => ReporterRegistry.DefaultFormat };
        format.AcceptOnlyFromAmong([.. ReporterRegistry.Default.Formats]);
        var outputFile = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var dialect = new Option<string?>("--dialect") { Description = "postgres, sqlserver or auto." };
        dialect.AcceptOnlyFromAmong("postgres", "sqlserver", "auto");
        var configPath = new Option<string?>("--config") { Description = "Use this migrate-lint.json instead of searching upwards from the first path." };
        var pgVersion = new Option<int?>("--pg-version") { Description = "PostgreSQL major version the migrations run on (default 15)." };
        var assumeInTransaction = new Option<bool>("--assume-in-transaction") { Description = "The runner wraps each migration in a transaction." };
        var includeRule = new Option<string[]>("--include-rule") { Description = "Turn a rule on (name or code); repeatable.", AllowMultipleArgumentsPerToken = false };
        var excludeRule = new Option<string[]>("--exclude-rule") { Description = "Turn a rule off (name or code); repeatable." };
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Report warnings as errors (and fail on them)." };
        var noColor = new Option<bool>("--no-color") { Description = "Plain text output (also when NO_COLOR is set or output is redirected)." };
        var listRules = new Option<bool>("--list-rules") { Description = "List every rule and exit." };
        var explain = new Option<string?>("--explain") { Description = "Print the documentation of a rule (name or code) and exit." };
        var staged = new Option<bool>("--staged") { Description = "Lint the migrations staged in git, as they will be committed (for pre-commit hooks)." };
        var changedSince = new Option<string?>("--changed-since") { Description = "Lint the migrations changed since the branch left this git revision (for pull request checks)." };

        var command = new Command("lint", "Lint migrations for lock, data-loss and pairing hazards.")
        {
            paths, format, outputFile, dialect, configPath, pgVersion, assumeInTransaction, includeRule, excludeRule,
            warningsAsErrors, noColor, listRules, explain, staged, changedSince,
        };
        command.SetAction(result =>
        {
            if (result.GetValue(listRules))
            {
                RuleCatalogPrinter.List(output);
                return (int)ExitCode.Ok;
            }

            if (result.GetValue(explain) is { } ruleName)
            {
                return RuleCatalogPrinter.Explain(ruleName, output);
            }

            var overrides = new ConfigOverrides
            {
                Dialect = result.GetValue(dialect) is { } d ? Enum.Parse<DialectSetting>(d, ignoreCase: true) : null,
                PgVersion = result.GetValue(pgVersion),
                AssumeInTransaction = result.GetValue(assumeInTransaction) ? true : null,
                EnableRules = result.GetValue(includeRule) ?? [],
                DisableRules = result.GetValue(excludeRule) ?? [],
                WarningsAsErrors = result.GetValue(warningsAsErrors),
            };
            var request = new LintRequest(
                result.GetValue(paths) ?? [],
                result.GetRequiredValue(format),
                result.GetValue(outputFile),
                result.GetValue(configPath),
                overrides,
                UseColor: !result.GetValue(noColor),
                result.GetValue(staged),
                result.GetValue(changedSince));
            return Run(request, output, error);
        });
        return command;
    }

    private static int Run(LintRequest request, TextWriter output, TextWriter error)
    {
        var workingDirectory = Directory.GetCurrentDirectory();
        var rules = RuleRegistry.All.Select(rule => rule.Descriptor).ToArray();
        var start = request.Paths.Count > 0 ? request.Paths[0] : workingDirectory;
        var config = ConfigLoader.Load(start, request.ConfigPath, request.Overrides, rules);
        if (!config.Succeeded)
        {
            foreach (var configError in config.Errors)
            {
                error.WriteLine($"migrate-lint: {configError}");
            }

            return (int)ExitCode.UsageError;
        }

        var paths = request.Paths.Count == 0 && config.Value!.ConfigPath is null ? [workingDirectory] : request.Paths;
        using var blobs = request.Staged ? new GitBlobReader(workingDirectory) : null;
        var scope = Scope(request, workingDirectory, blobs);
        var outcome = LintPipeline.Run(paths, config.Value!, workingDirectory, scope);
        if (outcome.MissingInputs.Count > 0)
        {
            throw new UsageException(outcome.MissingInputs[0].ToString());
        }

        if (scope.ReportedFiles is not null && outcome.Report.FileCount == 0)
        {
            error.WriteLine(request.Staged ? "migrate-lint: no staged migrations to lint" : $"migrate-lint: no migrations changed since {request.ChangedSince}");
        }

        var context = new ReportContext(workingDirectory)
        {
            RepositoryRoot = RepositoryRoot.Find(workingDirectory),
            UseColor = request.UseColor && request.OutputFile is null && ConsoleColors.Enabled(),
        };
        var reporter = ReporterRegistry.Default.Get(request.Format);
        if (request.OutputFile is { } file)
        {
            using var writer = new StreamWriter(file, append: false, new System.Text.UTF8Encoding(false));
            reporter.Write(outcome.Report, context, writer);
        }
        else
        {
            reporter.Write(outcome.Report, context, output);
        }

        return outcome.Report.ErrorCount > 0 ? (int)ExitCode.LintFailed : (int)ExitCode.Ok;
    }

    private static LintScope Scope(LintRequest request, string workingDirectory, GitBlobReader? blobs)
    {
        if (request.Staged && request.ChangedSince is not null)
        {
            throw new UsageException("--staged and --changed-since cannot be combined");
        }

        if (blobs is not null)
        {
            return GitLintScope.Staged(GitRepository.Open(workingDirectory), blobs);
        }

        return request.ChangedSince is { } reference
            ? GitLintScope.ChangedSince(GitRepository.Open(workingDirectory), reference)
            : LintScope.WorkTree;
    }

    private sealed record LintRequest(
        IReadOnlyList<string> Paths,
        string Format,
        string? OutputFile,
        string? ConfigPath,
        ConfigOverrides Overrides,
        bool UseColor,
        bool Staged,
        string? ChangedSince);
}
