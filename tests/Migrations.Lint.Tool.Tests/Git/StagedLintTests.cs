namespace Migrations.Lint.Tool.Tests.Git;

public sealed class StagedLintTests
{
    internal const string CreateUsers = "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n";
    internal const string DropUsers = "DROP TABLE users;\n";
    internal const string BlockingIndex = "CREATE INDEX users_email ON users (email);\n";
    internal const string ConcurrentIndex = "CREATE INDEX CONCURRENTLY users_email ON users (email);\n";
    internal const string DropIndex = "DROP INDEX CONCURRENTLY users_email;\n";

    [Fact]
    public void A_staged_unsafe_migration_fails_with_the_finding_at_its_repository_path()
    {
        using var repository = CommittedUsersTable();
        repository.Stage("db/V2__email_index.sql", BlockingIndex);
        repository.Stage("db/U2__email_index.sql", DropIndex);

        var run = repository.Lint("--staged");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("db/V2__email_index.sql:1:1: error MIG102 require-concurrent-index", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("V1__users", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_staged_content_is_judged_not_the_work_tree()
    {
        using var repository = CommittedUsersTable();
        repository.Stage("db/U2__email_index.sql", DropIndex);
        repository.Stage("db/V2__email_index.sql", BlockingIndex);
        repository.Write("db/V2__email_index.sql", ConcurrentIndex);

        var unsafeInIndex = repository.Lint("--staged");

        repository.Stage("db/V2__email_index.sql", ConcurrentIndex);
        repository.Write("db/V2__email_index.sql", BlockingIndex);
        var safeInIndex = repository.Lint("--staged");

        Assert.Equal(1, unsafeInIndex.ExitCode);
        Assert.Contains("require-concurrent-index", unsafeInIndex.Output, StringComparison.Ordinal);
        Assert.Equal(0, safeInIndex.ExitCode);
        Assert.Equal(1, repository.Lint().ExitCode);
    }

    [Fact]
    public void A_staged_up_script_without_its_down_in_the_index_is_reported()
    {
        using var repository = CommittedUsersTable();
        repository.Stage("db/V2__email_index.sql", ConcurrentIndex);
        repository.Write("db/U2__email_index.sql", DropIndex);

        var run = repository.Lint("--staged");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("db/V2__email_index.sql:1:1: error MIG101 missing-down-script", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_staged_up_script_whose_down_is_committed_is_paired_with_it()
    {
        using var repository = CommittedUsersTable();
        repository.Stage("db/U2__email_index.sql", DropIndex);
        repository.Commit();
        repository.Stage("db/V2__email_index.sql", ConcurrentIndex);

        var run = repository.Lint("--staged");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("in 1 file", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_staged_that_is_a_migration_passes_with_a_note()
    {
        using var repository = CommittedUsersTable();
        repository.Stage("README.md", "# schema\n");
        repository.Write("db/V2__email_index.sql", BlockingIndex);

        var run = repository.Lint("--staged");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("migrate-lint: no staged migrations to lint", run.Error.Trim());
    }

    [Fact]
    public void Outside_a_git_repository_it_is_a_one_line_usage_error()
    {
        using var folder = new TempDirectory();
        folder.Write("V1__users.sql", CreateUsers);

        var run = ToolProcess.Run(folder.Path, "lint", "--staged");

        Assert.Equal(5, run.ExitCode);
        Assert.Equal($"migrate-lint: not inside a git work tree: {folder.Path}", run.Error.Trim());
    }

    internal static TempGitRepository CommittedUsersTable()
    {
        var repository = new TempGitRepository();
        repository.Stage("db/V1__users.sql", CreateUsers);
        repository.Stage("db/U1__users.sql", DropUsers);
        repository.Commit();
        return repository;
    }
}
