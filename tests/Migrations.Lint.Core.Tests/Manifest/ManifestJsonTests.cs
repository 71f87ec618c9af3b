using System.Text;
using Migrations.Lint.Manifest;
using Migrations.Lint.Migrations;
using Migrations.Lint.Sql;

namespace Migrations.Lint.Core.Tests.Manifest;

public sealed class ManifestJsonTests
{
    private static readonly MigrationManifest Sample = new(
        "1.2.3+abc",
        Dialect.Postgres,
        [
            new ManifestMigration(
                "V1__create_users", "1", "create users", MigrationKind.Versioned, MigrationConvention.Flyway, Dialect.Postgres,
                new ManifestScript("2024/V1__create_users.sql", new string('a', 64)), new ManifestScript("2024/U1__create_users.sql", new string('b', 64)), LintVerdict.Warnings),
            new ManifestMigration(
                "R__views", null, "views", MigrationKind.Repeatable, MigrationConvention.Flyway, Dialect.SqlServer,
                new ManifestScript("R__views.sqlserver.sql", new string('c', 64)), null, LintVerdict.NotLinted),
        ]);

    [Fact]
    public void What_the_writer_writes_the_reader_reads_back_unchanged()
    {
        var written = Write(Sample);

        var read = ManifestJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(written)));

        Assert.Equal(written, Write(read));
        Assert.Null(read.Migrations[1].Version);
        Assert.Null(read.Migrations[1].Down);
        Assert.Equal(LintVerdict.Warnings, read.Migrations[0].Verdict);
    }

    [Theory]
    [InlineData("\"kind\": \"versioned\"", "\"kind\": \"sideways\"", "migrations[0].kind: unknown value 'sideways'")]
    [InlineData("\"sha256\": \"aaaa", "\"sha\": \"aaaa", "migrations[0].up.sha256 is missing")]
    [InlineData("\"lint\": \"warnings\"", "\"lint\": 3", "migrations[0].lint: expected string, found number")]
    [InlineData("\"formatVersion\": 1", "\"formatVersion\": 9", "formatVersion 9 is not one this version reads (1)")]
    public void A_malformed_manifest_is_one_line_naming_the_field(string find, string replace, string message)
    {
        var broken = Write(Sample).Replace(find, replace, StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => ManifestJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(broken))));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    private static string Write(MigrationManifest manifest)
    {
        using var stream = new MemoryStream();
        ManifestJson.Write(manifest, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
