using System.Globalization;
using Npgsql;

namespace Migrations.Lint.Runner.Connections;

/// <summary>
/// Reads libpq's URL form, <c>postgres[ql]://user:password@host:port[,host2:port2]/database?sslmode=require</c>
/// (what DATABASE_URL usually holds), into Npgsql settings. Errors never quote the password.
/// </summary>
internal static class PostgresUrl
{
    private static readonly string[] Schemes = ["postgresql://", "postgres://"];

    public static bool IsUrl(string text) =>
        Schemes.Any(scheme => text.StartsWith(scheme, StringComparison.OrdinalIgnoreCase));

    /// <exception cref="FormatException">With a message that names the problem and never the password.</exception>
    public static NpgsqlConnectionStringBuilder Parse(string url)
    {
        var rest = url[Schemes.First(scheme => url.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)).Length..];
        var builder = new NpgsqlConnectionStringBuilder();

        var queryStart = rest.IndexOf('?', StringComparison.Ordinal);
        var query = queryStart < 0 ? "" : rest[(queryStart + 1)..];
        rest = queryStart < 0 ? rest : rest[..queryStart];

        var pathStart = rest.IndexOf('/', StringComparison.Ordinal);
        var authority = pathStart < 0 ? rest : rest[..pathStart];
        if (pathStart >= 0 && pathStart + 1 < rest.Length)
        {
            builder.Database = Decode(rest[(pathStart + 1)..]);
        }

        // The password may itself contain '@' when not percent-encoded, so the host starts after the last one.
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            ReadUserInfo(authority[..at], builder);
        }

        ReadHosts(authority[(at + 1)..], builder);
        foreach (var parameter in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = parameter.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(equals < 0 ? parameter : parameter[..equals]);
            var value = equals < 0 ? "" : parameter[(equals + 1)..];
            Apply(name, value, builder);
        }

        return builder;
    }

    private static void ReadUserInfo(string userInfo, NpgsqlConnectionStringBuilder builder)
    {
        var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
        var user = colon < 0 ? userInfo : userInfo[..colon];
        if (user.Length > 0)
        {
            builder.Username = Decode(user);
        }

        if (colon >= 0)
        {
            builder.Password = Decode(userInfo[(colon + 1)..]);
        }
    }

    /// <summary><c>host</c>, <c>host:port</c>, <c>[::1]:port</c>, or several of them separated by commas (failover).</summary>
    private static void ReadHosts(string hostList, NpgsqlConnectionStringBuilder builder)
    {
        if (hostList.Length == 0)
        {
            return;
        }

        var hosts = hostList.Split(',').Select(ReadHost).ToList();
        if (hosts.Count == 1)
        {
            builder.Host = hosts[0].Host;
            if (hosts[0].Port is { } port)
            {
                builder.Port = port;
            }

            return;
        }

        builder.Host = string.Join(',', hosts.Select(host => host.Port is { } port ? $"{host.Host}:{port}" : host.Host));
    }

    private static (string Host, int? Port) ReadHost(string text)
    {
        string host;
        string? port = null;
        if (text.StartsWith('['))
        {
            var close = text.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                throw new FormatException("an IPv6 host in the URL lacks its closing ']'");
            }

            host = text[1..close];
            var after = text[(close + 1)..];
            if (after.Length > 0)
            {
                port = after.StartsWith(':') ? after[1..] : throw new FormatException($"unexpected '{after}' after the IPv6 host");
            }
        }
        else
        {
            var colon = text.LastIndexOf(':');
            host = colon < 0 ? text : text[..colon];
            port = colon < 0 ? null : text[(colon + 1)..];
        }

        if (host.Length == 0)
        {
            throw new FormatException("a host in the URL is empty");
        }

        return (Decode(host), port is null ? null : ReadPort(port));
    }

    private static int ReadPort(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535
            ? port
            : throw new FormatException($"'{text}' is not a port number (1-65535)");

    private static void Apply(string name, string rawValue, NpgsqlConnectionStringBuilder builder)
    {
        var value = Decode(rawValue);
        switch (name)
        {
            case "sslmode":
                builder.SslMode = value switch
                {
                    "disable" => SslMode.Disable,
                    "allow" => SslMode.Allow,
                    "prefer" => SslMode.Prefer,
                    "require" => SslMode.Require,
                    "verify-ca" => SslMode.VerifyCA,
                    "verify-full" => SslMode.VerifyFull,
                    _ => throw new FormatException(
                        $"sslmode '{value}' is not one of disable, allow, prefer, require, verify-ca, verify-full"),
                };
                break;
            case "application_name":
                builder.ApplicationName = value;
                break;
            case "connect_timeout":
                builder.Timeout = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                    ? seconds
                    : throw new FormatException($"connect_timeout '{value}' is not a number of seconds");
                break;
            case "options":
                builder.Options = value;
                break;
            case "sslcert":
                builder.SslCertificate = value;
                break;
            case "sslkey":
                builder.SslKey = value;
                break;
            case "sslrootcert":
                builder.RootCertificate = value;
                break;
            case "target_session_attrs":
                builder.TargetSessionAttributes = value;
                break;
            case "host":
                builder.Host = value;
                break;
            case "port":
                builder.Port = ReadPort(value);
                break;
            case "user":
                builder.Username = value;
                break;
            case "password":
                builder.Password = value;
                break;
            case "dbname":
                builder.Database = value;
                break;
            default:
                throw new FormatException(
                    $"unsupported URL parameter '{name}' (supported: sslmode, application_name, connect_timeout, options, "
                    + "sslcert, sslkey, sslrootcert, target_session_attrs, host, port, user, password, dbname)");
        }
    }

    /// <summary>Percent-decoding; an invalid sequence such as <c>%zz</c> is kept as written.</summary>
    private static string Decode(string text) => Uri.UnescapeDataString(text);
}
