namespace Migrations.Lint.Manifest;

/// <summary>What the lint said about a migration.</summary>
public enum LintVerdict
{
    /// <summary>No finding, or only notes and suppressed ones.</summary>
    Passed,

    /// <summary>At least one warning (possibly silenced by NoWarn), no error.</summary>
    Warnings,

    /// <summary>At or below <c>startAfter</c>: history that is no longer linted.</summary>
    NotLinted,

    /// <summary>
    /// Lint errors. The task never writes it (a failed lint deletes the manifest), but a manifest from
    /// elsewhere may say so, and the runner refuses it.
    /// </summary>
    Failed,
}
