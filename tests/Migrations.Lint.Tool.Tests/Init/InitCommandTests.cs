using System.Text.Json;
using Migrations.Lint.Config;
using Migrations.Lint.Rules;

namespace Migrations.Lint.Tool.Tests.Init;

public sealed class InitCommandTests
{
    [Fact]
    public void Flyway_postgres_migrations_get_their_folder_dialect_and_pg_version()
    {
        using var project = new TempDirectory();
        project.Write("src/Api/db/migrations/V1__users.sql", "CREATE TABLE users (id bigserial PRIMARY KEY, created_at timestamptz NOT NULL);\n");
        project.Write("src/Api/db/migrations/U1__users.sql", "DROP TABLE users;\n");
        project.Write("src/Api/db/migrations/V2__email.sql", "ALTER TABLE users ADD COLUMN email text;\n");
        project.Write("src/Api/bin/Debug/net8.0/db/migrations/V1__users.sql", "CREATE TABLE users (id bigserial PRIMARY KEY);\n");

        var run = ToolProcess.Run(project.Path, "init");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("wrote migrate-lint.json for the Flyway migrations in src/Api/db/migrations (2 found), dialect postgres", run.Output.Trim());
        var config = ReadConfig(project.Path);
        Assert.Equal(["src/Api/db/migrations"], config.Migrations);
        Assert.Equal(DialectSetting.Postgres, config.Dialect);
        Assert.Equal(15, config.PgVersion);
        Assert.True(config.RequireDownScripts);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(project.Path, "migrate-lint.json")));
        Assert.Equal(ConfigSchemaWriter.SchemaId, json.RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public void Golang_migrate_sql_server_migrations_get_the_sqlserver_dialect_and_no_pg_version()
    {
        using var project = new TempDirectory();
        project.Write("migrations/000001_users.up.sql", "CREATE TABLE [dbo].[Users] ([Id] INT IDENTITY(1,1) NOT NULL);\nGO\n");
        project.Write("migrations/000001_users.down.sql", "DROP TABLE [dbo].[Users];\nGO\n");

        var run = ToolProcess.Run(project.Path, "init");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("GolangMigrate migrations in migrations (1 found), dialect sqlserver", run.Output, StringComparison.Ordinal);
        var config = ReadConfig(project.Path);
        Assert.Equal(["migrations"], config.Migrations);
        Assert.Equal(DialectSetting.SqlServer, config.Dialect);
        Assert.DoesNotContain("pgVersion", File.ReadAllText(Path.Combine(project.Path, "migrate-lint.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Prisma_migrations_do_not_require_down_scripts()
    {
        using var project = new TempDirectory();
        project.Write("prisma/migrations/20240101120000_init/migration.sql", "CREATE TABLE \"User\" (id SERIAL PRIMARY KEY);\n");
        project.Write("prisma/migrations/20240102120000_posts/migration.sql", "CREATE TABLE \"Post\" (id SERIAL PRIMARY KEY);\n");

        Assert.Equal(0, ToolProcess.Run(project.Path, "init").ExitCode);

        var config = ReadConfig(project.Path);
        Assert.Equal(["prisma/migrations"], config.Migrations);
        Assert.False(config.RequireDownScripts);
        Assert.Equal(0, ToolProcess.Run(project.Path, "lint").ExitCode);
    }

    [Fact]
    public void An_existing_config_is_kept_unless_forced()
    {
        using var project = new TempDirectory();
        project.Write("db/V1__users.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n");
        var configPath = project.Write("migrate-lint.json", "{ \"pgVersion\": 16 }\n");

        var refused = ToolProcess.Run(project.Path, "init");
        var unchanged = File.ReadAllText(configPath);
        var forced = ToolProcess.Run(project.Path, "init", "--force");

        Assert.Equal(5, refused.ExitCode);
        Assert.Equal("migrate-lint: migrate-lint.json already exists; use --force to overwrite it", refused.Error.Trim());
        Assert.Equal("{ \"pgVersion\": 16 }\n", unchanged);
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(["db"], ReadConfig(project.Path).Migrations);
    }

    [Fact]
    public void A_folder_without_migrations_is_a_usage_error()
    {
        using var project = new TempDirectory();
        project.Write("README.md", "# nothing here\n");

        var run = ToolProcess.Run(project.Path, "init");

        Assert.Equal(5, run.ExitCode);
        Assert.StartsWith("migrate-lint: no migrations found under ", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(project.Path, "migrate-lint.json")));
    }

    /// <summary>The written file read back by the loader lint uses: it must be a valid config, not only valid JSON.</summary>
    private static EffectiveConfiguration ReadConfig(string directory)
    {
        var result = ConfigLoader.Load(directory, null, ConfigOverrides.None, [.. RuleRegistry.All.Select(rule => rule.Descriptor)]);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Value!;
    }
}
