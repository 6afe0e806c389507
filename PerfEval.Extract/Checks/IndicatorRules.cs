using PerfEval.Model;

namespace PerfEval.Extract.Checks;

/// <summary>
/// indicators.weights: the 分值 of the indicators and of the budget row add up to 100; a 一级 group that states its
/// points (产出指标(50分)) holds indicators worth exactly that. A tree not closed by its 总分 row is not summed as a
/// whole, nor is its last group: their ends may be missing.
/// </summary>
public sealed class IndicatorWeightsRule : IRule
{
    public string Id => "indicators.weights";

    public IEnumerable<Finding> Check(ExtractionResult document)
    {
        var groups = document.Groups();
        // The tree is known to be whole only when a 总分 row closes it; until then its last group may go on.
        var closed = document.TreeClosed() && !document.Truncated;
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            if (group.StatedPoints is not { } points) continue;
            if (!closed && g == groups.Count - 1)
            {
                if (OpenGroupOverweight(group, points) is { } over) yield return over;
                continue;
            }
            // An indicator without a readable weight leaves the group's sum unknown.
            if (group.Indicators.Count == 0 || group.Indicators.Any(i => i.Weight is null)) continue;
            var weights = group.Indicators.Select(i => i.Weight!).ToList();
            var sum = WeightSum.Of(weights);
            var finding = Consistency.Compare(Id, $"{group.Name.Text} states {points.Value} points but its indicators weigh", points.AsFigure() with { IsExact = true }, sum, weights.Select(w => w.Source.Cell));
            if (finding is not null) yield return finding;
        }

        // A 二级 that states its points (数量指标(10分)) holds indicators worth exactly that; the last 二级 of an
        // unclosed tree may go on past the capture.
        for (var g = 0; g < groups.Count; g++)
        {
            var byLevel2 = groups[g].Indicators.Where(i => i.Level2Points is not null).GroupBy(i => i.Level2!.Text).ToList();
            for (var l = 0; l < byLevel2.Count; l++)
            {
                var indicators = byLevel2[l].ToList();
                if (!closed && g == groups.Count - 1 && l == byLevel2.Count - 1)
                {
                    // Rows may be missing past the cut, so the weights read are a floor: only too many is certain.
                    var read = indicators.Where(i => i.Weight is not null).Select(i => i.Weight!).ToList();
                    var stated2 = indicators[0].Level2Points!;
                    if (read.Count > 0 && WeightSum.Of(read).Low > stated2.Value)
                        yield return Overweight($"{byLevel2[l].Key} states {stated2.Value} points but the indicators read before the cut already weigh {WeightSum.Of(read).Low}",
                            stated2, WeightSum.Of(read), read);
                    continue;
                }
                if (indicators.Any(i => i.Weight is null)) continue;
                var points = indicators[0].Level2Points!;
                var finding = Consistency.Compare(Id, $"{byLevel2[l].Key} states {points.Value} points but its indicators weigh", points.AsFigure() with { IsExact = true },
                    WeightSum.Of(indicators.Select(i => i.Weight!).ToList()), indicators.Select(i => i.Weight!.Source.Cell));
                if (finding is not null) yield return finding;
            }
        }

        if (!closed || groups.Count == 0) yield break;
        // Stated group points, where every group states them, must add up to 100 with the budget row's 分值.
        var budgetWeight = document.Matrix()?.Rows.FirstOrDefault(r => r.Key == Keys.Rows.Total)?.Get(Keys.Columns.Weight);
        var allStated = groups.All(gr => gr.StatedPoints is not null);
        if (!allStated && groups.SelectMany(gr => gr.Indicators).Any(i => i.Weight is null)) yield break;
        var parts = allStated
            ? groups.Select(gr => gr.StatedPoints!).ToList()
            : groups.SelectMany(gr => gr.Indicators).Select(i => i.Weight!).ToList();
        if (parts.Count == 0) yield break;
        if (budgetWeight is not null) parts.Add(budgetWeight);
        var total = WeightSum.Of(parts);
        var expected = document.Project?.TotalPoints?.Value ?? 100m;
        if (total.Contains(expected)) yield break;
        yield return new Finding
        {
            Rule = Id,
            Severity = Severity.Error,
            Message = $"the weights add up to {total.Low}, not {expected}" + (allStated ? " (一级 stated points" : " (indicator 分值") + (budgetWeight is null ? ")" : " and the budget row's 分值)"),
            Stated = expected.ToString(System.Globalization.CultureInfo.InvariantCulture),
            StatedValue = expected,
            ExpectedLow = total.Low,
            ExpectedHigh = total.High,
            Tolerance = 0m,
            Cells = parts.Select(p => p.Source.Cell).ToList(),
        };
    }

    /// <summary>
    /// The last group of a cut tree may lack rows, but what it holds is a floor: the weights read, plus the points
    /// each of its 二级 states beyond the weights read under it (服务对象满意度指标(10分) cut before its rows still
    /// holds 10). A floor above the group's stated points is certain.
    /// </summary>
    private Finding? OpenGroupOverweight(IndicatorGroup group, StatedFigure points)
    {
        var read = group.Indicators.Where(i => i.Weight is not null).Select(i => i.Weight!).ToList();
        var floor = read.Count == 0 ? Interval.Exact(0) : WeightSum.Of(read);
        foreach (var level2 in group.Indicators.Where(i => i.Level2Points is not null).GroupBy(i => i.Level2!.Text))
        {
            var stated = level2.First().Level2Points!.Value;
            var under = level2.Where(i => i.Weight is not null).Sum(i => i.Weight!.Value);
            if (stated > under) floor += Interval.Exact(stated - under);
        }
        if (floor.Low <= points.Value) return null;
        return Overweight($"{group.Name.Text} states {points.Value} points but what was read of it before the cut already weighs {floor.Low}", points, floor, read);
    }

    private Finding Overweight(string message, StatedFigure stated, Interval floor, IReadOnlyList<StatedFigure> weights) => new()
    {
        Rule = Id,
        Severity = Severity.Error,
        Message = message,
        Stated = stated.Raw,
        StatedValue = stated.Value,
        ExpectedLow = floor.Low,
        ExpectedHigh = null,
        Tolerance = 0m,
        Cells = [stated.Source.Cell, .. weights.Select(w => w.Source.Cell)],
    };
}

/// <summary>Sums of weights: exact when every weight is a whole number (assigned points); otherwise each may be a rounding.</summary>
internal static class WeightSum
{
    public static Interval Of(IReadOnlyList<StatedFigure> weights) =>
        weights.All(w => w.Decimals == 0)
            ? weights.Aggregate(Interval.Exact(0), (acc, w) => acc + w.Exact())
            : weights.Aggregate(Interval.Exact(0), (acc, w) => acc + w.AsFigure().Interval);
}

/// <summary>indicators.score-bounds: 0 ≤ 得分 ≤ 分值 for every indicator and for the budget row.</summary>
public sealed class ScoreBoundsRule : IRule
{
    public string Id => "indicators.score-bounds";

    public IEnumerable<Finding> Check(ExtractionResult document)
    {
        var pairs = document.Groups().SelectMany(g => g.Indicators).Select(i => (Name: i.Name.Text, i.Weight, i.Score));
        var budget = document.Matrix()?.Rows.FirstOrDefault(r => r.Key == Keys.Rows.Total);
        if (budget is not null) pairs = pairs.Append((budget.Label, budget.Get(Keys.Columns.Weight), budget.Get(Keys.Columns.Score)));
        foreach (var (name, weight, score) in pairs)
        {
            if (score is null) continue;
            var s = score.AsFigure();
            if (s.Interval.High < 0)
                yield return Bound(name, s, weight, "is negative");
            else if (weight is not null && s.Interval.Low > weight.Value)
                yield return Bound(name, s, weight, $"exceeds its 分值 {weight.Raw}");
        }
    }

    private Finding Bound(string name, Figure score, StatedFigure? weight, string what) => new()
    {
        Rule = Id,
        Severity = Severity.Error,
        Message = $"{name}: 得分 {score.Raw} {what}",
        Stated = score.Raw,
        StatedValue = score.Value,
        ExpectedLow = 0,
        ExpectedHigh = weight?.Value,
        Tolerance = score.HalfUnit,
        Cells = weight is null ? [score.Cell] : [score.Cell, weight.Source.Cell],
    };
}

/// <summary>
/// indicators.total: 总分 = Σ 得分 of the indicators and the budget row. Where the tree is not read whole (a cut
/// capture), the total can be no more than the tree's points less the points its read indicators lost
/// (分值 − 得分): a 总分 above that is flagged.
/// </summary>
public sealed class TotalScoreRule : IRule
{
    public string Id => "indicators.total";

    public IEnumerable<Finding> Check(ExtractionResult document)
    {
        if (document.StatedTotalScore() is not { } total) yield break;
        // A cut capture holds part of the tree: only a bound is certain. A whole table is summed, whether a 总分 row
        // closes its tree or the total stands in its header (自评得分).
        if (document.Truncated)
        {
            if (UpperBound(document, total) is { } exceeded) yield return exceeded;
            yield break;
        }
        var indicators = document.Groups().SelectMany(g => g.Indicators).ToList();
        // An indicator without a readable score leaves the sum unknown; the bound still holds.
        if (indicators.Any(i => i.Score is null))
        {
            if (UpperBound(document, total) is { } exceeded) yield return exceeded;
            yield break;
        }
        var scores = indicators.Select(i => i.Score!).ToList();
        if (document.Matrix()?.Rows.FirstOrDefault(r => r.Key == Keys.Rows.Total)?.Get(Keys.Columns.Score) is { } budget) scores.Add(budget);
        if (scores.Count == 0) yield break;
        var figures = scores.Select(s => s.AsFigure()).ToList();
        var sum = figures.Aggregate(Interval.Exact(0), (acc, f) => acc + f.Interval);
        var finding = Consistency.Compare(Id, "总分 should equal the sum of the scores", total.AsFigure(), sum, figures.Select(f => f.Cell));
        if (finding is not null) yield return finding;
    }

    /// <summary>
    /// 总分 ≤ points of the tree − Σ (分值 − 得分) over the indicators read: every indicator not read can at best score
    /// its full 分值. The tree's points are the 分值 printed on its 总分 row, else the 100 of every published form.
    /// </summary>
    private Finding? UpperBound(ExtractionResult document, StatedFigure total)
    {
        var lost = new List<(Figure Weight, Figure Score)>();
        foreach (var indicator in document.Groups().SelectMany(g => g.Indicators))
            if (indicator is { Weight: { } weight, Score: { } score })
                lost.Add((weight.AsFigure() with { IsExact = weight.Decimals == 0 }, score.AsFigure()));
        if (lost.Count == 0) return null;
        // A tree whose 一级 state more than 100 points between them (read so far) is worth at least that.
        var points = document.Project?.TotalPoints?.Value
            ?? Math.Max(100m, document.Groups().Sum(g => g.StatedPoints?.Value ?? 0m));
        // The least the read indicators can have lost, rounding allowed; a score above its 分值 loses nothing here
        // (score-bounds flags it).
        var leastLost = lost.Sum(p => Math.Max(0m, (p.Weight.Interval - p.Score.Interval).Low));
        var highest = points - leastLost;
        var stated = total.AsFigure();
        if (stated.Interval.Low <= highest) return null;
        return new Finding
        {
            Rule = Id,
            Severity = Severity.Error,
            Message = $"总分 {total.Raw} is more than the tree can reach: its {points} points less the {leastLost} its read indicators lost (分值 − 得分) leave at most {highest}",
            Stated = total.Raw,
            StatedValue = total.Value,
            ExpectedLow = 0m,
            ExpectedHigh = highest,
            Tolerance = stated.HalfUnit,
            Cells = [stated.Cell, .. lost.Where(p => p.Weight.Value > p.Score.Value).Select(p => p.Score.Cell)],
        };
    }
}

/// <summary>indicators.deviation-explained: an indicator scored below its 分值 gives a 偏差原因 (warning).</summary>
public sealed class DeviationExplainedRule : IRule
{
    public string Id => "indicators.deviation-explained";

    public IEnumerable<Finding> Check(ExtractionResult document)
    {
        foreach (var indicator in document.Groups().SelectMany(g => g.Indicators))
        {
            if (indicator is not { Weight: { } weight, Score: { } score }) continue;
            if (score.Value >= weight.Value) continue;
            // A scoring table's 指标说明 gives the reason in its own column.
            // (A flattened capture runs 评价标准 and 指标说明 together: then the criterion holds the explanation too.)
            if (!string.IsNullOrWhiteSpace(indicator.Deviation?.Text) || !string.IsNullOrWhiteSpace(indicator.Explanation?.Text)
                || (indicator.Explanation is null && !string.IsNullOrWhiteSpace(indicator.Criterion?.Text))) continue;
            yield return new Finding
            {
                Rule = Id,
                Severity = Severity.Warning,
                Message = $"{indicator.Name.Text}: scored {score.Raw} of {weight.Raw} without a 偏差原因",
                Stated = score.Raw,
                StatedValue = score.Value,
                Cells = [score.Source.Cell, weight.Source.Cell],
            };
        }
    }
}
