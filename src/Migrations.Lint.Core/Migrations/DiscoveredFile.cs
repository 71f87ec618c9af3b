using System.Collections.Immutable;

namespace Migrations.Lint.Migrations;

/// <summary>A file found from the inputs.</summary>
/// <param name="DisplayPath">The user's input joined with the path found under it, used in every report.</param>
/// <param name="Folders">
/// Folder names between the input's root and the file, outermost first; empty for a file named directly,
/// so a folder above what the user pointed at never decides anything.
/// </param>
internal sealed record DiscoveredFile(string DisplayPath, string FullPath, ImmutableArray<string> Folders);
