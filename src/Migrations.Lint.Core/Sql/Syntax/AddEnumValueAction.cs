using Migrations.Lint.Text;

namespace Migrations.Lint.Sql.Syntax;

/// <summary><c>ADD VALUE [IF NOT EXISTS] 'value' [BEFORE|AFTER 'neighbor']</c>.</summary>
public sealed class AddEnumValueAction : AlterTypeAction
{
    /// <summary>The new label, unquoted.</summary>
    public required string Value { get; init; }

    public required TextSpan ValueSpan { get; init; }

    public bool IfNotExists { get; init; }

    public EnumValuePosition Position { get; init; }

    /// <summary>The label after <c>BEFORE</c>/<c>AFTER</c>, unquoted.</summary>
    public string? Neighbor { get; init; }
}
