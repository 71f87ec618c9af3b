using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Sql.TSql;
using Migrations.Lint.Text;

namespace Migrations.Lint.Core.Tests.Sql.TSql;

internal static class TSqlTestParsing
{
    public static SqlScript Parse(string sql) => TSqlParser.Parse(new SourceText(sql));

    /// <summary>Parses one valid statement: no errors, exactly one statement of type <typeparamref name="T"/>.</summary>
    public static T Single<T>(string sql)
        where T : SqlStatement
    {
        var script = Parse(sql);
        Assert.Empty(script.Errors);
        return Assert.IsType<T>(Assert.Single(script.Statements));
    }

    /// <summary>
    /// Each statement's text, in order, prefixed with one <c>&gt; </c> per block it is nested in, so
    /// <c>IF 1 = 1 SELECT 1</c> outlines as <c>["IF 1 = 1 SELECT 1", "&gt; SELECT 1"]</c>.
    /// </summary>
    public static string[] Outline(string sql)
    {
        var script = Parse(sql);
        Assert.Empty(script.Errors);
        return Outline(script);
    }

    public static string[] Outline(SqlScript script)
    {
        var open = new Stack<TextSpan>();
        var lines = new List<string>();
        foreach (var statement in script.Statements)
        {
            while (open.Count > 0 && !open.Peek().Contains(statement.Span))
            {
                open.Pop();
            }

            lines.Add(string.Concat(Enumerable.Repeat("> ", open.Count)) + script.Source.Slice(statement.Span));
            if (statement is BlockStatement)
            {
                open.Push(statement.Span);
            }
        }

        return [.. lines];
    }

    public static string Text(this SqlScript script, TextSpan span) => script.Source.Slice(span);

    public static string Text(this SqlScript script, TextSpan? span) => span is { } value ? script.Source.Slice(value) : "<none>";
}
