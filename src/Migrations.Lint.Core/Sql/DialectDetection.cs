namespace Migrations.Lint.Sql;

/// <summary>The dialect <see cref="DialectDetector"/> recognised, or null when the text does not say; and why.</summary>
/// <param name="IsConflicting">Undecided because the text shows as much syntax of one dialect as of the other (not for lack of any).</param>
public readonly record struct DialectDetection(Dialect? Dialect, string Reason, bool IsConflicting = false);
