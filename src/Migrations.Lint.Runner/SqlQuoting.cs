namespace Migrations.Lint.Runner;

internal static class SqlQuoting
{
    /// <summary><c>"name"</c> with embedded quotes doubled: safe for any name, and keeps its case.</summary>
    public static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
