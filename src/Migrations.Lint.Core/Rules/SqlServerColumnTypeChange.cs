using System.Globalization;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Rules;

/// <summary>
/// Which <c>ALTER COLUMN</c> type changes SQL Server makes in the metadata alone: the same type, or a
/// variable-length one (<c>varchar</c>, <c>nvarchar</c>, <c>varbinary</c>) made longer. Everything else,
/// including <c>varchar(n)</c> to <c>varchar(max)</c> (another storage format), is taken to touch every row.
/// </summary>
internal static class SqlServerColumnTypeChange
{
    private static readonly string[] VariableLengthTypes = ["varchar", "nvarchar", "varbinary"];

    public static bool IsMetadataOnly(DataType from, DataType to)
    {
        if (!string.Equals(from.Name, to.Name, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(from.Schema?.Normalized, to.Schema?.Normalized, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (from.Modifiers.SequenceEqual(to.Modifiers, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        return VariableLengthTypes.Contains(from.Name, StringComparer.OrdinalIgnoreCase)
            && from.Modifiers.Count == 1 && to.Modifiers.Count == 1
            && ParseLength(from.Modifiers[0]) is { } old && ParseLength(to.Modifiers[0]) is { } longer && longer >= old;
    }

    private static int? ParseLength(string modifier) =>
        int.TryParse(modifier.AsSpan().Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
