using System.Text;
using Migrations.Lint.Text;

namespace Migrations.Lint.Core.Tests.Testing;

/// <summary>
/// SQL with the expected spans marked inline, Roslyn-analyzer style: <c>[|CREATE INDEX i ON t (a)|];</c>.
/// Tests state intent in the SQL itself instead of hard-coding offsets, lines or columns.
/// </summary>
internal sealed record MarkedSql(string Text, IReadOnlyList<TextSpan> Spans)
{
    private const string Open = "[|";
    private const string Close = "|]";

    public static MarkedSql Parse(string marked)
    {
        var text = new StringBuilder(marked.Length);
        var spans = new List<TextSpan>();
        var openAt = new Stack<int>();
        for (var i = 0; i < marked.Length; i++)
        {
            if (string.CompareOrdinal(marked, i, Open, 0, Open.Length) == 0)
            {
                openAt.Push(text.Length);
                i++;
            }
            else if (string.CompareOrdinal(marked, i, Close, 0, Close.Length) == 0 && openAt.Count > 0)
            {
                spans.Add(TextSpan.FromBounds(openAt.Pop(), text.Length));
                i++;
            }
            else
            {
                text.Append(marked[i]);
            }
        }

        if (openAt.Count > 0)
        {
            throw new ArgumentException("Unclosed [| marker in test SQL.", nameof(marked));
        }

        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Length.CompareTo(b.Length));
        return new MarkedSql(text.ToString(), spans);
    }
}
