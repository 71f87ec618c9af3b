namespace Migrations.Lint.Suppressions;

/// <summary>What part of a file an inline suppression directive silences.</summary>
public enum DirectiveKind
{
    /// <summary>The statement the comment is in, or else the next one to start after it.</summary>
    DisableNextStatement,

    /// <summary>Findings that start on the comment's line.</summary>
    DisableLine,

    /// <summary>The whole file (a disable before the first statement, or <c>squawk-ignore-file</c> anywhere).</summary>
    DisableFile,

    /// <summary>From the comment until a matching <c>migrate-lint-enable</c> or the end of the file.</summary>
    DisableRange,

    /// <summary>Ends earlier <see cref="DisableFile"/> and <see cref="DisableRange"/> directives for its rules.</summary>
    Enable,
}
