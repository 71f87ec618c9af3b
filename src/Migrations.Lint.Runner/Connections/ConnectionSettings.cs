using Npgsql;

namespace Migrations.Lint.Runner.Connections;

/// <summary>
/// Where and how to connect, from a <c>postgres://</c> URL (DATABASE_URL) or an Npgsql keyword string
/// (<c>Host=…;Database=…</c>). Everything it shows goes through <see cref="Redact"/>.
/// </summary>
public sealed class ConnectionSettings
{
    /// <summary>The environment variable read when no connection string is given.</summary>
    public const string EnvironmentVariable = "DATABASE_URL";

    /// <summary>What pg_stat_activity shows for the runner's sessions unless the connection string names one.</summary>
    public const string DefaultApplicationName = "migrate-lint";

    private readonly NpgsqlConnectionStringBuilder _builder;

    private ConnectionSettings(NpgsqlConnectionStringBuilder builder)
    {
        _builder = builder;
    }

    /// <summary><c>user@host:port/database</c>, for messages; never the password.</summary>
    public string Display => Redact($"{_builder.Username ?? "(default user)"}@{_builder.Host}:{_builder.Port}/{_builder.Database ?? "(default database)"}");

    public string? Database => _builder.Database;

    /// <summary>Whether the connection string carries a password (migrate-lint.json must not).</summary>
    public bool HasPassword => !string.IsNullOrEmpty(_builder.Password);

    /// <summary>Reads <paramref name="text"/> in either form.</summary>
    /// <exception cref="RunnerException">A one-line <see cref="RunnerErrorKind.Configuration"/> error without the password.</exception>
    public static ConnectionSettings Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Trim();
        if (text.Length == 0)
        {
            throw Invalid("it is empty");
        }

        var isUrl = PostgresUrl.IsUrl(text);
        if (!isUrl && !text.Contains('=', StringComparison.Ordinal))
        {
            throw Invalid("expected a postgres:// URL or keywords such as 'Host=localhost;Database=app;Username=app'");
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = isUrl ? PostgresUrl.Parse(text) : new NpgsqlConnectionStringBuilder(text);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidCastException or OverflowException)
        {
            throw Invalid(SecretRedaction.RedactConnectionStrings(FirstLine(e.Message)));
        }

        if (string.IsNullOrEmpty(builder.Host))
        {
            throw Invalid("it names no host");
        }

        return new ConnectionSettings(builder);
    }

    /// <summary>The explicit connection string when there is one, else <see cref="EnvironmentVariable"/>.</summary>
    /// <exception cref="RunnerException">Neither is set, or the one chosen is malformed.</exception>
    public static ConnectionSettings Resolve(string? explicitConnection, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var text = string.IsNullOrWhiteSpace(explicitConnection) ? environment(EnvironmentVariable) : explicitConnection;
        return string.IsNullOrWhiteSpace(text)
            ? throw new RunnerException(
                RunnerErrorKind.Configuration, $"no database to connect to: pass a connection string or set {EnvironmentVariable}")
            : Parse(text);
    }

    /// <summary>Replaces the password, and any connection string's password, in <paramref name="text"/> with <c>***</c>.</summary>
    public string Redact(string text) =>
        SecretRedaction.RedactSecret(SecretRedaction.RedactConnectionStrings(text), _builder.Password);

    /// <summary>A failure of this database as the runner reports it: one redacted line naming the database.</summary>
    internal RunnerException DatabaseError(NpgsqlException e) =>
        new(RunnerErrorKind.Database, Redact($"{Display}: {DatabaseConnector.Describe(e)}"), e);

    /// <summary>
    /// What the runner connects with. Pooling is off: a pooled connection would keep (or a reset would
    /// silently drop) the session-level advisory lock, and a run needs only two connections anyway.
    /// </summary>
    internal string ConnectionString
    {
        get
        {
            var builder = new NpgsqlConnectionStringBuilder(_builder.ConnectionString) { Pooling = false };
            if (string.IsNullOrEmpty(builder.ApplicationName))
            {
                builder.ApplicationName = DefaultApplicationName;
            }

            return builder.ConnectionString;
        }
    }

    /// <summary>
    /// The connection as libpq's environment variables, for pg_dump: the password goes in PGPASSWORD
    /// because a command-line argument would show in every process listing.
    /// </summary>
    internal IEnumerable<(string Name, string Value)> LibpqEnvironment()
    {
        (string Name, string? Value)[] variables =
        [
            ("PGHOST", _builder.Host),
            ("PGPORT", _builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("PGDATABASE", _builder.Database),
            ("PGUSER", _builder.Username),
            ("PGPASSWORD", _builder.Password),
            ("PGSSLMODE", _builder.SslMode switch
            {
                SslMode.Disable => "disable",
                SslMode.Allow => "allow",
                SslMode.Require => "require",
                SslMode.VerifyCA => "verify-ca",
                SslMode.VerifyFull => "verify-full",
                _ => "prefer",
            }),
            ("PGAPPNAME", string.IsNullOrEmpty(_builder.ApplicationName) ? DefaultApplicationName : _builder.ApplicationName),
        ];
        return variables.Where(variable => !string.IsNullOrEmpty(variable.Value)).Select(variable => (variable.Name, variable.Value!));
    }

    public override string ToString() => Display;

    private static RunnerException Invalid(string reason) =>
        new(RunnerErrorKind.Configuration, $"invalid connection string: {reason}");

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
