namespace Migrations.Lint.Migrations;

/// <summary>The naming or layout convention a migration was recognised by.</summary>
public enum MigrationConvention
{
    /// <summary>A <c>.sql</c> file that fits no convention; its content is still linted.</summary>
    Unrecognized,

    /// <summary><c>V1__desc.sql</c>, <c>U1__desc.sql</c>, <c>B1__desc.sql</c>, <c>R__desc.sql</c>.</summary>
    Flyway,

    /// <summary><c>1_name.up.sql</c> and <c>1_name.down.sql</c>.</summary>
    GolangMigrate,

    /// <summary><c>&lt;version&gt;_name/up.sql</c> and <c>down.sql</c> (diesel, sourcegraph).</summary>
    UpDownFolder,

    /// <summary><c>&lt;timestamp&gt;_name/migration.sql</c>; Prisma has no down scripts.</summary>
    Prisma,

    /// <summary>One file with <c>-- migrate:up</c> and <c>-- migrate:down</c> sections.</summary>
    Dbmate,

    /// <summary>One file with <c>-- +goose Up</c> and <c>-- +goose Down</c> sections.</summary>
    Goose,

    /// <summary>One file with <c>-- +migrate Up</c> and <c>-- +migrate Down</c> sections (rubenv/sql-migrate).</summary>
    SqlMigrate,

    /// <summary>One file with <c>-- Up Migration</c> and <c>-- Down Migration</c> sections.</summary>
    NodePgMigrate,
}
