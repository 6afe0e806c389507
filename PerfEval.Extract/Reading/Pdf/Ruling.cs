namespace PerfEval.Extract.Reading.Pdf;

/// <summary>
/// A horizontal or vertical ruling line in the reading frame. For a horizontal line <see cref="Position"/> is its y
/// and <see cref="Start"/>–<see cref="End"/> its x extent; for a vertical line the other way round.
/// </summary>
internal readonly record struct Ruling(bool Horizontal, double Position, double Start, double End)
{
    public double Length => End - Start;
}
