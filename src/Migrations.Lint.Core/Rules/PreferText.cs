using Migrations.Lint.Diagnostics;
using Migrations.Lint.Linting;
using Migrations.Lint.Sql;

namespace Migrations.Lint.Rules;

/// <summary>
/// A varchar(n) limit lives in the column's type, so changing it is an ALTER COLUMN … TYPE under an
/// ACCESS EXCLUSIVE lock (and a rewrite when it shrinks). A CHECK on a text column stores the same
/// way and can be swapped with NOT VALID and VALIDATE, which do not block writes for long.
/// </summary>
public sealed class PreferText : ColumnTypeRule
{
    private static readonly string[] VaryingCharacterTypes =
        ["varchar", "character varying", "char varying", "national character varying", "national char varying", "nchar varying"];

    public static RuleDescriptor Rule { get; } = new(
        "MIG503",
        "prefer-text",
        "Use text with a CHECK instead of varchar(n)",
        Severity.Off,
        RuleCategory.Style,
        [Dialect.Postgres],
        "A varchar(n) limit can only be changed with ALTER COLUMN … TYPE, which locks the table against reads and writes and rewrites it when the limit shrinks; a CHECK constraint on a text column can be replaced without either.");

    public override RuleDescriptor Descriptor => Rule;

    private protected override (string Message, string Help)? Judge(ColumnTypeDeclaration declaration, LintSettings settings) =>
        // varchar without a limit is text under another name.
        declaration.IsBuiltIn(VaryingCharacterTypes) && declaration.DataType.Modifiers.Count > 0
            ? ($"Column '{declaration.Column}' of '{declaration.Table}' is {declaration.TypeText}; changing that limit later takes ALTER COLUMN … TYPE.",
                $"Use text, with CHECK (char_length({declaration.Column}) <= {declaration.DataType.Modifiers[0]}) if the limit matters.")
            : null;
}
