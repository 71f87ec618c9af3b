namespace Migrations.Lint.Config;

/// <summary>The top-level keys of <c>migrate-lint.json</c>.</summary>
internal static class ConfigKeys
{
    public const string Schema = "$schema";
    public const string Dialect = "dialect";
    public const string PgVersion = "pgVersion";
    public const string Migrations = "migrations";
    public const string Exclude = "exclude";
    public const string Rules = "rules";
    public const string AssumeInTransaction = "assumeInTransaction";
    public const string StartAfter = "startAfter";
    public const string RequireDownScripts = "requireDownScripts";
    public const string Runner = "runner";

    public static IReadOnlyList<string> All { get; } =
    [
        Schema, Dialect, PgVersion, Migrations, Exclude, Rules, AssumeInTransaction, StartAfter, RequireDownScripts, Runner,
    ];
}
