namespace Migrations.Lint.MSBuild.Tests;

/// <summary>Migration scripts whose findings the default rules decide.</summary>
internal static class SampleMigrations
{
    public const string CreateUsers = "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n";

    /// <summary>The down script of <see cref="CreateUsers"/>: every versioned Flyway migration needs one (MIG101).</summary>
    public const string DropUsers = "DROP TABLE users;\n";

    public const string IndexConcurrently = "CREATE INDEX CONCURRENTLY users_email ON users (email);\n";

    public const string DropIndexConcurrently = "DROP INDEX CONCURRENTLY users_email;\n";

    /// <summary>MIG102 (an error) on line 2, columns 1 to 42: the statement without its semicolon.</summary>
    public const string BlockingIndex = "-- index the e-mail column\nCREATE INDEX users_email ON users (email);\n";

    /// <summary>MIG202, a warning by default, on line 1.</summary>
    public const string BlockingDropIndex = "DROP INDEX users_email;\n";
}
