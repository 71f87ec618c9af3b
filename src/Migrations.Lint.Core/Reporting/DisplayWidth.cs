using System.Globalization;
using System.Text;

namespace Migrations.Lint.Reporting;

/// <summary>How many terminal cells a character takes, so underlines stay under the right characters.</summary>
internal static class DisplayWidth
{
    // East Asian Wide and Fullwidth blocks (Unicode UAX #11) plus the common emoji blocks; an approximation
    // that covers what appears in SQL comments and string literals.
    private static readonly (int First, int Last)[] WideRanges =
    [
        (0x1100, 0x115F), (0x2E80, 0x303E), (0x3041, 0x33FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
        (0xA000, 0xA4CF), (0xAC00, 0xD7A3), (0xF900, 0xFAFF), (0xFE30, 0xFE4F), (0xFF00, 0xFF60),
        (0xFFE0, 0xFFE6), (0x1F300, 0x1F64F), (0x1F900, 0x1F9FF), (0x20000, 0x3FFFD),
    ];

    public static int Of(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
        {
            return 0;
        }

        foreach (var (first, last) in WideRanges)
        {
            if (rune.Value >= first && rune.Value <= last)
            {
                return 2;
            }
        }

        return 1;
    }
}
