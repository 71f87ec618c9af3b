namespace Migrations.Lint.Tool.Tests.Git;

/// <summary>A real git repository in a scratch folder, on branch main, with a committer set locally.</summary>
internal sealed class TempGitRepository : IDisposable
{
    private readonly TempDirectory _directory = new();

    public TempGitRepository()
    {
        Git("init", "--quiet", "--initial-branch=main");
        Git("config", "user.name", "Migrations Lint Tests");
        Git("config", "user.email", "tests@example.com");
        Git("config", "commit.gpgsign", "false");
    }

    public string Path => _directory.Path;

    public string Write(string relativePath, string text) => _directory.Write(relativePath, text);

    /// <summary>Runs git; its standard output when it succeeds, else the test fails with git's message.</summary>
    public string Git(params string[] args)
    {
        var run = ToolProcess.Start("git", Path, args);
        Assert.True(run.ExitCode == 0, $"git {string.Join(' ', args)} failed: {run.Error}");
        return run.Output;
    }

    public void Stage(string relativePath, string text)
    {
        Write(relativePath, text);
        Git("add", "--", relativePath);
    }

    public void Commit(string message = "migrations") => Git("commit", "--quiet", "--no-verify", "-m", message);

    public CliRun Lint(params string[] args) => ToolProcess.Run(Path, ["lint", .. args]);

    public void Dispose() => _directory.Dispose();
}
