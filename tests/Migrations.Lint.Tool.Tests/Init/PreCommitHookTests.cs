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
        repository.Stage("db/V2__email_index.sql", StagedLintTests.BlockingIndex);
        repository.Stage("db/U2__email_index.sql", StagedLintTests.DropIndex);

        var blocked = CommitThroughHook(repository, "-m", "email index");
        repository.Stage("db/V2__email_index.sql", StagedLintTests.ConcurrentIndex);
        var allowed = CommitThroughHook(repository, "-m", "email index");

        Assert.NotEqual(0, blocked.ExitCode);
        Assert.Contains("db/V2__email_index.sql:1:1: error MIG102 require-concurrent-index", blocked.Output + blocked.Error, StringComparison.Ordinal);
        Assert.Equal(0, allowed.ExitCode);
        Assert.Contains("email index", repository.Git("log", "--oneline", "-1"), StringComparison.Ordinal);
    }

    [Fact]
    public void Commit_all_is_judged_on_the_index_git_commits_not_the_one_on_disk()
    {
        using var repository = StagedLintTests.CommittedUsersTable();
        Assert.Equal(0, ToolProcess.Run(repository.Path, "init", "--hook").ExitCode);
        repository.Stage("db/V2__email_index.sql", StagedLintTests.ConcurrentIndex);
        repository.Stage("db/U2__email_index.sql", StagedLintTests.DropIndex);
        repository.Commit("email index");
        repository.Write("db/V2__email_index.sql", StagedLintTests.BlockingIndex);

        var blocked = CommitThroughHook(repository, "--all", "-m", "unsafe edit");

        Assert.NotEqual(0, blocked.ExitCode);
        Assert.Contains("error MIG102 require-concurrent-index", blocked.Output + blocked.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_config_written_in_a_subfolder_is_named_by_the_hook_that_runs_at_the_root()
    {
        using var repository = new TempGitRepository();
        repository.Stage("services/api/db/V1__users.sql", StagedLintTests.CreateUsers);
        repository.Stage("services/api/db/U1__users.sql", StagedLintTests.DropUsers);
        repository.Commit();
        var api = Path.Combine(repository.Path, "services", "api");

        var run = ToolProcess.Run(api, "init", "--hook");
        repository.Stage("services/api/db/V2__email_index.sql", StagedLintTests.BlockingIndex);
        var blocked = CommitThroughHook(repository, "-m", "email index");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("installed ../../.git/hooks/pre-commit", run.Output, StringComparison.Ordinal);
        Assert.Contains(
            "exec dotnet migrate-lint lint --staged --config 'services/api/migrate-lint.json'\n",
            File.ReadAllText(Path.Combine(repository.Path, ".git", "hooks", "pre-commit")),
            StringComparison.Ordinal);
        Assert.Contains("services/api/db/V2__email_index.sql:1:1: error MIG101 missing-down-script", blocked.Output + blocked.Error, StringComparison.Ordinal);
    }

    /// <summary>
    /// <c>git commit</c> with the hook enabled. The hook runs <c>dotnet migrate-lint</c>, a local tool in a real project;
    /// here a <c>dotnet</c> first on PATH runs the tool the tests were built with.
    /// </summary>
    private static CliRun CommitThroughHook(TempGitRepository repository, params string[] args)
    {
        var shims = Path.Combine(repository.Path, ".git", "test-shims");
        var dotnet = Path.Combine(shims, "dotnet");
        if (!File.Exists(dotnet))
        {
            Directory.CreateDirectory(shims);
            File.WriteAllText(dotnet, $"#!/bin/sh\n[ \"$1\" = migrate-lint ] || exit 127\nshift\nexec '{ToolProcess.DotnetHost}' '{ToolProcess.Assembly}' \"$@\"\n");
            File.SetUnixFileMode(dotnet, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var path = new Dictionary<string, string> { ["PATH"] = shims + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH") };
        return ToolProcess.Start("git", repository.Path, ["commit", .. args], path);
    }
}
