using System.Runtime.Versioning;
using Migrations.Lint.Tool.Tests.Git;

namespace Migrations.Lint.Tool.Tests.Init;

/// <remarks>Git runs hooks with a POSIX shell and checks the executable bit: these tests need a Unix system.</remarks>
[UnsupportedOSPlatform("windows")]
public sealed class PreCommitHookTests
{
    private const string ForeignHook = "#!/bin/sh\nexec npx lint-staged\n";

    [Fact]
    public void Init_hook_writes_an_executable_hook_and_rerunning_it_is_harmless()
    {
        using var repository = StagedLintTests.CommittedUsersTable();
        var hook = Path.Combine(repository.Path, ".git", "hooks", "pre-commit");

        var first = ToolProcess.Run(repository.Path, "init", "--hook");
        var written = File.ReadAllText(hook);
        var second = ToolProcess.Run(repository.Path, "init", "--hook");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("installed .git/hooks/pre-commit", first.Output, StringComparison.Ordinal);
        Assert.Contains("exec dotnet migrate-lint lint --staged\n", written, StringComparison.Ordinal);
        Assert.True(File.GetUnixFileMode(hook).HasFlag(UnixFileMode.UserExecute));
        Assert.True(File.Exists(Path.Combine(repository.Path, "migrate-lint.json")));
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("kept migrate-lint.json", second.Output, StringComparison.Ordinal);
        Assert.Equal(written, File.ReadAllText(hook));
    }

    [Fact]
    public void A_foreign_hook_is_refused_and_force_replaces_it()
    {
        using var repository = StagedLintTests.CommittedUsersTable();
        var hook = repository.Write(".git/hooks/pre-commit", ForeignHook);

        var refused = ToolProcess.Run(repository.Path, "init", "--hook");
        var kept = File.ReadAllText(hook);
        var forced = ToolProcess.Run(repository.Path, "init", "--hook", "--force");

        Assert.Equal(5, refused.ExitCode);
        Assert.Contains("was not written by migrate-lint", refused.Error, StringComparison.Ordinal);
        Assert.Single(refused.Error.Trim().Split('\n'));
        Assert.Equal(ForeignHook, kept);
        Assert.Equal(0, forced.ExitCode);
        Assert.Contains("lint --staged", File.ReadAllText(hook), StringComparison.Ordinal);
    }

    [Fact]
    public void The_hook_goes_where_core_hooks_path_points()
    {
        using var repository = StagedLintTests.CommittedUsersTable();
        repository.Git("config", "core.hooksPath", "tools/hooks");

        var run = ToolProcess.Run(repository.Path, "init", "--hook");

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(repository.Path, "tools", "hooks", "pre-commit")));
        Assert.False(File.Exists(Path.Combine(repository.Path, ".git", "hooks", "pre-commit")));
    }

    [Fact]
    public void The_installed_hook_blocks_a_commit_of_an_unsafe_migration_and_lets_a_safe_one_through()
    {
        using var repository = StagedLintTests.CommittedUsersTable();
        Assert.Equal(0, ToolProcess.Run(repository.Path, "init", "--hook").ExitCode);
        repository.Git("add", "migrate-lint.json");
        repository.Commit("config");

        // The hook runs 'dotnet migrate-lint', a local tool in a real project; here a 'dotnet' on PATH runs the built tool.
        var shims = repository.Write(".shims/dotnet", $"#!/bin/sh\n[ \"$1\" = migrate-lint ] || exit 127\nshift\nexec '{ToolProcess.DotnetHost}' '{ToolProcess.Assembly}' \"$@\"\n");
        File.SetUnixFileMode(shims, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var path = new Dictionary<string, string>
        {
            ["PATH"] = Path.GetDirectoryName(shims) + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
        };
        repository.Stage("db/V2__email_index.sql", StagedLintTests.BlockingIndex);
        repository.Stage("db/U2__email_index.sql", StagedLintTests.DropIndex);

        var blocked = ToolProcess.Start("git", repository.Path, ["commit", "-m", "email index"], path);
        repository.Stage("db/V2__email_index.sql", StagedLintTests.ConcurrentIndex);
        var allowed = ToolProcess.Start("git", repository.Path, ["commit", "-m", "email index"], path);

        Assert.NotEqual(0, blocked.ExitCode);
        Assert.Contains("db/V2__email_index.sql:1:1: error MIG102 require-concurrent-index", blocked.Output + blocked.Error, StringComparison.Ordinal);
        Assert.Equal(0, allowed.ExitCode);
        Assert.Contains("email index", repository.Git("log", "--oneline", "-1"), StringComparison.Ordinal);
    }
}
