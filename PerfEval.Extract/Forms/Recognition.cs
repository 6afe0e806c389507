using PerfEval.Model;

namespace PerfEval.Extract.Forms;

/// <summary>What a recognizer built from one grid: the form, its unit, the typed content and what it could not place.</summary>
public sealed record Recognition
{
    public required FormInfo Form { get; init; }
    public UnitInfo? Unit { get; init; }
    public DepartmentReport? Department { get; init; }
    public required IReadOnlyList<UnrecognizedCell> Unrecognized { get; init; }
    public required IReadOnlyList<Note> Notes { get; init; }
    /// <summary>The table stops before the form does (cut-off capture): what it holds is kept, and this says so.</summary>
    public bool Truncated { get; init; }
}
