using System.Buffers;
using System.Text;

namespace Migrations.Lint.Reporting;

/// <summary>
/// Hands a <see cref="System.Text.Json.Utf8JsonWriter"/> a small buffer and decodes each chunk it fills into a
/// <see cref="TextWriter"/>: a large report then never sits whole in memory as bytes and again as a string.
/// </summary>
internal sealed class TextWriterBufferWriter(TextWriter output) : IBufferWriter<byte>
{
    private const int ChunkSize = 16 * 1024;

    private byte[] _bytes = new byte[ChunkSize];
    private char[] _chars = new char[ChunkSize];

    /// <remarks>The JSON writer hands over whole tokens, so a chunk never ends inside a character.</remarks>
    public void Advance(int count)
    {
        var length = Encoding.UTF8.GetChars(_bytes.AsSpan(0, count), _chars);
        output.Write(_chars, 0, length);
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _bytes;
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _bytes;
    }

    private void Reserve(int sizeHint)
    {
        if (sizeHint > _bytes.Length)
        {
            // UTF-8 never decodes to more UTF-16 code units than it has bytes.
            _bytes = new byte[sizeHint];
            _chars = new char[sizeHint];
        }
    }
}
