using Migrations.Lint.Sql;
using Migrations.Lint.Text;

namespace Migrations.Lint.Core.Tests.Conformance;

/// <summary>Our front end's reading of a file, cut down to what PostgreSQL's parser can confirm.</summary>
public sealed record FrontEndOutline(IReadOnlyList<FrontEndOutline.Statement> Statements, IReadOnlyList<FrontEndOutline.Error> Errors)
{
    public sealed record Statement(StatementKind Kind, TextSpan Span);

    public sealed record Error(TextSpan Span, string Message);
}
