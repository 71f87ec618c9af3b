using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using System.Text.Unicode;

namespace Migrations.Lint.Text;

/// <summary>
/// Turns a file's bytes into text, strictly: a replacement character in the middle of a migration would
/// be linted as if it were the author's SQL, so invalid bytes are reported with their position instead.
/// </summary>
internal static class SourceFileDecoder
{
    private const int ValidationChunkChars = 4096;

    public static bool LooksBinary(ReadOnlySpan<byte> start)
    {
        // UTF-16 text is full of NUL bytes; its NUL characters are checked after decoding.
        if (Utf16ByteOrder(start) is not null)
        {
            return false;
        }

        return start[..Math.Min(start.Length, SourceFile.BinarySniffLength)].Contains((byte)0);
    }

    public static SourceFileResult Decode(string path, ReadOnlySpan<byte> bytes) =>
        Utf16ByteOrder(bytes) is { } bigEndian ? DecodeUtf16(path, bytes, bigEndian) : DecodeUtf8(path, bytes);

    /// <summary>True for a big-endian byte order mark, false for little-endian, null when there is none.</summary>
    private static bool? Utf16ByteOrder(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xFE, 0xFF, ..] => true,
        [0xFF, 0xFE, ..] => false,
        _ => null,
    };

    /// <summary>A UTF-8 byte order mark decodes to U+FEFF and stays in the text; <see cref="LineIndex"/> skips it.</summary>
    private static SourceFileResult DecodeUtf8(string path, ReadOnlySpan<byte> bytes)
    {
        var invalidAt = FirstInvalidUtf8(bytes);
        if (invalidAt >= 0)
        {
            var validPrefix = Encoding.UTF8.GetString(bytes[..invalidAt]);
            var position = LineIndex.Create(validPrefix).GetPosition(validPrefix.Length);
            return InvalidEncoding(path, "UTF-8", invalidAt, position);
        }

        return SourceFileResult.Success(new SourceText(Encoding.UTF8.GetString(bytes), path));
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        // Decoding into a small scratch buffer validates in one vectorised pass without a second copy of the text.
        var scratch = ArrayPool<char>.Shared.Rent(ValidationChunkChars);
        try
        {
            var consumed = 0;
            while (true)
            {
                var status = Utf8.ToUtf16(bytes[consumed..], scratch, out var read, out _, replaceInvalidSequences: false);
                consumed += read;
                switch (status)
                {
                    case OperationStatus.Done:
                        return -1;
                    case OperationStatus.DestinationTooSmall:
                        continue;
                    default:
                        return consumed;
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(scratch);
        }
    }

    /// <summary>The byte order mark is kept as U+FEFF, like a UTF-8 one, so offsets mean the same in both.</summary>
    private static SourceFileResult DecodeUtf16(string path, ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        if (bytes.Length % 2 != 0)
        {
            return InvalidEncoding(path, "UTF-16 (odd number of bytes)", bytes.Length - 1, position: null);
        }

        var encoding = bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;
        var text = encoding.GetString(bytes);
        var invalidUnit = FirstUnpairedSurrogate(bytes, bigEndian);
        if (invalidUnit >= 0)
        {
            return InvalidEncoding(path, "UTF-16", 2L * invalidUnit, LineIndex.Create(text).GetPosition(invalidUnit));
        }

        if (text.AsSpan(0, Math.Min(text.Length, SourceFile.BinarySniffLength / 2)).Contains('\0'))
        {
            return SourceFileResult.Failure(new SourceFileError(path, SourceFileErrorKind.Binary, "binary file, not SQL"));
        }

        return SourceFileResult.Success(new SourceText(text, path));
    }

    /// <summary>Checked on the raw code units because decoding silently turns bad surrogates into U+FFFD.</summary>
    private static int FirstUnpairedSurrogate(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        var units = bytes.Length / 2;
        for (var i = 0; i < units; i++)
        {
            var unit = (char)ReadUnit(bytes, i, bigEndian);
            if (char.IsHighSurrogate(unit) && i + 1 < units && char.IsLowSurrogate((char)ReadUnit(bytes, i + 1, bigEndian)))
            {
                i++;
            }
            else if (char.IsSurrogate(unit))
            {
                return i;
            }
        }

        return -1;
    }

    private static ushort ReadUnit(ReadOnlySpan<byte> bytes, int index, bool bigEndian)
    {
        var pair = bytes.Slice(2 * index, 2);
        return bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(pair) : BinaryPrimitives.ReadUInt16LittleEndian(pair);
    }

    private static SourceFileResult InvalidEncoding(string path, string encoding, long byteOffset, LinePosition? position)
    {
        var where = position is { } p ? $"line {p.Line}, column {p.Column} (byte offset {byteOffset})" : $"byte offset {byteOffset}";
        var message = $"invalid {encoding} at {where}; save the file as UTF-8";
        return SourceFileResult.Failure(
            new SourceFileError(path, SourceFileErrorKind.InvalidEncoding, message, byteOffset, position));
    }
}
