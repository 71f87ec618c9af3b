using System.Text;
using Migrations.Lint.Diagnostics;

namespace Migrations.Lint.Reporting;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…::message</c>) that become annotations on the
/// pull request diff. Paths are relative to the repository root, which is where Actions resolves them.
/// Notes become <c>notice</c> annotations.
/// </summary>
public sealed class GitHubReporter : IReporter
{
    public const string FormatName = "github";

    public string Format => FormatName;

    public void Write(LintReport report, ReportContext context, TextWriter output)
    {
        foreach (var diagnostic in ReportOrder.Visible(report, context))
        {
            output.Write("::");
            output.Write(Command(diagnostic.Severity));
            output.Write(' ');
            output.Write(Properties(context, diagnostic));
            output.Write("::");
            output.WriteLine(EscapeData(Message(diagnostic)));
        }
    }

    private static string Properties(ReportContext context, Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        var start = location.Start;
        var properties = new StringBuilder()
            .Append("file=").Append(EscapeProperty(context.RepositoryPath(location.Path)))
            .Append(",line=").Append(start.Line);
        if (!location.IsWholeFile)
        {
            var end = location.End;
            properties.Append(",endLine=").Append(end.Line);

            // GitHub accepts columns only when the annotation starts and ends on the same line.
            if (end.Line == start.Line)
            {
                properties.Append(",col=").Append(start.Column).Append(",endColumn=").Append(end.Column);
            }
        }

        return properties.Append(",title=").Append(EscapeProperty(diagnostic.Rule.ToString())).ToString();
    }

    /// <summary>GitHub shows the annotation message with its line breaks, so help and docs get their own lines.</summary>
    private static string Message(Diagnostic diagnostic)
    {
        var message = new StringBuilder(diagnostic.Message);
        if (diagnostic.Help is not null)
        {
            message.Append("\nhelp: ").Append(diagnostic.Help);
        }

        return message.Append("\ndocs: ").Append(diagnostic.Rule.HelpUri).ToString();
    }

    private static string Command(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "notice",
    };

    /// <summary>The message after <c>::</c>: the runner decodes %25, %0D and %0A.</summary>
    internal static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>A <c>key=value</c> property: as data, plus ':' and ',' which delimit properties.</summary>
    internal static string EscapeProperty(string value) =>
        EscapeData(value)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);
}
