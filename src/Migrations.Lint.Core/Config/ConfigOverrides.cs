namespace Migrations.Lint.Config;

/// <summary>
/// What the command line says; it wins over the config file. Rule lists take names or codes and
/// are checked when merged (<see cref="EffectiveConfiguration.Merge"/>).
/// </summary>
public sealed record ConfigOverrides
{
    public static ConfigOverrides None { get; } = new();

    public DialectSetting? Dialect { get; init; }

    public int? PgVersion { get; init; }

    public bool? AssumeInTransaction { get; init; }

    /// <summary>Rules to turn on: an off rule reports at its default severity, or as a warning if it is off by default.</summary>
    public IReadOnlyList<string> EnableRules { get; init; } = [];

    /// <summary>Rules to turn off; this wins over <see cref="EnableRules"/>.</summary>
    public IReadOnlyList<string> DisableRules { get; init; } = [];

    /// <summary>Report warnings as errors (notes stay notes).</summary>
    public bool WarningsAsErrors { get; init; }
}
