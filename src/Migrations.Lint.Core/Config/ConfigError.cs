using Migrations.Lint.Text;

namespace Migrations.Lint.Config;

/// <summary>
/// One problem with the configuration, rendered on one line the way compilers do:
/// <c>migrate-lint.json(4,5): unknown rule 'ban-drop-tabel' in "rules" (did you mean 'ban-drop-table'?)</c>.
/// </summary>
/// <param name="Source">The config file path, or <see cref="CommandLine"/> for a bad override.</param>
/// <param name="Position">Where in the file, when the problem has a place.</param>
public sealed record ConfigError(string Source, LinePosition? Position, string Message)
{
    public const string CommandLine = "command line";

    public override string ToString() =>
        Position is { } at ? $"{Source}({at.Line},{at.Column}): {Message}" : $"{Source}: {Message}";
}
