namespace Migrations.Lint.Tool.Tests.Runner;

public sealed class NewCommandTests
{
    [Fact]
    public void Flyway_folder_gets_the_next_version_pair()
    {
        using var temp = new TempDirectory();
        temp.Write("V1__create_users.sql", "CREATE TABLE users (id int);\n");
        temp.Write("U1__create_users.sql", "DROP TABLE users;\n");
        temp.Write("V10.2__add_email.sql", "ALTER TABLE users ADD COLUMN email text;\n");
        temp.Write("U10.2__add_email.sql", "ALTER TABLE users DROP COLUMN email;\n");

        var run = CliRun.Of("new", "Add users.email index", "--dir", temp.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(temp.Path, "V11__add_users_email_index.sql")));
        Assert.True(File.Exists(Path.Combine(temp.Path, "U11__add_users_email_index.sql")));
    }

    [Fact]
    public void Golang_migrate_keeps_the_zero_padding()
    {
        using var temp = new TempDirectory();
        temp.Write("000009_create_users.up.sql", "CREATE TABLE users (id int);\n");
        temp.Write("000009_create_users.down.sql", "DROP TABLE users;\n");

        Assert.Equal(0, CliRun.Of("new", "create orders", "--dir", temp.Path).ExitCode);

        Assert.True(File.Exists(Path.Combine(temp.Path, "000010_create_orders.up.sql")));
        Assert.True(File.Exists(Path.Combine(temp.Path, "000010_create_orders.down.sql")));
    }

    [Fact]
    public void Timestamped_folders_get_a_newer_timestamp_folder()
    {
        using var temp = new TempDirectory();
        temp.Write("20200101120000_create_users/up.sql", "CREATE TABLE users (id int);\n");
        temp.Write("20200101120000_create_users/down.sql", "DROP TABLE users;\n");

        var run = CliRun.Of("new", "create orders", "--dir", temp.Path);

        Assert.Equal(0, run.ExitCode);
        var created = Assert.Single(Directory.GetDirectories(temp.Path, "*_create_orders"));
        Assert.Matches(@"^20\d{12}_create_orders$", Path.GetFileName(created));
        Assert.True(string.CompareOrdinal(Path.GetFileName(created), "20200101120000") > 0);
        Assert.True(File.Exists(Path.Combine(created, "up.sql")));
        Assert.True(File.Exists(Path.Combine(created, "down.sql")));
    }

    [Fact]
    public void An_empty_folder_starts_a_flyway_set_and_refuses_to_overwrite()
    {
        using var temp = new TempDirectory();

        Assert.Equal(0, CliRun.Of("new", "init", "--dir", temp.Path).ExitCode);
        Assert.True(File.Exists(Path.Combine(temp.Path, "V1__init.sql")));

        File.Delete(Path.Combine(temp.Path, "V1__init.sql"));
        var again = CliRun.Of("new", "init", "--dir", temp.Path);
        Assert.Equal(5, again.ExitCode);
        Assert.Contains("U1__init.sql already exists", again.Error, StringComparison.Ordinal);
    }
}
