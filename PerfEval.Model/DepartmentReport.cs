namespace PerfEval.Model;

/// <summary>A 部门整体支出绩效自评表: the department, the year, the funds block, the annual goal, tasks and narrative sections.</summary>
public sealed record DepartmentReport
{
    public TextField? Name { get; init; }
    public YearField? Year { get; init; }
    public required DepartmentFunds Funds { get; init; }
    public GoalPair? AnnualGoal { get; init; }
    public required IReadOnlyList<DepartmentTask> Tasks { get; init; }
    public required IReadOnlyList<Narrative> Narratives { get; init; }
}
