namespace Migrations.Lint.Migrations;

/// <summary>
/// Reads one line as each single-file tool does, so a file is split exactly where its tool splits it:
/// dbmate <c>^--\s*migrate:up</c> (case-sensitive), goose <c>-- +goose up</c> (any case, at the line start),
/// sql-migrate <c>-- +migrate Up</c>, node-pg-migrate <c>^\s*--[\s-]*up\s+migration</c> (any case).
/// </summary>
internal static class SectionMarkerSyntax
{
    public static readonly MigrationConvention[] Conventions =
    [
        MigrationConvention.Dbmate,
        MigrationConvention.Goose,
        MigrationConvention.SqlMigrate,
        MigrationConvention.NodePgMigrate,
    ];

    public static SectionMarker Read(ReadOnlySpan<char> line, MigrationConvention convention) => convention switch
    {
        MigrationConvention.Dbmate => ReadDbmate(line),
        MigrationConvention.Goose => ReadGoose(line),
        MigrationConvention.SqlMigrate => ReadSqlMigrate(line),
        MigrationConvention.NodePgMigrate => ReadNodePgMigrate(line),
        _ => SectionMarker.None,
    };

    /// <summary>The marker as its tool documents it, for messages.</summary>
    public static string Describe(MigrationConvention convention, MigrationDirection direction) => (convention, direction) switch
    {
        (MigrationConvention.Dbmate, MigrationDirection.Up) => "-- migrate:up",
        (MigrationConvention.Dbmate, _) => "-- migrate:down",
        (MigrationConvention.Goose, MigrationDirection.Up) => "-- +goose Up",
        (MigrationConvention.Goose, _) => "-- +goose Down",
        (MigrationConvention.SqlMigrate, MigrationDirection.Up) => "-- +migrate Up",
        (MigrationConvention.SqlMigrate, _) => "-- +migrate Down",
        (_, MigrationDirection.Up) => "-- Up Migration",
        _ => "-- Down Migration",
    };

    private static SectionMarker ReadDbmate(ReadOnlySpan<char> line)
    {
        if (!line.StartsWith("--"))
        {
            return SectionMarker.None;
        }

        var rest = line[2..].TrimStart();
        var kind = rest.StartsWith("migrate:up", StringComparison.Ordinal) ? SectionMarkerKind.Up
            : rest.StartsWith("migrate:down", StringComparison.Ordinal) ? SectionMarkerKind.Down
            : SectionMarkerKind.None;
        if (kind == SectionMarkerKind.None)
        {
            return SectionMarker.None;
        }

        var options = rest[(kind == SectionMarkerKind.Up ? "migrate:up" : "migrate:down").Length..];
        if (!options.IsEmpty && !char.IsWhiteSpace(options[0]))
        {
            return SectionMarker.None;
        }

        return new SectionMarker(kind, HasWord(options, "transaction:false", StringComparison.Ordinal)
            ? MigrationScriptOptions.NoTransaction
            : MigrationScriptOptions.None);
    }

    private static SectionMarker ReadGoose(ReadOnlySpan<char> line)
    {
        if (!TryReadTag(line, "+goose", StringComparison.OrdinalIgnoreCase, out var command))
        {
            return SectionMarker.None;
        }

        var text = command.Trim();
        return text.Equals("up", StringComparison.OrdinalIgnoreCase) ? new SectionMarker(SectionMarkerKind.Up)
            : text.Equals("down", StringComparison.OrdinalIgnoreCase) ? new SectionMarker(SectionMarkerKind.Down)
            : text.Equals("no transaction", StringComparison.OrdinalIgnoreCase) ? new SectionMarker(SectionMarkerKind.NoTransaction)
            : SectionMarker.None;
    }

    private static SectionMarker ReadSqlMigrate(ReadOnlySpan<char> line)
    {
        if (!TryReadTag(line, "+migrate", StringComparison.Ordinal, out var command))
        {
            return SectionMarker.None;
        }

        var words = command.Trim();
        var end = words.IndexOfAny(' ', '\t');
        var verb = end < 0 ? words : words[..end];
        var kind = verb.SequenceEqual("Up") ? SectionMarkerKind.Up
            : verb.SequenceEqual("Down") ? SectionMarkerKind.Down
            : SectionMarkerKind.None;
        var options = end >= 0 && HasWord(words[end..], "notransaction", StringComparison.Ordinal)
            ? MigrationScriptOptions.NoTransaction
            : MigrationScriptOptions.None;
        return kind == SectionMarkerKind.None ? SectionMarker.None : new SectionMarker(kind, options);
    }

    private static SectionMarker ReadNodePgMigrate(ReadOnlySpan<char> line)
    {
        var rest = line.TrimStart();
        if (!rest.StartsWith("--"))
        {
            return SectionMarker.None;
        }

        rest = rest[2..].TrimStart(" \t-");
        var kind = rest.StartsWith("up", StringComparison.OrdinalIgnoreCase) ? SectionMarkerKind.Up
            : rest.StartsWith("down", StringComparison.OrdinalIgnoreCase) ? SectionMarkerKind.Down
            : SectionMarkerKind.None;
        if (kind == SectionMarkerKind.None)
        {
            return SectionMarker.None;
        }

        var afterWord = rest[(kind == SectionMarkerKind.Up ? "up" : "down").Length..];
        var migration = afterWord.TrimStart();
        var hasSpace = migration.Length < afterWord.Length;
        return hasSpace && migration.StartsWith("migration", StringComparison.OrdinalIgnoreCase)
            ? new SectionMarker(kind)
            : SectionMarker.None;
    }

    /// <summary>Reads <c>-- +goose Up</c>-style lines, which start at column 1: <paramref name="command"/> is what follows the tag.</summary>
    private static bool TryReadTag(ReadOnlySpan<char> line, string tag, StringComparison comparison, out ReadOnlySpan<char> command)
    {
        command = default;
        if (!line.StartsWith("--"))
        {
            return false;
        }

        var rest = line[2..].TrimStart();
        if (!rest.StartsWith(tag, comparison))
        {
            return false;
        }

        command = rest[tag.Length..];
        return command.IsEmpty || char.IsWhiteSpace(command[0]);
    }

    private static bool HasWord(ReadOnlySpan<char> text, string word, StringComparison comparison)
    {
        var rest = text.TrimStart();
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOfAny(' ', '\t');
            var current = end < 0 ? rest : rest[..end];
            if (current.Equals(word, comparison))
            {
                return true;
            }

            rest = end < 0 ? default : rest[end..].TrimStart();
        }

        return false;
    }
}
