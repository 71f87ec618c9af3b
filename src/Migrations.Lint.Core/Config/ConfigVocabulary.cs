using Migrations.Lint.Diagnostics;

namespace Migrations.Lint.Config;

/// <summary>The words a config file may use for enumerated values; the reader and the schema share them.</summary>
internal static class ConfigVocabulary
{
    public const int MinPgVersion = 9;
    public const int MaxPgVersion = 18;
    public const int DefaultPgVersion = 15;

    public static IReadOnlyList<KeyValuePair<string, DialectSetting>> Dialects { get; } =
    [
        new("postgres", DialectSetting.Postgres),
        new("sqlserver", DialectSetting.SqlServer),
        new("auto", DialectSetting.Auto),
    ];

    public static IReadOnlyList<KeyValuePair<string, Severity>> Severities { get; } =
    [
        new("off", Severity.Off),
        new("note", Severity.Note),
        new("warning", Severity.Warning),
        new("error", Severity.Error),
    ];

    public static string NameOf(Severity severity) => Severities.First(entry => entry.Value == severity).Key;
}
