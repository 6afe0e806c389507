namespace PerfEval.Model;

/// <summary>The form recognized: its family (department, project), the layout within it, and the title as printed.</summary>
public sealed record FormInfo(string Family, string Layout, string? Title);
