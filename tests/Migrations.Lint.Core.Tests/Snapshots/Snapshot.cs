using Migrations.Lint.Core.Tests.Testing;
using System.Runtime.CompilerServices;

namespace Migrations.Lint.Core.Tests.Snapshots;

/// <summary>
/// Verify-style snapshots: the expected output lives in <c>&lt;TestClass&gt;.&lt;TestName&gt;.verified.txt</c> next to
/// the test file. On a mismatch, or when no verified file exists yet, the actual output is written to
/// <c>.received.txt</c> (git-ignored) and the test fails; review it and rename it to accept it.
/// Only line endings are normalised.
/// </summary>
internal static class Snapshot
{
    // Deterministic CI builds (ContinuousIntegrationBuild) map the repository root to this prefix in
    // [CallerFilePath]; the snapshot then lives at the same place below the real checkout.
    private const string DeterministicSourceRoot = "/_/";

    public static void Match(string actual, [CallerFilePath] string testFile = "", [CallerMemberName] string testName = "")
    {
        var directory = Path.GetDirectoryName(SourcePath(testFile))!;
        var baseName = Path.Combine(directory, $"{Path.GetFileNameWithoutExtension(testFile)}.{testName}");
        var verifiedPath = baseName + ".verified.txt";
        var receivedPath = baseName + ".received.txt";
        var received = Normalize(actual);

        if (!File.Exists(verifiedPath))
        {
            File.WriteAllText(receivedPath, received);
            Assert.Fail($"No snapshot yet. Review {receivedPath} and rename it to {Path.GetFileName(verifiedPath)}.");
        }

        var verified = Normalize(File.ReadAllText(verifiedPath));
        if (verified == received)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received);
        Assert.Fail(
            $"Output differs from {Path.GetFileName(verifiedPath)}, first at {FirstDifference(verified, received)}\n"
            + $"Compare: diff -u '{verifiedPath}' '{receivedPath}'\n"
            + "If the new output is right, rename the .received.txt file to .verified.txt.");
    }

    private static string SourcePath(string testFile) =>
        File.Exists(testFile) || !testFile.StartsWith(DeterministicSourceRoot, StringComparison.Ordinal)
            ? testFile
            : Path.Combine(RepositoryPaths.Root, testFile[DeterministicSourceRoot.Length..]);

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var expectedLine = i < expectedLines.Length ? expectedLines[i] : "<end of file>";
            var actualLine = i < actualLines.Length ? actualLines[i] : "<end of file>";
            if (expectedLine != actualLine)
            {
                return $"line {i + 1}:\n  verified: {expectedLine}\n  received: {actualLine}";
            }
        }

        return "an unknown position";
    }
}
