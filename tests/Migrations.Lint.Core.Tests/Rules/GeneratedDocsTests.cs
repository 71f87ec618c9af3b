using Migrations.Lint.Rules;
using Migrations.Lint.Core.Tests.Testing;

namespace Migrations.Lint.Core.Tests.Rules;

/// <summary>
/// The rule pages' headers and the README rule table are generated from the registry. These tests
/// fail when the committed files are stale; <c>build/update-docs.sh</c> (UPDATE_DOCS=1) rewrites them.
/// </summary>
public sealed class GeneratedDocsTests
{
    private static readonly bool Update = Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1";

    [Fact]
    public void Rule_page_headers_match_the_registry()
    {
        var stale = new List<string>();
        foreach (var rule in RuleRegistry.All.Select(r => r.Descriptor))
        {
            var path = RepositoryPaths.Combine("docs", "rules", rule.Name + ".md");
            var page = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
            var end = page.IndexOf(RuleDocs.HeaderEnd, StringComparison.Ordinal);
            var body = end < 0 ? "\n" + page : page[(end + RuleDocs.HeaderEnd.Length + 1)..];
            var expected = RuleDocs.RenderHeader(rule) + body;
            if (expected != page)
            {
                stale.Add(rule.Name);
                if (Update)
                {
                    File.WriteAllText(path, expected);
                }
            }
        }

        Assert.True(Update || stale.Count == 0, $"Stale rule page headers ({string.Join(", ", stale)}): run build/update-docs.sh.");
    }

    [Fact]
    public void Readme_rule_table_matches_the_registry()
    {
        var path = RepositoryPaths.Combine("README.md");
        var readme = File.ReadAllText(path).ReplaceLineEndings("\n");
        var start = readme.IndexOf(RuleDocs.TableStart, StringComparison.Ordinal);
        var end = readme.IndexOf(RuleDocs.TableEnd, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"README.md lacks the {RuleDocs.TableStart} … {RuleDocs.TableEnd} markers.");

        var table = RuleDocs.RenderTable(RuleRegistry.All.Select(rule => rule.Descriptor));
        var expected = readme[..(start + RuleDocs.TableStart.Length)] + "\n" + table + readme[end..];
        if (Update && expected != readme)
        {
            File.WriteAllText(path, expected);
            return;
        }

        Assert.True(expected == readme, "The README rule table is stale: run build/update-docs.sh.");
    }
}
