namespace Migrations.Lint.Reporting;

/// <summary>
/// What reporters need besides the findings: where paths are relative to, who the tool is and
/// whether the terminal wants colors (the caller decides from --no-color, NO_COLOR and redirection).
/// </summary>
public sealed record ReportContext
{
    private readonly string? _repositoryRoot;

    public ReportContext(string workingDirectory)
    {
        WorkingDirectory = Path.GetFullPath(workingDirectory);
    }

    /// <summary>Paths in text, json and msbuild output are relative to this directory.</summary>
    public string WorkingDirectory { get; }

    /// <summary>
    /// The checkout root (defaults to <see cref="WorkingDirectory"/>). SARIF's <c>%SRCROOT%</c> and the base of
    /// paths in sarif, github and gitlab output, because CI systems resolve paths against the repository.
    /// </summary>
    public string RepositoryRoot
    {
        get => _repositoryRoot ?? WorkingDirectory;
        init => _repositoryRoot = Path.GetFullPath(value);
    }

    public ToolIdentity Tool { get; init; } = ToolIdentity.Current;

    public bool UseColor { get; init; }

    /// <summary><paramref name="path"/> relative to <see cref="WorkingDirectory"/>, with forward slashes.</summary>
    public string RelativePath(string path) => RelativeTo(WorkingDirectory, path);

    /// <summary><paramref name="path"/> relative to <see cref="RepositoryRoot"/>, with forward slashes.</summary>
    public string RepositoryPath(string path) => RelativeTo(RepositoryRoot, path);

    /// <summary>The absolute form of a source path, resolved against <see cref="WorkingDirectory"/>.</summary>
    public string FullPath(string path) => path.Length == 0 ? path : Path.GetFullPath(path, WorkingDirectory);

    private string RelativeTo(string directory, string path)
    {
        if (path.Length == 0)
        {
            return path;
        }

        var relative = Path.GetRelativePath(directory, FullPath(path));

        // On Unix a backslash is a legal file-name character, not a separator.
        return Path.DirectorySeparatorChar == '/' ? relative : relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
