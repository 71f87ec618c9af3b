using Migrations.Lint.Diagnostics;
using Migrations.Lint.Reporting;
using Migrations.Lint.Sql;
using Migrations.Lint.Text;

namespace Migrations.Lint.Core.Tests.Reporting;

/// <summary>
/// Hand-made rules, sources and findings covering what reporters must get right: tabs, CRLF, a BOM,
/// wide and non-ASCII characters, a multi-line and a long span, a whole-file finding, a suppressed one,
/// a note without help, an opt-in rule and characters that need escaping in every format.
/// </summary>
internal static class SampleReports
{
    public static readonly RuleDescriptor RequireConcurrentIndex = new(
        "MIG101", "require-concurrent-index", "Create indexes concurrently", Severity.Error, RuleCategory.Locking,
        [Dialect.Postgres], "CREATE INDEX without CONCURRENTLY blocks writes to the table until the index is built.");

    public static readonly RuleDescriptor BanAlterColumnType = new(
        "MIG102", "ban-alter-column-type", "Do not change a column's type in place", Severity.Error, RuleCategory.Locking,
        [Dialect.Postgres, Dialect.SqlServer], "Changing a column's type rewrites the table under an exclusive lock.");

    public static readonly RuleDescriptor BanDropColumn = new(
        "MIG201", "ban-drop-column", "Do not drop columns", Severity.Warning, RuleCategory.DataLoss,
        [Dialect.Postgres, Dialect.SqlServer], "Dropping a column loses its data, and running code that still reads it fails.");

    public static readonly RuleDescriptor RequireDownMigration = new(
        "MIG401", "require-down-migration", "Provide a down migration", Severity.Warning, RuleCategory.MigrationSet,
        [], "Every up migration needs a matching down migration so a release can be rolled back.");

    public static readonly RuleDescriptor RequireLockTimeout = new(
        "MIG501", "require-lock-timeout", "Set a lock timeout", Severity.Off, RuleCategory.Transactions,
        [Dialect.Postgres], "Without lock_timeout a blocked DDL statement queues every query behind it.");

    public static readonly RuleDescriptor RequirePrimaryKey = new(
        "MIG601", "require-primary-key", "Give tables a primary key", Severity.Note, RuleCategory.Style,
        [Dialect.Postgres, Dialect.SqlServer], "Tables without a primary key cannot be replicated logically.");

    public static readonly IReadOnlyList<RuleDescriptor> AllRules =
    [
        RequireConcurrentIndex, BanAlterColumnType, BanDropColumn, RequireDownMigration, RequireLockTimeout, RequirePrimaryKey,
    ];

    /// <summary>Paths are relative to this directory, which lies inside <see cref="RepositoryRoot"/>.</summary>
    public static readonly string WorkingDirectory = Path.GetFullPath("/repo/db");

    public static readonly string RepositoryRoot = Path.GetFullPath("/repo");

    public static ReportContext Context(bool color = false) => new(WorkingDirectory)
    {
        RepositoryRoot = RepositoryRoot,
        Tool = new ToolIdentity("migrations-lint", "1.2.3", "https://github.com/migrations-lint/migrations-lint"),
        UseColor = color,
    };

    public static LintReport Empty(int fileCount = 14) => new([], AllRules, fileCount);

    /// <summary>Every kind of finding, listed out of order as a parallel run might produce them.</summary>
    public static LintReport Full()
    {
        var createIndex = new SourceText(
            "-- Index für Benutzer – schneller Lookup\nBEGIN;\n\tCREATE INDEX idx_users_email ON users (email);\nCOMMIT;\n",
            "migrations/001_create_index.sql");

        var dropColumn = new SourceText(
            "\uFEFFALTER TABLE \"用户\" DROP COLUMN email;\r\n-- migrations-lint-disable-next-line ban-drop-column\r\nALTER TABLE orders DROP COLUMN note;\r\n",
            "migrations/002 drop column.sql");

        var rewrite = new SourceText(
            "ALTER TABLE accounts\n    ALTER COLUMN balance TYPE numeric(12, 2),\n    ALTER COLUMN owner SET NOT NULL;\n"
            + "CREATE TABLE audit (\n    id bigint,\n    a text,\n    b text,\n    c text,\n    d text,\n    e text\n);\n",
            Path.Combine(WorkingDirectory, "migrations", "003_rewrite.sql"));

        var addColumn = new SourceText("ALTER TABLE users ADD COLUMN nickname text;\n", "migrations/004_add_column.sql");

        Diagnostic[] diagnostics =
        [
            new(
                RequireDownMigration, Severity.Warning, "No down migration found for 004_add_column.sql.",
                SourceLocation.WholeFile(addColumn), "Add 004_add_column.down.sql that reverts it."),
            new(
                BanAlterColumnType, Severity.Error, "Changing the type of \"balance\" rewrites \"accounts\" under an ACCESS EXCLUSIVE lock.",
                At(rewrite, "ALTER TABLE accounts", "NOT NULL"),
                "Add a new column, backfill it in batches, then swap."),
            new(
                BanDropColumn, Severity.Warning, "Dropping \"email\" from \"用户\" loses its data: 100%, no undo.",
                At(dropColumn, "DROP COLUMN email", "DROP COLUMN email"),
                "Stop reading the column in code first, then drop it in a later release."),
            new(
                RequireConcurrentIndex, Severity.Error, "Creating index \"idx_users_email\" without CONCURRENTLY blocks writes to \"users\".",
                At(createIndex, "CREATE INDEX", "(email)"),
                "Use CREATE INDEX CONCURRENTLY, outside a transaction block."),
            new(
                RequirePrimaryKey, Severity.Note, "Table \"audit\" has no primary key",
                At(rewrite, "CREATE TABLE audit", ");")),
            new(
                BanDropColumn, Severity.Warning, "Dropping \"note\" from \"orders\" loses its data.",
                At(dropColumn, "DROP COLUMN note", "DROP COLUMN note"),
                "Stop reading the column in code first, then drop it in a later release.",
                new DiagnosticSuppression("-- migrations-lint-disable-next-line ban-drop-column", "The column was never populated.")),
        ];

        return new LintReport(diagnostics, AllRules, 14)
        {
            Dialects =
            [
                new("migrations/001_create_index.sql", new DialectChoice(Dialect.Postgres, DialectOrigin.Default, "No syntax particular to SQL Server or PostgreSQL.")),
                new("migrations/005_orders.sql", new DialectChoice(
                    Dialect.SqlServer, DialectOrigin.Detected, "SQL Server syntax: [bracketed] name on line 1, GO batch separator on line 4", IsNoteworthy: true)),
                new("migrations/006_lines.mssql.sql", new DialectChoice(Dialect.SqlServer, DialectOrigin.Name)),
                new("migrations/007_mixed.sql", new DialectChoice(
                    Dialect.Postgres, DialectOrigin.Default, "As much SQL Server syntax (N'…' string on line 2) as PostgreSQL syntax (:: cast on line 3).", IsNoteworthy: true)),
            ],
        };
    }

    /// <summary>The span from the first occurrence of <paramref name="from"/> to the end of the next <paramref name="through"/>.</summary>
    public static SourceLocation At(SourceText source, string from, string through)
    {
        var start = source.Text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{from}' not found in {source.Path}");
        var end = source.Text.IndexOf(through, start, StringComparison.Ordinal);
        Assert.True(end >= 0, $"'{through}' not found after '{from}' in {source.Path}");
        end += through.Length;
        return new SourceLocation(source, TextSpan.FromBounds(start, end));
    }

    public static string Render(IReporter reporter, LintReport report, ReportContext? context = null)
    {
        using var output = new StringWriter { NewLine = "\n" };
        reporter.Write(report, context ?? Context(), output);
        return output.ToString();
    }
}
