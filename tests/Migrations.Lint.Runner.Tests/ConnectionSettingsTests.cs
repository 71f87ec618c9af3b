using Migrations.Lint.Runner.Connections;
using Npgsql;

namespace Migrations.Lint.Runner.Tests;

public sealed class ConnectionSettingsTests
{
    [Fact]
    public void A_url_gives_user_password_host_port_database_and_parameters()
    {
        var settings = ConnectionSettings.Parse(
            "postgresql://deploy:p%40ss%3Aword@db.internal:6432/app%20db?sslmode=require&application_name=ci&connect_timeout=7");
        var builder = Builder(settings);

        Assert.Equal(
            ("deploy", "p@ss:word", "db.internal", 6432, "app db", SslMode.Require, "ci", 7),
            (builder.Username, builder.Password, builder.Host, builder.Port, builder.Database, builder.SslMode, builder.ApplicationName, builder.Timeout));
        Assert.Equal("deploy@db.internal:6432/app db", settings.Display);
    }

    [Fact]
    public void A_url_may_list_several_hosts_and_ipv6_addresses()
    {
        var builder = Builder(ConnectionSettings.Parse("postgres://u@[::1]:5433,replica:5434/app?target_session_attrs=read-write"));

        Assert.Equal(("::1:5433,replica:5434", "read-write"), (builder.Host, builder.TargetSessionAttributes));
    }

    [Fact]
    public void A_password_with_an_unencoded_at_sign_still_parses()
    {
        var builder = Builder(ConnectionSettings.Parse("postgres://u:pa@ss@localhost/app"));

        Assert.Equal(("pa@ss", "localhost"), (builder.Password, builder.Host));
    }

    [Fact]
    public void The_npgsql_keyword_form_is_read_as_is()
    {
        var builder = Builder(ConnectionSettings.Parse("Host=localhost;Port=5433;Database=app;Username=u;Password=secret"));

        Assert.Equal(("localhost", 5433, "app", "secret"), (builder.Host, builder.Port, builder.Database, builder.Password));
    }

    [Theory]
    [InlineData("postgres://u:hunter2@localhost:notaport/app", "'notaport' is not a port number")]
    [InlineData("postgres://u:hunter2@localhost/app?sslmode=sometimes", "sslmode 'sometimes' is not one of")]
    [InlineData("postgres://u:hunter2@localhost/app?statement_timeout=5", "unsupported URL parameter 'statement_timeout'")]
    [InlineData("postgres://u:hunter2@/app", "it names no host")]
    [InlineData("Host=localhost;Password=hunter2;Port=notaport", "invalid connection string:")]
    [InlineData("Host=localhost;Pasword=hunter2", "invalid connection string:")]
    [InlineData("hunter2", "expected a postgres:// URL or keywords")]
    [InlineData("   ", "it is empty")]
    public void Malformed_connection_strings_give_one_line_without_the_password(string text, string expected)
    {
        var error = Assert.Throws<RunnerException>(() => ConnectionSettings.Parse(text));

        Assert.Equal(RunnerErrorKind.Configuration, error.Kind);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Resolve_prefers_the_explicit_string_then_database_url()
    {
        var fromEnvironment = ConnectionSettings.Resolve(null, name => name == "DATABASE_URL" ? "postgres://env@envhost/envdb" : null);
        var explicitOne = ConnectionSettings.Resolve("postgres://cli@clihost/clidb", _ => "postgres://env@envhost/envdb");
        var missing = Assert.Throws<RunnerException>(() => ConnectionSettings.Resolve(" ", _ => null));

        Assert.Equal("env@envhost:5432/envdb", fromEnvironment.Display);
        Assert.Equal("cli@clihost:5432/clidb", explicitOne.Display);
        Assert.Contains("DATABASE_URL", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Redact_hides_the_password_wherever_it_appears()
    {
        var settings = ConnectionSettings.Parse("postgres://u:s3cr%21t@localhost/app");

        Assert.Equal(
            "failed: invalid input \"***\" near postgres://u:***@localhost/app and Password=***;Host=x",
            settings.Redact("failed: invalid input \"s3cr!t\" near postgres://u:s3cr%21t@localhost/app and Password=other;Host=x"));
    }

    [Theory]
    [InlineData("postgres://admin:topsecret@host:5432/db", "postgres://admin:***@host:5432/db")]
    [InlineData("postgresql://admin:top@secret@host/db", "postgresql://admin:***@host/db")]
    [InlineData("Host=h;Password='it''s; secret';Port=5", "Host=h;Password=***;Port=5")]
    [InlineData("host=h pwd=topsecret user=u", "host=h pwd=*** user=u")]
    [InlineData("postgres://h/db?password=topsecret&sslmode=require", "postgres://h/db?password=***&sslmode=require")]
    [InlineData("postgres://admin@host/db", "postgres://admin@host/db")]
    public void Connection_strings_are_masked_even_when_malformed(string text, string expected) =>
        Assert.Equal(expected, SecretRedaction.RedactConnectionStrings(text));

    private static NpgsqlConnectionStringBuilder Builder(ConnectionSettings settings) => new(settings.ConnectionString);
}
