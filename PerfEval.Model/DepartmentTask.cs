namespace PerfEval.Model;

/// <summary>A 主要任务 row group: its goal, what was achieved, its key indicators and the funds it involved.</summary>
public sealed record DepartmentTask
{
    public required TextField Name { get; init; }
    public TextField? Expected { get; init; }
    public TextField? Achieved { get; init; }
    public required IReadOnlyList<KeyIndicator> Indicators { get; init; }
    /// <summary>任务涉及资金.</summary>
    public Money? Funds { get; init; }
}
