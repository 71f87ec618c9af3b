using System.Collections.Immutable;
using Microsoft.Extensions.FileSystemGlobbing;

namespace Migrations.Lint.Migrations;

/// <summary>
/// Turns the user's inputs (files, directories searched for <c>**/*.sql</c>, glob patterns) into one
/// de-duplicated list ordered by path, leaving out excluded files.
/// </summary>
internal sealed class MigrationInputs
{
    private static readonly StringComparer PathComparer =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    private readonly string _baseDirectory;
    private readonly IMigrationFiles _files;
    private readonly Matcher? _excludes;
    private readonly ICollection<DiscoveryFinding> _findings;

    public MigrationInputs(DiscoveryOptions options, ICollection<DiscoveryFinding> findings)
    {
        _baseDirectory = Path.GetFullPath(options.BaseDirectory ?? Directory.GetCurrentDirectory());
        _findings = findings;
        _files = options.Files;
        if (options.Excludes.Count > 0)
        {
            _excludes = new Matcher();
            _excludes.AddIncludePatterns(options.Excludes);
        }
    }

    public IReadOnlyList<DiscoveredFile> Expand(IEnumerable<string> inputs)
    {
        var files = new Dictionary<string, DiscoveredFile>(PathComparer);
        foreach (var input in inputs)
        {
            foreach (var file in ExpandInput(input))
            {
                files.TryAdd(file.FullPath, file);
            }
        }

        return [.. files.Values.OrderBy(file => file.DisplayPath, StringComparer.Ordinal)];
    }

    private IEnumerable<DiscoveredFile> ExpandInput(string input)
    {
        if (string.IsNullOrWhiteSpace(input) || input.Contains('\0'))
        {
            return NotFound(input, "not a valid path");
        }

        var fullPath = Path.GetFullPath(input, _baseDirectory);
        if (_files.FileExists(fullPath))
        {
            return IsExcluded(fullPath, Path.GetDirectoryName(fullPath) ?? fullPath)
                ? []
                : [new DiscoveredFile(input, fullPath, [])];
        }

        if (_files.DirectoryExists(fullPath))
        {
            return Search(input, fullPath, "**/*.sql");
        }

        if (SplitGlob(input) is var (root, pattern))
        {
            var rootPath = Path.GetFullPath(root.Length == 0 ? "." : root, _baseDirectory);
            var found = _files.DirectoryExists(rootPath) ? Search(root, rootPath, pattern) : [];
            return found.Count > 0 ? found : NotFound(input, "the pattern matched no files");
        }

        return NotFound(input, "no such file or directory");
    }

    /// <summary>Splits <c>db/**/V*.sql</c> into the folder to search (<c>db/</c>) and the pattern under it.</summary>
    private static (string Root, string Pattern)? SplitGlob(string input)
    {
        var wildcard = input.IndexOf('*', StringComparison.Ordinal);
        if (wildcard < 0)
        {
            return null;
        }

        var separator = input.AsSpan(0, wildcard).LastIndexOfAny('/', '\\');
        return (input[..(separator + 1)], input[(separator + 1)..]);
    }

    private List<DiscoveredFile> Search(string displayRoot, string rootPath, string pattern)
    {
        var matcher = new Matcher();
        matcher.AddInclude(pattern);
        var result = matcher.Execute(_files.GetDirectory(
            rootPath,
            (directory, error) => ReportUnreadable(DisplayPathOf(displayRoot, rootPath, directory), error)));
        var files = new List<DiscoveredFile>();
        foreach (var match in result.Files)
        {
            var fullPath = Path.GetFullPath(Path.Combine(rootPath, match.Path));
            if (!IsExcluded(fullPath, rootPath))
            {
                var folders = match.Path.Split('/')[..^1];
                files.Add(new DiscoveredFile(DisplayPathOf(displayRoot, rootPath, fullPath), fullPath, [.. folders]));
            }
        }

        return files;
    }

    /// <summary>The user's root as they wrote it, joined with the path below it.</summary>
    private static string DisplayPathOf(string displayRoot, string rootPath, string fullPath)
    {
        var relativePath = Path.GetRelativePath(rootPath, fullPath);
        return relativePath == "." ? displayRoot : Path.Join(displayRoot, relativePath);
    }

    private void ReportUnreadable(string displayPath, Exception error) =>
        _findings.Add(new DiscoveryFinding(
            DiscoveryFindingKind.LoadError, displayPath, "cannot read directory: " + error.Message.ReplaceLineEndings(" ")));

    /// <summary>Excludes may be written relative to the searched folder or to the base directory; either counts.</summary>
    private bool IsExcluded(string fullPath, string rootPath) =>
        _excludes is not null
        && (_excludes.Match(rootPath, fullPath).HasMatches || _excludes.Match(_baseDirectory, fullPath).HasMatches);

    private ImmutableArray<DiscoveredFile> NotFound(string input, string message)
    {
        _findings.Add(new DiscoveryFinding(DiscoveryFindingKind.InputNotFound, input, message));
        return [];
    }
}
