using Microsoft.Extensions.FileSystemGlobbing.Abstractions;
using Migrations.Lint.Text;

namespace Migrations.Lint.Migrations;

/// <summary>
/// Where discovery reads files from: the work tree (<see cref="WorkTreeFiles"/>) or a snapshot of it, such
/// as git's index (<see cref="SnapshotFiles"/>). Paths are full paths as if the files were on disk, so
/// display paths, excludes and folder conventions work the same for both.
/// </summary>
public interface IMigrationFiles
{
    bool FileExists(string fullPath);

    bool DirectoryExists(string fullPath);

    /// <summary>The folder for the glob matcher; folders that cannot be read go to <paramref name="onUnreadable"/> and look empty.</summary>
    DirectoryInfoBase GetDirectory(string fullPath, Action<string, Exception> onUnreadable);

    /// <summary>
    /// Reads and decodes a file; problems are a failed result, never an exception. Discovery loads files in
    /// parallel, so this is called from several threads at once.
    /// </summary>
    SourceFileResult Load(string fullPath, string displayPath);
}
