namespace PerfEval.Model;

/// <summary>财政供养人员情况: the authorized headcount (编制数), the staff actually employed, and the control rate between them.</summary>
public sealed record StaffControl(StatedFigure? Quota, StatedFigure? Actual, StatedFigure? ControlRate);
