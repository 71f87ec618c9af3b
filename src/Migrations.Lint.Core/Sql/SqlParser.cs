using Migrations.Lint.Sql.Postgres;
using Migrations.Lint.Sql.Syntax;
using Migrations.Lint.Text;

namespace Migrations.Lint.Sql;

/// <summary>The front end for a dialect: text in, statements with exact spans out.</summary>
public static class SqlParser
{
    public static SqlScript Parse(SourceText source, TextSpan range, Dialect dialect) => dialect switch
    {
        Dialect.Postgres => PgParser.Parse(source, range),
        _ => throw new NotSupportedException($"The {dialect} front end is not available yet."),
    };
}
