using Migrations.Lint.Text;

namespace Migrations.Lint.Diagnostics;

/// <summary>Where a finding is: the file, the exact span and its 1-based start and end (end is exclusive).</summary>
public sealed record SourceLocation(SourceText Source, TextSpan Span)
{
    public string Path => Source.Path;

    public LinePosition Start => Source.GetPosition(Span.Start);

    public LinePosition End => Source.GetPosition(Span.End);

    /// <summary>True for <see cref="WholeFile"/>: reporters show no code frame and no column range for it.</summary>
    public bool IsWholeFile => Span.Start == 0 && Span.IsEmpty;

    /// <summary>A location for findings about a whole file (e.g. a missing down script): line 1, column 1.</summary>
    public static SourceLocation WholeFile(SourceText source) => new(source, new TextSpan(0, 0));
}
