using PerfEval.Model;

namespace PerfEval.Extract.Checks;

/// <summary>funds.adjustment: 年度预算调整数 = 调整预算 − 年初预算.</summary>
public sealed class FundsAdjustmentRule : IRule
{
    public string Id => "funds.adjustment";

    public IEnumerable<Finding> Check(ExtractionResult document)
    {
        if (document.Department?.Funds is not { AdjustedBudget: { } adjusted, InitialBudget: { } initial, BudgetAdjustment: { } adjustment })
            yield break;
        var a = Figure.Of(adjusted);
        var i = Figure.Of(initial);
        var finding = Consistency.Compare(Id, "年度预算调整数 should equal 调整预算 − 年初预算", Figure.Of(adjustment), a.Interval - i.Interval, [a.Cell, i.Cell]);
        if (finding is not null) yield return finding;
    }
}

/// <summary>funds.completion-rate: 预算完成率 = 实际支出数 / 调整预算.</summary>
public sealed class FundsCompletionRateRule : IRule
{
    public string Id => "funds.completion-rate";

    public IEnumerable<Finding> Check(ExtractionResult document)
    {
        if (document.Department?.Funds is not { ActualExpenditure: { } actual, AdjustedBudget: { } adjusted, CompletionRate: { } rate })
            yield break;
        var e = Figure.Of(actual);
        var b = Figure.Of(adjusted);
        if (b.Interval.ContainsZero) yield break;
        var finding = Consistency.CompareRate(Id, "预算完成率 should equal 实际支出数 / 调整预算", Figure.Of(rate), (e.Interval / b.Interval).Scale(100m), [e.Cell, b.Cell]);
        if (finding is not null) yield return finding;
    }
}

/// <summary>funds.adjustment-rate: 预算调整率 = 年度预算调整数 / 年初预算 (the adjustment computed when it is not stated).</summary>
public sealed class FundsAdjustmentRateRule : IRule
{
    public string Id => "funds.adjustment-rate";

    public IEnumerable<Finding> Check(ExtractionResult document)
    {
        if (document.Department?.Funds is not { InitialBudget: { } initial, AdjustmentRate: { } rate } funds) yield break;
        var i = Figure.Of(initial);
        if (i.Interval.ContainsZero) yield break;
        Interval adjustment;
        string[] cells;
        if (funds.BudgetAdjustment is { } stated)
        {
            var s = Figure.Of(stated);
            adjustment = s.Interval;
            cells = [s.Cell, i.Cell];
        }
        else if (funds.AdjustedBudget is { } adjusted)
        {
            var a = Figure.Of(adjusted);
            adjustment = a.Interval - i.Interval;
            cells = [a.Cell, i.Cell];
        }
        else yield break;
        var finding = Consistency.CompareRate(Id, "预算调整率 should equal 年度预算调整数 / 年初预算", Figure.Of(rate), (adjustment / i.Interval).Scale(100m), cells);
        if (finding is not null) yield return finding;
    }
}

/// <summary>funds.breakdown: the 其中 items of a figure add up to no more than it.</summary>
public sealed class FundsBreakdownRule : IRule
{
    public string Id => "funds.breakdown";

    public IEnumerable<Finding> Check(ExtractionResult document)
    {
        if (document.Department?.Funds is not { } funds) yield break;
        foreach (var group in funds.Breakdown.GroupBy(b => b.PartOf))
        {
            var total = group.Key switch
            {
                Keys.DepartmentFunds.AdjustedBudget => funds.AdjustedBudget,
                Keys.DepartmentFunds.InitialBudget => funds.InitialBudget,
                Keys.DepartmentFunds.ActualExpenditure => funds.ActualExpenditure,
                Keys.DepartmentFunds.BudgetAdjustment => funds.BudgetAdjustment,
                _ => null,
            };
            if (total is null) continue;
            var parts = group.Select(g => Figure.Of(g.Amount)).ToList();
            var sum = parts.Aggregate(Interval.Exact(0), (acc, p) => acc + p.Interval);
            var finding = Consistency.AtMost(Id, $"其中 items of {total.Source.Label} exceed it", sum, Figure.Of(total), parts.Select(p => p.Cell),
                shortfallWarning: $"其中 items of {total.Source.Label} do not make up its total (a source may be unlisted)");
            if (finding is not null) yield return finding;
        }
    }
}

/// <summary>tasks.funds: Σ 任务涉及资金 ≤ 实际支出数.</summary>
public sealed class TaskFundsRule : IRule
{
    public string Id => "tasks.funds";

    public IEnumerable<Finding> Check(ExtractionResult document)
    {
        if (document.Department is not { Funds.ActualExpenditure: { } actual } department) yield break;
        var parts = department.Tasks.Where(t => t.Funds is not null).Select(t => Figure.Of(t.Funds!)).ToList();
        if (parts.Count == 0) yield break;
        var sum = parts.Aggregate(Interval.Exact(0), (acc, p) => acc + p.Interval);
        var finding = Consistency.AtMost(Id, "任务涉及资金 add up to more than 实际支出数", sum, Figure.Of(actual), parts.Select(p => p.Cell));
        if (finding is not null) yield return finding;
    }
}

/// <summary>document.truncated: the table was cut off, so the figures that would complete it cannot be checked.</summary>
public sealed class TruncatedRule : IRule
{
    public string Id => "document.truncated";

    public IEnumerable<Finding> Check(ExtractionResult document)
    {
        if (!document.Truncated) yield break;
        var note = document.Notes.FirstOrDefault(n => n.Code == Keys.Notes.Truncated);
        yield return new Finding
        {
            Rule = Id,
            Severity = Severity.Error,
            Message = note?.Message ?? "the table is cut off before the form ends",
            Cells = [],
        };
    }
}
