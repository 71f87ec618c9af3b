using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Migrations.Lint.Sql;
using Migrations.Lint.Text;

namespace Migrations.Lint.Migrations;

/// <summary>Builds a <see cref="MigrationSet"/>: names each file, loads it, splits or pairs its directions, checks versions.</summary>
internal sealed class MigrationDiscovery
{
    private const string ExpectedNames = "expected a convention such as 'V1__name.sql', '1_name.up.sql' or '1_name/up.sql', "
        + "or section markers such as '-- migrate:up'";

    private readonly DiscoveryOptions _options;
    private readonly List<DiscoveryFinding> _findings = [];
    private readonly List<Migration> _migrations = [];
    private readonly Dictionary<PairKey, List<PairedFile>> _pairs = [];

    private MigrationDiscovery(DiscoveryOptions options) => _options = options;

    public static MigrationSet Run(IEnumerable<string> inputs, DiscoveryOptions options)
    {
        var discovery = new MigrationDiscovery(options);
        var files = new MigrationInputs(options, discovery._findings).Expand(inputs);

        // Reading and decoding the files is most of discovery, and each file's is independent: they load in
        // parallel, then join the set in path order so findings and pairing stay deterministic.
        var read = new ReadFile[files.Count];
        Parallel.For(0, files.Count, i => read[i] = discovery.Read(files[i]));
        for (var i = 0; i < files.Count; i++)
        {
            discovery.Add(read[i]);
        }

        discovery.PairUpAndDown();
        discovery.ReportDuplicateVersions();
        return new MigrationSet(discovery._migrations, discovery._findings);
    }

    /// <summary>Names and loads one file; safe to run on several files at once.</summary>
    private ReadFile Read(DiscoveredFile file)
    {
        var name = MigrationFileName.Parse(file);
        return (name.SkipReason ?? NotRequestedDialect(name)) is { } skipReason
            ? new ReadFile(file, name, skipReason, Loaded: null)
            : new ReadFile(file, name, SkipReason: null, _options.Files.Load(file.FullPath, file.DisplayPath));
    }

    private void Add(ReadFile read)
    {
        var path = read.File.DisplayPath;
        if (!read.IsLoaded)
        {
            Report(DiscoveryFindingKind.SkippedFile, path, read.SkipReason);
            return;
        }

        var (file, name, loaded) = (read.File, read.Name, read.Loaded);
        if (!loaded.Succeeded)
        {
            Report(DiscoveryFindingKind.LoadError, path, loaded.Error.Message);
        }

        if (name.Convention == MigrationConvention.Unrecognized)
        {
            if (loaded.Succeeded)
            {
                AddSingleFile(name, path, loaded.Text);
            }

            return;
        }

        if (name.Problem is not null)
        {
            Report(DiscoveryFindingKind.InvalidName, path, name.Problem);
        }

        if (PairKey.For(name, file) is { } key)
        {
            // Kept even when loading failed, so its partner is not reported as an orphan.
            if (!_pairs.TryGetValue(key, out var files))
            {
                _pairs.Add(key, files = []);
            }

            files.Add(new PairedFile(name, path, loaded.Text));
        }
        else if (loaded.Succeeded)
        {
            AddMigration(name, WholeFile(path, name.Direction, loaded.Text, name.Dialect), down: null);
        }
    }

    private string? NotRequestedDialect(MigrationFileName name) =>
        _options.Dialect is { } requested && name.Dialect is { } dialect && dialect != requested
            ? $"migration for {name.DialectName}; only {requested} migrations are linted"
            : null;

    /// <summary>A file whose name fits no convention: section markers may still make it a dbmate, goose, ... migration.</summary>
    private void AddSingleFile(MigrationFileName name, string path, SourceText text)
    {
        if (SectionedFile.Split(text) is not { } sections)
        {
            Report(DiscoveryFindingKind.InvalidName, path, name.Problem ?? $"the name fits no migration convention; {ExpectedNames}");
            _migrations.Add(new Migration(
                name.Id, null, name.Description, MigrationKind.Versioned, MigrationConvention.Unrecognized, name.Dialect,
                WholeFile(path, MigrationDirection.Up, text, name.Dialect), Down: null));
            return;
        }

        if (name.Version is null)
        {
            Report(DiscoveryFindingKind.InvalidName, path, $"no version in the name; {sections.Convention} expects '<version>_<name>.sql'");
        }

        foreach (var problem in sections.Problems)
        {
            Report(DiscoveryFindingKind.InvalidSections, path, problem);
        }

        var up = new MigrationScript(path, MigrationDirection.Up, text, sections.Up.Span, sections.Up.Options, name.Dialect);
        var down = sections.Down is { } section
            ? new MigrationScript(path, MigrationDirection.Down, text, section.Span, section.Options, name.Dialect)
            : null;
        _migrations.Add(new Migration(
            name.Id, name.Version, name.Description, MigrationKind.Versioned, sections.Convention, name.Dialect, up, down));
    }

    private void PairUpAndDown()
    {
        foreach (var group in _pairs.Values)
        {
            var ups = group.Where(file => file.Name.Direction == MigrationDirection.Up).ToList();
            var downs = group.Where(file => file.Name.Direction == MigrationDirection.Down).ToList();
            if (ups.Count == 0)
            {
                foreach (var orphan in downs)
                {
                    Report(DiscoveryFindingKind.OrphanDown, orphan.Path, $"down script without an up script; expected {ExpectedUp(orphan.Name)}");
                }

                continue;
            }

            // Same description first, so '3_a.up' does not take '3_b.down' just because it sorts first.
            var partners = ups.Select(up => TakeDown(downs, file => file.Name.Description == up.Name.Description)).ToList();
            for (var i = 0; i < ups.Count; i++)
            {
                var up = ups[i];
                var down = partners[i] ?? TakeDown(downs, _ => true);
                if (up.Text is not null)
                {
                    var downScript = down?.Text is { } downText ? WholeFile(down.Path, MigrationDirection.Down, downText, down.Name.Dialect) : null;
                    AddMigration(up.Name, WholeFile(up.Path, MigrationDirection.Up, up.Text, up.Name.Dialect), downScript);
                }
            }

            foreach (var extra in downs)
            {
                var others = group.Where(file => file != extra).Select(file => file.Path).ToImmutableArray();
                Report(DiscoveryFindingKind.DuplicateVersion, extra.Path, "another down script for the same migration; only one is used", others);
            }
        }
    }

    private static PairedFile? TakeDown(List<PairedFile> downs, Predicate<PairedFile> match)
    {
        var index = downs.FindIndex(match);
        if (index < 0)
        {
            return null;
        }

        var down = downs[index];
        downs.RemoveAt(index);
        return down;
    }

    private void ReportDuplicateVersions()
    {
        var groups = _migrations
            .Where(migration => migration.Version is not null)
            .GroupBy(migration => new VersionKey(migration.Kind, migration.Dialect, migration.Version))
            .Where(group => group.Skip(1).Any());
        foreach (var group in groups)
        {
            var ordered = group.Order(MigrationOrder.Instance).ToList();
            foreach (var duplicate in ordered.Skip(1))
            {
                var others = ordered.Where(other => !ReferenceEquals(other, duplicate)).Select(other => other.Up.Path).ToImmutableArray();
                Report(
                    DiscoveryFindingKind.DuplicateVersion,
                    duplicate.Up.Path,
                    $"version {duplicate.Version} is also used by {string.Join(", ", others)}",
                    others);
            }
        }
    }

    private static string ExpectedUp(MigrationFileName down) => down.Convention switch
    {
        MigrationConvention.Flyway => $"'V{down.Id[1..]}.sql'",
        MigrationConvention.GolangMigrate => $"'{down.Id}.up.sql'",
        _ => "'up.sql' in the same folder",
    };

    private void AddMigration(MigrationFileName name, MigrationScript up, MigrationScript? down) =>
        _migrations.Add(new Migration(name.Id, name.Version, name.Description, name.Kind, name.Convention, name.Dialect, up, down));

    /// <summary>A whole-file script; a byte order mark is left out of the section so it never reaches the lexer.</summary>
    private static MigrationScript WholeFile(string path, MigrationDirection direction, SourceText text, Dialect? dialect)
    {
        var start = text.Text is ['\uFEFF', ..] ? 1 : 0;
        return new MigrationScript(path, direction, text, TextSpan.FromBounds(start, text.Length), MigrationScriptOptions.None, dialect);
    }

    private void Report(DiscoveryFindingKind kind, string path, string message, ImmutableArray<string> related = default) =>
        _findings.Add(new DiscoveryFinding(kind, path, message, related.IsDefault ? [] : related));

    /// <summary>A file as named and loaded; a file its name rules out is not loaded.</summary>
    private sealed record ReadFile(DiscoveredFile File, MigrationFileName Name, string? SkipReason, SourceFileResult? Loaded)
    {
        [MemberNotNullWhen(true, nameof(Loaded))]
        [MemberNotNullWhen(false, nameof(SkipReason))]
        public bool IsLoaded => Loaded is not null;
    }

    private sealed record PairedFile(MigrationFileName Name, string Path, SourceText? Text);

    // Keys are classes, not structs or tuples: collections keyed by a struct need compiling at start-up, as
    // ReadyToRun code has none for them.
    private sealed record VersionKey(MigrationKind Kind, Dialect? Dialect, MigrationVersion? Version);

    /// <summary>What an up and a down file must share to pair: the version, or for folders the folder itself.</summary>
    private sealed record PairKey(MigrationConvention Convention, Dialect? Dialect, MigrationVersion? Version, string? Folder)
    {
        public static PairKey? For(MigrationFileName name, DiscoveredFile file) => name.Convention switch
        {
            MigrationConvention.Flyway when name.Kind == MigrationKind.Versioned =>
                new PairKey(name.Convention, name.Dialect, name.Version, null),
            MigrationConvention.GolangMigrate => new PairKey(name.Convention, name.Dialect, name.Version, null),
            MigrationConvention.UpDownFolder => new PairKey(name.Convention, name.Dialect, null, Path.GetDirectoryName(file.FullPath)),
            _ => null,
        };
    }
}
