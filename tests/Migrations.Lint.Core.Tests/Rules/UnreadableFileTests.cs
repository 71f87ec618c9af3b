using System.Text;
using Migrations.Lint.Linting;
using Migrations.Lint.Migrations;
using Migrations.Lint.Rules;

namespace Migrations.Lint.Core.Tests.Rules;

public sealed class UnreadableFileTests
{
    [Fact]
    public void Reports_binary_file() =>
        SetRuleAssert.Reports<UnreadableFile>(
            ("V1__init.sql", "CREATE TABLE users (id bigint);"),
            SetFile.Raw("V2__seed.sql", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x0D, 0x0A], reported: true));

    [Fact]
    public void Reports_invalid_utf8_with_its_position()
    {
        var findings = SetRuleAssert.Lint<UnreadableFile>(
            SetFile.Raw("V1__init.sql", [.. "SELECT 'caf"u8, 0xE9, .. "';"u8], reported: true));

        var finding = Assert.Single(findings);
        Assert.Equal(SetRuleAssert.DisplayPath("V1__init.sql"), finding.Location.Path);
        Assert.True(finding.Location.IsWholeFile);
        Assert.Equal("Invalid UTF-8 at line 1, column 12 (byte offset 11); save the file as UTF-8.", finding.Message);
    }

    [Fact]
    public void Reports_unreadable_down_script_of_a_readable_migration() =>
        SetRuleAssert.Reports<UnreadableFile>(
            ("1_init.up.sql", "CREATE TABLE users (id bigint);"),
            SetFile.Raw("1_init.down.sql", [0xFF, 0xFF, 0x00, 0x00], reported: true));

    [Fact]
    public void Reports_unreadable_file_even_at_or_below_start_after() =>
        SetRuleAssert.Reports<UnreadableFile>(
            new LintSettings(StartAfter: MigrationVersion.Parse("5")),
            SetFile.Raw("V1__init.sql", [0x00], reported: true));

    [Fact]
    public void Silent_for_utf8_and_utf16_text() =>
        SetRuleAssert.Silent<UnreadableFile>(
            ("V1__init.sql", "CREATE TABLE café (id bigint);"),
            SetFile.Raw("V2__more.sql", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("SELECT 1;")], reported: false),
            SetFile.Raw("V3__bom.sql", [.. Encoding.UTF8.GetPreamble(), .. "SELECT 1;"u8], reported: false));
}
