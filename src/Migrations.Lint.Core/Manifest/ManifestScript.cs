namespace Migrations.Lint.Manifest;

/// <summary>A script's file, relative to the manifest with forward slashes, and the SHA-256 of its bytes (lowercase hex).</summary>
/// <remarks>Both directions of a single-file migration (dbmate, goose) name the same file.</remarks>
public sealed record ManifestScript(string Path, string Sha256);
