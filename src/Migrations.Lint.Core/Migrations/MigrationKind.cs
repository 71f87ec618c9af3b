namespace Migrations.Lint.Migrations;

public enum MigrationKind
{
    /// <summary>Applied once, in version order.</summary>
    Versioned,

    /// <summary>Flyway <c>R__</c>: re-applied whenever its checksum changes; has no version and no down.</summary>
    Repeatable,

    /// <summary>Flyway <c>B</c>: a cumulative script that replaces the versioned ones up to its version on a fresh database.</summary>
    Baseline,
}
