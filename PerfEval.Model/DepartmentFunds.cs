namespace PerfEval.Model;

/// <summary>部门资金情况: the budget figures of a department and the rates derived from them.</summary>
public sealed record DepartmentFunds
{
    /// <summary>部门调整预算收入 / 调整后预算数 / 全年预算数.</summary>
    public Money? AdjustedBudget { get; init; }
    /// <summary>部门年初预算收入 / 年初预算数.</summary>
    public Money? InitialBudget { get; init; }
    /// <summary>实际支出数 / 全年执行数.</summary>
    public Money? ActualExpenditure { get; init; }
    /// <summary>年度预算调整数.</summary>
    public Money? BudgetAdjustment { get; init; }
    /// <summary>其中 items (其中：一般公共预算 …), each naming the figure it is part of.</summary>
    public required IReadOnlyList<FundsBreakdownItem> Breakdown { get; init; }
    /// <summary>预算完成率.</summary>
    public Rate? CompletionRate { get; init; }
    /// <summary>预算调整率.</summary>
    public Rate? AdjustmentRate { get; init; }
}
