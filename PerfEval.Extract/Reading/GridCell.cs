namespace PerfEval.Extract.Reading;

/// <summary>
/// One cell of a <see cref="Grid"/>: its text as paragraphs, the rectangle it covers and where it came from.
/// Row and column count from 0 inside the grid; output names cells R{row+1}C{col+1}.
/// </summary>
public sealed record GridCell(int Row, int Column, int RowSpan, int ColumnSpan, IReadOnlyList<string> Paragraphs, CellOrigin Origin)
{
    /// <summary>The paragraphs joined by line feeds.</summary>
    public string Text => Paragraphs.Count == 1 ? Paragraphs[0] : string.Join("\n", Paragraphs);

    /// <summary>True when the cell holds no visible text.</summary>
    public bool IsEmpty => Paragraphs.All(string.IsNullOrWhiteSpace);

    /// <summary>The spreadsheet-style name of the cell's top-left position, counting from 1: R3C2.</summary>
    public string Name => $"R{Row + 1}C{Column + 1}";
}
