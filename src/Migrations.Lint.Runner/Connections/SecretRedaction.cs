using System.Text.RegularExpressions;

namespace Migrations.Lint.Runner.Connections;

/// <summary>Hides passwords in anything shown to a user: connection strings, URLs, error messages.</summary>
public static partial class SecretRedaction
{
    public const string Mask = "***";

    /// <summary>
    /// Masks the password of every connection string in <paramref name="text"/>: the <c>user:password@</c>
    /// of a URL, a <c>password=</c> URL parameter and <c>Password=</c>/<c>Pwd=</c>/<c>Psw=</c> keywords.
    /// Works on malformed strings too, which is when an error message most needs it.
    /// </summary>
    public static string RedactConnectionStrings(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = UrlPassword().Replace(text, "${prefix}" + Mask + "@");
        return KeywordPassword().Replace(text, "${key}" + Mask);
    }

    /// <summary>Replaces every occurrence of <paramref name="secret"/>, including inside driver and server error messages.</summary>
    public static string RedactSecret(string text, string? secret)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.IsNullOrEmpty(secret) ? text : text.Replace(secret, Mask, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?<prefix>postgres(?:ql)?://[^:/?#@\s]*:)\S*@", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlPassword();

    /// <summary>A value runs to the next <c>;</c>, <c>&amp;</c> or whitespace, or is a quoted string.</summary>
    [GeneratedRegex(@"(?<key>\b(?:password|pwd|psw)\s*=\s*)(?:'(?:[^']|'')*'|""(?:[^""]|"""")*""|[^;&\s]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeywordPassword();
}
