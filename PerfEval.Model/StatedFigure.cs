namespace PerfEval.Model;

/// <summary>
/// A published figure of any kind inside a matrix or indicator tree: money (with unit and yuan), a percent, or
/// points (分值, 得分). The raw text and stated decimals are kept; <see cref="Value"/> is in the figure's own terms
/// (万元 for money in a 万元 table, percent points for a percent).
/// </summary>
public sealed record StatedFigure
{
    public required decimal Value { get; init; }
    public required string Raw { get; init; }
    public required int Decimals { get; init; }
    /// <summary>money, percent or points.</summary>
    public required string Kind { get; init; }
    public string? Unit { get; init; }
    public decimal? Yuan { get; init; }
    public required Provenance Source { get; init; }
}
