namespace Migrations.Lint.Diagnostics;

/// <summary>How loud a finding is. <see cref="Off"/> only appears in configuration: an off rule reports nothing.</summary>
public enum Severity
{
    Off,
    Note,
    Warning,
    Error,
}
