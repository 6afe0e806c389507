namespace PerfEval.Model;

/// <summary>A 关键指标 of a task and its 指标完成情况, parsed as a quantity where it holds one.</summary>
public sealed record KeyIndicator(TextField Name, Quantity? Completion);
