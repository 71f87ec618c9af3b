using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Migrations.Lint.Runner.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL cluster for the whole test run: initdb into a temporary directory, start on a
/// free port bound to 127.0.0.1, one fresh database per test, stopped and deleted at the end (also when
/// the process exits without disposing, and on the next run when a previous one was killed).
/// </summary>
public sealed class PostgresCluster : IAsyncLifetime
{
    private const string DirectoryPrefix = "migrate-lint-pg-";

    /// <summary>A role that must log in with a password (the cluster trusts everyone else), for redaction tests.</summary>
    public const string PasswordRole = "secret_role";

    public const string PasswordRolePassword = "Sup3r-S3cret-Pa55";

    private readonly PostgresBinaries _binaries = PostgresBinaries.Locate();
    private string? _root;
    private bool _running;

    public int Port { get; private set; }

    /// <summary>A superuser connection string to the <c>postgres</c> database.</summary>
    public string AdminConnectionString => ConnectionStringFor("postgres");

    public string ConnectionStringFor(string database, string user = "postgres", string? password = null) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Database = database,
            Username = user,
            Password = password,
            Pooling = false,
        }.ConnectionString;

    public async Task InitializeAsync()
    {
        RemoveClustersOfDeadRuns();
        _root = Directory.CreateTempSubdirectory(DirectoryPrefix).FullName;
        await File.WriteAllTextAsync(Path.Combine(_root, "owner.pid"), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        if (ProcessRunner.IsRoot)
        {
            ProcessRunner.Run("chown", "-R", "postgres:postgres", _root);
        }

        var data = Path.Combine(_root, "data");
        ProcessRunner.RunAsPostgres(_binaries.InitDb, "-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8", "--locale=C");
        RequirePasswordFor(PasswordRole, data);

        AppDomain.CurrentDomain.ProcessExit += StopOnProcessExit;
        Port = FreePort();
        ProcessRunner.RunAsPostgres(
            _binaries.PgCtl, "start", "-w", "-t", "60", "-D", data, "-l", Path.Combine(_root, "server.log"),
            "-o", $"-p {Port} -k {_root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        _running = true;

        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand(
            $"CREATE ROLE {PasswordRole} LOGIN PASSWORD '{PasswordRolePassword}'", connection);
        await create.ExecuteNonQueryAsync();
    }

    /// <summary>Creates an empty database for one test and returns its superuser connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "test_" + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();
        return ConnectionStringFor(name);
    }

    public Task DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= StopOnProcessExit;
        Stop();
        return Task.CompletedTask;
    }

    private void StopOnProcessExit(object? sender, EventArgs e) => Stop();

    private void Stop()
    {
        if (_root is null)
        {
            return;
        }

        if (_running)
        {
            _running = false;
            ProcessRunner.RunAsPostgres(_binaries.PgCtl, "stop", "-m", "immediate", "-w", "-D", Path.Combine(_root, "data"));
        }

        Directory.Delete(_root, recursive: true);
        _root = null;
    }

    /// <summary>pg_hba.conf is first-match: this line goes before initdb's trust lines.</summary>
    private static void RequirePasswordFor(string role, string data)
    {
        var hba = Path.Combine(data, "pg_hba.conf");
        File.WriteAllText(hba, $"host all {role} 127.0.0.1/32 scram-sha-256\n" + File.ReadAllText(hba));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A killed test host never ran its exit hook: stop and delete the clusters whose owner is gone.</summary>
    private void RemoveClustersOfDeadRuns()
    {
        foreach (var directory in Directory.GetDirectories(Path.GetTempPath(), DirectoryPrefix + "*"))
        {
            var ownerFile = Path.Combine(directory, "owner.pid");
            if (!File.Exists(ownerFile) || !int.TryParse(File.ReadAllText(ownerFile), out var owner) || IsAlive(owner))
            {
                continue;
            }

            var data = Path.Combine(directory, "data");
            if (File.Exists(Path.Combine(data, "postmaster.pid")))
            {
                try
                {
                    ProcessRunner.RunAsPostgres(_binaries.PgCtl, "stop", "-m", "immediate", "-w", "-D", data);
                }
                catch (InvalidOperationException)
                {
                    // Already stopped: the pid file was stale.
                }
            }

            Directory.Delete(directory, recursive: true);
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
