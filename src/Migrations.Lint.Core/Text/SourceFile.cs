namespace Migrations.Lint.Text;

/// <summary>
/// Loads a file as SQL text. Every I/O or content problem becomes a <see cref="SourceFileError"/>,
/// never an exception, so one bad file cannot stop a lint run.
/// </summary>
public static class SourceFile
{
    /// <summary>Largest file accepted: 1 GB keeps the decoded text under .NET's string size limit.</summary>
    public const long MaxLength = 1_000_000_000;

    /// <summary>How much of the start is searched for a NUL byte, as git does to spot binary files.</summary>
    internal const int BinarySniffLength = 8 * 1024;

    private const int UnknownLengthCapacity = 64 * 1024;

    /// <summary>Reads and strictly decodes <paramref name="path"/> (UTF-8, or UTF-16 with a byte order mark).</summary>
    /// <param name="path">The file to open.</param>
    /// <param name="displayPath">
    /// The path to report, kept verbatim as <see cref="SourceText.Path"/> and in errors; defaults to <paramref name="path"/>.
    /// </param>
    public static SourceFileResult Load(string path, string? displayPath = null)
    {
        var reportedPath = displayPath ?? path;
        try
        {
            using var stream = new FileStream(
                path,
                FileMode.Open,
                FileAccess.Read,
                FileShare.ReadWrite | FileShare.Delete,
                bufferSize: 0,
                FileOptions.SequentialScan);
            return Read(reportedPath, stream);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Fail(reportedPath, SourceFileErrorKind.NotFound, "file not found");
        }
        catch (UnauthorizedAccessException) when (Directory.Exists(path))
        {
            return Fail(reportedPath, SourceFileErrorKind.Unreadable, "is a directory, not a file");
        }
        catch (UnauthorizedAccessException)
        {
            return Fail(reportedPath, SourceFileErrorKind.Unreadable, "permission denied");
        }
        catch (Exception e) when (e is IOException or ArgumentException or NotSupportedException)
        {
            return Fail(reportedPath, SourceFileErrorKind.Unreadable, "cannot read file: " + OneLine(e.Message));
        }
    }

    /// <summary>Decodes bytes read elsewhere (git's index) by the same rules as a file on disk.</summary>
    public static SourceFileResult Decode(ReadOnlySpan<byte> bytes, string displayPath)
    {
        if (bytes.Length > MaxLength)
        {
            return TooLarge(displayPath);
        }

        return SourceFileDecoder.LooksBinary(bytes)
            ? BinaryFile(displayPath)
            : SourceFileDecoder.Decode(displayPath, bytes);
    }

    private static SourceFileResult Read(string displayPath, FileStream stream)
    {
        if (stream.CanSeek && stream.Length > MaxLength)
        {
            return TooLarge(displayPath);
        }

        // One spare byte lets the final zero-length read happen without growing a full buffer.
        var buffer = new byte[stream.CanSeek ? stream.Length + 1 : UnknownLengthCapacity];
        var length = 0;
        var sniffed = false;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > MaxLength)
                {
                    return TooLarge(displayPath);
                }

                Array.Resize(ref buffer, (int)Math.Min(Array.MaxLength, 2L * buffer.Length));
            }

            var read = stream.Read(buffer, length, buffer.Length - length);
            length += read;
            if (!sniffed && (read == 0 || length >= BinarySniffLength))
            {
                sniffed = true;
                if (SourceFileDecoder.LooksBinary(buffer.AsSpan(0, length)))
                {
                    return BinaryFile(displayPath);
                }
            }

            if (read == 0)
            {
                return length > MaxLength ? TooLarge(displayPath) : SourceFileDecoder.Decode(displayPath, buffer.AsSpan(0, length));
            }
        }
    }

    private static SourceFileResult TooLarge(string path) =>
        Fail(path, SourceFileErrorKind.TooLarge, $"file is larger than the {MaxLength / 1_000_000} MB limit");

    private static SourceFileResult BinaryFile(string path) => Fail(path, SourceFileErrorKind.Binary, "binary file, not SQL");

    private static SourceFileResult Fail(string path, SourceFileErrorKind kind, string message) =>
        SourceFileResult.Failure(new SourceFileError(path, kind, message));

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
