using System.Globalization;
using System.Text;
using PerfEval.Extract.Reading;

namespace PerfEval.Extract.Numbers;

/// <summary>
/// Parses published figures: full-width digits and signs, the Unicode minus, thousands separators, a percent sign,
/// and a unit word after the number (万元, 元, 分). Never rounds: the value is the decimal written, with its decimals.
/// </summary>
public static class NumberText
{
    /// <summary>An amount with the trailing zeros a multiplication added dropped: 579.78 × 10000 = 5797800.00 → 5797800.</summary>
    public static decimal WithoutTrailingZeros(decimal value) => value / 1.000000000000000000000000000000000m;

    /// <summary>
    /// A cell that is one figure: optional sign, digits with optional thousands separators and decimals, optional %.
    /// Trailing unit words (万元, 元) are allowed. Anything else (text around the number) makes it not a figure.
    /// </summary>
    private const int MaxDecimals = 10;

    public static bool TryParseFigure(string raw, out StatedNumber number)
    {
        number = default;
        var text = Width.Fold(raw).Trim();
        // 分 is the unit of points (分值 "10分").
        foreach (var unit in (ReadOnlySpan<string>)["万元", "亿元", "元", "分"])
            if (text.EndsWith(unit, StringComparison.Ordinal)) { text = text[..^unit.Length].TrimEnd(); break; }
        var isPercent = text.EndsWith('%');
        if (isPercent) text = text[..^1].TrimEnd();
        if (text.Length == 0) return false;

        var digits = new StringBuilder(text.Length);
        var decimals = 0;
        var seenPoint = false;
        var seenDigit = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (i == 0 && (ch == '-' || ch == '+')) { digits.Append(ch); continue; }
            if (ch is >= '0' and <= '9') { digits.Append(ch); seenDigit = true; if (seenPoint) decimals++; continue; }
            if (ch == '.' && !seenPoint) { digits.Append(ch); seenPoint = true; continue; }
            // A thousands separator must have three digits after it and stand before the point.
            if (ch == ',' && !seenPoint && seenDigit && IsThousandsGroup(text, i)) continue;
            return false;
        }
        // More decimals than any published figure has is not a figure (and would overflow the checks' arithmetic).
        if (!seenDigit || decimals > MaxDecimals || digits.Length > 28) return false;
        if (!decimal.TryParse(digits.ToString(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var value)) return false;
        number = new StatedNumber(value, decimals, isPercent);
        return true;
    }

    /// <summary>
    /// A small whole number OCR read with letters for digits ("IO" for 10, "1O", "lO"): two or three characters of
    /// 0-9, I, l, O, o, at least one a letter and one a zero (I and l alone are as likely Roman numerals or words),
    /// not starting with a zero. Only for cells that can hold nothing but a number, such as points.
    /// </summary>
    public static bool TryParseOcrDigits(string raw, out decimal value)
    {
        value = 0;
        var text = raw.Trim();
        if (text.Length is < 2 or > 3 || text[0] is 'O' or 'o' or '0') return false;
        var letters = 0;
        var zeros = 0;
        var digits = 0m;
        foreach (var ch in text)
        {
            int digit;
            if (ch is >= '0' and <= '9') digit = ch - '0';
            else if (ch is 'I' or 'l') { digit = 1; letters++; }
            else if (ch is 'O' or 'o') { digit = 0; letters++; }
            else return false;
            if (digit == 0) zeros++;
            digits = digits * 10 + digit;
        }
        if (letters == 0 || zeros == 0) return false;
        value = digits;
        return true;
    }

    private static bool IsThousandsGroup(string text, int comma)
    {
        var count = 0;
        for (var j = comma + 1; j < text.Length && text[j] is >= '0' and <= '9'; j++) count++;
        return count == 3;
    }
}
