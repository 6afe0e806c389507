namespace PerfEval.Model;

/// <summary>A goal as planned (预期目标) and as achieved (目标完成情况 / 实际完成情况).</summary>
public sealed record GoalPair(TextField? Expected, TextField? Achieved);
