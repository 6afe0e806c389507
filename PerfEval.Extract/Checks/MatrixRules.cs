using PerfEval.Model;

namespace PerfEval.Extract.Checks;

/// <summary>funds.execution-rate: 执行率 = 全年执行数 / 全年预算数 (年初预算数 where no adjusted budget is printed), per row.</summary>
public sealed class ExecutionRateRule : IRule
{
    public string Id => "funds.execution-rate";

    public IEnumerable<Finding> Check(ExtractionResult document)
    {
        foreach (var row in document.Matrix()?.Rows ?? [])
        {
            if (row.Get(Keys.Columns.Rate) is not { } rate || row.Get(Keys.Columns.Executed) is not { } executed) continue;
            // An adjusted budget printed but only placed by order must not be replaced by the initial one.
            var adjustedPrinted = row.Cells.Any(c => c.Column == Keys.Columns.AdjustedBudget);
            if ((adjustedPrinted ? row.Get(Keys.Columns.AdjustedBudget) : row.Get(Keys.Columns.InitialBudget)) is not { } budget) continue;
            var b = budget.AsFigure();
            if (b.Interval.ContainsZero) continue;
            var e = executed.AsFigure();
            var finding = Consistency.CompareRate(Id, $"{row.Label} 执行率 should equal 全年执行数 / {budget.Source.Label}", rate.AsFigure(), (e.Interval / b.Interval).Scale(100m), [e.Cell, b.Cell]);
            if (finding is not null) yield return finding;
        }
    }
}

/// <summary>
/// funds.budget-score: the budget 得分 = 分值 × min(执行率, 100 %), on the total row (where the form awards it).
/// The rate is computed from the figures where they allow it, else the stated rate is used.
/// </summary>
public sealed class BudgetScoreRule : IRule
{
    public string Id => "funds.budget-score";

    public IEnumerable<Finding> Check(ExtractionResult document)
    {
        var row = document.Matrix()?.Rows.FirstOrDefault(r => r.Key == Keys.Rows.Total);
        if (row?.Get(Keys.Columns.Weight) is not { } weight || row.Get(Keys.Columns.Score) is not { } score) yield break;
        Interval rate;
        var cells = new List<string> { weight.Source.Cell };
        var budget = row.Cells.Any(c => c.Column == Keys.Columns.AdjustedBudget) ? row.Get(Keys.Columns.AdjustedBudget) : row.Get(Keys.Columns.InitialBudget);
        if (row.Get(Keys.Columns.Executed) is { } executed && budget is not null && !budget.AsFigure().Interval.ContainsZero)
        {
            rate = executed.AsFigure().Interval / budget.AsFigure().Interval;
            cells.AddRange([executed.Source.Cell, budget.Source.Cell]);
        }
        else if (row.Get(Keys.Columns.Rate) is { } stated)
        {
            rate = stated.AsFigure().Interval.Scale(0.01m);
            cells.Add(stated.Source.Cell);
        }
        else yield break;
        var capped = Interval.Min(rate, Interval.Exact(1m));
        var finding = Consistency.Compare(Id, "预算执行得分 should equal 分值 × min(执行率, 100 %)", score.AsFigure(), weight.Exact() * capped, cells);
        if (finding is not null) yield return finding;
    }
}

/// <summary>
/// funds.sources: 年度资金总额 = Σ its parts, per money column (where any part holds a figure). Parts by source
/// (财政拨款, 上年结转 …) and parts by nature (基本支出, 项目支出) are two ways of dividing the same total, summed apart;
/// 其中 items the dictionary does not know are left out.
/// </summary>
public sealed class FundsSourcesRule : IRule
{
    private static readonly string[][] Partitions =
    [
        [Keys.Rows.CurrentYearAppropriation, Keys.Rows.FiscalFunds, Keys.Rows.SpecialAccountFunds, Keys.Rows.UnitFunds, Keys.Rows.CarryOver, Keys.Rows.OtherFunds],
        [Keys.Rows.BasicExpenditure, Keys.Rows.ProjectExpenditure, Keys.Rows.Other],
    ];

    public string Id => "funds.sources";

    public IEnumerable<Finding> Check(ExtractionResult document)
    {
        if (document.Matrix() is not { } matrix || matrix.Rows.FirstOrDefault(r => r.Key == Keys.Rows.Total) is not { } total) yield break;
        if (ZeroTotalRule.IsZeroAboveMoney(matrix, total)) yield break; // funds.zero-total says it better
        // 其他 is a source beside 财政拨款 …, or a nature beside 基本支出/项目支出: it goes with the rows it stands among.
        var bySource = matrix.Rows.Any(r => Partitions[0].Contains(r.Key));
        foreach (var partition in Partitions)
        {
            var parts = matrix.Rows.Where(r => r.IsPart && (partition.Contains(r.Key)
                ? r.Key != Keys.Rows.Other || !bySource
                : r.Key == Keys.Rows.Other && bySource && partition == Partitions[0])).ToList();
            foreach (var column in new[] { Keys.Columns.InitialBudget, Keys.Columns.AdjustedBudget, Keys.Columns.Executed })
            {
                if (total.Get(column) is not { } stated) continue;
                // A part whose figure in this column was only placed by order leaves the sum unknown.
                if (parts.Any(p => p.Cells.Any(c => c.Column == column && c.Ambiguous == true))) continue;
                var figures = parts.Select(p => p.Get(column)).OfType<StatedFigure>().Select(f => f.AsFigure()).ToList();
                if (figures.Count == 0) continue;
                var sum = figures.Aggregate(Interval.Exact(0), (acc, f) => acc + f.Interval);
                var finding = Consistency.Compare(Id, $"年度资金总额 ({stated.Source.Label}) should equal the sum of its parts", stated.AsFigure(), sum, figures.Select(f => f.Cell));
                if (finding is not null) yield return finding;
            }
        }
    }
}

/// <summary>funds.zero-total: a total row of zeros above sources that hold money is flagged, not trusted.</summary>
public sealed class ZeroTotalRule : IRule
{
    public string Id => "funds.zero-total";

    public static bool IsZeroAboveMoney(FundsMatrix matrix, FundsRow total)
    {
        var totals = total.Cells.Where(c => c.Figure.Kind == Keys.Kinds.Money).ToList();
        return totals.Count > 0 && totals.All(c => c.Figure.Value == 0)
            && matrix.Rows.Where(r => r.IsPart).SelectMany(r => r.Cells).Any(c => c.Figure.Kind == Keys.Kinds.Money && c.Figure.Value != 0);
    }

    public IEnumerable<Finding> Check(ExtractionResult document)
    {
        if (document.Matrix() is not { } matrix || matrix.Rows.FirstOrDefault(r => r.Key == Keys.Rows.Total) is not { } total) yield break;
        if (!IsZeroAboveMoney(matrix, total)) yield break;
        var holding = matrix.Rows.Where(r => r.IsPart && r.Cells.Any(c => c.Figure.Kind == Keys.Kinds.Money && c.Figure.Value != 0)).ToList();
        yield return new Finding
        {
            Rule = Id,
            Severity = Severity.Error,
            Message = $"{total.Label} is all zeros while {string.Join("、", holding.Select(r => r.Label))} hold money ("
                + string.Join(" / ", holding[0].Cells.Where(c => c.Figure.Kind == Keys.Kinds.Money).Select(c => c.Figure.Raw)) + "): the total row is not to be trusted",
            Stated = string.Join(" ", total.Cells.Where(c => c.Figure.Kind == Keys.Kinds.Money).Select(c => c.Figure.Raw)),
            Cells = [.. total.Cells.Select(c => c.Figure.Source.Cell), .. holding.SelectMany(r => r.Cells).Select(c => c.Figure.Source.Cell)],
        };
    }
}

/// <summary>
/// funds.unit: an amount whose size does not fit the declared unit — a whole number of a million or more 万元 (ten
/// billion yuan) in one self-evaluation table is almost surely written in yuan.
/// </summary>
public sealed class UnitPlausibilityRule : IRule
{
    public string Id => "funds.unit";

    public IEnumerable<Finding> Check(ExtractionResult document)
    {
        var amounts = (document.Matrix()?.Rows ?? []).SelectMany(r => r.Cells).Select(c => c.Figure).Where(f => f.Kind == Keys.Kinds.Money)
            .Select(f => (Value: f.Value, Raw: f.Raw, Decimals: f.Decimals, Unit: f.Unit, Cell: f.Source.Cell))
            .Concat(DepartmentAmounts(document));
        var suspicious = amounts.Where(a => a.Unit == "万元" && a.Decimals == 0 && Math.Abs(a.Value) >= 1_000_000m).ToList();
        if (suspicious.Count == 0) yield break;
        var first = suspicious[0];
        // One finding for the table: the unit is what is wrong, not each figure.
        yield return new Finding
        {
            Rule = Id,
            Severity = Severity.Warning,
            Message = $"{first.Raw} 万元 would be {first.Value / 10_000m} 亿元 ({suspicious.Count} such amount(s)); the figures are probably in 元, not in the declared 万元",
            Stated = first.Raw,
            StatedValue = first.Value,
            Cells = suspicious.Select(a => a.Cell).ToList(),
        };
    }

    private static IEnumerable<(decimal Value, string Raw, int Decimals, string? Unit, string Cell)> DepartmentAmounts(ExtractionResult document)
    {
        if (document.Department?.Funds is not { } funds) yield break;
        foreach (var money in new[] { funds.AdjustedBudget, funds.InitialBudget, funds.ActualExpenditure, funds.BudgetAdjustment }.OfType<Money>())
            yield return (money.Value, money.Raw, money.Decimals, money.Unit, money.Source.Cell);
    }
}

/// <summary>
/// funds.items: in a matrix whose rows nest, numbered items (1、2、3、) add up to the row they belong to, and 其中 rows
/// add up to no more than it; per column, where the parent and at least one item state a figure (a blank item is 0).
/// </summary>
public sealed class FundsItemsRule : IRule
{
    public string Id => "funds.items";

    public IEnumerable<Finding> Check(ExtractionResult document)
    {
        if (document.Matrix() is not { } matrix) yield break;
        foreach (var parent in matrix.Rows)
        {
            foreach (var kind in new[] { Keys.Items.Whole, Keys.Items.OfWhich })
            {
                var children = matrix.Rows.Where(r => r.PartOf == parent.Key && r.ItemKind == kind).ToList();
                if (children.Count == 0) continue;
                foreach (var column in matrix.Columns)
                {
                    if (parent.Get(column.Key) is not { } total) continue;
                    // A child whose column was only guessed leaves the sum unknown.
                    if (children.Any(c => c.Cells.Any(cell => cell.Column == column.Key && cell.Ambiguous == true))) continue;
                    var parts = children.Select(c => c.Get(column.Key)).OfType<StatedFigure>().Select(f => f.AsFigure()).ToList();
                    if (parts.Count == 0) continue;
                    var sum = parts.Aggregate(Interval.Exact(0), (acc, p) => acc + p.Interval);
                    var finding = kind == Keys.Items.Whole
                        ? Consistency.Compare(Id, $"{parent.Label} ({column.Label}) should equal the sum of its items", total.AsFigure(), sum, parts.Select(p => p.Cell))
                        : Consistency.AtMost(Id, $"其中 rows of {parent.Label} ({column.Label}) exceed it", sum, total.AsFigure(), parts.Select(p => p.Cell));
                    if (finding is not null) yield return finding;
                }
            }
        }
    }
}

/// <summary>staff.control-rate: 控制率 = 实际在职人数 / 编制数.</summary>
public sealed class StaffControlRateRule : IRule
{
    public string Id => "staff.control-rate";

    public IEnumerable<Finding> Check(ExtractionResult document)
    {
        if (document.Department?.Staff is not { Quota: { } quota, Actual: { } actual, ControlRate: { } rate }) yield break;
        if (quota.AsFigure().Interval.ContainsZero) yield break;
        // Headcounts are counted, not rounded.
        var computed = (actual.Exact() / quota.Exact()).Scale(100m);
        var finding = Consistency.CompareRate(Id, "控制率 should equal 实际在职人数 / 编制数", rate.AsFigure(), computed, [actual.Source.Cell, quota.Source.Cell]);
        if (finding is not null) yield return finding;
    }
}
