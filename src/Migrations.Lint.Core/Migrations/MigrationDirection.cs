namespace Migrations.Lint.Migrations;

public enum MigrationDirection
{
    Up,

    /// <summary>Reverts the up script (a Flyway undo script, a <c>.down.sql</c> file or a down section).</summary>
    Down,
}
