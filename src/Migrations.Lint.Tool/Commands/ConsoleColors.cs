namespace Migrations.Lint.Tool.Commands;

/// <summary>Colors only for a person at a terminal: not when redirected, and never when NO_COLOR is set (no-color.org).</summary>
internal static class ConsoleColors
{
    public static bool Enabled() =>
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")) && !Console.IsOutputRedirected;
}
