using System.Globalization;
using System.Text;

namespace PerfEval.Extract.Reading.Xlsx;

/// <summary>
/// Renders a numeric cell value as a spreadsheet displays it through its number format, in decimal arithmetic
/// (never double). Covers General, the built-in number and percent formats (ids 0–4, 9, 10, 37–40, 49) and custom
/// codes made of digit placeholders (0 # ?), grouping, decimals, percent, literals, sections (positive;negative;zero)
/// and [colour]/[$symbol] brackets. Date formats render as ISO dates. What it cannot render (scientific, fractions)
/// falls back to General: the value is never lost, only its decoration.
/// </summary>
internal static class NumberFormat
{
    /// <summary>Spreadsheets keep 15 significant digits; a cached 579.77999999999997 is shown as 579.78.</summary>
    private const int SignificantDigits = 15;

    private static readonly Dictionary<int, string> BuiltIn = new()
    {
        [0] = "General", [1] = "0", [2] = "0.00", [3] = "#,##0", [4] = "#,##0.00", [9] = "0%", [10] = "0.00%",
        [37] = "#,##0 ;(#,##0)", [38] = "#,##0 ;(#,##0)", [39] = "#,##0.00;(#,##0.00)", [40] = "#,##0.00;(#,##0.00)",
        [49] = "@",
    };

    /// <summary>Built-in date and time ids, including the zh-CN ones (27–36, 50–58).</summary>
    private static bool IsBuiltInDate(int id) => id is >= 14 and <= 22 or >= 27 and <= 36 or >= 45 and <= 47 or >= 50 and <= 58;

    /// <summary>The format code for a built-in id, or null when the id is not one this renders.</summary>
    public static string? BuiltInCode(int id) => BuiltIn.TryGetValue(id, out var code) ? code : IsBuiltInDate(id) ? "yyyy-mm-dd" : null;

    public static string Render(decimal value, string? code)
    {
        value = RoundSignificant(value);
        if (string.IsNullOrWhiteSpace(code)) return General(value);
        var sections = SplitSections(code);
        string section;
        var absolute = false;
        if (value < 0 && sections.Count >= 2) { section = sections[1]; absolute = true; }
        else if (value == 0 && sections.Count >= 3) section = sections[2];
        else section = sections[0];

        var stripped = Strip(section).Trim();
        // General, text (@) and the forms this does not draw (scientific, fractions) show the value as General.
        if (stripped.Length == 0 || stripped.Contains("General", StringComparison.OrdinalIgnoreCase) || stripped.Contains('@')
            || stripped.Contains("E+", StringComparison.OrdinalIgnoreCase) || stripped.Contains("E-", StringComparison.OrdinalIgnoreCase)
            || stripped.Contains('/') && !IsDate(stripped))
            return General(value);
        if (IsDate(stripped)) return Date(value);
        return Number(absolute ? Math.Abs(value) : value, section);
    }

    public static string General(decimal value) =>
        value == 0 ? "0" : value.ToString("0.############################", CultureInfo.InvariantCulture);

    private static decimal RoundSignificant(decimal value)
    {
        if (value == 0) return 0;
        var magnitude = Math.Abs(value);
        var integerDigits = 0;
        for (var m = Math.Truncate(magnitude); m >= 1; m = Math.Truncate(m / 10)) integerDigits++;
        int decimals;
        if (integerDigits > 0) decimals = SignificantDigits - integerDigits;
        else
        {
            var leadingZeros = 0;
            for (var m = magnitude; m < 0.1m && leadingZeros < 28; m *= 10) leadingZeros++;
            decimals = SignificantDigits + leadingZeros;
        }
        return decimals < 0 ? value : Math.Round(value, Math.Min(decimals, 28), MidpointRounding.AwayFromZero);
    }

    /// <summary>Splits on ';' outside quotes, escapes and brackets.</summary>
    private static List<string> SplitSections(string code)
    {
        var sections = new List<string>();
        var start = 0;
        for (var i = 0; i < code.Length; i++)
        {
            var ch = code[i];
            if (ch == '"') { i = code.IndexOf('"', i + 1) is var q and >= 0 ? q : code.Length; continue; }
            if (ch == '\\') { i++; continue; }
            if (ch == '[') { i = code.IndexOf(']', i + 1) is var b and >= 0 ? b : code.Length; continue; }
            if (ch == ';') { sections.Add(code[start..i]); start = i + 1; }
        }
        sections.Add(code[start..]);
        return sections;
    }

    /// <summary>The section with quoted literals, escapes and brackets removed: what is left are the format's codes.</summary>
    private static string Strip(string section)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < section.Length; i++)
        {
            var ch = section[i];
            if (ch == '"') { var q = section.IndexOf('"', i + 1); i = q < 0 ? section.Length : q; continue; }
            if (ch is '\\' or '_' or '*') { i++; continue; }
            if (ch == '[') { var b = section.IndexOf(']', i + 1); i = b < 0 ? section.Length : b; continue; }
            builder.Append(ch);
        }
        return builder.ToString();
    }

    private static bool IsDate(string stripped) =>
        stripped.IndexOfAny(['y', 'Y', 'm', 'M', 'd', 'D', 'h', 'H', 's', 'S']) >= 0 && !stripped.Contains("General", StringComparison.OrdinalIgnoreCase);

    /// <summary>Serial day numbers of the 1900 system as ISO dates (with the time when there is one).</summary>
    private static string Date(decimal serial)
    {
        if (serial < 0 || serial > 2958465) return General(serial);
        var days = (int)Math.Truncate(serial);
        // Serial 60 is the 29 February 1900 that never was; later serials are one day ahead because of it.
        var date = new DateTime(1899, 12, 31).AddDays(days > 60 ? days - 1 : days);
        var seconds = (int)Math.Round((serial - days) * 86400m, MidpointRounding.AwayFromZero);
        var text = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return seconds == 0 ? text : $"{text} {TimeSpan.FromSeconds(Math.Min(seconds, 86399)):hh\\:mm\\:ss}";
    }

    /// <summary>Renders a number section: the first run of digit placeholders takes the number, the rest are literals.</summary>
    private static string Number(decimal value, string section)
    {
        // Find the placeholder run (0 # ? , .) and its shape.
        var codes = Strip(section);
        var percent = codes.Count(c => c == '%');
        var first = codes.IndexOfAny(['0', '#', '?']);
        if (first < 0) return Literals(section, null, value < 0);
        var end = first;
        while (end < codes.Length && codes[end] is '0' or '#' or '?' or ',' or '.') end++;
        var pattern = codes[first..end];
        // Commas right after the last placeholder scale by 1000 each; between placeholders they group thousands.
        var scaleCommas = 0;
        while (pattern.EndsWith(',')) { scaleCommas++; pattern = pattern[..^1]; }
        var point = pattern.IndexOf('.');
        var integerPart = point < 0 ? pattern : pattern[..point];
        var fractionPart = point < 0 ? "" : pattern[(point + 1)..].Replace(",", "");
        var group = integerPart.Contains(',');
        var minInteger = integerPart.Count(c => c == '0');

        var scaled = Math.Abs(value);
        for (var i = 0; i < percent; i++) scaled *= 100;
        for (var i = 0; i < scaleCommas; i++) scaled /= 1000;
        var decimals = fractionPart.Length;
        var rounded = Math.Round(scaled, Math.Min(decimals, 28), MidpointRounding.AwayFromZero);
        var digits = rounded.ToString("F" + decimals, CultureInfo.InvariantCulture);
        var dot = digits.IndexOf('.');
        var whole = dot < 0 ? digits : digits[..dot];
        var fraction = dot < 0 ? "" : digits[(dot + 1)..];
        whole = whole.TrimStart('0');
        if (whole.Length < minInteger) whole = new string('0', minInteger - whole.Length) + whole;
        if (group && whole.Length > 3)
        {
            var grouped = new StringBuilder();
            for (var i = 0; i < whole.Length; i++)
            {
                if (i > 0 && (whole.Length - i) % 3 == 0) grouped.Append(',');
                grouped.Append(whole[i]);
            }
            whole = grouped.ToString();
        }
        // Optional decimals (# and ?) drop trailing zeros; '?' keeps their place as spaces. "0.#" shows 1 as "1.", as Excel does.
        var keep = fraction.Length;
        while (keep > 0 && fraction[keep - 1] == '0' && fractionPart[keep - 1] != '0') keep--;
        var shownFraction = fraction[..keep] + string.Concat(fractionPart[keep..].Select(p => p == '?' ? " " : ""));
        var number = point < 0 ? whole : $"{whole}.{shownFraction}";
        var negative = value < 0 && rounded != 0;
        return Literals(section, number, negative);
    }

    /// <summary>Writes the section's literals around the number, which replaces the placeholder run.</summary>
    private static string Literals(string section, string? number, bool negative)
    {
        var builder = new StringBuilder();
        var placed = false;
        for (var i = 0; i < section.Length; i++)
        {
            var ch = section[i];
            switch (ch)
            {
                case '"':
                    var q = section.IndexOf('"', i + 1);
                    if (q < 0) q = section.Length;
                    builder.Append(section, i + 1, q - i - 1);
                    i = q;
                    break;
                case '\\':
                    if (i + 1 < section.Length) builder.Append(section[++i]);
                    break;
                case '_' or '*':
                    i++;
                    break;
                case '[':
                    var b = section.IndexOf(']', i + 1);
                    if (b < 0) b = section.Length;
                    var inside = section[(i + 1)..b];
                    // [$¥-804] shows its currency symbol; [Red], [>100] show nothing.
                    if (inside.StartsWith('$')) builder.Append(inside[1..].Split('-')[0]);
                    i = b;
                    break;
                case '0' or '#' or '?' or '.' or ',':
                    if (!placed && number is not null) { builder.Append(number); placed = true; }
                    // Skip the rest of the run.
                    while (i + 1 < section.Length && section[i + 1] is '0' or '#' or '?' or '.' or ',') i++;
                    break;
                default:
                    builder.Append(ch);
                    break;
            }
        }
        var text = builder.ToString().Trim();
        return negative ? "-" + text : text;
    }
}
