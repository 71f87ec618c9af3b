namespace Migrations.Lint.Core.Tests.Sql.TSql;

/// <summary>Random text biased towards the characters that start, end or split T-SQL tokens and GO lines.</summary>
internal static class TSqlFuzzText
{
    private const string Interesting =
        "'\"[]$()-/*\\:.;@#nNgGoO!rxX0123456789eE_ \n\r\t=<>+%^|&~?`{},\0\u00A0\uFEFF\u00e9\u20AC\uD83D";

    private static readonly string[] Fragments = ["GO", "go 5", "GO;", ":setvar ", ":r ", "$(v)", "--", "/*", "*/", "N'", "0x", "\r\n"];

    public static string Next(Random random)
    {
        var builder = new System.Text.StringBuilder();
        var length = random.Next(0, 200);
        while (builder.Length < length)
        {
            var pick = random.Next(10);
            if (pick == 0)
            {
                builder.Append(Fragments[random.Next(Fragments.Length)]);
            }
            else if (pick < 3)
            {
                builder.Append((char)random.Next(0, 0x10000));
            }
            else
            {
                builder.Append(Interesting[random.Next(Interesting.Length)]);
            }
        }

        return builder.ToString();
    }
}
