using System.Reflection;
using System.Text;
using Migrations.Lint.Diagnostics;
using Migrations.Lint.Sql;

namespace Migrations.Lint.Rules;

/// <summary>
/// The generated parts of the rule documentation: each page's header and the README rule table.
/// The pages themselves (docs/rules/*.md) are embedded so <c>--explain</c> works offline.
/// </summary>
public static class RuleDocs
{
    public const string HeaderEnd = "<!-- end of generated header -->";
    public const string TableStart = "<!-- rules-table:start -->";
    public const string TableEnd = "<!-- rules-table:end -->";

    /// <summary>The first lines of <c>docs/rules/&lt;name&gt;.md</c>, rewritten from the registry.</summary>
    public static string RenderHeader(RuleDescriptor rule)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(rule.Name).Append(" (").Append(rule.Code).Append(")\n\n");
        text.Append("> ").Append(rule.Title).Append(". ").Append(rule.Description).Append('\n');
        text.Append(">\n");
        text.Append("> Default: **").Append(SeverityName(rule.DefaultSeverity)).Append("** · Category: ")
            .Append(rule.Category).Append(" · Dialects: ").Append(DialectNames(rule.Dialects)).Append('\n');
        text.Append('\n').Append(HeaderEnd).Append('\n');
        return text.ToString();
    }

    /// <summary>The README table of every rule, between <see cref="TableStart"/> and <see cref="TableEnd"/>.</summary>
    public static string RenderTable(IEnumerable<RuleDescriptor> rules)
    {
        var text = new StringBuilder();
        text.Append("| Code | Rule | Default | Category | Dialects | What it catches |\n");
        text.Append("|---|---|---|---|---|---|\n");
        foreach (var rule in rules)
        {
            text.Append("| ").Append(rule.Code)
                .Append(" | [").Append(rule.Name).Append("](docs/rules/").Append(rule.Name).Append(".md)")
                .Append(" | ").Append(SeverityName(rule.DefaultSeverity))
                .Append(" | ").Append(rule.Category)
                .Append(" | ").Append(DialectNames(rule.Dialects))
                .Append(" | ").Append(rule.Title)
                .Append(" |\n");
        }

        return text.ToString();
    }

    /// <summary>The documentation page of <paramref name="rule"/>, or null if the assembly has none.</summary>
    public static string? ReadPage(RuleDescriptor rule)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("rules/" + rule.Name + ".md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Off => "off",
        Severity.Note => "note",
        Severity.Warning => "warning",
        _ => "error",
    };

    private static string DialectNames(IReadOnlyList<Dialect> dialects) =>
        string.Join(", ", dialects.Select(DialectLabels.Title));
}
