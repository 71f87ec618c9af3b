using Migrations.Lint.Diagnostics;
using Migrations.Lint.Linting;
using Migrations.Lint.Sql;

namespace Migrations.Lint.Rules;

/// <summary>
/// json keeps the input text and re-parses it on every access; it has no equality operator and no
/// GIN operator class, so it cannot be compared, grouped, made unique or indexed for containment.
/// </summary>
public sealed class PreferJsonb : ColumnTypeRule
{
    private static readonly string[] JsonTypes = ["json"];

    public static RuleDescriptor Rule { get; } = new(
        "MIG505",
        "prefer-jsonb",
        "Use jsonb instead of json",
        Severity.Off,
        RuleCategory.Style,
        [Dialect.Postgres],
        "A json column stores the raw text and re-parses it on every access, and has no equality operator or GIN support, so it cannot be used in DISTINCT, GROUP BY, UNIQUE or containment indexes; jsonb can.");

    public override RuleDescriptor Descriptor => Rule;

    private protected override (string Message, string Help)? Judge(ColumnTypeDeclaration declaration, LintSettings settings) =>
        declaration.IsBuiltIn(JsonTypes)
            ? ($"Column '{declaration.Column}' of '{declaration.Table}' is {declaration.TypeText}, which is re-parsed on every access and cannot be compared or GIN-indexed.",
                "Use jsonb, unless you must keep the exact input text (key order, duplicate keys, whitespace).")
            : null;
}
