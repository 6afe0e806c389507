namespace PerfEval.Extract.Reading.Pdf;

/// <summary>
/// Builds a table from text alignment alone, for tables drawn without lines. Each text line is a row. Columns come
/// from the rows that have the most common number of phrases (the body of the table): their phrases' x extents,
/// merged where they overlap, are the columns; phrases of other rows that fall between or beside those columns add
/// columns of their own. Column boundaries lie midway between neighbouring columns. A phrase goes to the column it
/// overlaps most.
/// </summary>
internal static class StreamBuilder
{
    /// <summary>A gap wider than this (fraction of the font size) separates two phrases of a line.</summary>
    internal const double PhraseGap = 0.6;

    /// <summary>Fewest rows with at least two phrases for text to count as a table.</summary>
    private const int MinTableRows = 2;

    public static PageTable? Build(PageContent page, IEnumerable<Glyph> glyphs)
    {
        var lines = TextAssembler.Lines(glyphs);
        if (lines.Count == 0) return null;
        var rows = lines.Select(l => TextAssembler.Segments(l, PhraseGap, splitAtSpaces: false)).ToList();
        if (rows.Count(r => r.Count >= 2) < MinTableRows) return null;

        var counts = rows.Select(r => r.Count).Where(c => c > 1).ToList();
        var mode = counts.GroupBy(c => c).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;

        var columns = MergeIntervals(rows.Where(r => r.Count == mode).SelectMany(r => r).Select(s => (s.X0, s.X1)));

        // Phrases lying wholly between or outside the columns found so far add columns of their own.
        var outside = rows.SelectMany(r => r)
            .Where(s => !columns.Any(c => s.X0 <= c.X1 && s.X1 >= c.X0))
            .ToList();
        if (outside.Count > 0)
        {
            var byRow = outside.GroupBy(s => s.Baseline).Select(g => g.ToList()).ToList();
            var most = byRow.Max(g => g.Count);
            var extra = MergeIntervals(byRow.Where(g => g.Count == most).SelectMany(g => g).Select(s => (s.X0, s.X1)));
            columns = MergeIntervals(columns.Concat(extra));
        }

        var textLeft = rows.SelectMany(r => r).Min(s => s.X0);
        var textRight = rows.SelectMany(r => r).Max(s => s.X1);
        var xs = new List<double> { textLeft };
        for (var i = 1; i < columns.Count; i++) xs.Add((columns[i - 1].X1 + columns[i].X0) / 2);
        xs.Add(textRight);

        var ys = new List<double> { lines[0].Top };
        for (var i = 1; i < lines.Count; i++) ys.Add((lines[i - 1].Bottom + lines[i].Top) / 2);
        ys.Add(lines[^1].Bottom);
        // Lines that overlap vertically would give a non-descending boundary list; keep it strictly descending.
        for (var i = 1; i < ys.Count; i++)
            if (ys[i] >= ys[i - 1]) ys[i] = ys[i - 1] - 0.01;

        var cells = new List<PageCell>();
        for (var r = 0; r < rows.Count; r++)
        {
            var texts = new Dictionary<int, List<string>>();
            foreach (var segment in rows[r])
            {
                var c = BestColumn(xs, segment);
                if (!texts.TryGetValue(c, out var list)) texts[c] = list = [];
                list.Add(segment.Text);
            }
            foreach (var (c, list) in texts.OrderBy(kv => kv.Key))
            {
                cells.Add(new PageCell(r, c, 1, 1, xs[c], ys[r + 1], xs[c + 1], ys[r])
                {
                    Page = page.Number,
                    Paragraphs = [string.Join(" ", list)],
                });
            }
        }
        return new PageTable(page, "stream", xs, ys, cells);
    }

    private static int BestColumn(List<double> xs, TextSegment segment)
    {
        var best = 0;
        var bestOverlap = double.NegativeInfinity;
        for (var c = 0; c < xs.Count - 1; c++)
        {
            var overlap = Math.Min(segment.X1, xs[c + 1]) - Math.Max(segment.X0, xs[c]);
            var share = overlap / Math.Max(1e-6, xs[c + 1] - xs[c]);
            var score = overlap > 0 ? share : overlap - 1e6;
            if (score > bestOverlap)
            {
                bestOverlap = score;
                best = c;
            }
        }
        return best;
    }

    private static List<(double X0, double X1)> MergeIntervals(IEnumerable<(double X0, double X1)> intervals)
    {
        var result = new List<(double X0, double X1)>();
        foreach (var (x0, x1) in intervals.OrderBy(i => i.X0))
        {
            if (result.Count > 0 && x0 <= result[^1].X1)
                result[^1] = (result[^1].X0, Math.Max(result[^1].X1, x1));
            else
                result.Add((x0, x1));
        }
        return result;
    }
}
