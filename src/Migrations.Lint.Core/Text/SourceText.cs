namespace Migrations.Lint.Text;

/// <summary>The decoded text of one file plus the index that turns offsets into lines and columns.</summary>
public sealed class SourceText
{
    private LineIndex? _lines;

    public SourceText(string text, string path = "")
    {
        Text = text;
        Path = path;
    }

    /// <summary>The file path as given by the user (used verbatim in reports).</summary>
    public string Path { get; }

    public string Text { get; }

    public int Length => Text.Length;

    public LineIndex Lines => _lines ??= LineIndex.Create(Text);

    public LinePosition GetPosition(int offset) => Lines.GetPosition(offset);

    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);

    public ReadOnlySpan<char> AsSpan(TextSpan span) => Text.AsSpan(span.Start, span.Length);
}
