namespace Migrations.Lint.Tool.Commands;

/// <summary>Expands command-line paths: files as given, directories into their *.sql files (sorted); a missing path is a usage error.</summary>
internal static class InputFiles
{
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var found = Directory.GetFiles(path, "*.sql", SearchOption.AllDirectories);
                Array.Sort(found, StringComparer.Ordinal);
                files.AddRange(found);
            }
            else
            {
                throw new UsageException($"no such file or directory: {path}");
            }
        }

        return files;
    }
}
