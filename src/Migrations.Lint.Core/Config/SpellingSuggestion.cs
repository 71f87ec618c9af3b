namespace Migrations.Lint.Config;

/// <summary>Finds the known word a typo most likely meant, for "did you mean …?" hints.</summary>
internal static class SpellingSuggestion
{
    private const int MinPrefixLength = 3;

    /// <summary>
    /// The candidate closest to <paramref name="input"/> by case-insensitive Levenshtein distance,
    /// if it is within a third of the longer word (so "on" does not suggest "off"), or if one is a
    /// prefix of the other ("warn" → "warning"); otherwise null.
    /// </summary>
    public static string? Closest(string input, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(input, candidate);
            if (distance < bestDistance && IsPlausible(input, candidate, distance))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static bool IsPlausible(string input, string candidate, int distance)
    {
        var shorter = Math.Min(input.Length, candidate.Length);
        var isPrefix = shorter >= MinPrefixLength
            && (candidate.StartsWith(input, StringComparison.OrdinalIgnoreCase)
                || input.StartsWith(candidate, StringComparison.OrdinalIgnoreCase));
        return isPrefix || distance <= Math.Max(1, Math.Max(input.Length, candidate.Length) / 3);
    }

    private static int Distance(string a, string b)
    {
        // Two rolling rows: O(|a|·|b|) time, O(|b|) memory.
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + substitution);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
