using Migrations.Lint.Diagnostics;

namespace Migrations.Lint.Reporting;

/// <summary>The lower-case severity words of the text, json and SARIF formats.</summary>
internal static class SeverityNames
{
    public static string Of(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Note => "note",
        _ => "none",
    };
}
