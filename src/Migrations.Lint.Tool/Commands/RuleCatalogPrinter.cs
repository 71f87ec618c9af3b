using Migrations.Lint.Rules;

namespace Migrations.Lint.Tool.Commands;

/// <summary><c>--list-rules</c> and <c>--explain RULE</c>: the registry and the rule pages, in the terminal.</summary>
internal static class RuleCatalogPrinter
{
    public static void List(TextWriter output)
    {
        foreach (var rule in RuleRegistry.All.Select(rule => rule.Descriptor))
        {
            output.WriteLine($"{rule.Code}  {rule.Name,-34} {RuleDocs.SeverityName(rule.DefaultSeverity),-8} {rule.Title}");
        }
    }

    public static int Explain(string nameOrCode, TextWriter output)
    {
        var rule = RuleRegistry.All.Select(rule => rule.Descriptor).FirstOrDefault(rule =>
            string.Equals(rule.Name, nameOrCode, StringComparison.OrdinalIgnoreCase)
            || string.Equals(rule.Code, nameOrCode, StringComparison.OrdinalIgnoreCase))
            ?? throw new UsageException($"unknown rule '{nameOrCode}' (see 'dotnet migrate-lint --list-rules')");
        output.Write(RuleDocs.ReadPage(rule) ?? $"{rule.Code} {rule.Name}: {rule.Description}\n");
        return (int)ExitCode.Ok;
    }
}
