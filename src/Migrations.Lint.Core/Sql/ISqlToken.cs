using Migrations.Lint.Text;

namespace Migrations.Lint.Sql;

/// <summary>What <see cref="SqlTokenCursor{TToken}"/> needs to know of a dialect's token.</summary>
internal interface ISqlToken
{
    int Start { get; }

    int Length { get; }

    int End { get; }

    TextSpan Span { get; }

    SqlTokenRole Role { get; }
}
