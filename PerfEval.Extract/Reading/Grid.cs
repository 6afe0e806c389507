namespace PerfEval.Extract.Reading;

/// <summary>
/// A table as a reader found it: anchor cells with their spans, addressed by (row, column) counting from 0.
/// Readers that know merges (HTML, DOCX, XLSX, PDF lattice) give spans; a text dump gives 1×1 cells with empty
/// fields where the printed form had merges. Lines of text found just above the table (title, 单位) are kept
/// in <see cref="Preamble"/>.
/// </summary>
public sealed class Grid
{
    private readonly GridCell?[,] _slots;

    /// <summary>Most slots (rows × columns) a grid may have: far above any printed form, far below what exhausts memory.</summary>
    public const long MaxSlots = 4_000_000;

    public Grid(int rowCount, int columnCount, IEnumerable<GridCell> cells, IReadOnlyList<string> preamble, string origin)
    {
        if ((long)rowCount * columnCount > MaxSlots)
            throw new UnreadableDocumentException(ErrorCodes.TooLarge,
                $"{origin}: a table of {rowCount} rows × {columnCount} columns is more than the {MaxSlots} cells a table may have");
        RowCount = rowCount;
        ColumnCount = columnCount;
        Preamble = preamble;
        Origin = origin;
        _slots = new GridCell?[rowCount, columnCount];
        var list = new List<GridCell>();
        foreach (var cell in cells)
        {
            if (cell.Row < 0 || cell.Column < 0 || cell.RowSpan < 1 || cell.ColumnSpan < 1
                || cell.Row + cell.RowSpan > rowCount || cell.Column + cell.ColumnSpan > columnCount)
                throw new ArgumentException($"cell {cell.Name} ({cell.RowSpan}×{cell.ColumnSpan}) does not fit a {rowCount}×{columnCount} grid");
            for (var r = cell.Row; r < cell.Row + cell.RowSpan; r++)
                for (var c = cell.Column; c < cell.Column + cell.ColumnSpan; c++)
                {
                    if (_slots[r, c] is not null)
                        throw new ArgumentException($"cell {cell.Name} overlaps {_slots[r, c]!.Name}");
                    _slots[r, c] = cell;
                }
            list.Add(cell);
        }
        Cells = list.OrderBy(c => c.Row).ThenBy(c => c.Column).ToList();
    }

    public int RowCount { get; }
    public int ColumnCount { get; }

    /// <summary>Anchor cells in reading order (row, then column).</summary>
    public IReadOnlyList<GridCell> Cells { get; }

    /// <summary>Text lines that stood before the table: the title, 单位：万元 and the like.</summary>
    public IReadOnlyList<string> Preamble { get; }

    /// <summary>
    /// True when the table's structure was lost before it reached PerfEval (text captured one cell per line, cells
    /// run together): rows and columns then say only in which order the cells came, and recognizers must read the
    /// sequence of labels and values rather than trust column positions.
    /// </summary>
    public bool Flattened { get; init; }

    /// <summary>Where the grid came from inside its document: "text dump", "table 2", "page 1–3".</summary>
    public string Origin { get; }

    /// <summary>How the reader found the table, where it had a choice: "lattice" (ruling lines) or "stream" (text alignment) for PDF; null otherwise.</summary>
    public string? Mode { get; init; }

    /// <summary>The page the table starts on, counting from 1, for paged formats; null otherwise.</summary>
    public int? Page { get; init; }

    /// <summary>The cell covering a position, anchored there or spanning over it; null where nothing is.</summary>
    public GridCell? At(int row, int column) =>
        row >= 0 && row < RowCount && column >= 0 && column < ColumnCount ? _slots[row, column] : null;

    /// <summary>The distinct cells met along a row, left to right, each once (a span counts where it starts to cover the row).</summary>
    public IReadOnlyList<GridCell> RowCells(int row)
    {
        var result = new List<GridCell>(ColumnCount);
        for (var c = 0; c < ColumnCount; c++)
        {
            var cell = _slots[row, c];
            if (cell is not null && (result.Count == 0 || !ReferenceEquals(result[^1], cell)))
                result.Add(cell);
        }
        return result;
    }
}
