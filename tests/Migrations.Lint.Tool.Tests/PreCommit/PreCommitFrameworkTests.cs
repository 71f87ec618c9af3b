using Migrations.Lint.Tool.Tests.Git;

namespace Migrations.Lint.Tool.Tests.PreCommit;

/// <summary>
/// The pre-commit framework's <c>language: dotnet</c> install, done by hand: pre-commit is a Python package and
/// PyPI is out of reach here, so this replays what its languages/dotnet.py does with a hook repository
/// (<c>dotnet pack --configuration Release --output pre-commit-build</c> at the root, which must yield one package,
/// then <c>dotnet tool install --tool-path … --add-source pre-commit-build</c>) and runs .pre-commit-hooks.yaml's entry.
/// </summary>
public sealed class PreCommitFrameworkTests
{
    [Fact]
    public void Packing_the_repository_root_yields_only_the_tool_whose_hook_entry_fails_on_an_unsafe_staged_migration()
    {
        using var work = new TempDirectory();
        var clone = Path.Combine(work.Path, "hook-repository");
        CopySources(RepositoryPaths.Root, clone);
        var build = Path.Combine(clone, "pre-commit-build");

        // A version no package cache has seen, and a package folder of its own for the install: a tool package
        // cached under the same version by another run would be installed instead of this one.
        var version = $"0.0.0-precommit.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        var pack = ToolProcess.Start("dotnet", clone, ["pack", "--configuration", "Release", "--output", build, $"-p:Version={version}", "-nr:false"]);
        Assert.True(pack.ExitCode == 0, pack.Output + pack.Error);
        Assert.Equal([$"Migrations.Lint.Tool.{version}.nupkg"], Directory.GetFiles(build).Select(Path.GetFileName));

        var bin = Path.Combine(work.Path, "dotnetenv-default", "bin");
        var install = ToolProcess.Start(
            "dotnet",
            clone,
            ["tool", "install", "--tool-path", bin, "--add-source", build, "Migrations.Lint.Tool", "--version", version],
            new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(work.Path, "packages") });
        Assert.True(install.ExitCode == 0, install.Output + install.Error);

        using var repository = StagedLintTests.CommittedUsersTable();
        repository.Stage("db/V2__email_index.sql", StagedLintTests.BlockingIndex);
        repository.Stage("db/U2__email_index.sql", StagedLintTests.DropIndex);
        var hook = ToolProcess.Start(Path.Combine(bin, "dotnet-migrate-lint"), repository.Path, ["lint", "--staged"]);

        Assert.Equal(1, hook.ExitCode);
        Assert.Contains("db/V2__email_index.sql:1:1: error MIG102 require-concurrent-index", hook.Output, StringComparison.Ordinal);
    }

    /// <summary>The files a clone would have: tracked and new ones, without build output or anything ignored.</summary>
    private static void CopySources(string root, string destination)
    {
        var listed = ToolProcess.Start("git", root, ["ls-files", "-z", "--cached", "--others", "--exclude-standard"]);
        Assert.Equal(0, listed.ExitCode);
        foreach (var file in listed.Output.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            var source = Path.Combine(root, file);
            if (File.Exists(source))
            {
                var target = Path.Combine(destination, file);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(source, target);
            }
        }
    }
}
