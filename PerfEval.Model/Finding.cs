namespace PerfEval.Model;

/// <summary>
/// The result of a consistency rule that did not hold. <see cref="ExpectedLow"/>..<see cref="ExpectedHigh"/> is the
/// interval the inputs allow once their rounding is honoured; <see cref="Tolerance"/> is the half-width of the stated
/// figure's own rounding. <see cref="Cells"/> names every cell involved.
/// </summary>
public sealed record Finding
{
    public required string Rule { get; init; }
    public required Severity Severity { get; init; }
    public required string Message { get; init; }
    public string? Stated { get; init; }
    public decimal? StatedValue { get; init; }
    public decimal? ExpectedLow { get; init; }
    public decimal? ExpectedHigh { get; init; }
    public decimal? Tolerance { get; init; }
    public required IReadOnlyList<string> Cells { get; init; }
}
