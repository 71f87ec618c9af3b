namespace Migrations.Lint.Tool.Tests.Git;

public sealed class ChangedSinceLintTests
{
    [Fact]
    public void Changed_since_lints_only_the_branch_files()
    {
        using var repository = new TempGitRepository();
        repository.Stage("db/V1__users.sql", StagedLintTests.CreateUsers + StagedLintTests.BlockingIndex);
        repository.Stage("db/U1__users.sql", StagedLintTests.DropUsers);
        repository.Commit();
        repository.Git("switch", "--quiet", "-c", "feature");
        repository.Stage("db/V2__orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);\nCREATE INDEX orders_user ON orders (user_id);\nALTER TABLE users DROP COLUMN email;\n");
        repository.Stage("db/U2__orders.sql", "DROP TABLE orders;\n");
        repository.Commit();

        var run = repository.Lint("--changed-since", "main", "--format", "msbuild");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("db/V2__orders.sql(3,", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("V1__users", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Changed_since_an_unknown_revision_is_a_one_line_usage_error()
    {
        using var repository = StagedLintTests.CommittedUsersTable();

        var run = repository.Lint("--changed-since", "no-such-branch");

        Assert.Equal(5, run.ExitCode);
        Assert.Equal("migrate-lint: unknown git revision 'no-such-branch'", run.Error.Trim());
    }
}
