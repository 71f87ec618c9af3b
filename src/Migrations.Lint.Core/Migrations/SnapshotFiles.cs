using System.Collections.Frozen;
using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;
using Migrations.Lint.Text;

namespace Migrations.Lint.Migrations;

/// <summary>
/// Files that are not (or not as they are) on disk, such as the staged content of git's index: a fixed
/// list of paths under <paramref name="root"/>, whose bytes are read only when discovery loads them.
/// </summary>
/// <param name="root">The folder the relative paths are under.</param>
/// <param name="relativePaths">The snapshot's files, with '/' separators.</param>
/// <param name="readBytes">Reads one file's bytes by its relative path; null when it cannot be read.</param>
public sealed class SnapshotFiles(string root, IEnumerable<string> relativePaths, Func<string, byte[]?> readBytes) : IMigrationFiles
{
    private readonly string _root = Path.GetFullPath(root);
    private readonly object _readLock = new();
    private readonly FrozenSet<string> _files = relativePaths
        .Select(path => Path.GetFullPath(Path.Combine(root, path)))
        .ToFrozenSet(StringComparer.Ordinal);

    public bool FileExists(string fullPath) => _files.Contains(fullPath);

    public bool DirectoryExists(string fullPath)
    {
        var prefix = Path.TrimEndingDirectorySeparator(fullPath) + Path.DirectorySeparatorChar;
        return _files.Any(file => file.StartsWith(prefix, StringComparison.Ordinal));
    }

    public DirectoryInfoBase GetDirectory(string fullPath, Action<string, Exception> onUnreadable) =>
        new InMemoryDirectoryInfo(fullPath, _files);

    public SourceFileResult Load(string fullPath, string displayPath)
    {
        if (!_files.Contains(fullPath) || ReadBytes(Path.GetRelativePath(_root, fullPath).Replace('\\', '/')) is not { } bytes)
        {
            return SourceFileResult.Failure(new SourceFileError(displayPath, SourceFileErrorKind.NotFound, "file not found"));
        }

        return SourceFile.Decode(bytes, displayPath);
    }

    /// <summary>Readers such as one git process answer one request at a time; decoding still runs in parallel.</summary>
    private byte[]? ReadBytes(string relativePath)
    {
        lock (_readLock)
        {
            return readBytes(relativePath);
        }
    }
}
