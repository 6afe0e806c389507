namespace PerfEval.Extract.Reading.Pdf;

/// <summary>
/// Turns a <see cref="JoinedTable"/> into a <see cref="Grid"/>: columns from the joined column boundaries, cells placed
/// by their x extent. A cell that would overlap one already placed (possible only with odd geometry) shrinks to its
/// anchor slot, or gives its text to the cell there; nothing is dropped.
/// </summary>
internal static class GridBuilder
{
    public static Grid ToGrid(JoinedTable table)
    {
        var xs = table.Xs;
        var rows = Math.Max(1, table.RowCount);
        var columns = Math.Max(1, xs.Count - 1);
        var slots = new PageCell?[rows, columns];
        var placed = new List<(PageCell Cell, int Column, int ColumnSpan, int RowSpan)>();
        foreach (var cell in table.Cells.OrderBy(c => c.Row).ThenBy(c => c.X0))
        {
            var c0 = Math.Clamp(NearestIndex(xs, cell.X0), 0, columns - 1);
            var c1 = Math.Clamp(NearestIndex(xs, cell.X1), c0 + 1, columns);
            var r0 = Math.Clamp(cell.Row, 0, rows - 1);
            var r1 = Math.Clamp(cell.Row + cell.RowSpan, r0 + 1, rows);
            if (!Free(r0, r1, c0, c1))
            {
                if (slots[r0, c0] is { } owner)
                {
                    owner.Paragraphs = [.. owner.Paragraphs, .. cell.Paragraphs.Where(p => p.Length > 0)];
                    continue;
                }
                (r1, c1) = (r0 + 1, c0 + 1);
            }
            for (var r = r0; r < r1; r++)
                for (var c = c0; c < c1; c++)
                    slots[r, c] = cell;
            placed.Add((cell, c0, c1 - c0, r1 - r0));
            cell.Row = r0;
        }

        var cells = placed.Select(p => new GridCell(p.Cell.Row, p.Column, p.RowSpan, p.ColumnSpan,
            p.Cell.Paragraphs.Count == 0 ? [""] : p.Cell.Paragraphs,
            new CellOrigin { Page = p.Cell.Page, Box = p.Cell.Box }));
        var origin = table.FirstPage == table.LastPage ? $"page {table.FirstPage}" : $"pages {table.FirstPage}–{table.LastPage}";
        return new Grid(rows, columns, cells, table.Preamble, origin) { Mode = table.Mode, Page = table.FirstPage };

        bool Free(int r0, int r1, int c0, int c1)
        {
            for (var r = r0; r < r1; r++)
                for (var c = c0; c < c1; c++)
                    if (slots[r, c] is not null) return false;
            return true;
        }
    }

    private static int NearestIndex(List<double> xs, double value)
    {
        var best = 0;
        for (var i = 1; i < xs.Count; i++)
            if (Math.Abs(xs[i] - value) < Math.Abs(xs[best] - value)) best = i;
        return best;
    }
}
