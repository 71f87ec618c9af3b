using System.Diagnostics;
using System.Text;
using Migrations.Lint.Core.Tests.Discovery;
using Migrations.Lint.Text;

namespace Migrations.Lint.Core.Tests.Text;

public sealed class SourceFileTests : IDisposable
{
    private readonly TempTree _tree = new();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void Loads_utf8_text_with_the_path_as_given()
    {
        var path = _tree.Write("V1__init.sql", "CREATE TABLE café (id int);\n");

        var result = SourceFile.Load(path);

        Assert.True(result.Succeeded);
        Assert.Equal("CREATE TABLE café (id int);\n", result.Text.Text);
        Assert.Equal(path, result.Text.Path);
    }

    [Fact]
    public void Display_path_is_reported_instead_of_the_opened_path()
    {
        var path = _tree.Write("V1__init.sql");

        var loaded = SourceFile.Load(path, "db/V1__init.sql");
        var missing = SourceFile.Load(path + ".missing", "db/missing.sql");

        Assert.Equal("db/V1__init.sql", loaded.Text!.Path);
        Assert.Equal("db/missing.sql: file not found", missing.Error!.ToString());
    }

    [Fact]
    public void Utf8_byte_order_mark_stays_in_the_text_and_columns_skip_it()
    {
        var path = _tree.WriteBytes("bom.sql", [0xEF, 0xBB, 0xBF, .. "SELECT 1;"u8]);

        var text = SourceFile.Load(path).Text!;

        Assert.Equal("\uFEFFSELECT 1;", text.Text);
        Assert.Equal(new LinePosition(1, 1), text.GetPosition(1));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_with_a_byte_order_mark_is_decoded(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var path = _tree.WriteBytes("utf16.sql", [.. encoding.GetPreamble(), .. encoding.GetBytes("SELECT 'ü';\nSELECT 2;")]);

        var result = SourceFile.Load(path);

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal("\uFEFFSELECT 'ü';\nSELECT 2;", result.Text.Text);
        Assert.Equal(new LinePosition(2, 1), result.Text.GetPosition(result.Text.Text.IndexOf("SELECT 2", StringComparison.Ordinal)));
    }

    [Fact]
    public void Utf16_with_an_unpaired_surrogate_is_invalid()
    {
        // BOM, "A", "\n", then a lone high surrogate followed by "B".
        var path = _tree.WriteBytes("bad16.sql", [0xFF, 0xFE, 0x41, 0x00, 0x0A, 0x00, 0x00, 0xD8, 0x42, 0x00]);

        var error = SourceFile.Load(path).Error!;

        Assert.Equal(SourceFileErrorKind.InvalidEncoding, error.Kind);
        Assert.Equal(6, error.ByteOffset);
        Assert.Equal(new LinePosition(2, 1), error.Position);
    }

    [Fact]
    public void Utf16_with_an_odd_number_of_bytes_is_invalid()
    {
        var path = _tree.WriteBytes("odd16.sql", [0xFF, 0xFE, 0x41, 0x00, 0x42]);

        var error = SourceFile.Load(path).Error!;

        Assert.Equal(SourceFileErrorKind.InvalidEncoding, error.Kind);
        Assert.Equal(4, error.ByteOffset);
    }

    [Fact]
    public void Nul_byte_in_the_first_8_KB_means_binary()
    {
        var path = _tree.WriteBytes("image.sql", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);

        var error = SourceFile.Load(path).Error!;

        Assert.Equal(SourceFileErrorKind.Binary, error.Kind);
        Assert.Equal("binary file, not SQL", error.Message);
    }

    [Fact]
    public void Nul_byte_after_the_first_8_KB_is_text()
    {
        var bytes = Encoding.ASCII.GetBytes(new string('-', 9000));
        bytes[8500] = 0;
        var path = _tree.WriteBytes("late-nul.sql", bytes);

        Assert.True(SourceFile.Load(path).Succeeded);
    }

    [Fact]
    public void Invalid_utf8_reports_byte_offset_and_line()
    {
        byte[] bytes = [.. "SELECT 1;\nSELECT 'é';\nSELECT '"u8, 0xFF, .. "';\n"u8];
        var path = _tree.WriteBytes("latin1.sql", bytes);

        var error = SourceFile.Load(path).Error!;

        Assert.Equal(SourceFileErrorKind.InvalidEncoding, error.Kind);
        Assert.Equal(Array.IndexOf(bytes, (byte)0xFF), error.ByteOffset);
        Assert.Equal(new LinePosition(3, 9), error.Position);
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Invalid_utf8_far_into_the_file_is_found_at_its_exact_offset()
    {
        // Valid two-byte characters straddle the validator's internal chunks before the bad byte.
        var bytes = Encoding.UTF8.GetBytes(new string('é', 10_000) + "\n\n");
        bytes = [.. bytes, 0xC3, 0x28];
        var path = _tree.WriteBytes("late-invalid.sql", bytes);

        var error = SourceFile.Load(path).Error!;

        Assert.Equal(20_002, error.ByteOffset);
        Assert.Equal(new LinePosition(3, 1), error.Position);
    }

    [Fact]
    public void Truncated_utf8_sequence_at_the_end_is_invalid()
    {
        var path = _tree.WriteBytes("truncated.sql", [.. "SELECT 'x"u8, 0xE2, 0x82]);

        var error = SourceFile.Load(path).Error!;

        Assert.Equal(SourceFileErrorKind.InvalidEncoding, error.Kind);
        Assert.Equal(9, error.ByteOffset);
    }

    [Fact]
    public void Empty_file_loads_as_empty_text()
    {
        var path = _tree.WriteBytes("empty.sql", []);

        var result = SourceFile.Load(path);

        Assert.True(result.Succeeded);
        Assert.Equal("", result.Text.Text);
    }

    [Fact]
    public void Missing_file_is_an_error_not_an_exception()
    {
        var result = SourceFile.Load(_tree.PathOf("nope/missing.sql"));

        Assert.False(result.Succeeded);
        Assert.Equal(SourceFileErrorKind.NotFound, result.Error.Kind);
    }

    [Fact]
    public void Directory_is_an_error_not_an_exception()
    {
        Directory.CreateDirectory(_tree.PathOf("folder.sql"));

        var error = SourceFile.Load(_tree.PathOf("folder.sql")).Error!;

        Assert.Equal(SourceFileErrorKind.Unreadable, error.Kind);
    }

    [Fact]
    public void Empty_path_is_an_error_not_an_exception()
    {
        Assert.False(SourceFile.Load("").Succeeded);
    }

    [Fact]
    public void A_100_MB_file_loads_in_linear_time()
    {
        const string Line = "INSERT INTO t VALUES (1, 'ünïcödé');\n";
        var lineBytes = Encoding.UTF8.GetBytes(Line);
        var path = _tree.PathOf("huge.sql");
        var lines = 100_000_000 / lineBytes.Length;
        using (var stream = File.Create(path))
        {
            for (var i = 0; i < lines; i++)
            {
                stream.Write(lineBytes);
            }
        }

        var stopwatch = Stopwatch.StartNew();
        var result = SourceFile.Load(path);
        stopwatch.Stop();

        Assert.True(result.Succeeded);
        Assert.Equal(lines * Line.Length, result.Text.Length);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(20), $"took {stopwatch.Elapsed}");
    }
}
