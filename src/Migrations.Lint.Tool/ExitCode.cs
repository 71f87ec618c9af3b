namespace Migrations.Lint.Tool;

/// <summary>
/// One exit-code table for the whole tool, the one users already script against
/// (the migrate-safe.sh runbook): CI can branch on these without parsing output.
/// </summary>
internal enum ExitCode
{
    Ok = 0,

    /// <summary>Lint errors (or, for the runner, a failed preflight).</summary>
    LintFailed = 1,

    /// <summary>A migration failed while being applied.</summary>
    MigrationFailed = 2,

    /// <summary>Postflight checks failed after applying.</summary>
    PostflightFailed = 3,

    /// <summary>A rollback failed.</summary>
    RollbackFailed = 4,

    /// <summary>Bad command line, bad configuration, unreadable input path.</summary>
    UsageError = 5,

    /// <summary>A bug in migrate-lint itself; the message asks for a report.</summary>
    InternalError = 70,
}
