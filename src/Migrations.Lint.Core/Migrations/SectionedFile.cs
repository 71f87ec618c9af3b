using System.Collections.Immutable;
using Migrations.Lint.Text;

namespace Migrations.Lint.Migrations;

/// <summary>
/// A file holding both directions, split at its section markers (dbmate, goose, sql-migrate, node-pg-migrate).
/// The first marker found decides the convention; only that tool's markers count after it.
/// </summary>
/// <param name="Down">Null when the file has no down marker.</param>
/// <param name="Problems">Misplaced, repeated or missing markers, one line each.</param>
internal sealed record SectionedFile(
    MigrationConvention Convention,
    ScriptSection Up,
    ScriptSection? Down,
    ImmutableArray<string> Problems)
{
    /// <summary>Null when the text has no section marker of any supported tool.</summary>
    public static SectionedFile? Split(SourceText source) => new Splitter(source).Run();

    private sealed class Splitter(SourceText source)
    {
        private readonly List<string> _problems = [];
        private MigrationConvention? _convention;
        private MigrationScriptOptions _fileOptions;
        private ScriptSection? _up;
        private ScriptSection? _down;
        private MigrationDirection? _open;
        private int _openContentStart;
        private MigrationScriptOptions _openOptions;
        private int _firstMarkerStart = -1;

        public SectionedFile? Run()
        {
            var text = source.Text.AsSpan();
            var lineStart = text is ['\uFEFF', ..] ? 1 : 0;
            while (true)
            {
                var lineBreak = text[lineStart..].IndexOfAny('\r', '\n');
                var lineEnd = lineBreak < 0 ? text.Length : lineStart + lineBreak;
                var nextLine = lineBreak < 0 ? text.Length
                    : text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? lineEnd + 2
                    : lineEnd + 1;
                ReadLine(text[lineStart..lineEnd], lineStart, nextLine);
                if (lineBreak < 0)
                {
                    break;
                }

                lineStart = nextLine;
            }

            if (_convention is not { } convention)
            {
                return null;
            }

            CloseSection(text.Length);
            var up = _up ?? MissingUp(convention);
            return new SectionedFile(convention, AddFileOptions(up), _down is { } down ? AddFileOptions(down) : null, [.. _problems]);
        }

        private void ReadLine(ReadOnlySpan<char> line, int lineStart, int nextLine)
        {
            var marker = Read(line);
            switch (marker.Kind)
            {
                case SectionMarkerKind.NoTransaction:
                    _fileOptions |= MigrationScriptOptions.NoTransaction;
                    break;
                case SectionMarkerKind.Up:
                    OpenSection(MigrationDirection.Up, marker.Options, lineStart, nextLine);
                    break;
                case SectionMarkerKind.Down:
                    OpenSection(MigrationDirection.Down, marker.Options, lineStart, nextLine);
                    break;
            }
        }

        private SectionMarker Read(ReadOnlySpan<char> line)
        {
            if (_convention is { } convention)
            {
                return SectionMarkerSyntax.Read(line, convention);
            }

            foreach (var candidate in SectionMarkerSyntax.Conventions)
            {
                var marker = SectionMarkerSyntax.Read(line, candidate);
                if (marker.Kind != SectionMarkerKind.None)
                {
                    _convention = candidate;
                    return marker;
                }
            }

            return SectionMarker.None;
        }

        private void OpenSection(MigrationDirection direction, MigrationScriptOptions options, int markerStart, int contentStart)
        {
            var convention = _convention!.Value;
            var marker = SectionMarkerSyntax.Describe(convention, direction);
            if ((direction == MigrationDirection.Up ? _up : _down) is not null || _open == direction)
            {
                // The tools reject or mishandle a second section; keeping the lines where they are still lints them.
                _problems.Add($"'{marker}' on line {LineOf(markerStart)} repeats an earlier marker and is ignored");
                return;
            }

            if (_firstMarkerStart < 0)
            {
                _firstMarkerStart = markerStart;
                if (!SqlTrivia.IsTriviaOnly(source.Text.AsSpan(0, markerStart)))
                {
                    _problems.Add($"SQL before '{marker}' on line {LineOf(markerStart)} is outside any section and is not run");
                }
            }

            if (direction == MigrationDirection.Down && _up is null && _open is null && convention != MigrationConvention.NodePgMigrate)
            {
                _problems.Add($"'{marker}' on line {LineOf(markerStart)} comes before '{SectionMarkerSyntax.Describe(convention, MigrationDirection.Up)}'");
            }

            CloseSection(markerStart);
            (_open, _openContentStart, _openOptions) = (direction, contentStart, options);
        }

        private void CloseSection(int end)
        {
            var section = new ScriptSection(TextSpan.FromBounds(_openContentStart, end), _openOptions);
            if (_open == MigrationDirection.Up)
            {
                _up = section;
            }
            else if (_open == MigrationDirection.Down)
            {
                _down = section;
            }

            _open = null;
        }

        private ScriptSection MissingUp(MigrationConvention convention)
        {
            _problems.Add($"no '{SectionMarkerSyntax.Describe(convention, MigrationDirection.Up)}' marker, so the migration does nothing");
            return new ScriptSection(new TextSpan(Math.Max(_firstMarkerStart, 0), 0), MigrationScriptOptions.None);
        }

        private ScriptSection AddFileOptions(ScriptSection section) => section with { Options = section.Options | _fileOptions };

        private int LineOf(int offset) => source.GetPosition(offset).Line;
    }
}
