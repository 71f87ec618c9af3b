using Migrations.Lint.Diagnostics;
using Migrations.Lint.Migrations;
using Migrations.Lint.Text;

namespace Migrations.Lint.Rules;

/// <summary>Turns what discovery noticed about the files into findings of the set rule that owns each kind.</summary>
internal static class DiscoveryFindingReports
{
    /// <summary>
    /// Reports every finding of <paramref name="kind"/>, its message made a sentence. A finding about a
    /// migration that is not linted (at or below <c>startAfter</c>) is history and skipped. A file that
    /// was loaded is reported at its own text, so a directive in the file can silence the finding.
    /// </summary>
    public static void Report(SetContext context, RuleDescriptor rule, DiscoveryFindingKind kind, Func<DiscoveryFinding, string> message, string help)
    {
        var findings = context.Set.Findings.Where(finding => finding.Kind == kind).ToArray();
        if (findings.Length == 0)
        {
            return;
        }

        var linted = context.Migrations.ToHashSet();
        var files = new Dictionary<string, (SourceText Source, bool IsLinted)>(StringComparer.Ordinal);
        foreach (var migration in context.Set.Migrations)
        {
            foreach (var script in migration.Scripts)
            {
                files.TryAdd(script.Path, (script.Source, linted.Contains(migration)));
            }
        }

        foreach (var finding in findings)
        {
            // A file that could not be loaded has no text: the finding names it with an empty one.
            var (source, isLinted) = files.TryGetValue(finding.Path, out var file) ? file : (new SourceText("", finding.Path), true);
            if (isLinted)
            {
                context.Report(rule, SourceLocation.WholeFile(source), message(finding), help);
            }
        }
    }

    /// <summary>Discovery's messages are fragments written to follow a path; findings are sentences.</summary>
    public static string Sentence(string fragment) =>
        fragment.Length == 0 ? fragment : char.ToUpperInvariant(fragment[0]) + fragment[1..] + (fragment.EndsWith('.') ? "" : ".");
}
