namespace PerfEval.Model;

/// <summary>
/// A 部门整体支出绩效自评表: the department, the year, the funds (as pairs or as a matrix), the annual goal, tasks or an
/// indicator tree, and narrative sections.
/// </summary>
public sealed record DepartmentReport
{
    public TextField? Name { get; init; }
    public YearField? Year { get; init; }
    /// <summary>The funds block of layouts that print it as label/value pairs (Guangzhou).</summary>
    public DepartmentFunds? Funds { get; init; }
    /// <summary>The funds block of layouts that print it as a matrix of sources by stage (Guizhou, Hunan).</summary>
    public FundsMatrix? FundsMatrix { get; init; }
    public GoalPair? AnnualGoal { get; init; }
    public required IReadOnlyList<DepartmentTask> Tasks { get; init; }
    /// <summary>The indicator tree of layouts that score the department like a project.</summary>
    public IReadOnlyList<IndicatorGroup>? IndicatorGroups { get; init; }
    public StatedFigure? TotalScore { get; init; }
    /// <summary>True when a 总分 row closed the indicator tree: the tree is whole, so its sums can be checked.</summary>
    public bool? IndicatorTreeClosed { get; init; }
    /// <summary>财政供养人员情况, in layouts that report staff control (Hunan's 基础数据表).</summary>
    public StaffControl? Staff { get; init; }
    public required IReadOnlyList<Narrative> Narratives { get; init; }
}
