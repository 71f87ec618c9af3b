using Microsoft.Build.Framework;

namespace Migrations.Lint.MSBuild;

/// <summary>
/// The <c>MigrationFile</c> items as the lint sees them (full paths) and as the output holds them:
/// <c>TargetPath</c> metadata, the path under <c>migrations/</c> that the manifest names.
/// </summary>
internal sealed class MigrationFileItems
{
    private const string TargetPathMetadata = "TargetPath";
    private const string LinkMetadata = "Link";
    private const string RecursiveDirMetadata = "RecursiveDir";

    /// <summary>Windows and macOS file systems ignore case, so two names differing only in case clash there.</summary>
    private static readonly StringComparer OutputPathComparer = StringComparer.OrdinalIgnoreCase;

    private readonly Dictionary<string, string> _targetPaths;

    public MigrationFileItems(IEnumerable<ITaskItem> items)
    {
        _targetPaths = new Dictionary<string, string>(
            OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        var clashes = new List<TargetPathClash>();
        var firstByTargetPath = new Dictionary<string, string>(OutputPathComparer);
        foreach (var item in items)
        {
            var fullPath = item.GetMetadata("FullPath");
            var targetPath = ReadTargetPath(item, fullPath);
            if (!_targetPaths.TryAdd(fullPath, targetPath))
            {
                continue;
            }

            if (!firstByTargetPath.TryAdd(targetPath, fullPath))
            {
                clashes.Add(new TargetPathClash(firstByTargetPath[targetPath], fullPath, targetPath));
            }
        }

        FullPaths = [.. _targetPaths.Keys];
        TargetPathClashes = clashes;
    }

    public IReadOnlyList<string> FullPaths { get; }

    /// <summary>Files that would overwrite each other in the output.</summary>
    public IReadOnlyList<TargetPathClash> TargetPathClashes { get; }

    /// <summary>The output path of a linted file, relative to the manifest, with forward slashes.</summary>
    public string TargetPathOf(string path) =>
        _targetPaths.TryGetValue(Path.GetFullPath(path), out var targetPath) ? targetPath : Path.GetFileName(path);

    /// <summary>The same choice as the package's copy target: TargetPath, else Link, else the path below the wildcard.</summary>
    private static string ReadTargetPath(ITaskItem item, string fullPath)
    {
        var targetPath = FirstWritten(item, TargetPathMetadata, LinkMetadata)
            ?? item.GetMetadata(RecursiveDirMetadata) + Path.GetFileName(fullPath);

        // MSBuild metadata may use either separator; the manifest is read on any OS.
        return targetPath.Replace('\\', '/').TrimStart('/');
    }

    private static string? FirstWritten(ITaskItem item, params string[] names) =>
        names.Select(item.GetMetadata).Where(value => !string.IsNullOrWhiteSpace(value)).Select(value => value.Trim()).FirstOrDefault();
}
