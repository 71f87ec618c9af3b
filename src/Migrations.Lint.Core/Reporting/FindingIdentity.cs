using System.Security.Cryptography;
using System.Text;
using Migrations.Lint.Diagnostics;

namespace Migrations.Lint.Reporting;

/// <summary>
/// What stays the same about a finding when unrelated lines are added or removed: a hash of its line's
/// text with whitespace removed, and which occurrence of that (rule, file, line text) it is.
/// SARIF's <c>primaryLocationLineHash</c> and GitLab's fingerprint are built from it.
/// </summary>
internal readonly record struct FindingIdentity(string LineHash, int Occurrence)
{
    /// <summary>GitHub's <c>hash:occurrence</c> form.</summary>
    public override string ToString() => $"{LineHash}:{Occurrence}";

    /// <summary>One identity per diagnostic, index-aligned; occurrences count in list order from 1.</summary>
    public static FindingIdentity[] Compute(IReadOnlyList<Diagnostic> diagnostics)
    {
        var identities = new FindingIdentity[diagnostics.Count];
        var seen = new Dictionary<(string Rule, string Path, string Hash), int>();
        for (var i = 0; i < diagnostics.Count; i++)
        {
            var diagnostic = diagnostics[i];
            var hash = LineHashOf(diagnostic.Location);
            var key = (diagnostic.Rule.Code, diagnostic.Location.Path, hash);
            var occurrence = seen.GetValueOrDefault(key) + 1;
            seen[key] = occurrence;
            identities[i] = new FindingIdentity(hash, occurrence);
        }

        return identities;
    }

    private static string LineHashOf(SourceLocation location)
    {
        // A whole-file finding is about the file, not its first line: editing line 1 must not change it.
        var normalized = new StringBuilder();
        if (!location.IsWholeFile)
        {
            var line = location.Source.AsSpan(SourceLines.Content(location.Source, location.Start.Line));
            foreach (var c in line)
            {
                if (!char.IsWhiteSpace(c))
                {
                    normalized.Append(c);
                }
            }
        }

        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(normalized.ToString()));
        return Convert.ToHexString(digest, 0, 8).ToLowerInvariant();
    }
}
