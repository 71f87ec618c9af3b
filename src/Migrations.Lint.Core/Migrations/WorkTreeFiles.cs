using Microsoft.Extensions.FileSystemGlobbing.Abstractions;
using Migrations.Lint.Text;

namespace Migrations.Lint.Migrations;

/// <summary>The files on disk, as a normal lint run reads them.</summary>
public sealed class WorkTreeFiles : IMigrationFiles
{
    private WorkTreeFiles()
    {
    }

    public static WorkTreeFiles Instance { get; } = new();

    public bool FileExists(string fullPath) => File.Exists(fullPath);

    public bool DirectoryExists(string fullPath) => Directory.Exists(fullPath);

    public DirectoryInfoBase GetDirectory(string fullPath, Action<string, Exception> onUnreadable) =>
        new LinkSkippingDirectoryInfo(new DirectoryInfo(fullPath), onUnreadable);

    public SourceFileResult Load(string fullPath, string displayPath) => SourceFile.Load(fullPath, displayPath);
}
