namespace Migrations.Lint.MSBuild;

/// <summary>What the lint said about a migration in a build that passed.</summary>
internal enum LintVerdict
{
    /// <summary>No finding, or only notes and suppressed ones.</summary>
    Passed,

    /// <summary>At least one warning (possibly silenced by NoWarn), no error.</summary>
    Warnings,

    /// <summary>At or below <c>startAfter</c>: history that is no longer linted.</summary>
    NotLinted,
}
