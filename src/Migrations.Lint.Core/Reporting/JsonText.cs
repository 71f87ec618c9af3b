using System.Text.Encodings.Web;
using System.Text.Json;

namespace Migrations.Lint.Reporting;

/// <summary>Runs a <see cref="Utf8JsonWriter"/> and streams its indented output to a <see cref="TextWriter"/>.</summary>
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
        using (var writer = new Utf8JsonWriter(new TextWriterBufferWriter(output), Options))
        {
            write(writer);
        }

        output.WriteLine();
    }
}
