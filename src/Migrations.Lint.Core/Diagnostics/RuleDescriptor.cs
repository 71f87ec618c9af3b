using Migrations.Lint.Sql;

namespace Migrations.Lint.Diagnostics;

/// <summary>
/// Everything users and tools see about a rule: stable code (<c>MIGnnn</c>), kebab-case name
/// (what configs and suppressions say), title, default severity and the dialects it checks.
/// </summary>
public sealed record RuleDescriptor(
    string Code,
    string Name,
    string Title,
    Severity DefaultSeverity,
    RuleCategory Category,
    IReadOnlyList<Dialect> Dialects,
    string Description)
{
    public const string DocsBaseUri = "https://github.com/migrations-lint/migrations-lint/blob/main/docs/rules/";

    public string HelpUri => DocsBaseUri + Name + ".md";

    public bool IsEnabledByDefault => DefaultSeverity != Severity.Off;

    public override string ToString() => $"{Code} {Name}";
}
