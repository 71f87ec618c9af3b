using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.Syntax;

/// <summary>A type reference such as <c>varchar(255)</c>, <c>timestamp(3) with time zone</c> or <c>int[]</c>.</summary>
public sealed class DataType
{
    /// <summary>
    /// The type's words, normalized and single-spaced, without schema, modifiers or array bounds:
    /// <c>varchar</c>, <c>character varying</c>, <c>timestamp with time zone</c>, <c>int4</c>.
    /// </summary>
    public required string Name { get; init; }

    public SqlIdentifier? Schema { get; init; }

    /// <summary>The type modifiers as written, e.g. <c>["10", "2"]</c> for <c>numeric(10, 2)</c>.</summary>
    public IReadOnlyList<string> Modifiers { get; init; } = [];

    public bool IsArray { get; init; }

    public required TextSpan Span { get; init; }

    public override string ToString() => Name;
}
