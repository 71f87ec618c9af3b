using Migrations.Lint.Sql.Postgres;
using Migrations.Lint.Text;

namespace Migrations.Lint.Core.Tests.Conformance;

/// <summary>The one place the conformance harness touches our parser's API.</summary>
public static class PostgresFrontEnd
{
    public static FrontEndOutline Outline(SourceText source)
    {
        var script = PgParser.Parse(source);
        return new FrontEndOutline(
            [.. script.Statements.Select(statement => new FrontEndOutline.Statement(statement.Kind, statement.Span))],
            [.. script.Errors.Select(error => new FrontEndOutline.Error(error.Span, error.Message))]);
    }
}
