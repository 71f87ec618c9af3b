using Migrations.Lint.Reporting;

namespace Migrations.Lint.Core.Tests.Reporting;

public sealed class ReportContextTests
{
    private static readonly ReportContext Context = new(Path.GetFullPath("/repo/db")) { RepositoryRoot = Path.GetFullPath("/repo") };

    [Theory]
    [InlineData("migrations/001.sql", "migrations/001.sql", "db/migrations/001.sql")]
    [InlineData("./migrations/../migrations/001.sql", "migrations/001.sql", "db/migrations/001.sql")]
    [InlineData("/repo/db/migrations/001.sql", "migrations/001.sql", "db/migrations/001.sql")]
    [InlineData("/repo/scripts/seed.sql", "../scripts/seed.sql", "scripts/seed.sql")]
    [InlineData("", "", "")]
    public void Paths_are_relative_with_forward_slashes(string path, string fromWorkingDirectory, string fromRepository)
    {
        Assert.Equal(fromWorkingDirectory, Context.RelativePath(path));
        Assert.Equal(fromRepository, Context.RepositoryPath(path));
    }

    [Fact]
    public void The_repository_root_defaults_to_the_working_directory()
    {
        var context = new ReportContext(Path.GetFullPath("/repo/db"));

        Assert.Equal(context.WorkingDirectory, context.RepositoryRoot);
        Assert.Equal("migrations/001.sql", context.RepositoryPath("migrations/001.sql"));
        Assert.False(context.UseColor);
        Assert.Equal(ToolIdentity.Current, context.Tool);
    }
}
