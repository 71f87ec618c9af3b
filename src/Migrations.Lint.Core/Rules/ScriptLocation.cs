using Migrations.Lint.Diagnostics;
using Migrations.Lint.Migrations;
using Migrations.Lint.Text;

namespace Migrations.Lint.Rules;

/// <summary>Where a finding about a whole script (not one of its statements) is reported.</summary>
internal static class ScriptLocation
{
    /// <summary>
    /// A section of a file that holds both directions is reported at its marker line (<c>-- migrate:down</c>),
    /// which is where the author has to act; a script that is a whole file, at the file.
    /// </summary>
    public static SourceLocation Of(Migration migration, MigrationScript script)
    {
        if (!HasSections(migration) || script.Section.Start == 0)
        {
            return SourceLocation.WholeFile(script.Source);
        }

        // A section starts on the line after its marker.
        var source = script.Source;
        var markerStart = source.Lines.GetLineStart(source.GetPosition(script.Section.Start - 1).Line);
        var markerEnd = script.Section.Start;
        while (markerEnd > markerStart && source.Text[markerEnd - 1] is '\r' or '\n')
        {
            markerEnd--;
        }

        return new SourceLocation(source, TextSpan.FromBounds(markerStart, markerEnd));
    }

    /// <summary>True when one file holds both directions, split by section markers.</summary>
    public static bool HasSections(Migration migration) => migration.Convention is MigrationConvention.Dbmate
        or MigrationConvention.Goose or MigrationConvention.SqlMigrate or MigrationConvention.NodePgMigrate;
}
