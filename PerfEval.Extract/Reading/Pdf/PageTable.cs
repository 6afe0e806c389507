namespace PerfEval.Extract.Reading.Pdf;

/// <summary>
/// A table found on one page, before tables continued over pages are joined. Column boundaries
/// <see cref="Xs"/> ascend; row boundaries <see cref="Ys"/> descend (top first), in the page's reading frame.
/// </summary>
internal sealed class PageTable(PageContent page, string mode, List<double> xs, List<double> ys, List<PageCell> cells)
{
    public PageContent Page { get; } = page;
    public string Mode { get; } = mode;
    public List<double> Xs { get; } = xs;
    public List<double> Ys { get; } = ys;
    public List<PageCell> Cells { get; } = cells;
    public List<string> Preamble { get; set; } = [];

    public int RowCount => Ys.Count - 1;
    public int ColumnCount => Xs.Count - 1;
    public double Left => Xs[0];
    public double Right => Xs[^1];
    public double Top => Ys[0];
    public double Bottom => Ys[^1];
}

/// <summary>A cell of a <see cref="PageTable"/>: grid position counting from 0, text, and rectangle in the reading frame.</summary>
internal sealed class PageCell(int row, int column, int rowSpan, int columnSpan, double x0, double y0, double x1, double y1)
{
    public int Row { get; set; } = row;
    public int Column { get; set; } = column;
    public int RowSpan { get; set; } = rowSpan;
    public int ColumnSpan { get; set; } = columnSpan;
    public double X0 { get; } = x0;
    public double Y0 { get; } = y0;
    public double X1 { get; } = x1;
    public double Y1 { get; } = y1;
    public List<Glyph> Glyphs { get; } = [];

    /// <summary>The glyphs and the bottom edge of the cell's last part, when it goes on over pages.</summary>
    public List<Glyph> TailGlyphs { get; set; } = [];
    public double TailBottom { get; set; } = y0;
    public List<string> Paragraphs { get; set; } = [];

    /// <summary>The page the cell starts on, counting from 1.</summary>
    public int Page { get; set; }

    /// <summary>The rectangle in user space (set when the cell is read).</summary>
    public IReadOnlyList<double>? Box { get; set; }

    public bool IsEmpty => Paragraphs.All(string.IsNullOrWhiteSpace);
}
