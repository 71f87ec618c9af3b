using System.Globalization;

namespace Migrations.Lint.Tool.Commands.Runner;

/// <summary>Small wording shared by the text reports of preflight, postflight and cycle.</summary>
internal static class ReportText
{
    /// <summary><c>none</c>, <c>1 index</c> or <c>2 indexes</c>: the plural is the noun with an s unless given.</summary>
    public static string Count(int count, string noun, string? plural = null) =>
        count == 0 ? "none" : string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? noun : plural ?? noun + "s")}");

    /// <summary>SQL or a definition on one line, cut to about a terminal's width.</summary>
    public static string OneLine(string text, int width = 120)
    {
        var line = string.Join(' ', text.Split((char[])['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= width ? line : line[..(width - 1)] + "…";
    }
}
