using System.Globalization;
using PerfEval.Model;

namespace PerfEval.Extract.Numbers;

/// <summary>
/// Parses indicator values ("≥50个", "惠及近5万人次", "97.80%", "100所学校近5万学生参与", "完成") into a <see cref="Quantity"/>:
/// comparator, the first number with its decimals, scale word, unit, qualifiers, and the text before and after.
/// The raw text is always kept; a value without digits stays text (no number is invented).
/// </summary>
public static class QuantityParser
{
    // Longest first, so that 不低于 wins over 低于.
    private static readonly (string Word, string Comparator)[] Comparators =
    [
        ("不低于", "≥"), ("不少于", "≥"), ("不小于", "≥"), ("至少", "≥"), ("大于等于", "≥"), ("≥", "≥"), (">=", "≥"), ("≧", "≥"),
        ("不高于", "≤"), ("不超过", "≤"), ("不多于", "≤"), ("不大于", "≤"), ("小于等于", "≤"), ("≤", "≤"), ("<=", "≤"), ("≦", "≤"),
        ("大于", ">"), ("高于", ">"), (">", ">"), ("小于", "<"), ("低于", "<"), ("<", "<"), ("等于", "="), ("=", "="),
    ];

    private static readonly string[] LeadingQualifiers = ["超过", "近", "约", "超", "逾", "达", "共"];
    private static readonly string[] TrailingQualifiers = ["以上", "以下", "以内", "左右", "余", "多"];

    private static readonly Dictionary<char, decimal> Scales = new()
    {
        ['万'] = 10_000m, ['亿'] = 100_000_000m, ['千'] = 1_000m, ['百'] = 100m,
    };

    public static Quantity Parse(string raw, Provenance? source = null)
    {
        var text = PerfEval.Extract.Reading.Width.Fold(raw).Trim();
        var position = 0;
        string? comparator = null;
        foreach (var (word, symbol) in Comparators)
        {
            if (!text.StartsWith(word, StringComparison.Ordinal)) continue;
            comparator = symbol;
            position = word.Length;
            break;
        }

        var start = FindNumber(text, position);
        if (start < 0)
            return new Quantity { Raw = raw, Comparator = comparator, Source = source };

        var prefix = text[position..start];
        var qualifiers = new List<string>();
        foreach (var q in LeadingQualifiers)
            if (prefix.EndsWith(q, StringComparison.Ordinal)) { qualifiers.Add(q); prefix = prefix[..^q.Length]; break; }
        // A comparator may also follow a lead word: "满意度≥90%".
        if (comparator is null)
            foreach (var (word, symbol) in Comparators)
                if (prefix.EndsWith(word, StringComparison.Ordinal)) { comparator = symbol; prefix = prefix[..^word.Length]; break; }

        var end = start;
        if (end < text.Length && (text[end] == '-' || text[end] == '+')) end++;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] == '.' || (text[end] == ',' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])))) end++;
        var numberText = text[start..end].Replace(",", "", StringComparison.Ordinal).TrimEnd('.');
        if (!decimal.TryParse(numberText, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            return new Quantity { Raw = raw, Comparator = comparator, Source = source };
        var point = numberText.IndexOf('.');
        var decimals = point < 0 ? 0 : numberText.Length - point - 1;

        string? scale = null;
        decimal? scaled = number;
        // 百 before 分 is 百分比/百分点, a unit, not a scale.
        if (end < text.Length && Scales.TryGetValue(text[end], out var factor)
            && !(text[end] == '百' && end + 1 < text.Length && text[end + 1] == '分'))
        {
            scale = text[end].ToString();
            scaled = number * factor;
            end++;
        }

        var unitEnd = end;
        while (unitEnd < text.Length && !char.IsAsciiDigit(text[unitEnd]) && !StartsWithAny(text, unitEnd, LeadingQualifiers)) unitEnd++;
        var unit = text[end..unitEnd].Trim();
        foreach (var q in TrailingQualifiers)
        {
            if (unit.EndsWith(q, StringComparison.Ordinal) && unit.Length > q.Length) { qualifiers.Add(q); unit = unit[..^q.Length]; break; }
            if (unit.StartsWith(q, StringComparison.Ordinal)) { qualifiers.Add(q); unit = unit[q.Length..]; break; }
        }
        var rest = text[unitEnd..].Trim();

        return new Quantity
        {
            Raw = raw,
            Comparator = comparator,
            Number = number,
            Decimals = decimals,
            Scale = scale,
            ScaledValue = scale is null ? null : scaled,
            Unit = unit.Length == 0 ? null : unit,
            Qualifiers = qualifiers.Count == 0 ? null : qualifiers,
            Context = prefix.Trim().Length == 0 ? null : prefix.Trim(),
            Remainder = rest.Length == 0 ? null : rest,
            Source = source,
        };
    }

    private static int FindNumber(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]))
                return i > from && text[i - 1] == '-' && (i - 1 == from) ? i - 1 : i;
        }
        return -1;
    }

    private static bool StartsWithAny(string text, int at, string[] words)
    {
        foreach (var w in words)
            if (string.CompareOrdinal(text, at, w, 0, w.Length) == 0) return true;
        return false;
    }
}
