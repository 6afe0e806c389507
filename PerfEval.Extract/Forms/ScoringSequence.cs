using PerfEval.Extract.Numbers;
using PerfEval.Model;

namespace PerfEval.Extract.Forms;

/// <summary>
/// Reads a scoring table (一级指标 得分 二级指标 得分 三级指标 得分 评价标准 指标说明 得分) from flattened text, where only
/// the order is left: each level's name is followed by its points, then come the criterion and explanation texts, then
/// the score. A run of short names each followed by a number opens one, two or three levels (三级; 二级 and 三级; or all
/// three); text with punctuation is the criterion and then the explanation, split where the last scoring rule ends
/// (扣完为止, 不得分, 计8分 …), with a note; where no rule ends it, both are kept together as the criterion.
/// </summary>
internal static partial class ScoringSequence
{
    private static readonly HashSet<FieldKey> HeaderKeys =
    [
        FieldKey.Level1Header, FieldKey.Level2Header, FieldKey.Level3Header, FieldKey.Score, FieldKey.Criterion, FieldKey.Explanation,
    ];

    public static (IReadOnlyList<IndicatorGroup> Groups, bool Truncated, int Next) Read(MatrixReading reading, int i)
    {
        var tokens = reading.Tokens;
        var j = i;
        while (j < tokens.Count && tokens[j].Key is { } key && HeaderKeys.Contains(key)) reading.Use(tokens[j++]);

        var groups = new List<(TextField Name, StatedFigure? Points, List<Indicator> Indicators)>();
        (TextField Name, StatedFigure? Points)? level2 = null;
        var truncated = false;
        var mixedNoted = false;
        while (j < tokens.Count)
        {
            // The (name, number) pairs that open this indicator.
            var pairs = new List<(TextField Name, StatedFigure? Points)>();
            while (ReadPair(reading, ref j) is { } pair) pairs.Add(pair);
            if (pairs.Count == 0)
            {
                // Text that opens no level: the order is lost here; what follows stays unrecognized, and says why.
                reading.Notes.Add(new Note("scoring-order-lost", $"the scoring table's order is lost at \"{tokens[j].Text}\"; the rest is left unrecognized", tokens[j].First?.Origin.Describe()));
                break;
            }
            if (pairs.Count == 3) groups.Add((pairs[0].Name, pairs[0].Points, []));
            if (pairs.Count >= 2) level2 = pairs[^2];
            if (groups.Count == 0) groups.Add((new TextField("", new Provenance(null, "", "")), null, []));

            var texts = new List<Token>();
            while (j < tokens.Count && !IsPoints(tokens[j].Text)) texts.Add(tokens[j++]);
            // 评价标准 states how points are given and taken (计8分, 扣0.5分, 扣完为止, 不得分); 指标说明 follows it with the
            // evidence, which may state its own deduction (扣1.5分). The criterion ends with the first piece that closes a
            // rule (扣完为止, 不得分, 计满分), else with the last piece that states one; where none does, nothing tells them
            // apart, and both stay the criterion.
            var closing = texts.FindIndex(t => ClosingRule().IsMatch(Reading.Width.Fold(t.Text)));
            var ruleEnd = (closing >= 0 ? closing : texts.FindLastIndex(t => ScoringRule().IsMatch(Reading.Width.Fold(t.Text)))) + 1;
            var split = ruleEnd > 0 && ruleEnd < texts.Count;
            Token? Joined(IEnumerable<Token> pieces) => pieces.Any()
                ? new Token([.. pieces.SelectMany(t => t.Cells).Distinct()], string.Join(" ", pieces.Select(t => t.Text)), null)
                : null;
            var criterion = split ? Joined(texts.Take(ruleEnd)) : Joined(texts);
            var explanation = split ? Joined(texts.Skip(ruleEnd)) : null;
            StatedFigure? score = null;
            if (j < tokens.Count) score = reading.Figure(tokens[j++], null, Keys.Kinds.Points);
            else truncated = true;
            if (criterion is not null && !split)
                reading.Notes.Add(new Note("criterion-and-explanation", "评价标准 and 指标说明 run together in the capture and no scoring rule ends the criterion: both are kept as the criterion", criterion.First?.Origin.Describe()));
            else if (split && !mixedNoted)
            {
                reading.Notes.Add(new Note("criterion-and-explanation", "评价标准 and 指标说明 run together in the capture: split after the piece that closes its scoring rule (扣完为止, 不得分, 计满分; else the last 计…分, 扣…分)", criterion!.First?.Origin.Describe()));
                mixedNoted = true;
            }
            var level3 = pairs[^1];
            groups[^1].Indicators.Add(new Indicator
            {
                Level2 = level2?.Name,
                Level2Points = level2?.Points,
                Name = level3.Name,
                Weight = level3.Points,
                Criterion = criterion is null ? null : reading.Text(criterion, null),
                Explanation = explanation is null ? null : reading.Text(explanation, null),
                Score = score,
            });
        }
        if (truncated)
            reading.Notes.Add(new Note(Keys.Notes.Truncated, "the capture ends inside the scoring table, before the last indicator's score", null));
        return (groups.Select(g => new IndicatorGroup { Name = g.Name, StatedPoints = g.Points, Indicators = g.Indicators }).ToList(), truncated, j);
    }

    /// <summary>One or two short name tokens followed by a whole number of points; null (and nothing consumed) otherwise.</summary>
    private static (TextField Name, StatedFigure? Points)? ReadPair(MatrixReading reading, ref int j)
    {
        var tokens = reading.Tokens;
        var k = j;
        var names = new List<Token>();
        while (k < tokens.Count && names.Count < 2 && IsName(tokens[k].Text)) names.Add(tokens[k++]);
        if (names.Count == 0 || k >= tokens.Count || !IsPoints(tokens[k].Text)) return null;
        var joined = new Token([.. names.SelectMany(n => n.Cells).Distinct()], MatrixReading.LabelText(string.Concat(names.Select(n => n.Text))), null);
        var points = reading.Figure(tokens[k], joined, Keys.Kinds.Points);
        j = k + 1;
        return (reading.Text(joined, null), points);
    }

    /// <summary>A level's name: short, and without the punctuation and figures of criterion text.</summary>
    private static bool IsName(string text) =>
        text.Length <= 12 && !IsPoints(text) && !text.Any(c => c is ',' or ';' or '.' or '。' or '，' or '；' or '%' or '=' or '(' or ')' or '>' or '<' || char.IsAsciiDigit(c));

    [System.Text.RegularExpressions.GeneratedRegex(@"扣完为止|扣完即止|不得分|[计记得]满分|[计记扣得][0-9.]+分")]
    private static partial System.Text.RegularExpressions.Regex ScoringRule();

    [System.Text.RegularExpressions.GeneratedRegex(@"扣完为止|扣完即止|不得分|[计记得]满分")]
    private static partial System.Text.RegularExpressions.Regex ClosingRule();

    /// <summary>A standalone number of points (a whole or decimal number, no unit).</summary>
    private static bool IsPoints(string text) => NumberText.TryParseFigure(text, out var n) && !n.IsPercent && n.Value >= 0 && n.Value <= 100;
}
