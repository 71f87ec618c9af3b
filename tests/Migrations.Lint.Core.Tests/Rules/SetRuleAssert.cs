using Migrations.Lint.Core.Tests.Discovery;
using Migrations.Lint.Diagnostics;
using Migrations.Lint.Linting;
using Migrations.Lint.Rules;
using Migrations.Lint.Suppressions;
using Migrations.Lint.Core.Tests.Testing;
using Migrations.Lint.Text;

namespace Migrations.Lint.Core.Tests.Rules;

/// <summary>
/// Runs one set rule through the real engine over real files: writes them under a temporary
/// <c>migrations</c> folder, discovers it, lints, and compares what the rule reports with the spans
/// marked in the files. <c>[||]</c> at the very start of a file marks a finding about the whole file.
/// Inline suppressions apply, as in a real run: a suppressed finding is not reported.
/// </summary>
internal static class SetRuleAssert
{
    public const string Folder = "migrations";

    public static void Reports<TRule>(params SetFile[] files)
        where TRule : SetRule, new() => Reports<TRule>(LintSettings.Default, files);

    public static void Reports<TRule>(LintSettings settings, params SetFile[] files)
        where TRule : SetRule, new()
    {
        Assert.True(files.Any(file => file.Expected.Count > 0), "A positive case marks at least one expected finding.");
        Check<TRule>(settings, files);
    }

    public static void Silent<TRule>(params SetFile[] files)
        where TRule : SetRule, new() => Silent<TRule>(LintSettings.Default, files);

    public static void Silent<TRule>(LintSettings settings, params SetFile[] files)
        where TRule : SetRule, new()
    {
        Assert.True(files.All(file => file.Expected.Count == 0), "A silent case marks no finding.");
        Check<TRule>(settings, files);
    }

    /// <summary>What the rule reports for <paramref name="files"/>, for tests of wording.</summary>
    public static IReadOnlyList<Diagnostic> Lint<TRule>(params SetFile[] files)
        where TRule : SetRule, new() => Lint<TRule>(LintSettings.Default, files);

    /// <summary>The path discovery reports for a file of the tree, in the platform's form.</summary>
    public static string DisplayPath(string relativePath) =>
        Path.Join(Folder, relativePath.Replace('/', Path.DirectorySeparatorChar));

    private static void Check<TRule>(LintSettings settings, SetFile[] files)
        where TRule : SetRule, new()
    {
        var expected = files.SelectMany(file => file.Expected.Select(span => Render(DisplayPath(file.Path), file.Text, span)));
        var reported = Lint<TRule>(settings, files)
            .Select(diagnostic => Render(diagnostic.Location.Path, diagnostic.Location.Source.Text, diagnostic.Location.Span));
        Assert.Equal(Sorted(expected), Sorted(reported));
    }

    private static IReadOnlyList<Diagnostic> Lint<TRule>(LintSettings settings, SetFile[] files)
        where TRule : SetRule, new()
    {
        using var tree = new TempTree();
        foreach (var file in files)
        {
            tree.WriteBytes(Path.Join(Folder, file.Path), file.Bytes);
        }

        var rule = new TRule();
        var descriptors = RuleRegistry.All.Select(registered => registered.Descriptor).ToArray();
        var suppressions = new SuppressionParser(descriptors, UnusedSuppression.Rule, UnusedSuppression.Rule);
        return [.. new Linter(settings, [rule], suppressions)
            .Lint(tree.Discover(Folder))
            .Where(diagnostic => diagnostic.Rule == rule.Descriptor && !diagnostic.IsSuppressed)];
    }

    /// <summary>One line per finding, so a failing test prints a readable diff.</summary>
    private static string Render(string path, string text, TextSpan span) =>
        span is { Start: 0, IsEmpty: true } ? path : $"{path} [|{text.Substring(span.Start, span.Length)}|] @{span.Start}";

    private static string Sorted(IEnumerable<string> lines) => string.Join('\n', lines.Order(StringComparer.Ordinal));
}
