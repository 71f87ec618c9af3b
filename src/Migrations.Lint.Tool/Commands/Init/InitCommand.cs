using System.CommandLine;
using Migrations.Lint.Config;
using Migrations.Lint.Tool.Commands.Git;

namespace Migrations.Lint.Tool.Commands.Init;

/// <summary>
/// <c>migrate-lint init [--hook] [--force]</c>: a <c>migrate-lint.json</c> for the migrations already in the current
/// folder, and optionally the git pre-commit hook. With <c>--hook</c> an existing config is kept, so re-running is harmless.
/// </summary>
internal static class InitCommand
{
    public static Command Create(TextWriter output)
    {
        var hook = new Option<bool>("--hook") { Description = "Also install a git pre-commit hook that runs 'dotnet migrate-lint lint --staged'." };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing migrate-lint.json, and a pre-commit hook migrate-lint did not write." };

        var command = new Command("init", "Write migrate-lint.json for the migrations in the current folder; --hook adds a pre-commit hook.") { hook, force };
        command.SetAction(result =>
        {
            var directory = Directory.GetCurrentDirectory();
            var installHook = result.GetValue(hook);
            var overwrite = result.GetValue(force);
            var repository = installHook ? GitRepository.Open(directory) : null;
            var configPath = Path.Combine(directory, ConfigLoader.FileName);
            if (!File.Exists(configPath) || overwrite)
            {
                WriteConfig(directory, configPath, output);
            }
            else if (installHook)
            {
                output.WriteLine($"kept {ConfigLoader.FileName} (use --force to rewrite it)");
            }
            else
            {
                throw new UsageException($"{ConfigLoader.FileName} already exists; use --force to overwrite it");
            }

            if (repository is not null)
            {
                var configFromRoot = Path.GetRelativePath(repository.Root, configPath).Replace('\\', '/');
                var hookPath = PreCommitHook.Install(repository, configFromRoot == ConfigLoader.FileName ? null : configFromRoot, overwrite);
                output.WriteLine($"installed {Path.GetRelativePath(directory, hookPath).Replace('\\', '/')}: commits now lint their staged migrations");
            }

            return (int)ExitCode.Ok;
        });
        return command;
    }

    private static void WriteConfig(string directory, string configPath, TextWriter output)
    {
        var layout = MigrationLayout.Survey(directory)
            ?? throw new UsageException($"no migrations found under {directory}; run init in the folder above them, or see docs/configuration.md");
        File.WriteAllText(configPath, StarterConfig.Write(layout));
        output.WriteLine(
            $"wrote {ConfigLoader.FileName} for the {layout.Convention} migrations in {string.Join(", ", layout.Folders)} "
            + $"({layout.MigrationCount} found), dialect {StarterConfig.DialectName(layout.Dialect)}");
    }
}
