using System.Globalization;
using Migrations.Lint.Sql.Syntax;

namespace Migrations.Lint.Rules;

/// <summary>
/// Which <c>ALTER COLUMN … TYPE</c> changes PostgreSQL makes in the catalog alone: the old type is binary
/// coercible to the new one, or the length/precision check can only get looser (the types' support
/// functions turn those casts into no-ops). Everything else rewrites the table and rebuilds its indexes.
/// </summary>
internal static class ColumnTypeChange
{
    public static bool IsMetadataOnly(DataType from, DataType to)
    {
        var source = Canonical(from);
        var target = Canonical(to);
        if (from.IsArray || to.IsArray)
        {
            // Element-wise length checks run through an array coercion, which always rewrites.
            return from.IsArray == to.IsArray && source == target && from.Modifiers.SequenceEqual(to.Modifiers);
        }

        return (source, target) switch
        {
            ("varchar", "varchar") => IsLooserLength(from.Modifiers, to.Modifiers),
            ("varchar", "text") => true,
            ("text", "varchar") => to.Modifiers.Count == 0,
            ("numeric", "numeric") => IsLooserNumeric(from.Modifiers, to.Modifiers),
            ("timestamp", "timestamp") or ("timestamptz", "timestamptz") => IsLooserLength(from.Modifiers, to.Modifiers),
            ("cidr", "inet") => true,
            _ => source == target && from.Modifiers.SequenceEqual(to.Modifiers),
        };
    }

    /// <summary>The type as a message shows it: <c>character varying(20)</c>, <c>numeric(10, 2)</c>, <c>int[]</c>.</summary>
    public static string Describe(DataType type)
    {
        var name = type.Schema is { } schema ? schema.Normalized + "." + type.Name : type.Name;
        var modifiers = type.Modifiers.Count > 0 ? "(" + string.Join(", ", type.Modifiers) + ")" : string.Empty;
        return name + modifiers + (type.IsArray ? "[]" : string.Empty);
    }

    /// <summary>One name per built-in type, whichever alias was written; other types keep their (qualified) name.</summary>
    private static string Canonical(DataType type)
    {
        if (type.Schema is { } schema && schema.Normalized != "pg_catalog")
        {
            return schema.Normalized + "." + type.Name;
        }

        return type.Name switch
        {
            "character varying" or "char varying" or "varchar" or "national character varying"
                or "national char varying" or "nchar varying" => "varchar",
            "character" or "char" or "bpchar" or "national character" or "national char" or "nchar" => "bpchar",
            "decimal" or "numeric" => "numeric",
            "integer" or "int" or "int4" => "int4",
            "smallint" or "int2" => "int2",
            "bigint" or "int8" => "int8",
            "real" or "float4" => "float4",
            "double precision" or "float8" => "float8",
            "float" => type.Modifiers.Count == 1 && ParseModifier(type.Modifiers[0]) is <= 24 ? "float4" : "float8",
            "boolean" or "bool" => "bool",
            "timestamp" or "timestamp without time zone" => "timestamp",
            "timestamptz" or "timestamp with time zone" => "timestamptz",
            "time" or "time without time zone" => "time",
            "timetz" or "time with time zone" => "timetz",
            "bit varying" or "varbit" => "varbit",
            var name => name,
        };
    }

    /// <summary>The new single modifier (length or precision) is absent or at least the old one.</summary>
    private static bool IsLooserLength(IReadOnlyList<string> from, IReadOnlyList<string> to) =>
        to.Count == 0
        || (from.Count == 1 && to.Count == 1 && ParseModifier(from[0]) is { } old && ParseModifier(to[0]) is { } wider && wider >= old);

    /// <summary>Unconstrained, or the same scale with at least the old precision (<c>numeric(p)</c> has scale 0).</summary>
    private static bool IsLooserNumeric(IReadOnlyList<string> from, IReadOnlyList<string> to)
    {
        if (to.Count == 0)
        {
            return true;
        }

        if (from.Count == 0 || from.Count > 2 || to.Count > 2)
        {
            return false;
        }

        var oldPrecision = ParseModifier(from[0]);
        var newPrecision = ParseModifier(to[0]);
        var oldScale = from.Count == 2 ? ParseModifier(from[1]) : 0;
        var newScale = to.Count == 2 ? ParseModifier(to[1]) : 0;
        return oldPrecision is not null && newPrecision >= oldPrecision && oldScale is not null && oldScale == newScale;
    }

    private static int? ParseModifier(string modifier) =>
        int.TryParse(modifier.AsSpan().Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
