using Migrations.Lint.Text;

namespace Migrations.Lint.Core.Tests.Testing;

/// <summary>
/// SQL with expected spans marked inline as <c>[|…|]</c>, so tests state spans without counting
/// offsets: <c>"[|SELECT 1|];"</c> is the text <c>"SELECT 1;"</c> with the span [0..8).
/// Markers may nest; spans are listed in the order their markers open.
/// </summary>
internal sealed class MarkedSql
{
    private MarkedSql(string text, IReadOnlyList<TextSpan> spans)
    {
        Text = text;
        Spans = spans;
    }

    public string Text { get; }

    public IReadOnlyList<TextSpan> Spans { get; }

    public TextSpan Span => Assert.Single(Spans);

    public static MarkedSql Parse(string marked)
    {
        var text = new System.Text.StringBuilder(marked.Length);
        var starts = new Stack<(int Order, int Start)>();
        var spans = new List<(int Order, TextSpan Span)>();
        var order = 0;
        for (var i = 0; i < marked.Length; i++)
        {
            if (marked[i] == '[' && i + 1 < marked.Length && marked[i + 1] == '|')
            {
                starts.Push((order++, text.Length));
                i++;
            }
            else if (marked[i] == '|' && i + 1 < marked.Length && marked[i + 1] == ']')
            {
                var (spanOrder, start) = starts.Pop();
                spans.Add((spanOrder, TextSpan.FromBounds(start, text.Length)));
                i++;
            }
            else
            {
                text.Append(marked[i]);
            }
        }

        Assert.Empty(starts);
        return new MarkedSql(text.ToString(), [.. spans.OrderBy(span => span.Order).Select(span => span.Span)]);
    }
}
