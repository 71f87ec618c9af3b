using System.Text;
using Migrations.Lint.Migrations;

namespace Migrations.Lint.Core.Tests.Discovery;

/// <summary>A real directory under the temp folder, deleted on dispose.</summary>
internal sealed class TempTree : IDisposable
{
    public TempTree()
    {
        Root = Path.Combine(Path.GetTempPath(), "mlint-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    /// <summary>Writes UTF-8 without a byte order mark; '/' in <paramref name="relativePath"/> works on every OS.</summary>
    public string Write(string relativePath, string content = "SELECT 1;\n") =>
        WriteBytes(relativePath, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(content));

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Discovers with <see cref="Root"/> as the base directory, so relative inputs stay inside the tree.</summary>
    public MigrationSet Discover(params string[] inputs) => Discover(inputs, new DiscoveryOptions());

    public MigrationSet Discover(IEnumerable<string> inputs, DiscoveryOptions options) =>
        MigrationSet.Discover(inputs, options with { BaseDirectory = Root });

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
