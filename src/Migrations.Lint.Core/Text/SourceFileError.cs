namespace Migrations.Lint.Text;

/// <summary>
/// Why <see cref="SourceFile.Load"/> failed. <see cref="Message"/> is one line without the path;
/// <see cref="ToString"/> prefixes the path, ready to print.
/// </summary>
/// <param name="ByteOffset">For <see cref="SourceFileErrorKind.InvalidEncoding"/>: where the first bad byte is.</param>
/// <param name="Position">For <see cref="SourceFileErrorKind.InvalidEncoding"/>: the line and column of that byte.</param>
public sealed record SourceFileError(
    string Path,
    SourceFileErrorKind Kind,
    string Message,
    long? ByteOffset = null,
    LinePosition? Position = null)
{
    public override string ToString() => $"{Path}: {Message}";
}
