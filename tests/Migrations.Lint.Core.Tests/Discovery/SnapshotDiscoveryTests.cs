using System.Text;
using Migrations.Lint.Config;
using Migrations.Lint.Linting;
using Migrations.Lint.Migrations;

namespace Migrations.Lint.Core.Tests.Discovery;

/// <summary>Discovery over a snapshot (git's index in the tool): nothing is read from disk, everything else works as for the work tree.</summary>
public sealed class SnapshotDiscoveryTests
{
    /// <summary>A folder that does not exist: any read from disk would find nothing.</summary>
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "migrate-lint-snapshot-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Folders_globs_and_pairs_are_found_in_the_snapshot()
    {
        var files = Snapshot(new()
        {
            ["db/V1__users.sql"] = "CREATE TABLE users (id bigint);",
            ["db/U1__users.sql"] = "DROP TABLE users;",
            ["db/folders/2_email/up.sql"] = "ALTER TABLE users ADD COLUMN email text;",
            ["db/folders/2_email/down.sql"] = "ALTER TABLE users DROP COLUMN email;",
            ["other/V9__elsewhere.sql"] = "SELECT 1;",
        });

        var set = Discover(files, "db");
        var globbed = Discover(files, "db/V*.sql");

        Assert.Empty(set.Findings);
        Assert.Equal(["1", "2"], set.Migrations.Select(migration => migration.Version!.ToString()));
        Assert.All(set.Migrations, migration => Assert.True(migration.HasDown));
        Assert.Equal("CREATE TABLE users (id bigint);", set.Migrations[0].Up.Text.ToString());
        Assert.Equal(Path.Join("db", "folders", "2_email", "up.sql"), set.Migrations[1].Up.Path);
        Assert.Equal(["V1__users"], globbed.Migrations.Select(migration => migration.Id));
    }

    [Fact]
    public void Snapshot_bytes_are_decoded_like_files_on_disk()
    {
        var files = new SnapshotFiles(Root, ["db/V1__binary.sql", "db/V2__gone.sql"], path => path.EndsWith("binary.sql", StringComparison.Ordinal) ? [0x53, 0x00, 0x51] : null);

        var set = Discover(files, "db");

        Assert.Equal(
            [(Path.Join("db", "V1__binary.sql"), "binary file, not SQL"), (Path.Join("db", "V2__gone.sql"), "file not found")],
            set.Findings.Select(finding => (finding.Path, finding.Message)));
    }

    [Fact]
    public void Only_reported_files_are_reported_while_the_others_pair_with_them()
    {
        var files = Snapshot(new()
        {
            ["db/V1__users.sql"] = "CREATE TABLE users (id bigint, email text);\nCREATE INDEX users_id ON users (id);",
            ["db/V2__email.sql"] = "CREATE INDEX users_email ON users (email);",
            ["db/U2__email.sql"] = "DROP INDEX CONCURRENTLY users_email;",
            ["db/V3__orders.sql"] = "CREATE TABLE orders (id bigint);",
        });
        var config = EffectiveConfiguration.Defaults;
        var reported = new HashSet<string>(StringComparer.Ordinal) { Path.Combine(Root, "db", "V2__email.sql") };

        var outcome = LintPipeline.Run(["db"], config, Root, new LintScope(files, reported));

        var diagnostic = Assert.Single(outcome.Report.Diagnostics);
        Assert.Equal("require-concurrent-index", diagnostic.Rule.Name);
        Assert.Equal(Path.Join("db", "V2__email.sql"), diagnostic.Location.Path);
        Assert.Equal(1, outcome.Report.FileCount);
        var everything = LintPipeline.Run(["db"], config, Root, new LintScope(files, ReportedFiles: null));
        Assert.Contains(everything.Report.Diagnostics, other => other.Location.Path.EndsWith("V3__orders.sql", StringComparison.Ordinal));
    }

    private static SnapshotFiles Snapshot(Dictionary<string, string> files) =>
        new(Root, files.Keys, path => files.TryGetValue(path, out var text) ? Encoding.UTF8.GetBytes(text) : null);

    private static MigrationSet Discover(IMigrationFiles files, string input) =>
        MigrationSet.Discover([input], new DiscoveryOptions { BaseDirectory = Root, Files = files });
}
