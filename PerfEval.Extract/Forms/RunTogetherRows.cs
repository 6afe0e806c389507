namespace PerfEval.Extract.Forms;

/// <summary>
/// Splits indicator rows that OCR ran together with nothing between their cells ("项目目标完整性4一目标明确…4项目立项相关性2…")
/// at the numbers that can only be points: one or two digits, not part of a longer number, not followed by a unit
/// (人, 万, 元, 年, 月, %, …). Between two such numbers stand a row's target and actual value; before a weight stands the
/// row's name. A row the numbers do not frame (a figure fused with its unit, a date) is not split.
/// </summary>
public static class RunTogetherRows
{
    /// <summary>One row: its name, its weight, the text between weight and score, and its score.</summary>
    public sealed record Row(string Name, string Weight, string Middle, string? Score);

    // Only units that cannot begin a row's name: 项, 户, 件 … can (项目立项), so a number before them may be points.
    private const string UnitsAfterNumbers = "人万元年月日个次天%.:、";

    /// <summary>
    /// The rows of <paramref name="text"/>; <paramref name="pendingName"/> names the first row when the text starts with its
    /// weight (its name was a label of its own, such as 预算执行率). Null when the text does not read as rows.
    /// </summary>
    public static IReadOnlyList<Row>? Split(string raw, string? pendingName = null)
    {
        // Full-width digits and signs (９８％, １４．８) read as their ASCII forms; the length, and so every index, is kept.
        var text = PerfEval.Extract.Reading.Width.Fold(raw);
        var parts = new List<(string Text, bool Points)>();
        var start = 0;
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsAsciiDigit(text[i])) { i++; continue; }
            var end = i;
            while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
            var length = end - i;
            // A point between digits is a decimal point (14.8); after a word it ends a sentence ("环境.8").
            var decimalBefore = i > 1 && text[i - 1] == '.' && char.IsAsciiDigit(text[i - 2]);
            var decimalAfter = end + 1 < text.Length && text[end] == '.' && char.IsAsciiDigit(text[end + 1]);
            var after = end < text.Length ? text[end] : ' ';
            var unitAfter = after != '.' && UnitsAfterNumbers.Contains(after);
            var points = length <= 2 && !decimalBefore && !decimalAfter && !unitAfter;
            // A point-sized number before a unit that can also begin a name (年, 人 …) may be a score followed by
            // 年度…, or a value: the numbers do not frame these rows.
            if (length <= 2 && !decimalBefore && !decimalAfter && unitAfter && after is not ('%' or ':' or '、') && (i == 0 || text[i - 1] != '.'))
                return null;
            if (points)
            {
                parts.Add((text[start..i], false));
                parts.Add((text[i..end], true));
                start = end;
            }
            i = end;
        }
        if (start < text.Length) parts.Add((text[start..], false));

        // text P text P text P … : a row is name, weight, middle, score.
        var rows = new List<Row>();
        var k = 0;
        while (k < parts.Count)
        {
            var name = parts[k].Points ? null : parts[k].Text;
            if (name is null) return null;
            if (name.Length == 0 && rows.Count == 0) name = pendingName;
            if (string.IsNullOrEmpty(name)) return rows.Count > 0 ? rows : null;
            if (k + 1 >= parts.Count) break; // trailing text: the next row's name, cut off (or a placeholder)
            // A name with digits in it is a figure fused with its unit ("办公所需成本415万元"): the numbers do not
            // frame these rows, and a wrong split would invent weights.
            if (name.Any(char.IsAsciiDigit)) return null;
            if (!parts[k + 1].Points) return null;
            var middle = k + 2 < parts.Count && !parts[k + 2].Points ? parts[k + 2].Text : "";
            var scoreAt = k + 3;
            var score = scoreAt < parts.Count && parts[scoreAt].Points ? parts[scoreAt].Text : null;
            rows.Add(new Row(name, parts[k + 1].Text, middle, score));
            if (score is null) break;
            k = scoreAt + 1;
        }
        // At least one whole row (name, weight, values, score): a lone number in a name is not a row.
        return rows.Any(r => r.Score is not null) ? rows : null;
    }

    /// <summary>
    /// The target and actual value in a row's middle text: a leading dash is the target left blank ("一" is OCR's "—");
    /// a text written twice is the target equal to the actual value; otherwise the text is the actual value.
    /// </summary>
    public static (string? Target, string? Actual) TargetAndActual(string middle)
    {
        if (middle.Length == 0) return (null, null);
        if (middle.Length > 1 && middle[0] is '一' or '-' or '—') return (middle[..1], middle[1..]);
        if (middle.Length % 2 == 0 && middle[..(middle.Length / 2)] == middle[(middle.Length / 2)..])
            return (middle[..(middle.Length / 2)], middle[(middle.Length / 2)..]);
        return (null, middle);
    }
}
