using Migrations.Lint.Text;
using Migrations.Lint.Sql.TSql;

namespace Migrations.Lint.Core.Tests.Sql.TSql;

/// <summary>The client-side layer SSMS and sqlcmd strip before the server sees a batch: GO lines and :commands.</summary>
public sealed class TSqlLexerSqlCmdTests
{
    [Theory]
    [InlineData("GO", "BatchSeparator:GO")]
    [InlineData("go", "BatchSeparator:go")]
    [InlineData("Go 5", "BatchSeparator:Go 5")]
    [InlineData("GO\t3\t", "BatchSeparator:GO\t3")]
    [InlineData("  \tGO  \r\n", "BatchSeparator:GO")]
    [InlineData("GO 0", "BatchSeparator:GO 0")]
    [InlineData("GO 007", "BatchSeparator:GO 007")]
    [InlineData("GO 2147483647", "BatchSeparator:GO 2147483647")]
    [InlineData("GO -- done", "BatchSeparator:GO", "LineComment:-- done")]
    [InlineData("GO 5 -- five times", "BatchSeparator:GO 5", "LineComment:-- five times")]
    [InlineData("GO--x", "BatchSeparator:GO", "LineComment:--x")]
    [InlineData("GO 5--x", "BatchSeparator:GO 5", "LineComment:--x")]
    [InlineData("x\nGO\ny", "Identifier:x", "BatchSeparator:GO", "Identifier:y")]
    [InlineData("x\r\nGO\r\ny", "Identifier:x", "BatchSeparator:GO", "Identifier:y")]
    [InlineData("x\rGO\ry", "Identifier:x", "BatchSeparator:GO", "Identifier:y")]
    public void Go_alone_on_its_line_is_a_batch_separator(string input, params string[] expected) =>
        Assert.Equal(expected, TSqlRendering.Lex(input));

    [Theory]
    [InlineData("GO;", "Identifier:GO", "Semicolon:;")]
    [InlineData("GO ;", "Identifier:GO", "Semicolon:;")]
    [InlineData("GO 5x", "Identifier:GO", "Integer:5", "Identifier:x")]
    [InlineData("GO 5 6", "Identifier:GO", "Integer:5", "Integer:6")]
    [InlineData("GO -1", "Identifier:GO", "Operator:-", "Integer:1")]
    [InlineData("GO 2147483648", "Identifier:GO", "Integer:2147483648")]
    [InlineData("GO /* c */", "Identifier:GO", "BlockComment:/* c */")]
    [InlineData("GO:", "Identifier:GO", "Colon::")]
    [InlineData("GO.x", "Identifier:GO", "Dot:.", "Identifier:x")]
    [InlineData("GO\u00A0", "Identifier:GO")]
    [InlineData("select 1 GO", "Identifier:select", "Integer:1", "Identifier:GO")]
    [InlineData("/* c */ GO", "BlockComment:/* c */", "Identifier:GO")]
    [InlineData("\fGO", "Identifier:GO")]
    [InlineData("GOTO done", "Identifier:GOTO", "Identifier:done")]
    [InlineData("go_live", "Identifier:go_live")]
    [InlineData("GO5", "Identifier:GO5")]
    [InlineData("G", "Identifier:G")]
    public void Go_with_anything_else_on_its_line_is_a_word(string input, params string[] expected) =>
        Assert.Equal(expected, TSqlRendering.Lex(input));

    [Theory]
    [InlineData("'a\nGO\nb'", "String:'a\nGO\nb'")]
    [InlineData("/*\nGO\n*/", "BlockComment:/*\nGO\n*/")]
    [InlineData("[a\nGO\nb]", "BracketedIdentifier:[a\nGO\nb]")]
    [InlineData("\"a\nGO\nb\"", "QuotedIdentifier:\"a\nGO\nb\"")]
    [InlineData("-- GO\nGO", "LineComment:-- GO", "BatchSeparator:GO")]
    public void Go_inside_a_literal_or_comment_is_part_of_it(string input, params string[] expected) =>
        Assert.Equal(expected, TSqlRendering.Lex(input));

    [Theory]
    [InlineData(":setvar DatabaseName \"MyDb\"", "SqlCmdCommand::setvar DatabaseName \"MyDb\"")]
    [InlineData(":SETVAR x 1\nselect 1", "SqlCmdCommand::SETVAR x 1", "Identifier:select", "Integer:1")]
    [InlineData(":r .\\002_data.sql\r\nGO", "SqlCmdCommand::r .\\002_data.sql", "BatchSeparator:GO")]
    [InlineData("  :on error exit\nx", "SqlCmdCommand::on error exit", "Identifier:x")]
    [InlineData(":ON  ERROR ignore", "SqlCmdCommand::ON  ERROR ignore")]
    [InlineData(":!! dir", "SqlCmdCommand::!! dir")]
    [InlineData(":connect srv -U sa", "SqlCmdCommand::connect srv -U sa")]
    [InlineData(":exit(select 1)", "SqlCmdCommand::exit(select 1)")]
    [InlineData(":out stdout", "SqlCmdCommand::out stdout")]
    [InlineData(":listvar", "SqlCmdCommand::listvar")]
    [InlineData(":r", "SqlCmdCommand::r")]
    [InlineData(":r -- 'x", "SqlCmdCommand::r -- 'x")]
    [InlineData(":setvar x 1 \t\r\nselect", "SqlCmdCommand::setvar x 1", "Identifier:select")]
    public void Sqlcmd_commands_start_a_line_and_run_to_its_end(string input, params string[] expected) =>
        Assert.Equal(expected, TSqlRendering.Lex(input));

    [Theory]
    [InlineData("select 1 :setvar x 1", "Identifier:select", "Integer:1", "Colon::", "Identifier:setvar", "Identifier:x", "Integer:1")]
    [InlineData(":settings", "Colon::", "Identifier:settings")]
    [InlineData(":rx", "Colon::", "Identifier:rx")]
    [InlineData(":r2", "Colon::", "Identifier:r2")]
    [InlineData(":onerror", "Colon::", "Identifier:onerror")]
    [InlineData(":on errors", "Colon::", "Identifier:on", "Identifier:errors")]
    [InlineData(":on", "Colon::", "Identifier:on")]
    [InlineData(":", "Colon::")]
    [InlineData("::fn_helpcollations()", "DoubleColon:::", "Identifier:fn_helpcollations", "OpenParen:(", "CloseParen:)")]
    [InlineData("/* x */ :setvar a 1", "BlockComment:/* x */", "Colon::", "Identifier:setvar", "Identifier:a", "Integer:1")]
    public void A_colon_is_punctuation_unless_a_known_command_starts_the_line(string input, params string[] expected) =>
        Assert.Equal(expected, TSqlRendering.Lex(input));

    [Fact]
    public void Go_and_commands_may_follow_a_byte_order_mark()
    {
        Assert.Equal([new TSqlToken(TSqlTokenKind.BatchSeparator, 1, 2)], TSqlLexer.Tokenize("\uFEFFGO"));
        Assert.Equal(["SqlCmdCommand::setvar x 1"], TSqlRendering.Lex("\uFEFF:setvar x 1"));
    }

    [Fact]
    public void A_range_that_starts_mid_line_still_sees_what_precedes_go_on_that_line()
    {
        const string Text = "select 1 GO";

        var tokens = TSqlLexer.Tokenize(Text, new TextSpan(9, 2));

        Assert.Equal([new TSqlToken(TSqlTokenKind.Identifier, 9, 2)], tokens);
    }
}
