namespace Migrations.Lint.Text;

/// <summary>Why a file could not be loaded as SQL text.</summary>
public enum SourceFileErrorKind
{
    /// <summary>The path names no file.</summary>
    NotFound,

    /// <summary>The path exists but cannot be read (permissions, a directory, an I/O failure).</summary>
    Unreadable,

    /// <summary>A NUL byte in the first 8 KB: an image, archive or similar, not SQL.</summary>
    Binary,

    /// <summary>Bytes that are not valid UTF-8 (or UTF-16 after a UTF-16 byte order mark).</summary>
    InvalidEncoding,

    /// <summary>Bigger than <see cref="SourceFile.MaxLength"/>.</summary>
    TooLarge,
}
