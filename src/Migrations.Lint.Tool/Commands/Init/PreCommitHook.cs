using Migrations.Lint.Tool.Commands.Git;

namespace Migrations.Lint.Tool.Commands.Init;

/// <summary>
/// The git pre-commit hook that runs <c>dotnet migrate-lint lint --staged</c>. A marker line tells our hook
/// from one the team wrote, which is never replaced without <c>--force</c>.
/// </summary>
internal static class PreCommitHook
{
    private const string Marker = "# Installed by 'dotnet migrate-lint init --hook'.";

    /// <summary>
    /// The hook's text. Git runs hooks at the repository root, where the search for a config starts, so a config
    /// written in a subfolder is named (<paramref name="configPath"/>, relative to the root); null for one at the root.
    /// </summary>
    public static string Script(string? configPath)
    {
        var config = configPath is null ? "" : $" --config '{configPath.Replace("'", "'\\''", StringComparison.Ordinal)}'";
        return $"""
            #!/bin/sh
            {Marker} Re-run it to update this file.
            # Lints the staged migrations as they will be committed; 'git commit --no-verify' skips it.
            exec dotnet migrate-lint lint --staged{config}

            """;
    }

    /// <summary>Writes the hook; returns its path. A usage error when a foreign hook is in the way and <paramref name="force"/> is off.</summary>
    public static string Install(GitRepository repository, string? configPath, bool force)
    {
        var hooks = repository.HooksDirectory();
        var path = Path.Combine(hooks, "pre-commit");
        if (File.Exists(path) && !force && !File.ReadAllText(path).Contains(Marker, StringComparison.Ordinal))
        {
            throw new UsageException(
                $"{path} exists and was not written by migrate-lint; add 'dotnet migrate-lint lint --staged' to it, or use --force to replace it");
        }

        Directory.CreateDirectory(hooks);
        File.WriteAllText(path, Script(configPath).ReplaceLineEndings("\n"));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }

        return path;
    }
}
