using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Migrations.Lint.Reporting;

/// <summary>Runs a <see cref="Utf8JsonWriter"/> and copies its indented output to a <see cref="TextWriter"/>.</summary>
internal static class JsonText
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,

        // Reports go to files and pipes, never into HTML: keep quotes, '<' and non-ASCII text readable
        // instead of \u-escaping them. Control characters and '"' are still escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}
