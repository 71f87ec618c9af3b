using Migrations.Lint.Sql;
using Migrations.Lint.Text;

namespace Migrations.Lint.Migrations;

/// <summary>
/// One direction of a migration: a whole file, or a section of one when a file holds both directions.
/// Sections share the file's <see cref="Source"/>, so offsets and line numbers are the file's own.
/// </summary>
/// <param name="Path">The file path as the user gave it (equal to <c>Source.Path</c>).</param>
/// <param name="Section">The part of <see cref="Source"/> that is this script, without section markers or a byte order mark.</param>
/// <param name="Dialect">From a dialect infix (<c>.postgres.</c>) or folder name; null when the content must decide.</param>
public sealed record MigrationScript(
    string Path,
    MigrationDirection Direction,
    SourceText Source,
    TextSpan Section,
    MigrationScriptOptions Options,
    Dialect? Dialect)
{
    /// <summary>The script's text.</summary>
    public ReadOnlySpan<char> Text => Source.AsSpan(Section);

    /// <summary>True when the script has nothing to run: only whitespace and comments (or nothing at all).</summary>
    public bool IsBlank => SqlTrivia.IsTriviaOnly(Text);

    /// <summary>Names the script without dumping its text, which may be megabytes.</summary>
    public override string ToString() => $"{Path} {Direction} {Section}";
}
