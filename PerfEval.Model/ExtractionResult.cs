namespace PerfEval.Model;

/// <summary>
/// Everything PerfEval read from one document: where it came from, which form it is, the typed content of its family,
/// the consistency findings, the cells it did not understand and the notes it made on the way.
/// </summary>
public sealed record ExtractionResult
{
    /// <summary>Version of the output shape; bumped when a key changes meaning.</summary>
    public string Schema { get; init; } = "perfeval/1";
    public required SourceInfo Source { get; init; }
    public required FormInfo Form { get; init; }
    public UnitInfo? Unit { get; init; }
    public DepartmentReport? Department { get; init; }
    /// <summary>The table stops before the form does: the content is what the capture holds, and more was printed.</summary>
    public bool Truncated { get; init; }
    public required IReadOnlyList<Finding> Findings { get; init; }
    public required IReadOnlyList<UnrecognizedCell> Unrecognized { get; init; }
    public required IReadOnlyList<Note> Notes { get; init; }
}
