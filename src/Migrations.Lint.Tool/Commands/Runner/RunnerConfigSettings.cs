using System.Text.Json;
using Migrations.Lint.Config;
using Migrations.Lint.Runner;
using Migrations.Lint.Runner.History;

namespace Migrations.Lint.Tool.Commands.Runner;

/// <summary>
/// The <c>runner</c> object of migrate-lint.json: defaults for the runner options, which command-line
/// options override. It holds no connection string on purpose: that file is committed, and passwords
/// belong in DATABASE_URL or a secret store.
/// </summary>
internal static class RunnerConfigSettings
{
    private static readonly string[] Keys = ["historyTable", "lockTimeout", "statementTimeout", "lockRetries", "lockWait", "transactionMode", "outOfOrder"];

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
                _ => throw new UsageException($"{where}: unknown runner setting '{property.Name}'; expected one of {string.Join(", ", Keys)}"),
            };
        }

        return options;
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
