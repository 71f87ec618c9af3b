using Migrations.Lint.Diagnostics;

namespace Migrations.Lint.Reporting;

/// <summary>
/// MSBuild's canonical error format, which MSBuild's Exec task, Visual Studio and VS Code's
/// <c>$msCompile</c> problem matcher turn into build errors and warnings:
/// <c>path(line,col,endLine,endCol): error MIG101: message [docs uri]</c>.
/// Notes use the word <c>info</c>, as csc does: MSBuild only recognises error and warning, so a note is
/// logged as a plain message line that never fails the build and is not promoted by TreatWarningsAsErrors,
/// while VS Code's matcher still shows it as information.
/// </summary>
public sealed class MsBuildReporter : IReporter
{
    public const string FormatName = "msbuild";

    public string Format => FormatName;

    public void Write(LintReport report, ReportContext context, TextWriter output)
    {
        foreach (var diagnostic in ReportOrder.Visible(report, context))
        {
            output.Write(context.RelativePath(diagnostic.Location.Path));
            output.Write(Position(diagnostic.Location));
            output.Write(": ");
            output.Write(Category(diagnostic.Severity));
            output.Write(' ');
            output.Write(diagnostic.Rule.Code);
            output.Write(": ");

            // The canonical format is one line per message.
            output.Write(diagnostic.Message.ReplaceLineEndings(" "));
            output.Write(" [");
            output.Write(diagnostic.Rule.HelpUri);
            output.WriteLine(']');
        }
    }

    private static string Position(SourceLocation location)
    {
        var start = location.Start;
        if (location.IsWholeFile)
        {
            return $"({start.Line},{start.Column})";
        }

        var end = location.End;
        return $"({start.Line},{start.Column},{end.Line},{end.Column})";
    }

    private static string Category(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
