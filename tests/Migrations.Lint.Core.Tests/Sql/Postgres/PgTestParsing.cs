using Migrations.Lint.Sql.Postgres;
using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Text;

namespace Migrations.Lint.Core.Tests.Sql.Postgres;

internal static class PgTestParsing
{
    public static SqlScript Parse(string sql) => PgParser.Parse(new SourceText(sql));

    /// <summary>Parses one valid statement: no errors, exactly one statement of type <typeparamref name="T"/>.</summary>
    public static T Single<T>(string sql)
        where T : SqlStatement
    {
        var script = Parse(sql);
        Assert.Empty(script.Errors);
        return Assert.IsType<T>(Assert.Single(script.Statements));
    }

    public static string Text(this SqlScript script, TextSpan span) => script.Source.Slice(span);

    public static string TextOf(string sql, TextSpan span) => sql.Substring(span.Start, span.Length);
}
