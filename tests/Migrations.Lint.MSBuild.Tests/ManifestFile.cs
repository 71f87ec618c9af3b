using System.Security.Cryptography;
using System.Text.Json;

namespace Migrations.Lint.MSBuild.Tests;

/// <summary>migrations.manifest.json as the runner reads it (docs/msbuild.md).</summary>
public sealed record ManifestFile(int FormatVersion, string ToolVersion, string Dialect, IReadOnlyList<ManifestEntry> Migrations)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static ManifestFile Read(string path) =>
        JsonSerializer.Deserialize<ManifestFile>(File.ReadAllText(path), Options)
        ?? throw new InvalidDataException($"{path} holds null");

    /// <summary>Lowercase hex SHA-256 of a file's bytes, as the manifest records it.</summary>
    public static string Sha256Of(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}

public sealed record ManifestEntry(
    string Id,
    string? Version,
    string Description,
    string Kind,
    string Convention,
    string Dialect,
    ManifestScriptEntry Up,
    ManifestScriptEntry? Down,
    string Lint);

public sealed record ManifestScriptEntry(string Path, string Sha256);
