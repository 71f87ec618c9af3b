using Migrations.Lint.Diagnostics;

namespace Migrations.Lint.Reporting;

/// <summary>Writes text wrapped in ANSI SGR codes, or plain when colors are off. Blanks are never wrapped.</summary>
internal sealed class AnsiPainter(bool enabled)
{
    public const string Bold = "1";
    public const string Gutter = "1;34";
    public const string Success = "1;32";

    private const string Escape = "\u001b[";

    public void Write(TextWriter output, string text, string style)
    {
        if (!enabled || string.IsNullOrWhiteSpace(text))
        {
            output.Write(text);
            return;
        }

        output.Write(Escape);
        output.Write(style);
        output.Write('m');
        output.Write(text);
        output.Write(Escape + "0m");
    }

    public static string StyleOf(Severity severity) => severity switch
    {
        Severity.Error => "1;31",
        Severity.Warning => "1;33",
        _ => "1;36",
    };
}
