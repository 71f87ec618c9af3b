using System.Text.Json;
using Migrations.Lint.Config;
using Migrations.Lint.Runner;
using Migrations.Lint.Runner.Connections;
using Migrations.Lint.Runner.History;

namespace Migrations.Lint.Tool.Commands.Runner;

/// <summary>
/// The <c>runner</c> object of migrate-lint.json: defaults for the runner options, which command-line
/// options override, and the databases apply targets. It holds no password on purpose: that file is
/// committed, and passwords belong in DATABASE_URL, an environment variable a target names, or a secret store.
/// </summary>
internal static class RunnerConfigSettings
{
    private static readonly string[] Keys = ["historyTable", "lockTimeout", "statementTimeout", "lockRetries", "lockWait", "transactionMode", "outOfOrder", "targets"];

    /// <exception cref="UsageException">An unknown key or a value of the wrong kind, named with the file and position.</exception>
    public static RunnerOptions Read(RunnerSection? section)
    {
        var options = RunnerOptions.Default;
        if (section is null)
        {
            return options;
        }

        var where = new ConfigError(section.ConfigPath, section.Position, "").ToString().TrimEnd(' ', ':');
        foreach (var property in section.Settings.EnumerateObject())
        {
            var key = $"{where}: runner.{property.Name}";
            var value = property.Value;
            options = property.Name switch
            {
                "historyTable" => options with { HistoryTable = HistoryTable(Text(value, key)) },
                "lockTimeout" => options with { LockTimeout = DurationText.Parse(Text(value, key), key) },
                "statementTimeout" => options with { StatementTimeout = DurationText.Parse(Text(value, key), key) },
                "lockWait" => options with { LockWait = DurationText.Parse(Text(value, key), key) },
                "lockRetries" => options with { LockRetries = value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var retries) ? retries : throw Expected(key, "a whole number") },
                "transactionMode" => options with { TransactionMode = TransactionModeNamed(Text(value, key)) ?? throw Expected(key, "\"per-migration\", \"all\" or \"none\"") },
                "outOfOrder" => options with { OutOfOrder = value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : throw Expected(key, "true or false") },
                "targets" => options,
                _ => throw new UsageException($"{where}: unknown runner setting '{property.Name}'; expected one of {string.Join(", ", Keys)}"),
            };
        }

        return options;
    }

    /// <summary>
    /// <c>runner.targets</c>: <c>[{ "name": "eu", "connection": "postgres://app@eu-db/app" }, { "name": "us", "connectionEnv": "US_DATABASE_URL" }]</c>.
    /// A literal connection with a password is refused, since the file is committed.
    /// </summary>
    /// <returns>Empty when the section names no targets.</returns>
    /// <exception cref="UsageException">A malformed target, named with the file and position.</exception>
    public static IReadOnlyList<ApplyTarget> Targets(RunnerSection? section, Func<string, string?> environment)
    {
        if (section is null || !section.Settings.TryGetProperty("targets", out var targets))
        {
            return [];
        }

        var where = new ConfigError(section.ConfigPath, section.Position, "").ToString().TrimEnd(' ', ':');
        if (targets.ValueKind != JsonValueKind.Array)
        {
            throw Expected($"{where}: runner.targets", "an array of { \"name\", \"connection\" or \"connectionEnv\" }");
        }

        ApplyTarget[] read = [.. targets.EnumerateArray().Select((target, index) => Target(target, $"{where}: runner.targets[{index}]", environment))];
        return read.GroupBy(target => target.Name, StringComparer.Ordinal).FirstOrDefault(named => named.Count() > 1) is { } twice
            ? throw new UsageException($"{where}: runner.targets: the name '{twice.Key}' is used twice; each target's report is told apart by its name")
            : read;
    }

    private static ApplyTarget Target(JsonElement target, string key, Func<string, string?> environment)
    {
        if (target.ValueKind != JsonValueKind.Object)
        {
            throw Expected(key, "an object");
        }

        var name = target.TryGetProperty("name", out var nameValue) ? Text(nameValue, key + ".name") : throw Expected(key + ".name", "a string");
        var hasLiteral = target.TryGetProperty("connection", out var literal);
        var hasVariable = target.TryGetProperty("connectionEnv", out var variable);
        if (hasLiteral == hasVariable)
        {
            throw Expected(key, "exactly one of \"connection\" and \"connectionEnv\"");
        }

        if (hasVariable)
        {
            var variableName = Text(variable, key + ".connectionEnv");
            var text = environment(variableName);
            return string.IsNullOrWhiteSpace(text)
                ? throw new UsageException($"{key}: target '{name}' reads its connection from {variableName}, which is not set")
                : new ApplyTarget(name, Connection(text, $"{key} ({variableName})"));
        }

        var connection = Connection(Text(literal, key + ".connection"), key + ".connection");
        return connection.HasPassword
            ? throw new UsageException($"{key}: target '{name}' has a password in migrate-lint.json, which is committed; name an environment variable with \"connectionEnv\" instead")
            : new ApplyTarget(name, connection);
    }

    private static ConnectionSettings Connection(string text, string key)
    {
        try
        {
            return ConnectionSettings.Parse(text);
        }
        catch (RunnerException invalid)
        {
            throw new UsageException($"{key}: {invalid.Message}");
        }
    }

    /// <summary><c>schema.name</c>, or <c>name</c> in <c>public</c>.</summary>
    public static HistoryTableName HistoryTable(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? new HistoryTableName("public", text) : new HistoryTableName(text[..dot], text[(dot + 1)..]);
    }

    public static TransactionMode? TransactionModeNamed(string text) => text switch
    {
        "per-migration" => TransactionMode.PerMigration,
        "all" => TransactionMode.All,
        "none" => TransactionMode.None,
        _ => null,
    };

    private static string Text(JsonElement value, string key) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Expected(key, "a string");

    private static UsageException Expected(string key, string what) => new($"{key}: expected {what}");
}
