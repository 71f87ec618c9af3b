using System.Text;
using System.Text.Json;
using Migrations.Lint.Diagnostics;
using Migrations.Lint.Sql;

namespace Migrations.Lint.Reporting;

/// <summary>
/// The <c>tool.driver.rules</c> of a SARIF run: every enabled rule, plus any rule that reported without
/// being listed as enabled, so that every result's <c>ruleIndex</c> points at its descriptor.
/// </summary>
internal sealed class SarifRules
{
    private readonly List<RuleDescriptor> _rules = [];
    private readonly Dictionary<string, int> _indexByCode = new(StringComparer.Ordinal);

    public SarifRules(LintReport report)
    {
        foreach (var rule in report.EnabledRules.Concat(report.Diagnostics.Select(d => d.Rule)))
        {
            if (_indexByCode.TryAdd(rule.Code, _rules.Count))
            {
                _rules.Add(rule);
            }
        }
    }

    public int IndexOf(RuleDescriptor rule) => _indexByCode[rule.Code];

    public void Write(Utf8JsonWriter json)
    {
        json.WriteStartArray("rules");
        foreach (var rule in _rules)
        {
            WriteRule(json, rule);
        }

        json.WriteEndArray();
    }

    /// <summary>
    /// SARIF's <c>name</c> is an identifier; the SARIF validator expects PascalCase ("friendly name"), and
    /// GitHub shows it in its rule filter, so <c>require-concurrent-index</c> becomes <c>RequireConcurrentIndex</c>.
    /// </summary>
    public static string PascalCaseName(string kebabName)
    {
        var name = new StringBuilder(kebabName.Length);
        foreach (var word in kebabName.Split('-', StringSplitOptions.RemoveEmptyEntries))
        {
            name.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
        }

        return name.ToString();
    }

    private static void WriteRule(Utf8JsonWriter json, RuleDescriptor rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Code);
        json.WriteString("name", PascalCaseName(rule.Name));
        WriteMessage(json, "shortDescription", rule.Title);
        WriteMessage(json, "fullDescription", rule.Description);
        json.WriteString("helpUri", rule.HelpUri);
        json.WriteStartObject("help");
        json.WriteString("text", $"{rule.Description}\n\nDocumentation: {rule.HelpUri}");
        json.WriteString("markdown", $"{rule.Description}\n\n[{rule.Code} {rule.Name} documentation]({rule.HelpUri})");
        json.WriteEndObject();

        json.WriteStartObject("defaultConfiguration");
        if (rule.IsEnabledByDefault)
        {
            json.WriteString("level", SeverityNames.Of(rule.DefaultSeverity));
        }
        else
        {
            // An opt-in rule the user switched on: it is off in the default configuration.
            json.WriteBoolean("enabled", false);
        }

        json.WriteEndObject();

        // Tags only: these rules are about availability and data loss, not security, so they carry no
        // GitHub "security-severity" (which would file them as security alerts).
        json.WriteStartObject("properties");
        json.WriteStartArray("tags");
        json.WriteStringValue(CategoryTag(rule.Category));
        foreach (var dialect in rule.Dialects)
        {
            json.WriteStringValue(DialectTag(dialect));
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string property, string text)
    {
        json.WriteStartObject(property);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static string CategoryTag(RuleCategory category) => category switch
    {
        RuleCategory.Correctness => "correctness",
        RuleCategory.DataLoss => "data-loss",
        RuleCategory.Locking => "locking",
        RuleCategory.Transactions => "transactions",
        RuleCategory.MigrationSet => "migration-set",
        RuleCategory.Style => "style",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    private static string DialectTag(Dialect dialect) => dialect switch
    {
        Dialect.Postgres => "postgresql",
        Dialect.SqlServer => "sqlserver",
        _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, null),
    };
}
