using System.Text;
using Migrations.Lint.Sql.Postgres;
using Migrations.Lint.Text;

namespace Migrations.Lint.Core.Tests.Sql.Postgres;

public sealed class PgLexerTests
{
    /// <summary>Renders tokens as "Kind:text" (plus "!" when unterminated) so expectations read like the input.</summary>
    private static string[] Lex(string text) => Render(text, PgLexer.Tokenize(text));

    private static string[] Render(string text, PgToken[] tokens)
    {
        var rendered = new string[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            var suffix = token.IsUnterminated ? "!" : "";
            rendered[i] = $"{token.Kind}:{text.Substring(token.Start, token.Length)}{suffix}";
        }

        return rendered;
    }

    [Theory]
    [InlineData("-- hello", "LineComment:-- hello")]
    [InlineData("a -- x\nb", "Identifier:a", "LineComment:-- x", "Identifier:b")]
    [InlineData("a -- x\r\nb", "Identifier:a", "LineComment:-- x", "Identifier:b")]
    [InlineData("a -- x\rb", "Identifier:a", "LineComment:-- x", "Identifier:b")]
    [InlineData("--", "LineComment:--")]
    [InlineData("1--2", "Integer:1", "LineComment:--2")]
    [InlineData("/* a */b", "BlockComment:/* a */", "Identifier:b")]
    [InlineData("/* a /* b */ c */ d", "BlockComment:/* a /* b */ c */", "Identifier:d")]
    [InlineData("/**/x", "BlockComment:/**/", "Identifier:x")]
    [InlineData("/* ** / */", "BlockComment:/* ** / */")]
    [InlineData("/* -- */ x", "BlockComment:/* -- */", "Identifier:x")]
    [InlineData("/* multi\nline */", "BlockComment:/* multi\nline */")]
    [InlineData("-- /* not a block\nx", "LineComment:-- /* not a block", "Identifier:x")]
    public void Comments(string input, params string[] expected) => Assert.Equal(expected, Lex(input));

    [Theory]
    [InlineData("'abc'", "String:'abc'")]
    [InlineData("'it''s'", "String:'it''s'")]
    [InlineData("''", "String:''")]
    [InlineData("''''", "String:''''")]
    [InlineData(@"'a\'", @"String:'a\'")]
    [InlineData("N'abc'", "String:N'abc'")]
    [InlineData("n'abc'", "String:n'abc'")]
    [InlineData(@"E'it\'s'", @"EscapeString:E'it\'s'")]
    [InlineData(@"e'\\' x", @"EscapeString:e'\\'", "Identifier:x")]
    [InlineData(@"E'a''b\n'", @"EscapeString:E'a''b\n'")]
    [InlineData("U&'d\\0061t' UESCAPE '!'", "UnicodeString:U&'d\\0061t'", "Identifier:UESCAPE", "String:'!'")]
    [InlineData("u&'x''y'", "UnicodeString:u&'x''y'")]
    [InlineData("B'0101'", "BitString:B'0101'")]
    [InlineData("b'1'", "BitString:b'1'")]
    [InlineData("X'1F'", "HexString:X'1F'")]
    [InlineData("x'ff'", "HexString:x'ff'")]
    [InlineData("B'01''1'", "BitString:B'01'", "String:'1'")]
    [InlineData("'a' 'b'", "String:'a'", "String:'b'")]
    public void Strings(string input, params string[] expected) => Assert.Equal(expected, Lex(input));

    [Theory]
    [InlineData("E 'x'", "Identifier:E", "String:'x'")]
    [InlineData("be'x'", "Identifier:be", "String:'x'")]
    [InlineData("xe'x'", "Identifier:xe", "String:'x'")]
    [InlineData("U& 'x'", "Identifier:U", "Operator:&", "String:'x'")]
    [InlineData("U&x", "Identifier:U", "Operator:&", "Identifier:x")]
    [InlineData("nx", "Identifier:nx")]
    public void String_prefixes_need_the_quote_right_after_them(string input, params string[] expected) =>
        Assert.Equal(expected, Lex(input));

    [Theory]
    [InlineData("'a'\n'b'", "String:'a'\n'b'")]
    [InlineData("'a'  \r\n  'b' c", "String:'a'  \r\n  'b'", "Identifier:c")]
    [InlineData("'a' -- note\n'b'", "String:'a' -- note\n'b'")]
    [InlineData("E'a'\n'b\\'c'", "EscapeString:E'a'\n'b\\'c'")]
    [InlineData("X'1'\n'F'", "HexString:X'1'\n'F'")]
    public void A_literal_continues_across_a_line_break_keeping_its_escape_rules(string input, params string[] expected) =>
        Assert.Equal(expected, Lex(input));

    [Theory]
    [InlineData("'a'\n\"b\"", "String:'a'", "QuotedIdentifier:\"b\"")]
    [InlineData("'a'\nb", "String:'a'", "Identifier:b")]
    public void A_literal_does_not_continue_into_something_else(string input, params string[] expected) =>
        Assert.Equal(expected, Lex(input));

    [Theory]
    [InlineData("$$body$$", "DollarString:$$body$$")]
    [InlineData("$fn$ select $$x$$; $fn$", "DollarString:$fn$ select $$x$$; $fn$")]
    [InlineData("$a$ $b$ $a$", "DollarString:$a$ $b$ $a$")]
    [InlineData("$ab$ $a$ab$", "DollarString:$ab$ $a$ab$")]
    [InlineData("$_x1$ 'q' $_x1$;", "DollarString:$_x1$ 'q' $_x1$", "Semicolon:;")]
    [InlineData("$Tag$ $tag$ $Tag$", "DollarString:$Tag$ $tag$ $Tag$")]
    [InlineData("$$$$", "DollarString:$$$$")]
    [InlineData("$1", "Parameter:$1")]
    [InlineData("$12 + $3", "Parameter:$12", "Operator:+", "Parameter:$3")]
    [InlineData("a$b", "Identifier:a$b")]
    [InlineData("foo$$ x", "Identifier:foo$$", "Identifier:x")]
    [InlineData("1$$x$$", "Integer:1", "DollarString:$$x$$")]
    [InlineData("$1a$", "Parameter:$1", "Identifier:a$")]
    [InlineData("$foo bar", "Invalid:$", "Identifier:foo", "Identifier:bar")]
    [InlineData("$", "Invalid:$")]
    [InlineData("$1$", "Parameter:$1", "Invalid:$")]
    [InlineData("$a", "Invalid:$", "Identifier:a")]
    public void Dollars(string input, params string[] expected) => Assert.Equal(expected, Lex(input));

    [Theory]
    [InlineData("select", "Identifier:select")]
    [InlineData("_a1$", "Identifier:_a1$")]
    [InlineData("tëst", "Identifier:tëst")]
    [InlineData("таблица.столбец", "Identifier:таблица", "Dot:.", "Identifier:столбец")]
    [InlineData("日本語 x", "Identifier:日本語", "Identifier:x")]
    [InlineData("a\u00A0b", "Identifier:a\u00A0b")]
    [InlineData("\U0001F600_x", "Identifier:\U0001F600_x")]
    [InlineData("\"My Table\"", "QuotedIdentifier:\"My Table\"")]
    [InlineData("\"a\"\"b\"", "QuotedIdentifier:\"a\"\"b\"")]
    [InlineData("\"\"", "QuotedIdentifier:\"\"")]
    [InlineData("U&\"d\\0061t\"", "QuotedIdentifier:U&\"d\\0061t\"")]
    [InlineData("\"a\"\n\"b\"", "QuotedIdentifier:\"a\"", "QuotedIdentifier:\"b\"")]
    public void Identifiers(string input, params string[] expected) => Assert.Equal(expected, Lex(input));

    [Theory]
    [InlineData("42", "Integer:42")]
    [InlineData("4.2", "Numeric:4.2")]
    [InlineData(".5", "Numeric:.5")]
    [InlineData("5.", "Numeric:5.")]
    [InlineData("1e10", "Numeric:1e10")]
    [InlineData("1.5E-3", "Numeric:1.5E-3")]
    [InlineData("2e+7", "Numeric:2e+7")]
    [InlineData("5.e3", "Numeric:5.e3")]
    [InlineData(".5e1", "Numeric:.5e1")]
    [InlineData("0x1F", "Integer:0x1F")]
    [InlineData("0XdeadBEEF", "Integer:0XdeadBEEF")]
    [InlineData("0o17", "Integer:0o17")]
    [InlineData("0b101", "Integer:0b101")]
    [InlineData("0x_1F", "Integer:0x_1F")]
    [InlineData("1_000_000", "Integer:1_000_000")]
    [InlineData("1_000.000_1", "Numeric:1_000.000_1")]
    [InlineData("1e1_0", "Numeric:1e1_0")]
    public void Numbers(string input, params string[] expected) => Assert.Equal(expected, Lex(input));

    [Theory]
    [InlineData("1..10", "Integer:1", "DotDot:..", "Integer:10")]
    [InlineData("1...2", "Integer:1", "DotDot:..", "Numeric:.2")]
    [InlineData("1.5.3", "Numeric:1.5", "Numeric:.3")]
    [InlineData("12abc", "Integer:12", "Identifier:abc")]
    [InlineData("1__0", "Integer:1", "Identifier:__0")]
    [InlineData("1_", "Integer:1", "Identifier:_")]
    [InlineData("1e", "Integer:1", "Identifier:e")]
    [InlineData("1e+", "Integer:1", "Identifier:e", "Operator:+")]
    [InlineData("1.e", "Numeric:1.", "Identifier:e")]
    [InlineData("0x", "Integer:0", "Identifier:x")]
    [InlineData("0b2", "Integer:0", "Identifier:b2")]
    [InlineData("0o8", "Integer:0", "Identifier:o8")]
    [InlineData("1._5", "Numeric:1.", "Identifier:_5")]
    [InlineData("a.5", "Identifier:a", "Numeric:.5")]
    public void Number_edge_cases_end_where_scan_l_gives_characters_back(string input, params string[] expected) =>
        Assert.Equal(expected, Lex(input));

    [Theory]
    [InlineData("a=-1", "Identifier:a", "Operator:=", "Operator:-", "Integer:1")]
    [InlineData("a<>b", "Identifier:a", "Operator:<>", "Identifier:b")]
    [InlineData("a!=b", "Identifier:a", "Operator:!=", "Identifier:b")]
    [InlineData("a>=b", "Identifier:a", "Operator:>=", "Identifier:b")]
    [InlineData("j->>'k'", "Identifier:j", "Operator:->>", "String:'k'")]
    [InlineData("j->'k'", "Identifier:j", "Operator:->", "String:'k'")]
    [InlineData("a@>b", "Identifier:a", "Operator:@>", "Identifier:b")]
    [InlineData("a||b", "Identifier:a", "Operator:||", "Identifier:b")]
    [InlineData("a @- b", "Identifier:a", "Operator:@-", "Identifier:b")]
    [InlineData("a ?| b", "Identifier:a", "Operator:?|", "Identifier:b")]
    [InlineData("a %- b", "Identifier:a", "Operator:%-", "Identifier:b")]
    [InlineData("a *-+ b", "Identifier:a", "Operator:*", "Operator:-", "Operator:+", "Identifier:b")]
    [InlineData("-1", "Operator:-", "Integer:1")]
    [InlineData("a+-- c", "Identifier:a", "Operator:+", "LineComment:-- c")]
    [InlineData("a*/* c */", "Identifier:a", "Operator:*", "BlockComment:/* c */")]
    [InlineData("a<-->b", "Identifier:a", "Operator:<", "LineComment:-->b")]
    [InlineData("f(x => 1)", "Identifier:f", "OpenParen:(", "Identifier:x", "ColonEquals:=>", "Integer:1", "CloseParen:)")]
    [InlineData("x=>-1", "Identifier:x", "ColonEquals:=>", "Operator:-", "Integer:1")]
    [InlineData("a=>>b", "Identifier:a", "Operator:=>>", "Identifier:b")]
    [InlineData("x := 1", "Identifier:x", "ColonEquals::=", "Integer:1")]
    [InlineData("a::int", "Identifier:a", "Typecast:::", "Identifier:int")]
    [InlineData("a:::b", "Identifier:a", "Typecast:::", "PsqlVariable::b")]
    [InlineData("`", "Operator:`")]
    public void Operators(string input, params string[] expected) => Assert.Equal(expected, Lex(input));

    [Theory]
    [InlineData("(a, b);", "OpenParen:(", "Identifier:a", "Comma:,", "Identifier:b", "CloseParen:)", "Semicolon:;")]
    [InlineData("a[1]", "Identifier:a", "OpenBracket:[", "Integer:1", "CloseBracket:]")]
    [InlineData("s.t", "Identifier:s", "Dot:.", "Identifier:t")]
    [InlineData("a .. b", "Identifier:a", "DotDot:..", "Identifier:b")]
    [InlineData("x :", "Identifier:x", "Colon::")]
    public void Punctuation(string input, params string[] expected) => Assert.Equal(expected, Lex(input));

    [Theory]
    [InlineData(":name", "PsqlVariable::name")]
    [InlineData(":'name'", "PsqlVariable::'name'")]
    [InlineData(":\"name\"", "PsqlVariable::\"name\"")]
    [InlineData(":{?name}", "PsqlVariable::{?name}")]
    [InlineData("where id = :id;", "Identifier:where", "Identifier:id", "Operator:=", "PsqlVariable::id", "Semicolon:;")]
    [InlineData(":'a b'", "Colon::", "String:'a b'")]
    [InlineData(":''", "Colon::", "String:''")]
    [InlineData(":{?x", "Colon::", "Invalid:{", "Operator:?", "Identifier:x")]
    [InlineData(": x", "Colon::", "Identifier:x")]
    public void Psql_variables(string input, params string[] expected) => Assert.Equal(expected, Lex(input));

    [Theory]
    [InlineData("\\set ON_ERROR_STOP on", "PsqlMetaCommand:\\set ON_ERROR_STOP on")]
    [InlineData("select 1;\n\\i file.sql\nselect 2;",
        "Identifier:select", "Integer:1", "Semicolon:;", "PsqlMetaCommand:\\i file.sql",
        "Identifier:select", "Integer:2", "Semicolon:;")]
    [InlineData("  \t\\connect db\r\nx", "PsqlMetaCommand:\\connect db", "Identifier:x")]
    [InlineData("\\echo 'a' -- b", "PsqlMetaCommand:\\echo 'a' -- b")]
    [InlineData("select 1 \\gset", "Identifier:select", "Integer:1", "Invalid:\\", "Identifier:gset")]
    [InlineData("\\", "PsqlMetaCommand:\\")]
    public void Psql_meta_commands_start_a_line(string input, params string[] expected) =>
        Assert.Equal(expected, Lex(input));

    [Theory]
    [InlineData("'abc", "String:'abc!")]
    [InlineData("'it''", "String:'it''!")]
    [InlineData("E'abc\\'", "EscapeString:E'abc\\'!")]
    [InlineData("E'abc\\", "EscapeString:E'abc\\!")]
    [InlineData("N'x", "String:N'x!")]
    [InlineData("U&'x", "UnicodeString:U&'x!")]
    [InlineData("B'01", "BitString:B'01!")]
    [InlineData("X'1", "HexString:X'1!")]
    [InlineData("\"abc", "QuotedIdentifier:\"abc!")]
    [InlineData("\"a\"\"", "QuotedIdentifier:\"a\"\"!")]
    [InlineData("U&\"x", "QuotedIdentifier:U&\"x!")]
    [InlineData("$$abc", "DollarString:$$abc!")]
    [InlineData("$fn$ body $$ $fn", "DollarString:$fn$ body $$ $fn!")]
    [InlineData("/* a", "BlockComment:/* a!")]
    [InlineData("/* a /* b */", "BlockComment:/* a /* b */!")]
    [InlineData("/*/", "BlockComment:/*/!")]
    [InlineData("'a'\n'b", "String:'a'\n'b!")]
    public void Unterminated_tokens_run_to_the_end_and_are_flagged(string input, params string[] expected) =>
        Assert.Equal(expected, Lex(input));

    [Theory]
    [InlineData("\0", "Invalid:\0")]
    [InlineData("a\u0001b", "Identifier:a", "Invalid:\u0001", "Identifier:b")]
    [InlineData("{}", "Invalid:{", "Invalid:}")]
    [InlineData("\u007F", "Invalid:\u007F")]
    public void Characters_postgres_rejects_are_single_invalid_tokens(string input, params string[] expected) =>
        Assert.Equal(expected, Lex(input));

    [Fact]
    public void Whitespace_of_every_kind_separates_tokens_and_is_not_a_token()
    {
        Assert.Equal(["Identifier:a", "Identifier:b"], Lex(" \t\r\n\f\va \t\r\n\f\vb \t\r\n\f\v"));
        Assert.Empty(PgLexer.Tokenize(""));
        Assert.Empty(PgLexer.Tokenize(" \n\t "));
    }

    [Fact]
    public void Tokens_carry_exact_absolute_offsets()
    {
        var tokens = PgLexer.Tokenize("ALTER TABLE t\r\n  ADD c int; -- x");

        Assert.Equal(
            [
                new PgToken(PgTokenKind.Identifier, 0, 5),
                new PgToken(PgTokenKind.Identifier, 6, 5),
                new PgToken(PgTokenKind.Identifier, 12, 1),
                new PgToken(PgTokenKind.Identifier, 17, 3),
                new PgToken(PgTokenKind.Identifier, 21, 1),
                new PgToken(PgTokenKind.Identifier, 23, 3),
                new PgToken(PgTokenKind.Semicolon, 26, 1),
                new PgToken(PgTokenKind.LineComment, 28, 4),
            ],
            tokens);
    }

    [Fact]
    public void A_range_yields_only_its_tokens_with_offsets_into_the_whole_text()
    {
        const string Text = "select 1; select 'two'; select 3;";
        var range = TextSpan.FromBounds(10, 23);

        var tokens = PgLexer.Tokenize(Text, range);

        Assert.Equal(["Identifier:select", "String:'two'", "Semicolon:;"], Render(Text, tokens));
        Assert.Equal(10, tokens[0].Start);
    }

    [Fact]
    public void A_range_cuts_tokens_that_cross_its_end()
    {
        const string Text = "select 'abcdef'";

        var tokens = PgLexer.Tokenize(Text, TextSpan.FromBounds(7, 10));

        Assert.Equal([new PgToken(PgTokenKind.String, 7, 3, PgTokenFlags.Unterminated)], tokens);
    }

    [Fact]
    public void A_range_outside_the_text_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PgLexer.Tokenize("abc", new TextSpan(2, 5)));
        Assert.Throws<ArgumentOutOfRangeException>(() => PgLexer.Tokenize("abc", new TextSpan(-1, 2)));
    }

    [Fact]
    public void The_scanner_streams_the_same_tokens_as_tokenize()
    {
        const string Text = "create index concurrently i on t (c); -- done";
        var streamed = new List<PgToken>();
        var scanner = new PgScanner(Text);

        while (scanner.TryNext(out var token))
        {
            streamed.Add(token);
        }

        Assert.False(scanner.TryNext(out _));
        Assert.Equal(PgLexer.Tokenize(Text), streamed);
        Assert.Equal(11, streamed.Count);
    }

    [Fact]
    public void A_leading_byte_order_mark_is_skipped()
    {
        var tokens = PgLexer.Tokenize("\uFEFFselect");

        Assert.Equal([new PgToken(PgTokenKind.Identifier, 1, 6)], tokens);
        Assert.Empty(PgLexer.Tokenize("\uFEFF"));
    }

    [Fact]
    public void A_byte_order_mark_elsewhere_is_an_identifier_character_like_any_non_ascii()
    {
        Assert.Equal(["Identifier:a\uFEFF"], Lex("a\uFEFF"));
        Assert.Equal(["Identifier:a", "Identifier:\uFEFF"], Lex("a \uFEFF"));
    }

    [Fact]
    public void A_meta_command_may_follow_a_byte_order_mark()
    {
        Assert.Equal(["PsqlMetaCommand:\\set x 1"], Lex("\uFEFF\\set x 1"));
    }

    [Fact]
    public void Crlf_input_keeps_line_breaks_out_of_tokens()
    {
        Assert.Equal(
            ["Identifier:select", "Integer:1", "Semicolon:;", "LineComment:-- c", "PsqlMetaCommand:\\echo hi", "Identifier:x"],
            Lex("select\r\n1;\r\n-- c\r\n\\echo hi\r\nx\r\n"));
    }

    [Fact]
    public void Ten_thousand_nested_comments_lex_as_one_token()
    {
        var text = string.Concat(Enumerable.Repeat("/*", 10_000)) + string.Concat(Enumerable.Repeat("*/", 10_000)) + " x";

        Assert.Equal(
            [new PgToken(PgTokenKind.BlockComment, 0, 40_000), new PgToken(PgTokenKind.Identifier, 40_001, 1)],
            PgLexer.Tokenize(text));
    }

    [Fact]
    public void Ten_megabytes_of_sql_lex_in_one_pass()
    {
        const string Statement =
            "ALTER TABLE \"public\".orders ADD COLUMN total numeric(12, 2) DEFAULT 0.00 NOT NULL; -- money\n" +
            "CREATE FUNCTION f() RETURNS int AS $fn$ SELECT $1::int + 'x''y' $fn$ LANGUAGE sql; /* c */\n";
        var builder = new StringBuilder(10 * 1024 * 1024 + Statement.Length);
        var statements = 0;
        while (builder.Length < 10 * 1024 * 1024)
        {
            builder.Append(Statement);
            statements++;
        }

        var text = builder.ToString();

        var tokens = PgLexer.Tokenize(text);

        var perStatement = PgLexer.Tokenize(Statement).Length;
        Assert.Equal(perStatement * statements, tokens.Length);
        Assert.Equal(text.Length - 1, tokens[^1].End);
    }

    [Fact]
    public void Pathological_repetition_lexes_in_linear_time()
    {
        // Each of these is quadratic if a token rescans what it leaves for the tokens after it.
        Assert.Single(PgLexer.Tokenize(new string('a', 1_000_000)));
        Assert.Single(PgLexer.Tokenize("'" + new string('\'', 1_000_000)));
        Assert.Single(PgLexer.Tokenize(string.Concat(Enumerable.Repeat("'a'\n", 300_000))));
        Assert.Equal(250_000, PgLexer.Tokenize(new string('$', 1_000_000)).Length);
        Assert.Equal(600_000, PgLexer.Tokenize(string.Concat(Enumerable.Repeat("x \\", 300_000))).Length);
        Assert.Equal(1_000_000, PgLexer.Tokenize(new string('+', 1_000_000)).Length);
        Assert.Equal(1_000_000, PgLexer.Tokenize(string.Concat(Enumerable.Repeat("+-", 500_000))).Length);
    }

    [Fact]
    public void Signs_given_back_by_one_operator_are_single_operators()
    {
        Assert.Equal(["Operator:*", "Operator:+", "Operator:-", "Operator:+", "Identifier:a", "Operator:+-@"], Lex("*+-+ a +-@"));
        Assert.Equal(["Operator:<", "Operator:+", "Operator:+", "LineComment:--x"], Lex("<++--x"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Random_input_never_throws_and_tokens_are_ordered_disjoint_and_in_range(int seed)
    {
        var random = new Random(seed);
        const string Interesting = "'\"$-/*\\:.;eEnNbBxXuU&0123456789_ \n\r\t=<>+!@#%^|`?~()[]{},\0\uFEFF\u00e9\uD83D";
        for (var iteration = 0; iteration < 2_000; iteration++)
        {
            var chars = new char[random.Next(0, 200)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = random.Next(4) == 0 ? (char)random.Next(0, 0x10000) : Interesting[random.Next(Interesting.Length)];
            }

            var text = new string(chars);
            var start = random.Next(0, text.Length + 1);
            var range = TextSpan.FromBounds(start, random.Next(start, text.Length + 1));

            AssertWellFormed(PgLexer.Tokenize(text), new TextSpan(0, text.Length));
            AssertWellFormed(PgLexer.Tokenize(text, range), range);
        }
    }

    private static void AssertWellFormed(PgToken[] tokens, TextSpan range)
    {
        var previousEnd = range.Start;
        foreach (var token in tokens)
        {
            Assert.True(token.Length > 0, $"empty token {token}");
            Assert.True(token.Start >= previousEnd, $"token {token} overlaps or precedes the previous one");
            Assert.True(token.End <= range.End, $"token {token} leaves the range {range}");
            previousEnd = token.End;
        }
    }
}
