using Migrations.Lint.Linting;
using Migrations.Lint.Migrations;

namespace Migrations.Lint.Tool.Commands.Git;

/// <summary>
/// The scopes of <c>lint --staged</c> and <c>lint --changed-since</c>: discovery runs over the usual inputs, so
/// the other half of a changed migration is read too, but only changed files are reported.
/// </summary>
internal static class GitLintScope
{
    /// <summary>The index as it will be committed: staged content, also of the unchanged files around the staged ones.</summary>
    public static LintScope Staged(GitRepository repository, GitBlobReader blobs)
    {
        var index = repository.IndexFiles(IsSql);
        var files = new SnapshotFiles(
            repository.Root,
            index.Keys,
            path => index.TryGetValue(path, out var blob) ? blobs.Read(blob) : null);
        return new LintScope(files, Reported(repository, repository.StagedFiles()));
    }

    /// <summary>The work tree, reporting files changed since the branch left <paramref name="reference"/>.</summary>
    public static LintScope ChangedSince(GitRepository repository, string reference) =>
        new(WorkTreeFiles.Instance, Reported(repository, repository.ChangedSince(reference)));

    private static HashSet<string> Reported(GitRepository repository, IEnumerable<string> changed) =>
        changed.Where(IsSql).Select(repository.FullPath).ToHashSet(StringComparer.Ordinal);

    private static bool IsSql(string path) => path.EndsWith(".sql", StringComparison.OrdinalIgnoreCase);
}
