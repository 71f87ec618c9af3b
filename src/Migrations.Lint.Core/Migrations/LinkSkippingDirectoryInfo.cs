using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace Migrations.Lint.Migrations;

/// <summary>
/// A folder for the glob matcher that does not descend into linked folders (symlinks, junctions), as git
/// and ripgrep do: .NET follows them, so a link to a parent folder would list every file dozens of times.
/// Folders that cannot be read are reported through <paramref name="onUnreadable"/> and treated as empty.
/// </summary>
internal sealed class LinkSkippingDirectoryInfo(DirectoryInfo directory, Action<string, Exception> onUnreadable) : DirectoryInfoBase
{
    public override string Name => directory.Name;

    public override string FullName => directory.FullName;

    public override DirectoryInfoBase? ParentDirectory =>
        directory.Parent is { } parent ? new LinkSkippingDirectoryInfo(parent, onUnreadable) : null;

    public override IEnumerable<FileSystemInfoBase> EnumerateFileSystemInfos()
    {
        List<FileSystemInfo> entries;
        try
        {
            entries = [.. directory.EnumerateFileSystemInfos()];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            onUnreadable(directory.FullName, e);
            return [];
        }

        return entries
            .Where(entry => entry is FileInfo || entry.LinkTarget is null)
            .Select(entry => entry is DirectoryInfo folder
                ? (FileSystemInfoBase)new LinkSkippingDirectoryInfo(folder, onUnreadable)
                : new FileInfoWrapper((FileInfo)entry));
    }

    public override DirectoryInfoBase? GetDirectory(string path)
    {
        var folder = new DirectoryInfo(Path.Combine(directory.FullName, path));
        return path == ".." || (folder.Exists && folder.LinkTarget is null) ? new LinkSkippingDirectoryInfo(folder, onUnreadable) : null;
    }

    public override FileInfoBase GetFile(string path) => new FileInfoWrapper(new FileInfo(Path.Combine(directory.FullName, path)));
}
