namespace Migrations.Lint.Sql;

/// <summary>The dialect a script is read in, where that came from and, when its syntax was read, why.</summary>
/// <param name="Reason">The detector's explanation; null when the name or the configuration gave the dialect.</param>
/// <param name="IsNoteworthy">
/// Worth telling the user: detection moved the script away from the default dialect, or its syntax pointed both
/// ways. A given dialect, and a script without telling syntax that falls back to the default, are not.
/// </param>
public sealed record DialectChoice(Dialect Dialect, DialectOrigin Origin, string? Reason = null, bool IsNoteworthy = false);
