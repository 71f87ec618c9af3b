namespace Migrations.Lint.Core.Tests.Conformance;

/// <summary>
/// Corpus files the conformance test does not compare, read from <c>exclusions.txt</c>: one
/// <c>path  # reason</c> per line, paths relative to the corpus folder with forward slashes.
/// </summary>
public static class CorpusExclusions
{
    /// <returns>Reason by relative path.</returns>
    public static IReadOnlyDictionary<string, string> Parse(IEnumerable<string> lines)
    {
        var exclusions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var path = (hash < 0 ? line : line[..hash]).Trim();
            var reason = hash < 0 ? "" : line[(hash + 1)..].Trim();
            if (reason.Length == 0)
            {
                throw new FormatException($"exclusions.txt: '{path}' needs a reason (`path  # reason`).");
            }

            if (!exclusions.TryAdd(path, reason))
            {
                throw new FormatException($"exclusions.txt: '{path}' is listed twice.");
            }
        }

        return exclusions;
    }
}
