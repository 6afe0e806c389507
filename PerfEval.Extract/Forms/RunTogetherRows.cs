using System.Text.RegularExpressions;
using PerfEval.Extract.Numbers;
using PerfEval.Extract.Reading;

namespace PerfEval.Extract.Forms;

/// <summary>
/// Splits indicator rows that OCR ran together with nothing between their cells ("项目目标完整性4一目标明确…4项目立项相关性2…",
/// "保障人数102370人2370人IO"). A row is a name without digits, its weight (points), the target and actual value, and its
/// score; the next row's name follows. Where a weight runs into a figure (10|2370人) or a score into the next name, every
/// way of reading the text as rows is weighed: a name that begins with the rest of a figure (%, 、) or a comparator rules
/// a reading out; a name that begins like a unit (人, 万元, 月 …), a weight above the points of what it stands under, or
/// a score above its weight make it much less likely; a target written the same as its actual value, a dash for a blank
/// target, two figures in one unit, or full marks make it likelier. The best reading is taken only when no other reading is as good: otherwise the
/// text is left whole rather than guessed at.
/// </summary>
public static partial class RunTogetherRows
{
    /// <summary>One row: its name, its weight, the text between weight and score, and its score (null when cut off).</summary>
    public sealed record Row(string Name, string? Weight, string Middle, string? Score);

    // Longer than any page of rows: not read (the search is quadratic in the length of a row's middle, bounded below).
    private const int MaximumLength = 4_000;
    private const int MaximumMiddle = 200;

    // What cannot begin a row's name: the rest of a figure (100%, 14.8, 1、) or a comparator (≥90%).
    private const string NeverBeginsName = "%.:、,)≤≥<>=";

    // What seldom begins a row's name because it usually continues a figure (2370人, 12月, 15万元, 100次) or is OCR's
    // dash for a blank target: a reading that begins a name so is weighed down, not ruled out (日常管理…, 天然气…).
    private const string SeldomBeginsName = "人万元年月日个次天台吨辆套一—-";

    /// <param name="maximumWeight">The points of the 二级 or 一级 the rows stand under, when stated: a weight above them is unlikely.</param>
    public static IReadOnlyList<Row>? Split(string raw, string? pendingName = null, decimal? maximumWeight = null)
    {
        // Full-width digits and signs (９８％, １４．８) read as their ASCII forms; the length, and so every index, is kept.
        if (raw.Length == 0 || raw.Length > MaximumLength) return null;
        var text = TrailingPlaceholders().Replace(Width.Fold(raw), "");
        if (text.Length == 0) return null;
        var best = new Reading(text, pendingName, maximumWeight ?? TypicalMaximumWeight).Best();
        // At least one whole row (name, weight, values, score): a lone number in a name is not a row.
        if (best is null || !best.Any(r => r.Score is not null)) return null;
        return best;
    }

    /// <summary>
    /// The target and actual value in a row's middle text: a leading dash is the target left blank ("一" is OCR's "—");
    /// a text written twice is the target equal to the actual value; two figures in one unit ("M.8万元14.8万元") are the
    /// target and the actual value; otherwise the text is the actual value.
    /// </summary>
    public static (string? Target, string? Actual) TargetAndActual(string middle)
    {
        if (middle.Length == 0) return (null, null);
        if (middle.Length > 1 && IsDash(middle[0])) return (middle[..1], middle[1..]);
        if (IsWrittenTwice(middle)) return (middle[..(middle.Length / 2)], middle[(middle.Length / 2)..]);
        if (SameUnitPair(middle) is { } split) return (middle[..split], middle[split..]);
        return (null, middle);
    }

    private static bool IsDash(char c) => c is '一' or '-' or '—';

    private static bool IsWrittenTwice(string middle) =>
        middle.Length % 2 == 0 && string.CompareOrdinal(middle, 0, middle, middle.Length / 2, middle.Length / 2) == 0;

    /// <summary>Where the second of two figures in the same unit begins ("M.8万元|14.8万元"), if the text is such a pair.</summary>
    private static int? SameUnitPair(string middle)
    {
        var lastDigit = middle.Length - 1;
        while (lastDigit >= 0 && !char.IsAsciiDigit(middle[lastDigit])) lastDigit--;
        var unit = middle[(lastDigit + 1)..];
        if (lastDigit < 0 || unit.Length is 0 or > 3) return null;
        var split = middle.IndexOf(unit, StringComparison.Ordinal) + unit.Length;
        return split < lastDigit && char.IsAsciiDigit(middle[split]) && middle[..split].Any(char.IsAsciiDigit) ? split : null;
    }

    /// <summary>
    /// The best reading of a text as rows, by dynamic programming from its end: <c>_best[p]</c> is the best reading of
    /// the text from <c>p</c>, when that text reads as rows at all.
    /// </summary>
    // No single indicator of these forms weighs more than this, where nothing above it states its points.
    private const decimal TypicalMaximumWeight = 30m;

    private sealed class Reading(string text, string? pendingName, decimal maximumWeight)
    {
        private readonly record struct Step(int Value, bool Tied, Row? Row, int Next);

        private readonly Step?[] _best = new Step?[text.Length + 1];

        public IReadOnlyList<Row>? Best()
        {
            _best[text.Length] = new Step(0, false, null, text.Length);
            for (var p = text.Length - 1; p >= 0; p--) _best[p] = BestFrom(p);
            if (_best[0] is not { } first) return null;
            var rows = new List<Row>();
            for (var step = first; step.Row is not null; step = _best[step.Next]!.Value)
            {
                // Two readings as good as each other anywhere along the way: the numbers do not frame these rows.
                if (step.Tied) return null;
                rows.Add(step.Row);
            }
            return rows;
        }

        private Step? BestFrom(int p)
        {
            if (p > 0 && !CanBeginName(p)) return null;
            var namePenalty = p > 0 ? NamePenalty(p) : 0;
            var q = p;
            while (q < text.Length && !char.IsAsciiDigit(text[q])) q++;
            var name = p == 0 && q == 0 ? pendingName : text[p..q];
            if (string.IsNullOrEmpty(name)) return null;
            // A name with nothing after it: the next row, cut off with the capture.
            if (q == text.Length) return new Step(1 - namePenalty, false, new Row(name, null, "", null), text.Length);

            Step? best = null;
            var tied = false;
            void Consider(Step candidate)
            {
                if (best is null || candidate.Value > best.Value.Value) { best = candidate; tied = false; }
                else if (candidate.Value == best.Value.Value) tied = true;
            }
            Step? cut = null;
            foreach (var weightEnd in PointsEndingFrom(q))
            {
                var weight = text[q..weightEnd];
                if (!PointsValue(weight, out var w)) continue;
                for (var e = weightEnd + 2; e <= text.Length && e - weightEnd <= MaximumMiddle + 2; e++)
                {
                    if (e < text.Length && !CanBeginName(e)) continue;
                    if (_best[e] is not { } rest) continue;
                    foreach (var scoreStart in ScoresEndingAt(e, weightEnd))
                    {
                        var score = text[scoreStart..e];
                        if (!PointsValue(score, out var s)) continue;
                        var middle = text[weightEnd..scoreStart];
                        // A score above its weight is unlikely, not impossible: a published table may hold one, and
                        // the checks must see it to flag it. Full marks are the commonest score.
                        var value = RowValue(middle) - namePenalty - WeightPenalty(w) - (s > w ? ScoreAboveWeight : 0) + (s == w ? FullMarks : 0);
                        Consider(new Step(rest.Value + value, rest.Tied, new Row(name, weight, middle, score), e));
                    }
                }
                // The last row of a cut capture: a weight and values, no score yet.
                if (weightEnd < text.Length && !char.IsAsciiDigit(text[^1]))
                {
                    var value = RowValue(text[weightEnd..]) - 8 - namePenalty - WeightPenalty(w);
                    if (cut is null || value > cut.Value.Value) cut = new Step(value, false, new Row(name, weight, text[weightEnd..], null), text.Length);
                    else if (value == cut.Value.Value) cut = new Step(value, false, new Row(name + text[q..], null, "", null), text.Length);
                }
            }
            // Where the weight of a cut row cannot be told from its values, the row is kept as one text, as its name.
            if (cut is { } lastRow) Consider(lastRow);
            return best is { } found ? found with { Tied = found.Tied || tied } : null;
        }

        private const int ScoreAboveWeight = 25;
        private const int FullMarks = 5;
        private const int UnlikelyName = 15;
        private const int UnlikelyWeight = 20;

        private int WeightPenalty(decimal weight) => weight > maximumWeight ? UnlikelyWeight : 0;

        private int NamePenalty(int p)
        {
            var c = text[p];
            if (c == '年') return p + 1 < text.Length && text[p + 1] == '度' ? 0 : UnlikelyName;
            return SeldomBeginsName.Contains(c) ? UnlikelyName : 0;
        }

        /// <summary>Rows are worth more the more of them the text holds, and more again when their values read as a target and an actual value.</summary>
        private static int RowValue(string middle)
        {
            var value = 10;
            if (IsWrittenTwice(middle)) value += 30;
            else if (IsDash(middle[0])) value += 20;
            else if (SameUnitPair(middle) is not null) value += 10;
            // A figure does not begin with a zero (02370人): the digit belongs to the weight.
            if (middle.Length > 1 && middle[0] == '0' && char.IsAsciiDigit(middle[1])) value -= 5;
            return value;
        }

        private bool CanBeginName(int p)
        {
            var c = text[p];
            // Nor does a name begin with a score OCR misread ("IO指标2:").
            if (char.IsAsciiDigit(c) || p + 1 < text.Length && IsOcrNumber(text.AsSpan(p, 2))) return false;
            return !NeverBeginsName.Contains(c);
        }

        /// <summary>Where a weight starting at <paramref name="q"/> may end: after one or two digits, or a decimal (2.5).</summary>
        private IEnumerable<int> PointsEndingFrom(int q)
        {
            for (var length = 1; length <= 2 && q + length <= text.Length && char.IsAsciiDigit(text[q + length - 1]); length++)
            {
                var end = q + length;
                if (end + 1 < text.Length && text[end] == '.' && char.IsAsciiDigit(text[end + 1]))
                {
                    if (end + 2 == text.Length || !char.IsAsciiDigit(text[end + 2])) yield return end + 2;
                    continue;
                }
                yield return end;
            }
        }

        /// <summary>
        /// Where a score ending at <paramref name="e"/> may start: one or two digits (or a decimal) standing apart from the
        /// figure before them, or two letters OCR takes for digits ("IO").
        /// </summary>
        private IEnumerable<int> ScoresEndingAt(int e, int weightEnd)
        {
            if (e - 2 > weightEnd && IsOcrNumber(text.AsSpan(e - 2, 2))) yield return e - 2;
            if (!char.IsAsciiDigit(text[e - 1])) yield break;
            var start = e - 1;
            while (start > weightEnd && char.IsAsciiDigit(text[start - 1]) && e - start < 2) start--;
            if (start > weightEnd + 1 && text[start - 1] == '.' && char.IsAsciiDigit(text[start - 2]))
            {
                // A decimal score (8.5): its whole figure, if that stands apart.
                var whole = start - 2;
                while (whole > weightEnd && char.IsAsciiDigit(text[whole - 1]) && start - 1 - whole < 2) whole--;
                if (whole > weightEnd && StandsApart(whole)) yield return whole;
                yield break;
            }
            for (var s = start; s < e; s++)
                if (s > weightEnd && StandsApart(s)) yield return s;
        }

        // A score does not continue a figure: no digit before it, and no decimal point after a digit.
        private bool StandsApart(int start) =>
            !char.IsAsciiDigit(text[start - 1]) && !(text[start - 1] == '.' && start > 1 && char.IsAsciiDigit(text[start - 2]));
    }

    /// <summary>Points as published, or as OCR misread them ("IO" for 10).</summary>
    private static bool PointsValue(string text, out decimal value)
    {
        if (NumberText.TryParseFigure(text, out var number) && !number.IsPercent) { value = number.Value; return true; }
        return NumberText.TryParseOcrDigits(text, out value);
    }

    private static bool IsOcrNumber(ReadOnlySpan<char> text) => NumberText.TryParseOcrDigits(text.ToString(), out _);

    /// <summary>
    /// Placeholder rows left at the end of the text ("指标2:", "指标L指标2", OCR often drops the colon): not indicators.
    /// They follow the last row's score, so only what stands right after a figure is stripped: a value ending in 指标
    /// keeps its score ("完成指标3指标2:" loses only 指标2:). Matched from the end, in linear time.
    /// </summary>
    [GeneratedRegex(@"(?<=[0-9OoIl])(指标[0-9LlI一二三][:：]?)+$", RegexOptions.RightToLeft)]
    private static partial Regex TrailingPlaceholders();
}
