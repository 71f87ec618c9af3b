using Migrations.Lint.Migrations;
using Migrations.Lint.Sql;

namespace Migrations.Lint.Linting;

/// <summary>What rules may assume about the target database and the way migrations are run.</summary>
/// <param name="PgVersion">The PostgreSQL major version migrations run on; several lock rules depend on it.</param>
/// <param name="AssumeInTransaction">
/// The runner wraps each migration in a transaction (Flyway, goose and our own runner do), so a
/// statement that cannot run in one fails even without an explicit BEGIN.
/// </param>
/// <param name="DefaultDialect">The dialect of scripts whose name does not say, and whose content does not either when <paramref name="DetectDialect"/> is set.</param>
/// <param name="StartAfter">Versioned migrations at or below this version are history: they are not linted.</param>
/// <param name="DetectDialect">
/// Read the dialect of a script whose name does not give it from its syntax (<see cref="DialectDetector"/>) before
/// falling back to <paramref name="DefaultDialect"/>.
/// </param>
public sealed record LintSettings(
    int PgVersion = LintSettings.DefaultPgVersion,
    bool AssumeInTransaction = false,
    Dialect DefaultDialect = Dialect.Postgres,
    MigrationVersion? StartAfter = null,
    bool DetectDialect = false)
{
    public const int DefaultPgVersion = 15;

    public static LintSettings Default { get; } = new();

    public bool IsLinted(Migration migration) =>
        StartAfter is null || migration.Version is null || migration.Kind == MigrationKind.Repeatable || migration.Version > StartAfter;

    /// <summary>
    /// The dialect <paramref name="script"/> of <paramref name="migration"/> is written in: its name's, else its
    /// syntax's (when detecting), else the default; and where that came from.
    /// </summary>
    public DialectChoice ChooseDialect(Migration migration, MigrationScript script)
    {
        if ((script.Dialect ?? migration.Dialect) is { } named)
        {
            return new DialectChoice(named, DialectOrigin.Name);
        }

        if (!DetectDialect)
        {
            return new DialectChoice(DefaultDialect, DialectOrigin.Configuration);
        }

        var detection = DialectDetector.Detect(script.Source);
        return detection.Dialect is { } detected
            ? new DialectChoice(detected, DialectOrigin.Detected, detection.Reason, IsNoteworthy: detected != DefaultDialect)
            : new DialectChoice(DefaultDialect, DialectOrigin.Default, detection.Reason, IsNoteworthy: detection.IsConflicting);
    }
}
