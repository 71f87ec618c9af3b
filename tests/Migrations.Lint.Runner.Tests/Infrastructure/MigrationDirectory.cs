using Migrations.Lint.Migrations;

namespace Migrations.Lint.Runner.Tests.Infrastructure;

/// <summary>A temporary folder of migration files, discovered the way the tool discovers them.</summary>
internal sealed class MigrationDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("migrate-lint-migrations-").FullName;

    public MigrationDirectory Add(string relativePath, string sql)
    {
        var file = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, sql);
        return this;
    }

    public MigrationDirectory Remove(string relativePath)
    {
        File.Delete(System.IO.Path.Combine(Path, relativePath));
        return this;
    }

    public IReadOnlyList<Migration> Discover()
    {
        var set = MigrationSet.Discover([Path]);
        Assert.Empty(set.Findings);
        return set.Migrations;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
