using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Migrations.Lint.Runner.Ephemeral;

/// <summary>
/// A throwaway local PostgreSQL cluster: initdb into a temporary directory, started on a free port bound
/// to 127.0.0.1, stopped and deleted on dispose (also when the process exits without disposing, and by the
/// next start when a previous owner was killed). For CI runs and tests that need a database but have none.
/// </summary>
/// <remarks>Local connections are trusted, except for the roles passed to <see cref="Start"/>.</remarks>
public sealed class EphemeralCluster : IAsyncDisposable
{
    private const string DirectoryPrefix = "migrate-lint-pg-";

    private readonly PostgresBinaries _binaries;
    private readonly string _root;
    private bool _running;

    private EphemeralCluster(PostgresBinaries binaries, string root)
    {
        _binaries = binaries;
        _root = root;
    }

    public int Port { get; private set; }

    /// <summary>A superuser connection string to the <c>postgres</c> database.</summary>
    public string AdminConnectionString => ConnectionStringFor("postgres");

    /// <summary>Creates, starts and returns a cluster.</summary>
    /// <param name="passwordRoles">Roles that must log in with a password (the cluster trusts everyone else); create them yourself.</param>
    /// <exception cref="RunnerException">The server binaries are missing (<see cref="RunnerErrorKind.Configuration"/>) or the cluster would not start.</exception>
    public static EphemeralCluster Start(params string[] passwordRoles)
    {
        var binaries = PostgresBinaries.Locate();
        RemoveClustersOfDeadOwners(binaries);
        var cluster = new EphemeralCluster(binaries, Directory.CreateTempSubdirectory(DirectoryPrefix).FullName);
        try
        {
            cluster.Initialize(passwordRoles);
            return cluster;
        }
        catch
        {
            cluster.Stop();
            throw;
        }
    }

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

    /// <summary>Creates an empty database with a fresh name and returns its superuser connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string namePrefix = "db_", CancellationToken cancellationToken = default)
    {
        var name = namePrefix + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var create = new NpgsqlCommand($"CREATE DATABASE {SqlQuoting.Identifier(name)}", connection);
        await create.ExecuteNonQueryAsync(cancellationToken);
        return ConnectionStringFor(name);
    }

    public ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= StopOnProcessExit;
        Stop();
        return ValueTask.CompletedTask;
    }

    private void Initialize(string[] passwordRoles)
    {
        File.WriteAllText(Path.Combine(_root, "owner.pid"), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        if (PostgresProcess.IsRoot)
        {
            PostgresProcess.Run("chown", "-R", "postgres:postgres", _root);
        }

        var data = DataDirectory;
        PostgresProcess.RunAsPostgres(_binaries.InitDb, "-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8", "--locale=C");
        RequirePasswordFor(passwordRoles, data);

        AppDomain.CurrentDomain.ProcessExit += StopOnProcessExit;
        Port = FreePort();
        PostgresProcess.RunAsPostgres(
            _binaries.PgCtl, "start", "-w", "-t", "60", "-D", data, "-l", Path.Combine(_root, "server.log"),
            "-o", $"-p {Port} -k {_root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        _running = true;
    }

    private string DataDirectory => Path.Combine(_root, "data");

    private void StopOnProcessExit(object? sender, EventArgs e) => Stop();

    private void Stop()
    {
        if (!Directory.Exists(_root))
        {
            return;
        }

        if (_running)
        {
            _running = false;
            PostgresProcess.RunAsPostgres(_binaries.PgCtl, "stop", "-m", "immediate", "-w", "-D", DataDirectory);
        }

        Directory.Delete(_root, recursive: true);
    }

    /// <summary>pg_hba.conf is first-match: these lines go before initdb's trust lines.</summary>
    private static void RequirePasswordFor(string[] roles, string data)
    {
        var hba = Path.Combine(data, "pg_hba.conf");
        var lines = string.Concat(roles.Select(role => $"host all {role} 127.0.0.1/32 scram-sha-256\n"));
        File.WriteAllText(hba, lines + File.ReadAllText(hba));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A killed owner never ran its exit hook: stop and delete the clusters whose owner is gone.</summary>
    private static void RemoveClustersOfDeadOwners(PostgresBinaries binaries)
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
                    PostgresProcess.RunAsPostgres(binaries.PgCtl, "stop", "-m", "immediate", "-w", "-D", data);
                }
                catch (RunnerException)
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
