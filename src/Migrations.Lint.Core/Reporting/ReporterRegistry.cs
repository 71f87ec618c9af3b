using System.Diagnostics.CodeAnalysis;

namespace Migrations.Lint.Reporting;

/// <summary>Finds a reporter by its format name (case-insensitive).</summary>
public sealed class ReporterRegistry
{
    public const string DefaultFormat = TextReporter.FormatName;

    private readonly Dictionary<string, IReporter> _reporters;

    public ReporterRegistry(IEnumerable<IReporter> reporters)
    {
        var all = reporters.ToList();
        _reporters = all.ToDictionary(r => r.Format, StringComparer.OrdinalIgnoreCase);
        Formats = [.. all.Select(r => r.Format)];
    }

    public static ReporterRegistry Default { get; } = new(
    [
        new TextReporter(),
        new JsonReporter(),
        new MsBuildReporter(),
        new GitHubReporter(),
        new SarifReporter(),
        new GitLabReporter(),
    ]);

    /// <summary>Every known format name, in registration order (for help text and error messages).</summary>
    public IReadOnlyList<string> Formats { get; }

    public bool TryGet(string format, [NotNullWhen(true)] out IReporter? reporter) =>
        _reporters.TryGetValue(format, out reporter);

    public IReporter Get(string format) =>
        TryGet(format, out var reporter)
            ? reporter
            : throw new ArgumentException(
                $"Unknown report format '{format}'. Known formats: {string.Join(", ", Formats)}.", nameof(format));
}
