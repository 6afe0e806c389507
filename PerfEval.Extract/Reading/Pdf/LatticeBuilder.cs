namespace PerfEval.Extract.Reading.Pdf;

/// <summary>
/// Builds tables from ruling lines. Rulings that cross or touch form a table; the distinct x and y positions of its
/// lines make a grid of slots; two neighbouring slots belong to one cell unless a line separates them along most of
/// their common side. A cell is the rectangle its lines actually enclose, so merged cells keep their spans.
/// </summary>
internal static class LatticeBuilder
{
    /// <summary>Lines this close (points) touch; positions this close are the same grid line.</summary>
    private const double Touch = 3.0;

    /// <summary>A side counts as ruled when lines cover at least this share of it.</summary>
    private const double Coverage = 0.5;

    public static List<PageTable> Build(PageContent page)
    {
        var tables = new List<PageTable>();
        foreach (var group in ConnectedGroups(page.Rulings))
        {
            var table = BuildTable(page, group);
            if (table is not null) tables.Add(table);
        }
        AssignGlyphs(page, tables);
        // Reading order: top to bottom, then left to right.
        tables.Sort((a, b) => Math.Abs(a.Top - b.Top) > Touch ? b.Top.CompareTo(a.Top) : a.Left.CompareTo(b.Left));
        return tables;
    }

    private static List<List<Ruling>> ConnectedGroups(List<Ruling> rulings)
    {
        var parent = Enumerable.Range(0, rulings.Count).ToArray();
        for (var i = 0; i < rulings.Count; i++)
        {
            if (!rulings[i].Horizontal) continue;
            for (var j = 0; j < rulings.Count; j++)
            {
                if (rulings[j].Horizontal) continue;
                if (Crosses(rulings[i], rulings[j])) Union(i, j);
            }
        }
        // Parallel lines that overlap end to end (a frame drawn as pieces) also belong together.
        return Enumerable.Range(0, rulings.Count)
            .GroupBy(Find)
            .Select(g => g.Select(i => rulings[i]).ToList())
            .Where(g => g.Any(r => r.Horizontal) && g.Any(r => !r.Horizontal))
            .ToList();

        int Find(int x)
        {
            while (parent[x] != x) x = parent[x] = parent[parent[x]];
            return x;
        }

        void Union(int a, int b) => parent[Find(a)] = Find(b);
    }

    private static bool Crosses(Ruling h, Ruling v) =>
        v.Position >= h.Start - Touch && v.Position <= h.End + Touch &&
        h.Position >= v.Start - Touch && h.Position <= v.End + Touch;

    private static PageTable? BuildTable(PageContent page, List<Ruling> group)
    {
        var horizontals = group.Where(r => r.Horizontal).ToList();
        var verticals = group.Where(r => !r.Horizontal).ToList();
        var left = Math.Min(horizontals.Min(h => h.Start), verticals.Min(v => v.Position));
        var right = Math.Max(horizontals.Max(h => h.End), verticals.Max(v => v.Position));
        var bottom = Math.Min(verticals.Min(v => v.Start), horizontals.Min(h => h.Position));
        var top = Math.Max(verticals.Max(v => v.End), horizontals.Max(h => h.Position));

        var xs = Geometry.Cluster(verticals.Select(v => v.Position).Append(left).Append(right), Touch);
        var ys = Geometry.Cluster(horizontals.Select(h => h.Position).Append(bottom).Append(top), Touch);
        ys.Reverse();
        int rows = ys.Count - 1, columns = xs.Count - 1;
        if (rows < 1 || columns < 1 || rows * columns < 2) return null;

        // vertical[i, j]: a line between column j−1 and j along row i; horizontal[i, j]: a line above row i in column j.
        var vertical = new bool[rows, columns + 1];
        var horizontal = new bool[rows + 1, columns];
        for (var i = 0; i < rows; i++)
        {
            vertical[i, 0] = vertical[i, columns] = true;
            for (var j = 1; j < columns; j++)
                vertical[i, j] = Covered(verticals, xs[j], ys[i + 1], ys[i]);
        }
        for (var j = 0; j < columns; j++)
        {
            horizontal[0, j] = horizontal[rows, j] = true;
            for (var i = 1; i < rows; i++)
                horizontal[i, j] = Covered(horizontals, ys[i], xs[j], xs[j + 1]);
        }

        var cells = new List<PageCell>();
        var taken = new bool[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                if (taken[i, j]) continue;
                var colSpan = 1;
                while (j + colSpan < columns && !vertical[i, j + colSpan] && !taken[i, j + colSpan]) colSpan++;
                var rowSpan = 1;
                while (i + rowSpan < rows && CanGrowDown(i + rowSpan, j, colSpan)) rowSpan++;
                for (var r = i; r < i + rowSpan; r++)
                    for (var c = j; c < j + colSpan; c++)
                        taken[r, c] = true;
                cells.Add(new PageCell(i, j, rowSpan, colSpan, xs[j], ys[i + rowSpan], xs[j + colSpan], ys[i]) { Page = page.Number });
            }
        }
        DropUnusedLines(xs, ys, cells);
        return new PageTable(page, "lattice", xs, ys, cells);

        bool CanGrowDown(int row, int column, int span)
        {
            for (var c = column; c < column + span; c++)
            {
                if (horizontal[row, c] || taken[row, c]) return false;
                if (c > column && vertical[row, c]) return false;
            }
            // The new row must be closed where the cell's sides are.
            return vertical[row, column] && vertical[row, column + span];
        }
    }

    /// <summary>
    /// Removes grid lines that no cell starts or ends at: a short stray line (an underline, a tick) makes a grid
    /// position that every cell then spans, which would read as an empty row or column with spans around it.
    /// </summary>
    private static void DropUnusedLines(List<double> xs, List<double> ys, List<PageCell> cells)
    {
        var usedX = new bool[xs.Count];
        var usedY = new bool[ys.Count];
        usedX[0] = usedX[^1] = usedY[0] = usedY[^1] = true;
        foreach (var cell in cells)
        {
            usedX[cell.Column] = usedX[cell.Column + cell.ColumnSpan] = true;
            usedY[cell.Row] = usedY[cell.Row + cell.RowSpan] = true;
        }
        if (usedX.All(u => u) && usedY.All(u => u)) return;
        var newX = Renumber(usedX);
        var newY = Renumber(usedY);
        foreach (var cell in cells)
        {
            var (c0, c1) = (newX[cell.Column], newX[cell.Column + cell.ColumnSpan]);
            var (r0, r1) = (newY[cell.Row], newY[cell.Row + cell.RowSpan]);
            (cell.Column, cell.ColumnSpan, cell.Row, cell.RowSpan) = (c0, c1 - c0, r0, r1 - r0);
        }
        Keep(xs, usedX);
        Keep(ys, usedY);

        static int[] Renumber(bool[] used)
        {
            var map = new int[used.Length];
            for (int i = 0, next = 0; i < used.Length; i++)
            {
                map[i] = next;
                if (used[i]) next++;
            }
            return map;
        }

        static void Keep(List<double> positions, bool[] used)
        {
            var kept = positions.Where((_, i) => used[i]).ToList();
            positions.Clear();
            positions.AddRange(kept);
        }
    }

    /// <summary>True when lines at <paramref name="position"/> cover most of <paramref name="from"/>–<paramref name="to"/>.</summary>
    private static bool Covered(List<Ruling> lines, double position, double from, double to)
    {
        var length = to - from;
        if (length <= 0) return false;
        var covered = 0.0;
        foreach (var line in lines)
        {
            if (Math.Abs(line.Position - position) > Touch) continue;
            var overlap = Math.Min(line.End, to) - Math.Max(line.Start, from);
            if (overlap > 0) covered += overlap;
        }
        return covered >= Coverage * length;
    }

    private static void AssignGlyphs(PageContent page, List<PageTable> tables)
    {
        if (tables.Count == 0) return;
        foreach (var table in tables)
        {
            var index = new PageCell?[table.RowCount, table.ColumnCount];
            foreach (var cell in table.Cells)
                for (var r = cell.Row; r < cell.Row + cell.RowSpan; r++)
                    for (var c = cell.Column; c < cell.Column + cell.ColumnSpan; c++)
                        index[r, c] = cell;
            foreach (var glyph in page.Glyphs)
            {
                var c = Geometry.IntervalAscending(table.Xs, glyph.CenterX);
                if (c < 0) continue;
                var r = Geometry.IntervalDescending(table.Ys, glyph.CenterY);
                if (r < 0) continue;
                index[r, c]?.Glyphs.Add(glyph);
            }
            foreach (var cell in table.Cells) MoveOverflow(cell, table, index);
            foreach (var cell in table.Cells) cell.TailGlyphs = cell.Glyphs;
        }
    }

    /// <summary>
    /// A cell's first line whose glyphs cross the cell's top border and that follows the text of the cell above at a
    /// line's distance is text that overflowed from the cell above (Chromium does this at page breaks): move it back,
    /// unless the row's other cells have text on that same baseline (then the row is merely tight).
    /// </summary>
    private static void MoveOverflow(PageCell cell, PageTable table, PageCell?[,] index)
    {
        if (cell.Row == 0 || cell.Glyphs.Count == 0) return;
        var lines = TextAssembler.Lines(cell.Glyphs);
        if (lines.Count == 0) return;
        var first = lines[0];
        if (first.Glyphs.Max(g => g.InkTop) <= cell.Y1 + 0.2) return;
        var column = Geometry.IntervalAscending(table.Xs, first.Glyphs[0].CenterX);
        if (column < 0) return;
        var above = index[cell.Row - 1, column];
        if (above is null || above == cell || above.Glyphs.Count == 0) return;
        var aboveLines = TextAssembler.Lines(above.Glyphs);
        if (aboveLines.Count == 0) return;
        var aboveLast = aboveLines[^1];
        if (aboveLast.Baseline - first.Baseline > 1.8 * Math.Max(first.Size, aboveLast.Size)) return;
        // Text on the same baseline in the row's other cells shows the line is this row's own (a tight row), not overflow.
        var sameLine = table.Cells.Any(other => other != cell && other.Row == cell.Row && other.Glyphs.Any(g =>
            !g.IsSpace && Math.Abs(g.Baseline - first.Baseline) < 0.3 * first.Size));
        if (sameLine) return;
        foreach (var g in first.Glyphs)
        {
            cell.Glyphs.Remove(g);
            above.Glyphs.Add(g);
        }
    }
}
