using System.Text.Json;
using Migrations.Lint.Runner.Ephemeral;
using Npgsql;

namespace Migrations.Lint.Tool.Tests.Runner;

[Collection(DatabaseCollection.Name)]
public sealed class BackupTests(DatabaseCluster cluster)
{
    [Fact]
    public async Task Backup_dumps_before_applying_with_the_password_kept_out_of_sight()
    {
        var (url, _) = await DatabaseOwnedByPasswordRoleAsync();
        using var files = FlywayFiles.SafeSet();
        var backups = Path.Combine(files.Path, "backups");
        var log = Path.Combine(files.Path, "events.jsonl");

        var run = CliRun.Of("apply", files.Path, "--connection", url, "--backup", "--backup-dir", backups, "--log-file", log, "--format", "json");

        Assert.True(run.ExitCode == 0, run.Error);
        var dump = Assert.Single(Directory.GetFiles(backups, "*.dump"));
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(dump, json.RootElement.GetProperty("backup").GetProperty("path").GetString());
        Assert.Contains($"\"path\":\"{dump}\"", File.ReadAllText(log), StringComparison.Ordinal);

        // Taken before the migrations ran: the dump holds the empty database, with no users table yet.
        var contents = RestoreList(dump);
        Assert.DoesNotContain("TABLE public users", contents, StringComparison.Ordinal);
        Assert.DoesNotContain(DatabaseCluster.PasswordRolePassword, run.Output + run.Error + File.ReadAllText(log), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_text_report_names_the_backup_and_pg_restore_reads_it()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var files = FlywayFiles.SafeSet();
        var backups = Path.Combine(files.Path, "backups");
        Assert.Equal(0, CliRun.Of("apply", files.Path, "--connection", database, "--steps", "1").ExitCode);

        var run = CliRun.Of("apply", files.Path, "--connection", database, "--backup", "--backup-dir", backups);

        Assert.True(run.ExitCode == 0, run.Error);
        var dump = Assert.Single(Directory.GetFiles(backups));
        Assert.Contains($"Backup: {dump} (", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"^cli_[0-9a-f]{32}-\d{8}T\d{6}Z\.dump$", Path.GetFileName(dump));
        Assert.Contains("TABLE public users", RestoreList(dump), StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_backup_on_a_dry_run_or_when_nothing_is_pending()
    {
        var database = await cluster.CreateDatabaseAsync();
        using var files = FlywayFiles.SafeSet();
        var backups = Path.Combine(files.Path, "backups");

        var dryRun = CliRun.Of("apply", files.Path, "--connection", database, "--backup", "--backup-dir", backups, "--dry-run");
        Assert.True(dryRun.ExitCode == 0, dryRun.Error);
        Assert.False(Directory.Exists(backups));

        Assert.Equal(0, CliRun.Of("apply", files.Path, "--connection", database).ExitCode);
        var upToDate = CliRun.Of("apply", files.Path, "--connection", database, "--backup", "--backup-dir", backups);
        Assert.True(upToDate.ExitCode == 0, upToDate.Error);
        Assert.DoesNotContain("Backup:", upToDate.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(backups));
    }

    [Fact]
    public async Task A_failing_pg_dump_refuses_to_apply_with_exit_2()
    {
        var (url, superuser) = await DatabaseOwnedByPasswordRoleAsync();

        // A table the migrating role may not read: pg_dump stops with "permission denied".
        await DatabaseCluster.ExecuteAsync(superuser, "CREATE TABLE secrets (id int)");
        using var files = FlywayFiles.SafeSet();
        var backups = Path.Combine(files.Path, "backups");

        var run = CliRun.Of("apply", files.Path, "--connection", url, "--backup", "--backup-dir", backups);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("backup of cli_secret_role@", run.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was applied: pg_dump exited with 1", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(backups));
        Assert.False(await DatabaseCluster.ScalarAsync<bool>(superuser, "SELECT to_regclass('users') IS NOT NULL"));
    }

    [Fact]
    public void Backup_dir_without_backup_exits_5()
    {
        using var files = FlywayFiles.SafeSet();

        var run = CliRun.Of("apply", files.Path, "--connection", "Host=127.0.0.1;Database=none", "--backup-dir", files.Path);

        Assert.Equal(5, run.ExitCode);
        Assert.Contains("--backup-dir needs --backup", run.Error, StringComparison.Ordinal);
    }

    /// <summary>A fresh database the password role owns: a postgres:// URL with the password in it, and the superuser's connection string.</summary>
    private async Task<(string Url, string Superuser)> DatabaseOwnedByPasswordRoleAsync()
    {
        var superuser = await cluster.CreateDatabaseAsync();
        var name = new NpgsqlConnectionStringBuilder(superuser).Database;
        await DatabaseCluster.ExecuteAsync(cluster.Cluster.AdminConnectionString, $"ALTER DATABASE {name} OWNER TO {DatabaseCluster.PasswordRole}");
        return ($"postgres://{DatabaseCluster.PasswordRole}:{DatabaseCluster.PasswordRolePassword}@127.0.0.1:{cluster.Cluster.Port}/{name}", superuser);
    }

    /// <summary>pg_restore's table of contents of a custom-format dump; fails the test when it cannot read the file.</summary>
    private static string RestoreList(string dump)
    {
        var pgRestore = PostgresPrograms.Find("pg_restore") ?? throw new InvalidOperationException("pg_restore is not installed");
        var list = ToolProcess.Start(pgRestore, Path.GetDirectoryName(dump)!, ["--list", dump]);
        Assert.True(list.ExitCode == 0, list.Error);
        return list.Output;
    }
}
