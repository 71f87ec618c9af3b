namespace Migrations.Lint.Sql;

/// <summary>The dialect <see cref="DialectDetector"/> recognised, or null when the text does not say; and why.</summary>
public readonly record struct DialectDetection(Dialect? Dialect, string Reason);
