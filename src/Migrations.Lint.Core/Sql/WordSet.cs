namespace Migrations.Lint.Sql;

/// <summary>
/// A fixed set of keywords matched case-insensitively against a span of the source, without allocating:
/// a binary search over the words sorted with the same comparison.
/// </summary>
internal sealed class WordSet
{
    private readonly string[] _words;

    public WordSet(string[] words)
    {
        // Sort with the comparison the search uses, so '_' orders the same way in both.
        _words = [.. words];
        Array.Sort(_words, StringComparer.OrdinalIgnoreCase);
    }

    public bool Contains(ReadOnlySpan<char> word)
    {
        int low = 0, high = _words.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var order = word.CompareTo(_words[middle], StringComparison.OrdinalIgnoreCase);
            if (order == 0)
            {
                return true;
            }

            if (order < 0)
            {
                high = middle - 1;
            }
            else
            {
                low = middle + 1;
            }
        }

        return false;
    }
}
