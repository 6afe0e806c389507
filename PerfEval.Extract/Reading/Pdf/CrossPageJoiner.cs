namespace PerfEval.Extract.Reading.Pdf;

/// <summary>
/// Joins a table that goes on over a page break into one. A table continues on the next page when it is the last
/// table on its page, the next page's first table starts at the top of that page (at most a running header above
/// it), both were found the same way and their column boundaries agree (one set within the other, same outer edges).
/// A header row repeated on the new page is dropped. When the new page's first row is a continuation — its first
/// cell empty while the row above the break had text there — the cells that go on (a row-spanning cell, or the
/// whole row when nothing spans) are merged into the cells above the break instead of opening a new row.
/// </summary>
internal static class CrossPageJoiner
{
    /// <summary>Column boundaries this close (points) are the same boundary.</summary>
    private const double Tolerance = 4.0;

    /// <summary>Lines above a continuation (running headers) that do not stop a join.</summary>
    private const int MaxLinesAbove = 2;

    public static List<JoinedTable> Join(List<PageTable> tables)
    {
        var result = new List<JoinedTable>();
        JoinedTable? current = null;
        for (var i = 0; i < tables.Count; i++)
        {
            var table = tables[i];
            var lastOnItsPage = current is not null && current.LastTableIsLastOnPage;
            if (current is not null && lastOnItsPage && Continues(current, table, tables, i))
            {
                current.Append(table);
            }
            else
            {
                current = new JoinedTable(table);
                result.Add(current);
            }
            current.LastTableIsLastOnPage = i + 1 >= tables.Count || tables[i + 1].Page.Number != table.Page.Number;
        }
        return result;
    }

    private static bool Continues(JoinedTable current, PageTable next, List<PageTable> all, int index)
    {
        if (next.Page.Number != current.LastPage + 1) return false;
        if (next.Mode != current.Mode) return false;
        // The first table on its page.
        if (index > 0 && all[index - 1].Page.Number == next.Page.Number) return false;
        if (next.Preamble.Count > MaxLinesAbove) return false;
        if (Math.Abs(next.Left - current.Xs[0]) > Tolerance || Math.Abs(next.Right - current.Xs[^1]) > Tolerance) return false;
        return Subset(next.Xs, current.Xs) || Subset(current.Xs, next.Xs);
    }

    private static bool Subset(List<double> small, List<double> large) =>
        small.All(x => large.Any(y => Math.Abs(x - y) <= Tolerance));

    internal static double Tol => Tolerance;
}

/// <summary>A table assembled from one or more <see cref="PageTable"/>s on consecutive pages.</summary>
internal sealed class JoinedTable
{
    private readonly List<PageCell> _cells = [];

    public JoinedTable(PageTable first)
    {
        Mode = first.Mode;
        FirstPage = LastPage = first.Page.Number;
        Preamble = first.Preamble;
        Xs = [.. first.Xs];
        _cells.AddRange(first.Cells);
        RowCount = first.RowCount;
        FirstRowTexts = RowTexts(first.Cells, 0);
    }

    public string Mode { get; }
    public int FirstPage { get; }
    public int LastPage { get; private set; }
    public List<string> Preamble { get; }
    public List<double> Xs { get; private set; }
    public int RowCount { get; private set; }
    public IReadOnlyList<PageCell> Cells => _cells;
    public bool LastTableIsLastOnPage { get; set; }
    private List<string> FirstRowTexts { get; }

    /// <summary>Notes on what the join did (a header dropped, a row continued), for the reader's notes.</summary>
    public List<string> Notes { get; } = [];

    public void Append(PageTable next)
    {
        var tolerance = CrossPageJoiner.Tol;
        Xs = Geometry.Cluster(Xs.Concat(next.Xs), tolerance);
        var cells = next.Cells.ToList();
        var rows = next.RowCount;

        // A repeated header row.
        if (rows > 1 && FirstRowTexts.Any(t => t.Length > 0) && RowTexts(cells, 0).SequenceEqual(FirstRowTexts))
        {
            cells.RemoveAll(c => c.Row == 0 && c.RowSpan == 1);
            foreach (var c in cells)
            {
                if (c.Row == 0) c.RowSpan--;
                else c.Row--;
            }
            rows--;
            Notes.Add($"page {next.Page.Number}: repeated header row dropped");
        }

        var bottom = _cells.Where(c => c.Row + c.RowSpan == RowCount).ToList();
        var top = cells.Where(c => c.Row == 0).ToList();
        var bottomLeft = bottom.OrderBy(c => c.X0).FirstOrDefault();
        var topLeft = top.OrderBy(c => c.X0).FirstOrDefault();
        var continued = bottomLeft is not null && topLeft is not null
            && Math.Abs(bottomLeft.X0 - topLeft.X0) <= tolerance
            && topLeft.IsEmpty && !bottomLeft.IsEmpty;
        if (continued)
        {
            MergeContinuation(bottom, top, cells, ref rows, next.Page.Number);
        }

        foreach (var c in cells) c.Row += RowCount;
        _cells.AddRange(cells);
        RowCount += rows;
        LastPage = next.Page.Number;
    }

    /// <summary>
    /// Decides, cell by cell, which cells of the new page's first row go on from the cells above the break:
    /// a cell spanning rows (above or below) goes on; a text cell goes on when the text above fills its cell to the
    /// bottom over several lines and the text below starts at the top (a paragraph cut by the break); an empty cell
    /// goes on with a spanning cell above, or when text in its row goes on. When every cell of the row goes on,
    /// the row disappears into the row above; otherwise the cells that go on span into it.
    /// </summary>
    private void MergeContinuation(List<PageCell> bottom, List<PageCell> top, List<PageCell> cells, ref int rows, int page)
    {
        var tolerance = CrossPageJoiner.Tol;
        var partner = top.ToDictionary(u => u, u => bottom.FirstOrDefault(b =>
            Math.Abs(b.X0 - u.X0) <= tolerance && Math.Abs(b.X1 - u.X1) <= tolerance));
        var goesOn = new HashSet<PageCell>();
        var textGoesOn = false;
        // Inside a group of rows held by spanning cells, a single-row cell below the break starts a row of its own.
        var spanning = top.Any(u => partner[u] is { } a && (a.RowSpan > 1 || u.RowSpan > 1));
        foreach (var u in top.Where(u => !u.IsEmpty))
        {
            if (partner[u] is not { } a) continue;
            if (a.RowSpan > 1 || u.RowSpan > 1) goesOn.Add(u);
            else if (!spanning && !a.IsEmpty && ParagraphCut(a, u))
            {
                goesOn.Add(u);
                textGoesOn = true;
            }
        }
        var allTextGoesOn = top.Where(u => !u.IsEmpty).All(goesOn.Contains);
        foreach (var u in top.Where(u => u.IsEmpty))
        {
            if (partner[u] is not { } a) continue;
            if (a.RowSpan > 1 || textGoesOn || (allTextGoesOn && goesOn.Count > 0)) goesOn.Add(u);
        }
        if (goesOn.Count == 0) return;

        var rowGoesOn = goesOn.Count == top.Count;
        foreach (var u in goesOn)
        {
            var a = partner[u]!;
            a.RowSpan += rowGoesOn ? u.RowSpan - 1 : u.RowSpan;
            a.Paragraphs = JoinParagraphs(a.Paragraphs, u.Paragraphs);
            a.TailGlyphs = u.TailGlyphs;
            a.TailBottom = u.TailBottom;
            cells.Remove(u);
        }
        if (rowGoesOn)
        {
            foreach (var c in cells) c.Row--;
            rows--;
        }
        Notes.Add($"page {page}: {goesOn.Count} cell(s) continued from page {LastPage} merged into the cells above the break");
    }

    /// <summary>Text filling the cell above to its bottom over several lines, and text below starting at its top.</summary>
    private static bool ParagraphCut(PageCell above, PageCell below)
    {
        var aboveLines = TextAssembler.Lines(above.TailGlyphs);
        var belowLines = TextAssembler.Lines(below.Glyphs);
        if (aboveLines.Count < 2 || belowLines.Count == 0) return false;
        var last = aboveLines[^1];
        var first = belowLines[0];
        // A cut paragraph's last line above the break is full (it wrapped), and nothing but a line or two of page
        // bottom separates it from the border; a finished paragraph usually ends short.
        var full = above.X1 - last.X1 < 3 * last.Size;
        return full && last.Bottom - above.TailBottom < 3.5 * last.Size && below.Y1 - first.Top < 1.5 * first.Size;
    }

    private static List<string> JoinParagraphs(List<string> above, List<string> below)
    {
        if (below.Count == 0 || below.All(string.IsNullOrWhiteSpace)) return above;
        if (above.Count == 0) return below;
        var result = new List<string>(above);
        var last = result[^1];
        var first = below[0];
        result[^1] = last.Length > 0 && first.Length > 0 && TextAssembler.NeedsSpace(last[^1], first[0])
            ? last + " " + first
            : last + first;
        result.AddRange(below.Skip(1));
        return result;
    }

    private static List<string> RowTexts(IEnumerable<PageCell> cells, int row) =>
        cells.Where(c => c.Row == row).OrderBy(c => c.X0).Select(c => string.Concat(c.Paragraphs).Replace(" ", "")).ToList();
}
