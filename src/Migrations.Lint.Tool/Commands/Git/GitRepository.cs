namespace Migrations.Lint.Tool.Commands.Git;

/// <summary>
/// The git work tree around a folder, through the <c>git</c> command (not a library: the user's git
/// decides, with its configuration, hooks path and index). Paths it returns are relative to
/// <see cref="Root"/> with '/' separators.
/// </summary>
internal sealed class GitRepository
{
    private GitRepository(string root) => Root = root;

    public string Root { get; }

    /// <summary>The repository holding <paramref name="directory"/>; a usage error outside one.</summary>
    public static GitRepository Open(string directory)
    {
        var (exitCode, output, _) = GitProcess.Run(directory, "rev-parse", "--show-toplevel");
        if (exitCode != 0 || output.Trim() is not { Length: > 0 } root)
        {
            throw new UsageException($"not inside a git work tree: {directory}");
        }

        return new GitRepository(Path.GetFullPath(root));
    }

    /// <summary>Files added, copied, modified or renamed in the index, compared with HEAD (all files before the first commit).</summary>
    public IReadOnlyList<string> StagedFiles() =>
        Paths(Required("diff", "--cached", "--name-only", "--no-relative", "-z", "--diff-filter=ACMR"));

    /// <summary>
    /// Files added or modified in the work tree since the branch left <paramref name="reference"/> (the merge base, as a
    /// pull request shows them), plus untracked files.
    /// </summary>
    public IReadOnlyList<string> ChangedSince(string reference)
    {
        var (exitCode, output, _) = GitProcess.Run(Root, "merge-base", "--end-of-options", reference, "HEAD");
        if (exitCode != 0)
        {
            var known = GitProcess.Run(Root, "rev-parse", "--verify", "--quiet", "--end-of-options", reference + "^{commit}").ExitCode == 0;
            throw new UsageException(known
                ? $"'{reference}' and HEAD have no common ancestor (a shallow clone? fetch with fetch-depth: 0)"
                : $"unknown git revision '{reference}'");
        }

        var changed = Paths(Required("diff", "--name-only", "--no-relative", "-z", "--diff-filter=ACMR", output.Trim(), "--"));
        var untracked = Paths(Required("ls-files", "--others", "--exclude-standard", "--full-name", "-z", "--", ":/"));
        return [.. changed.Union(untracked, StringComparer.Ordinal)];
    }

    /// <summary>The index's regular files (merged, stage 0) whose path passes <paramref name="include"/>, with their blob ids.</summary>
    public IReadOnlyDictionary<string, string> IndexFiles(Func<string, bool> include)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in Required("ls-files", "--stage", "--full-name", "-z", "--", ":/").Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            // "<mode> <blob id> <stage>\t<path>"; links (120000) and submodules (160000) are no SQL files.
            var tab = entry.IndexOf('\t', StringComparison.Ordinal);
            var fields = entry[..tab].Split(' ');
            var path = entry[(tab + 1)..];
            if (fields is ["100644" or "100755", var blob, "0"] && include(path))
            {
                files[path] = blob;
            }
        }

        return files;
    }

    /// <summary>Where git looks for hooks: <c>core.hooksPath</c> when set, else <c>.git/hooks</c> (of the main repository for a worktree).</summary>
    public string HooksDirectory()
    {
        var hooks = Required("rev-parse", "--git-path", "hooks").Trim();
        return Path.GetFullPath(hooks, Root);
    }

    public string FullPath(string relativePath) => Path.GetFullPath(Path.Combine(Root, relativePath));

    private string Required(params string[] arguments)
    {
        var (exitCode, output, error) = GitProcess.Run(Root, arguments);
        return exitCode == 0 ? output : throw new UsageException($"git {arguments[0]} failed: {error}");
    }

    private static string[] Paths(string nulSeparated) => nulSeparated.Split('\0', StringSplitOptions.RemoveEmptyEntries);
}
