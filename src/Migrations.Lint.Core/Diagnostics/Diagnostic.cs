namespace Migrations.Lint.Diagnostics;

/// <summary>
/// One finding, as plain data: reporters only render it. <see cref="Help"/> is the one-line safe
/// alternative; <see cref="Suppression"/> is set when an inline directive silenced it (SARIF still
/// lists suppressed findings, other reporters skip them).
/// </summary>
public sealed record Diagnostic(
    RuleDescriptor Rule,
    Severity Severity,
    string Message,
    SourceLocation Location,
    string? Help = null,
    DiagnosticSuppression? Suppression = null)
{
    public bool IsSuppressed => Suppression is not null;
}

/// <summary>Why a finding is silenced: the directive's text and its justification, if one was written.</summary>
public sealed record DiagnosticSuppression(string Directive, string? Justification);
