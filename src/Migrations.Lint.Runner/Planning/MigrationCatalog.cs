using Migrations.Lint.Migrations;
using Migrations.Lint.Runner.History;
using Migrations.Lint.Sql;

namespace Migrations.Lint.Runner.Planning;

/// <summary>
/// The migrations on disk, matched against the history: versioned and baseline migrations by version,
/// repeatable ones by description. Works out what is pending, drifted, missing and what can be rolled back.
/// </summary>
internal sealed class MigrationCatalog
{
    /// <summary>The script of a baseline row written by <see cref="MigrationRunner.BaselineAsync"/>, which has no file.</summary>
    public const string BaselineScript = "<< baseline >>";

    private readonly IReadOnlyList<Migration> _migrations;
    private readonly IReadOnlyList<HistoryEntry> _history;
    private readonly Dictionary<Migration, string> _checksums = [];

    private MigrationCatalog(IReadOnlyList<Migration> migrations, IReadOnlyList<HistoryEntry> history)
    {
        _migrations = migrations;
        _history = history;
    }

    /// <summary>Keeps the PostgreSQL migrations (and unmarked ones) that have what running them needs.</summary>
    /// <exception cref="RunnerException"><see cref="RunnerErrorKind.Configuration"/> for a versioned migration without a version, or a version used twice.</exception>
    public static MigrationCatalog Create(IEnumerable<Migration> migrations, IReadOnlyList<HistoryEntry> history)
    {
        var runnable = migrations.Where(migration => migration.Dialect is null or Dialect.Postgres).ToList();
        if (runnable.Find(migration => migration.Kind != MigrationKind.Repeatable && migration.Version is null) is { } unversioned)
        {
            throw new RunnerException(
                RunnerErrorKind.Configuration,
                $"{unversioned.Up.Path}: the file name carries no version, so the runner cannot order it; rename it (e.g. 'V1__{unversioned.Id}.sql')");
        }

        var duplicate = runnable
            .Where(migration => migration.Kind != MigrationKind.Repeatable)
            .GroupBy(migration => (migration.Kind, migration.Version))
            .FirstOrDefault(group => group.Skip(1).Any());
        if (duplicate is not null)
        {
            throw new RunnerException(
                RunnerErrorKind.Configuration,
                $"version {duplicate.Key.Version} is used by {string.Join(" and ", duplicate.Select(migration => migration.Up.Path))}");
        }

        return new MigrationCatalog(runnable, history);
    }

    public string ChecksumOf(Migration migration)
    {
        if (!_checksums.TryGetValue(migration, out var checksum))
        {
            _checksums.Add(migration, checksum = ScriptChecksum.Compute(migration.Up.Text));
        }

        return checksum;
    }

    /// <summary>Rows of migrations that failed or were interrupted half-way (dirty).</summary>
    public IReadOnlyList<HistoryEntry> FailedEntries => [.. _history.Where(entry => !entry.Success)];

    /// <summary>
    /// What to apply, in order: on a database without versioned history, the newest baseline migration and
    /// the versioned ones after it; otherwise the versioned ones not applied yet; then repeatable ones that
    /// are new or changed.
    /// </summary>
    /// <param name="target">Leave out versioned and baseline migrations above this version.</param>
    public IReadOnlyList<PendingMigration> Pending(MigrationVersion? target)
    {
        var applied = AppliedVersions();
        var baselined = RecordedBaseline();
        var versioned = Versioned(MigrationKind.Versioned)
            .Where(migration => (target is null || migration.Version! <= target) && (baselined is null || migration.Version! > baselined));
        var pending = new List<PendingMigration>();
        if (applied.Count == 0
            && Versioned(MigrationKind.Baseline).LastOrDefault(migration => target is null || migration.Version! <= target) is { } baseline)
        {
            pending.Add(new PendingMigration(baseline, HistoryEntryType.Baseline, ChecksumOf(baseline)));
            versioned = versioned.Where(migration => migration.Version! > baseline.Version!);
        }

        pending.AddRange(versioned
            .Where(migration => !applied.Contains(migration.Version!))
            .Select(migration => new PendingMigration(migration, HistoryEntryType.Versioned, ChecksumOf(migration))));
        pending.AddRange(_migrations
            .Where(migration => migration.Kind == MigrationKind.Repeatable)
            .OrderBy(migration => migration.Description, StringComparer.Ordinal)
            .Where(migration => LatestRepeatable(migration.Description)?.Checksum != ChecksumOf(migration))
            .Select(migration => new PendingMigration(migration, HistoryEntryType.Repeatable, ChecksumOf(migration))));
        return pending;
    }

    /// <summary>Pending versioned migrations older than the newest applied one.</summary>
    public IReadOnlyList<PendingMigration> OutOfOrder(IReadOnlyList<PendingMigration> pending)
    {
        var newest = AppliedVersions().Max();
        return newest is null
            ? []
            : [.. pending.Where(item => item.Type == HistoryEntryType.Versioned && item.Migration.Version! < newest)];
    }

    /// <summary>Applied versioned and baseline migrations whose file changed since.</summary>
    public IReadOnlyList<ChecksumDrift> Drift() =>
        [.. DriftedEntries().Select(item => new ChecksumDrift(item.Entry.Version, item.Entry.Description, item.Migration.Up.Path, item.Entry.Checksum, ChecksumOf(item.Migration)))];

    /// <summary>The history rows behind <see cref="Drift"/>, with the file each now matches.</summary>
    public IReadOnlyList<(HistoryEntry Entry, Migration Migration)> DriftedEntries() =>
        [.. SuccessfulEntries(HistoryEntryType.Versioned, HistoryEntryType.Baseline)
            .Select(entry => (Entry: entry, Migration: FindOnDisk(entry)))
            .Where(item => item.Migration is not null && ChecksumOf(item.Migration) != item.Entry.Checksum)
            .Select(item => (item.Entry, item.Migration!))];

    /// <summary>Whether any versioned or baseline migration has been applied: a baseline is for a database without.</summary>
    public bool HasAppliedVersions => AppliedVersions().Count > 0;

    /// <summary>Every migration on disk or in the history, versioned ones by version, then repeatable ones by description.</summary>
    public IReadOnlyList<StatusEntry> Status()
    {
        var pending = Pending(target: null);
        var outOfOrder = OutOfOrder(pending).Select(item => item.Migration).ToHashSet();
        var pendingMigrations = pending.Select(item => item.Migration).ToHashSet();
        var entries = new List<(MigrationVersion? Version, StatusEntry Entry)>();

        foreach (var migration in _migrations)
        {
            var type = migration.Kind switch
            {
                MigrationKind.Baseline => HistoryEntryType.Baseline,
                MigrationKind.Repeatable => HistoryEntryType.Repeatable,
                _ => HistoryEntryType.Versioned,
            };
            var latest = type == HistoryEntryType.Repeatable ? LatestRepeatable(migration.Description) : LatestVersioned(migration.Version!, type);
            MigrationState? state = latest switch
            {
                { Success: false } => MigrationState.Failed,
                _ when outOfOrder.Contains(migration) => MigrationState.OutOfOrder,
                _ when pendingMigrations.Contains(migration) => MigrationState.Pending,
                null => null, // a baseline that a non-empty database does not need
                _ when type != HistoryEntryType.Repeatable && latest.Checksum != ChecksumOf(migration) => MigrationState.ChecksumChanged,
                _ => MigrationState.Applied,
            };
            if (state is { } known)
            {
                entries.Add((migration.Version, new StatusEntry(
                    migration.Version?.ToString(), migration.Description, type, known, migration.Up.Path, latest?.InstalledOn)));
            }
        }

        foreach (var entry in _history.Where(entry => entry.Type == HistoryEntryType.Undo || FindOnDisk(entry) is null))
        {
            var state = !entry.Success ? MigrationState.Failed
                : entry.Type == HistoryEntryType.Baseline && entry.Script == BaselineScript ? MigrationState.Applied
                : MigrationState.MissingOnDisk;
            MigrationVersion.TryParse(entry.Version, out var version);
            entries.Add((version, new StatusEntry(entry.Version, entry.Description, entry.Type, state, entry.Script, entry.InstalledOn)));
        }

        return [.. entries
            .OrderBy(item => item.Entry.Type == HistoryEntryType.Repeatable)
            .ThenBy(item => item.Version)
            .ThenBy(item => item.Entry.Description, StringComparer.Ordinal)
            .Select(item => item.Entry)];
    }

    /// <summary>
    /// The applied versioned migrations to revert, newest applied first: the last <paramref name="steps"/>, or
    /// every one above <paramref name="target"/>.
    /// </summary>
    /// <exception cref="RunnerException"><see cref="RunnerErrorKind.Refused"/> when one has no file or no down script, or is a baseline.</exception>
    public IReadOnlyList<AppliedMigration> ToRollBack(int steps, MigrationVersion? target)
    {
        var applied = SuccessfulEntries(HistoryEntryType.Versioned, HistoryEntryType.Baseline)
            .OrderByDescending(entry => entry.InstalledRank)
            .ToList();
        var chosen = target is null
            ? applied.Take(steps)
            : applied.Where(entry => MigrationVersion.TryParse(entry.Version, out var version) && version > target);

        var result = new List<AppliedMigration>();
        foreach (var entry in chosen)
        {
            var label = $"{entry.Version} ({entry.Description})";
            if (entry.Type == HistoryEntryType.Baseline)
            {
                throw new RunnerException(RunnerErrorKind.Refused, $"cannot roll back {label}: it is a baseline migration, which has no down script");
            }

            var migration = FindOnDisk(entry)
                ?? throw new RunnerException(RunnerErrorKind.Refused, $"cannot roll back {label}: no migration file has that version any more");
            if (migration.Down is null || migration.DownIsEmpty)
            {
                throw new RunnerException(
                    RunnerErrorKind.Refused,
                    $"cannot roll back {label}: {migration.Up.Path} has {(migration.Down is null ? "no down script" : "an empty down script")}; nothing was rolled back");
            }

            result.Add(new AppliedMigration(entry, migration));
        }

        return result;
    }

    private HashSet<MigrationVersion> AppliedVersions() =>
        [.. SuccessfulEntries(HistoryEntryType.Versioned, HistoryEntryType.Baseline)
            .Select(entry => MigrationVersion.TryParse(entry.Version, out var version) ? version : null)
            .OfType<MigrationVersion>()];

    /// <summary>The version of the newest baseline row without a file: everything up to it counts as applied.</summary>
    private MigrationVersion? RecordedBaseline() =>
        SuccessfulEntries(HistoryEntryType.Baseline)
            .Where(entry => entry.Script == BaselineScript)
            .Select(entry => MigrationVersion.TryParse(entry.Version, out var version) ? version : null)
            .Max();

    private IEnumerable<HistoryEntry> SuccessfulEntries(params HistoryEntryType[] types) =>
        _history.Where(entry => entry.Success && types.Contains(entry.Type));

    private IEnumerable<Migration> Versioned(MigrationKind kind) =>
        _migrations.Where(migration => migration.Kind == kind).OrderBy(migration => migration.Version);

    private HistoryEntry? LatestRepeatable(string description) =>
        _history.LastOrDefault(entry => entry.Type == HistoryEntryType.Repeatable && entry.Description == description);

    private HistoryEntry? LatestVersioned(MigrationVersion version, HistoryEntryType type) =>
        _history.LastOrDefault(entry =>
            entry.Type == type && MigrationVersion.TryParse(entry.Version, out var applied) && applied == version);

    private Migration? FindOnDisk(HistoryEntry entry) => entry.Type switch
    {
        HistoryEntryType.Repeatable => _migrations.FirstOrDefault(migration =>
            migration.Kind == MigrationKind.Repeatable && migration.Description == entry.Description),
        HistoryEntryType.Undo => null,
        _ => MigrationVersion.TryParse(entry.Version, out var version)
            ? _migrations.FirstOrDefault(migration =>
                migration.Version == version
                && migration.Kind == (entry.Type == HistoryEntryType.Baseline ? MigrationKind.Baseline : MigrationKind.Versioned))
            : null,
    };
}
