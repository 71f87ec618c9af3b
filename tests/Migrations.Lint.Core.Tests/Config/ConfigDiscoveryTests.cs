using Migrations.Lint.Config;

namespace Migrations.Lint.Core.Tests.Config;

public sealed class ConfigDiscoveryTests : IDisposable
{
    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public void Finds_the_config_in_a_folder_above_the_start_folder()
    {
        var config = _root.File("repo/migrate-lint.json", "{}");
        var start = _root.Folder("repo/db/migrations/2024");

        Assert.Equal(config, ConfigLoader.Discover(start));
    }

    [Fact]
    public void Starts_from_the_folder_of_a_file_path()
    {
        var config = _root.File("repo/db/migrate-lint.json", "{}");
        var migration = _root.File("repo/db/migrations/V1__init.sql", "select 1;");

        Assert.Equal(config, ConfigLoader.Discover(migration));
    }

    [Fact]
    public void The_nearest_config_wins()
    {
        _root.File("repo/migrate-lint.json", "{}");
        var nearer = _root.File("repo/db/migrate-lint.json", "{}");

        Assert.Equal(nearer, ConfigLoader.Discover(_root.Folder("repo/db/migrations")));
    }

    [Fact]
    public void A_config_in_the_start_folder_itself_is_found()
    {
        var config = _root.File("repo/migrate-lint.json", "{}");

        Assert.Equal(config, ConfigLoader.Discover(Path.Combine(_root.Path, "repo")));
    }

    [Fact]
    public void A_folder_named_like_the_config_is_not_a_config()
    {
        _root.Folder("repo/db/migrate-lint.json");
        var config = _root.File("repo/migrate-lint.json", "{}");

        Assert.Equal(config, ConfigLoader.Discover(_root.Folder("repo/db")));
    }

    [Fact]
    public void Without_a_config_anywhere_above_the_defaults_apply()
    {
        var start = _root.Folder("repo/db");

        var result = ConfigLoader.Load(start, explicitConfigPath: null, ConfigOverrides.None, TestRules.All);

        Assert.Null(ConfigLoader.Discover(start));
        Assert.True(result.Succeeded);
        Assert.Null(result.Value.ConfigPath);
        Assert.Null(result.Value.ConfigDirectory);
        Assert.Equal(15, result.Value.PgVersion);
        Assert.Equal(TestRules.BanDropTable.DefaultSeverity, result.Value.GetSeverity(TestRules.BanDropTable));
    }

    [Fact]
    public void Load_reads_the_discovered_file()
    {
        var config = _root.File("repo/migrate-lint.json", """{ "pgVersion": 13 }""");

        var result = ConfigLoader.Load(_root.Folder("repo/db"), explicitConfigPath: null, ConfigOverrides.None, TestRules.All);

        Assert.True(result.Succeeded);
        Assert.Equal(config, result.Value.ConfigPath);
        Assert.Equal(Path.Combine(_root.Path, "repo"), result.Value.ConfigDirectory);
        Assert.Equal(13, result.Value.PgVersion);
    }

    [Fact]
    public void An_explicit_config_path_replaces_discovery()
    {
        _root.File("repo/migrate-lint.json", """{ "pgVersion": 13 }""");
        var explicitConfig = _root.File("elsewhere/ci.json", """{ "pgVersion": 16 }""");

        var result = ConfigLoader.Load(_root.Folder("repo/db"), explicitConfig, ConfigOverrides.None, TestRules.All);

        Assert.True(result.Succeeded);
        Assert.Equal(explicitConfig, result.Value.ConfigPath);
        Assert.Equal(16, result.Value.PgVersion);
    }

    [Fact]
    public void A_missing_explicit_config_is_an_error()
    {
        var missing = Path.Combine(_root.Path, "nope.json");

        var result = ConfigLoader.Load(_root.Path, missing, ConfigOverrides.None, TestRules.All);

        Assert.False(result.Succeeded);
        Assert.Equal($"{missing}: config file not found", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void Errors_in_a_discovered_file_name_its_full_path()
    {
        var config = _root.File("repo/migrate-lint.json", "{\n  \"pgVersion\": 99\n}");

        var result = ConfigLoader.Load(_root.Folder("repo"), explicitConfigPath: null, ConfigOverrides.None, TestRules.All);

        Assert.Equal(
            $"{config}(2,16): \"pgVersion\" must be an integer from 9 to 18 (got 99)",
            Assert.Single(result.Errors).ToString());
    }
}
