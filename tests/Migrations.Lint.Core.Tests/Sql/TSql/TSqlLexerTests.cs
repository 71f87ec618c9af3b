using Migrations.Lint.Sql.TSql;

namespace Migrations.Lint.Core.Tests.Sql.TSql;

public sealed class TSqlLexerTests
{
    [Theory]
    [InlineData("-- hello", "LineComment:-- hello")]
    [InlineData("a -- x\nb", "Identifier:a", "LineComment:-- x", "Identifier:b")]
    [InlineData("a -- x\r\nb", "Identifier:a", "LineComment:-- x", "Identifier:b")]
    [InlineData("a -- x\rb", "Identifier:a", "LineComment:-- x", "Identifier:b")]
    [InlineData("--", "LineComment:--")]
    [InlineData("1--2", "Integer:1", "LineComment:--2")]
    [InlineData("/* a */b", "BlockComment:/* a */", "Identifier:b")]
    [InlineData("/**/x", "BlockComment:/**/", "Identifier:x")]
    [InlineData("/* ** / */", "BlockComment:/* ** / */")]
    [InlineData("/* -- */ x", "BlockComment:/* -- */", "Identifier:x")]
    [InlineData("/* 'not a string */ x", "BlockComment:/* 'not a string */", "Identifier:x")]
    [InlineData("/* multi\r\nline */", "BlockComment:/* multi\r\nline */")]
    [InlineData("-- /* not a block\nx", "LineComment:-- /* not a block", "Identifier:x")]
    [InlineData("a*/b", "Identifier:a", "Operator:*", "Operator:/", "Identifier:b")]
    public void Comments(string input, params string[] expected) => Assert.Equal(expected, TSqlRendering.Lex(input));

    [Theory]
    [InlineData("/* a /* b */ c */ d", "BlockComment:/* a /* b */ c */", "Identifier:d")]
    [InlineData("/*/**/*/x", "BlockComment:/*/**/*/", "Identifier:x")]
    [InlineData("/* 1 /* 2 /* 3 */ 2 */ 1 */;", "BlockComment:/* 1 /* 2 /* 3 */ 2 */ 1 */", "Semicolon:;")]
    [InlineData("/* a */ */", "BlockComment:/* a */", "Operator:*", "Operator:/")]
    public void Block_comments_nest(string input, params string[] expected) => Assert.Equal(expected, TSqlRendering.Lex(input));

    [Theory]
    [InlineData("'abc'", "String:'abc'")]
    [InlineData("'it''s'", "String:'it''s'")]
    [InlineData("''", "String:''")]
    [InlineData("''''", "String:''''")]
    [InlineData(@"'a\'", @"String:'a\'")]
    [InlineData("'line 1\r\nline 2'", "String:'line 1\r\nline 2'")]
    [InlineData("'a' 'b'", "String:'a'", "String:'b'")]
    [InlineData("'a''b'c", "String:'a''b'", "Identifier:c")]
    [InlineData("'\"[--/*'", "String:'\"[--/*'")]
    [InlineData("N'abc'", "UnicodeString:N'abc'")]
    [InlineData("n'abc'", "UnicodeString:n'abc'")]
    [InlineData("N'日本''語'", "UnicodeString:N'日本''語'")]
    [InlineData("N''", "UnicodeString:N''")]
    public void Strings(string input, params string[] expected) => Assert.Equal(expected, TSqlRendering.Lex(input));

    [Theory]
    [InlineData("N 'x'", "Identifier:N", "String:'x'")]
    [InlineData("an'x'", "Identifier:an", "String:'x'")]
    [InlineData("N\"x\"", "Identifier:N", "QuotedIdentifier:\"x\"")]
    [InlineData("Nx", "Identifier:Nx")]
    public void The_unicode_prefix_needs_the_quote_right_after_it(string input, params string[] expected) =>
        Assert.Equal(expected, TSqlRendering.Lex(input));

    [Theory]
    [InlineData("select", "Identifier:select")]
    [InlineData("_a1", "Identifier:_a1")]
    [InlineData("a$b@c#d", "Identifier:a$b@c#d")]
    [InlineData("#temp", "Identifier:#temp")]
    [InlineData("##global_temp", "Identifier:##global_temp")]
    [InlineData("#", "Identifier:#")]
    [InlineData("tëst", "Identifier:tëst")]
    [InlineData("таблица.столбец", "Identifier:таблица", "Dot:.", "Identifier:столбец")]
    [InlineData("日本語 x", "Identifier:日本語", "Identifier:x")]
    [InlineData("\U0001F600_x", "Identifier:\U0001F600_x")]
    [InlineData("dbo.t", "Identifier:dbo", "Dot:.", "Identifier:t")]
    [InlineData("db..t", "Identifier:db", "Dot:.", "Dot:.", "Identifier:t")]
    [InlineData("GOTO done", "Identifier:GOTO", "Identifier:done")]
    [InlineData("go_live", "Identifier:go_live")]
    [InlineData("gone", "Identifier:gone")]
    public void Identifiers(string input, params string[] expected) => Assert.Equal(expected, TSqlRendering.Lex(input));

    [Theory]
    [InlineData("[My Table]", "BracketedIdentifier:[My Table]")]
    [InlineData("[a]]b]", "BracketedIdentifier:[a]]b]")]
    [InlineData("[]]]", "BracketedIdentifier:[]]]")]
    [InlineData("[it's \"x\" -- /*]", "BracketedIdentifier:[it's \"x\" -- /*]")]
    [InlineData("[a[b]", "BracketedIdentifier:[a[b]")]
    [InlineData("[two\nlines]", "BracketedIdentifier:[two\nlines]")]
    [InlineData("[dbo].[t]", "BracketedIdentifier:[dbo]", "Dot:.", "BracketedIdentifier:[t]")]
    [InlineData("\"My Table\"", "QuotedIdentifier:\"My Table\"")]
    [InlineData("\"a\"\"b\"", "QuotedIdentifier:\"a\"\"b\"")]
    [InlineData("\"it's\"", "QuotedIdentifier:\"it's\"")]
    [InlineData("\"\"", "QuotedIdentifier:\"\"")]
    public void Delimited_identifiers(string input, params string[] expected) => Assert.Equal(expected, TSqlRendering.Lex(input));

    [Theory]
    [InlineData("@x", "Variable:@x")]
    [InlineData("@p1=@p2", "Variable:@p1", "Operator:=", "Variable:@p2")]
    [InlineData("@a#b$c@d_1", "Variable:@a#b$c@d_1")]
    [InlineData("@日付", "Variable:@日付")]
    [InlineData("@", "Variable:@")]
    [InlineData("@@ROWCOUNT", "GlobalVariable:@@ROWCOUNT")]
    [InlineData("@@trancount>0", "GlobalVariable:@@trancount", "Operator:>", "Integer:0")]
    [InlineData("@@", "GlobalVariable:@@")]
    [InlineData("@t.c", "Variable:@t", "Dot:.", "Identifier:c")]
    public void Variables(string input, params string[] expected) => Assert.Equal(expected, TSqlRendering.Lex(input));

    [Theory]
    [InlineData("$action", "Identifier:$action")]
    [InlineData("$IDENTITY", "Identifier:$IDENTITY")]
    [InlineData("$rowguid", "Identifier:$rowguid")]
    [InlineData("$node_id", "Identifier:$node_id")]
    [InlineData("$partition.pf(1)", "Identifier:$partition", "Dot:.", "Identifier:pf", "OpenParen:(", "Integer:1", "CloseParen:)")]
    public void Pseudo_columns_are_identifiers(string input, params string[] expected) => Assert.Equal(expected, TSqlRendering.Lex(input));

    [Theory]
    [InlineData("42", "Integer:42")]
    [InlineData("007", "Integer:007")]
    [InlineData("1.5", "Decimal:1.5")]
    [InlineData(".5", "Decimal:.5")]
    [InlineData("5.", "Decimal:5.")]
    [InlineData("1e10", "Float:1e10")]
    [InlineData("1.5E-3", "Float:1.5E-3")]
    [InlineData("2e+7", "Float:2e+7")]
    [InlineData(".5e1", "Float:.5e1")]
    [InlineData("5.e3", "Float:5.e3")]
    [InlineData("1e", "Float:1e")]
    [InlineData("0", "Integer:0")]
    public void Numbers(string input, params string[] expected) => Assert.Equal(expected, TSqlRendering.Lex(input));

    [Theory]
    [InlineData("12abc", "Integer:12", "Identifier:abc")]
    [InlineData("1.5.3", "Decimal:1.5", "Decimal:.3")]
    [InlineData("1..2", "Decimal:1.", "Decimal:.2")]
    [InlineData("a.5", "Identifier:a", "Decimal:.5")]
    [InlineData("1-1", "Integer:1", "Operator:-", "Integer:1")]
    [InlineData("1e5x", "Float:1e5", "Identifier:x")]
    public void Numbers_end_where_their_digits_do(string input, params string[] expected) =>
        Assert.Equal(expected, TSqlRendering.Lex(input));

    [Theory]
    [InlineData("0x", "Binary:0x")]
    [InlineData("0xDEADBEEF", "Binary:0xDEADBEEF")]
    [InlineData("0Xab01", "Binary:0Xab01")]
    [InlineData("0x1G", "Binary:0x1", "Identifier:G")]
    [InlineData("0x12\\\n34", "Binary:0x12\\\n34")]
    [InlineData("0x12\\\r\n34", "Binary:0x12\\\r\n34")]
    [InlineData("0x12\\ 34", "Binary:0x12", "Invalid:\\", "Integer:34")]
    [InlineData("0x,1", "Binary:0x", "Comma:,", "Integer:1")]
    public void Binary_constants(string input, params string[] expected) => Assert.Equal(expected, TSqlRendering.Lex(input));

    [Theory]
    [InlineData("$12", "Money:$12")]
    [InlineData("$12.50", "Money:$12.50")]
    [InlineData("$.5", "Money:$.5")]
    [InlineData("$-5", "Money:$-5")]
    [InlineData("$+1.5e2", "Money:$+1.5e2")]
    [InlineData("$ 12", "Money:$ 12")]
    [InlineData("$", "Money:$")]
    [InlineData("$ AS m", "Money:$", "Identifier:AS", "Identifier:m")]
    [InlineData("$ - 5", "Money:$", "Operator:-", "Integer:5")]
    [InlineData("1-$5", "Integer:1", "Operator:-", "Money:$5")]
    [InlineData("€12", "Money:€12")]
    [InlineData("£3.5", "Money:£3.5")]
    [InlineData("¥-100", "Money:¥-100")]
    [InlineData("\uFF045", "Money:\uFF045")]
    [InlineData("€", "Identifier:€")]
    [InlineData("€uro", "Identifier:€uro")]
    [InlineData("a$5", "Identifier:a$5")]
    public void Money(string input, params string[] expected) => Assert.Equal(expected, TSqlRendering.Lex(input));

    [Theory]
    [InlineData("$(DatabaseName)", "SqlCmdVariable:$(DatabaseName)")]
    [InlineData("$(my-var_2)", "SqlCmdVariable:$(my-var_2)")]
    [InlineData("db_$(Env).dbo.t", "Identifier:db_", "SqlCmdVariable:$(Env)", "Dot:.", "Identifier:dbo", "Dot:.", "Identifier:t")]
    [InlineData("@x$(Suffix)", "Variable:@x", "SqlCmdVariable:$(Suffix)")]
    [InlineData("USE [$(DatabaseName)]", "Identifier:USE", "BracketedIdentifier:[$(DatabaseName)]")]
    [InlineData("'$(x)'", "String:'$(x)'")]
    [InlineData("fn$(@x int)", "Identifier:fn$", "OpenParen:(", "Variable:@x", "Identifier:int", "CloseParen:)")]
    [InlineData("$(", "Invalid:$", "OpenParen:(")]
    [InlineData("$(1)", "Invalid:$", "OpenParen:(", "Integer:1", "CloseParen:)")]
    [InlineData("$(a b)", "Invalid:$", "OpenParen:(", "Identifier:a", "Identifier:b", "CloseParen:)")]
    public void Sqlcmd_variables(string input, params string[] expected) => Assert.Equal(expected, TSqlRendering.Lex(input));

    [Theory]
    [InlineData("a=b", "Identifier:a", "Operator:=", "Identifier:b")]
    [InlineData("a<>b", "Identifier:a", "Operator:<>", "Identifier:b")]
    [InlineData("a!=b", "Identifier:a", "Operator:!=", "Identifier:b")]
    [InlineData("a!<b", "Identifier:a", "Operator:!<", "Identifier:b")]
    [InlineData("a!>b", "Identifier:a", "Operator:!>", "Identifier:b")]
    [InlineData("a<=b", "Identifier:a", "Operator:<=", "Identifier:b")]
    [InlineData("a>=b", "Identifier:a", "Operator:>=", "Identifier:b")]
    [InlineData("a<b>c", "Identifier:a", "Operator:<", "Identifier:b", "Operator:>", "Identifier:c")]
    [InlineData("@i+=1", "Variable:@i", "Operator:+=", "Integer:1")]
    [InlineData("@i-=1", "Variable:@i", "Operator:-=", "Integer:1")]
    [InlineData("@i*=2", "Variable:@i", "Operator:*=", "Integer:2")]
    [InlineData("@i/=2", "Variable:@i", "Operator:/=", "Integer:2")]
    [InlineData("@i%=2", "Variable:@i", "Operator:%=", "Integer:2")]
    [InlineData("@i&=2", "Variable:@i", "Operator:&=", "Integer:2")]
    [InlineData("@i|=2", "Variable:@i", "Operator:|=", "Integer:2")]
    [InlineData("@i^=2", "Variable:@i", "Operator:^=", "Integer:2")]
    [InlineData("@s||='x'", "Variable:@s", "Operator:||=", "String:'x'")]
    [InlineData("a||b", "Identifier:a", "Operator:||", "Identifier:b")]
    [InlineData("a|b&c^d", "Identifier:a", "Operator:|", "Identifier:b", "Operator:&", "Identifier:c", "Operator:^", "Identifier:d")]
    [InlineData("1<<2>>3", "Integer:1", "Operator:<<", "Integer:2", "Operator:>>", "Integer:3")]
    [InlineData("a*=b", "Identifier:a", "Operator:*=", "Identifier:b")]
    [InlineData("a=*b", "Identifier:a", "Operator:=*", "Identifier:b")]
    [InlineData("~a", "Operator:~", "Identifier:a")]
    [InlineData("!a", "Operator:!", "Identifier:a")]
    [InlineData("a=-1", "Identifier:a", "Operator:=", "Operator:-", "Integer:1")]
    [InlineData("a<>=b", "Identifier:a", "Operator:<>", "Operator:=", "Identifier:b")]
    [InlineData("a%b/c", "Identifier:a", "Operator:%", "Identifier:b", "Operator:/", "Identifier:c")]
    [InlineData("a+-- c", "Identifier:a", "Operator:+", "LineComment:-- c")]
    [InlineData("a*/* c */", "Identifier:a", "Operator:*", "BlockComment:/* c */")]
    public void Operators(string input, params string[] expected) => Assert.Equal(expected, TSqlRendering.Lex(input));

    [Theory]
    [InlineData("(a, b);", "OpenParen:(", "Identifier:a", "Comma:,", "Identifier:b", "CloseParen:)", "Semicolon:;")]
    [InlineData("{fn NOW()}", "OpenBrace:{", "Identifier:fn", "Identifier:NOW", "OpenParen:(", "CloseParen:)", "CloseBrace:}")]
    [InlineData("SCHEMA::dbo", "Identifier:SCHEMA", "DoubleColon:::", "Identifier:dbo")]
    [InlineData("geography::Point", "Identifier:geography", "DoubleColon:::", "Identifier:Point")]
    [InlineData("retry:", "Identifier:retry", "Colon::")]
    [InlineData("a : b", "Identifier:a", "Colon::", "Identifier:b")]
    [InlineData(":::", "DoubleColon:::", "Colon::")]
    [InlineData("proc;1", "Identifier:proc", "Semicolon:;", "Integer:1")]
    public void Punctuation(string input, params string[] expected) => Assert.Equal(expected, TSqlRendering.Lex(input));

    [Theory]
    [InlineData("?", "Invalid:?")]
    [InlineData("`", "Invalid:`")]
    [InlineData("\\", "Invalid:\\")]
    [InlineData("a]b", "Identifier:a", "Invalid:]", "Identifier:b")]
    [InlineData("\u007F", "Invalid:\u007F")]
    public void Characters_t_sql_has_no_use_for_are_single_invalid_tokens(string input, params string[] expected) =>
        Assert.Equal(expected, TSqlRendering.Lex(input));

    [Fact]
    public void Whitespace_of_every_kind_separates_tokens_and_is_not_a_token()
    {
        const string Spaces = " \t\r\n\f\v\0\u0001\u001F\u0085\u00A0\u1680\u2000\u200B\u2028\u2029\u202F\u205F\u3000";

        Assert.Equal(["Identifier:a", "Identifier:b"], TSqlRendering.Lex(Spaces + "a" + Spaces + "b" + Spaces));
        Assert.Empty(TSqlLexer.Tokenize(""));
        Assert.Empty(TSqlLexer.Tokenize(Spaces));
    }

    [Fact]
    public void Non_breaking_and_ideographic_spaces_end_an_identifier()
    {
        Assert.Equal(["Identifier:a", "Identifier:b"], TSqlRendering.Lex("a\u00A0b"));
        Assert.Equal(["Identifier:表", "Identifier:列"], TSqlRendering.Lex("表\u3000列"));
    }
}
