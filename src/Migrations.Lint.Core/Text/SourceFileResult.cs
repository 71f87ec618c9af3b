using System.Diagnostics.CodeAnalysis;

namespace Migrations.Lint.Text;

/// <summary>The outcome of <see cref="SourceFile.Load"/>: either the text or the reason there is none.</summary>
public sealed class SourceFileResult
{
    private SourceFileResult(SourceText? text, SourceFileError? error)
    {
        Text = text;
        Error = error;
    }

    public SourceText? Text { get; }

    public SourceFileError? Error { get; }

    [MemberNotNullWhen(true, nameof(Text))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Text is not null;

    public static SourceFileResult Success(SourceText text) => new(text, null);

    public static SourceFileResult Failure(SourceFileError error) => new(null, error);
}
