using System.Security.Cryptography;
using System.Text;

namespace Migrations.Lint.Runner.History;

/// <summary>
/// SHA-256 of a script's text as lower-case hex. Line endings count as <c>\n</c>, so a checkout that
/// converts them (git autocrlf) is not reported as a changed migration; any other edit is.
/// </summary>
public static class ScriptChecksum
{
    public static string Compute(ReadOnlySpan<char> text)
    {
        var normalized = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }

            normalized.Append(text[i]);
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(normalized.ToString()))).ToLowerInvariant();
    }
}
