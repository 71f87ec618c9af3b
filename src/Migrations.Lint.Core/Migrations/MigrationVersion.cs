using System.Diagnostics.CodeAnalysis;

namespace Migrations.Lint.Migrations;

/// <summary>
/// A migration version: digit groups separated by <c>.</c>, <c>_</c> or <c>-</c> ("1.10", "1_1",
/// "20240101120000", diesel's "2024-01-01-120000"). Groups compare numerically at any size, and leading
/// zeros and trailing zero groups do not count, as in Flyway: 1.1 &lt; 1.2 &lt; 1.10, 2 &lt; 10, 1.0 = 1.
/// <see cref="ToString"/> returns the text as written.
/// </summary>
public sealed class MigrationVersion : IComparable<MigrationVersion>, IEquatable<MigrationVersion>
{
    private readonly string _text;

    /// <summary>Digit groups without leading zeros ("0" for zero), trailing zero groups dropped.</summary>
    private readonly string[] _parts;

    private MigrationVersion(string text, string[] parts)
    {
        _text = text;
        _parts = parts;
    }

    public static MigrationVersion Parse(string text) =>
        TryParse(text, out var version) ? version : throw new FormatException($"'{text}' is not a migration version.");

    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out MigrationVersion? version)
    {
        version = null;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var parts = new List<string>();
        var groupStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                continue;
            }

            if (i == groupStart || (i < text.Length && !IsSeparator(text[i])))
            {
                return false;
            }

            var digits = text.AsSpan(groupStart, i - groupStart).TrimStart('0');
            parts.Add(digits.IsEmpty ? "0" : digits.ToString());
            groupStart = i + 1;
        }

        while (parts.Count > 0 && parts[^1] == "0")
        {
            parts.RemoveAt(parts.Count - 1);
        }

        version = new MigrationVersion(text, [.. parts]);
        return true;
    }

    public int CompareTo(MigrationVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var count = Math.Max(_parts.Length, other._parts.Length);
        for (var i = 0; i < count; i++)
        {
            var order = CompareNumbers(PartAt(i), other.PartAt(i));
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }

    public bool Equals(MigrationVersion? other) => other is not null && _parts.AsSpan().SequenceEqual(other._parts);

    public override bool Equals(object? obj) => Equals(obj as MigrationVersion);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var part in _parts)
        {
            hash.Add(part, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => _text;

    public static bool operator ==(MigrationVersion? left, MigrationVersion? right) =>
        left is null ? right is null : left.Equals(right);

    public static bool operator !=(MigrationVersion? left, MigrationVersion? right) => !(left == right);

    public static bool operator <(MigrationVersion? left, MigrationVersion? right) => Compare(left, right) < 0;

    public static bool operator <=(MigrationVersion? left, MigrationVersion? right) => Compare(left, right) <= 0;

    public static bool operator >(MigrationVersion? left, MigrationVersion? right) => Compare(left, right) > 0;

    public static bool operator >=(MigrationVersion? left, MigrationVersion? right) => Compare(left, right) >= 0;

    private static int Compare(MigrationVersion? left, MigrationVersion? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    private static bool IsSeparator(char c) => c is '.' or '_' or '-';

    private string PartAt(int index) => index < _parts.Length ? _parts[index] : "0";

    /// <summary>Both are digit strings without leading zeros, so the longer one is the bigger number.</summary>
    private static int CompareNumbers(string left, string right) =>
        left.Length != right.Length ? left.Length.CompareTo(right.Length) : string.CompareOrdinal(left, right);
}
