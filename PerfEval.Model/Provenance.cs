namespace PerfEval.Model;

/// <summary>
/// Where a value was read: the label that named it in the table, the grid cell (R{row}C{col}, counting from 1)
/// and the place in the source document ("line 8, field 3", "page 2", "sheet Sheet1, row 4, column 2").
/// </summary>
public sealed record Provenance(string? Label, string Cell, string Location);
