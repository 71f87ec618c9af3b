using System.Globalization;

namespace Migrations.Lint.Tool.Commands.Runner;

/// <summary>Durations on the command line: <c>500ms</c>, <c>5s</c>, <c>2m</c> (or <c>2min</c>), <c>1h</c>; a bare number is seconds.</summary>
internal static class DurationText
{
    /// <exception cref="UsageException">The text is not such a duration.</exception>
    public static TimeSpan Parse(string text, string option)
    {
        var digits = text.Length - text.AsSpan().TrimStart("0123456789").Length;
        var unit = text[digits..];
        if (digits > 0 && long.TryParse(text.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var amount) && amount <= int.MaxValue)
        {
            TimeSpan? duration = unit switch
            {
                "ms" => TimeSpan.FromMilliseconds(amount),
                "" or "s" => TimeSpan.FromSeconds(amount),
                "m" or "min" => TimeSpan.FromMinutes(amount),
                "h" => TimeSpan.FromHours(amount),
                _ => null,
            };
            if (duration is { } value)
            {
                return value;
            }
        }

        throw new UsageException($"{option}: '{text}' is not a duration (examples: 500ms, 5s, 2m, 1h)");
    }
}
