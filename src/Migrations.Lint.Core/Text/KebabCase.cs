using System.Text;

namespace Migrations.Lint.Text;

/// <summary>How enum values appear in JSON and manifests: <c>GolangMigrate</c> becomes <c>golang-migrate</c>.</summary>
public static class KebabCase
{
    public static string Of<T>(T value)
        where T : struct, Enum
    {
        var text = value.ToString();
        var kebab = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            if (char.IsAsciiLetterUpper(c) && kebab.Length > 0)
            {
                kebab.Append('-');
            }

            kebab.Append(char.ToLowerInvariant(c));
        }

        return kebab.ToString();
    }
}
