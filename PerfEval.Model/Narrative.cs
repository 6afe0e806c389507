namespace PerfEval.Model;

/// <summary>
/// A narrative section (重点项目绩效情况, 部门整体绩效, 存在问题, 改进措施或下一步计划 …) under a stable English key:
/// keyProjects, overallPerformance, problems, improvements.
/// </summary>
public sealed record Narrative(string Key, TextField Text);
