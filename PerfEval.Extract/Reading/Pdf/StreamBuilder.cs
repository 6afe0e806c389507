namespace PerfEval.Extract.Reading.Pdf;

/// <summary>
/// Builds a table from text alignment alone, for tables drawn without lines. Each text line is a row. Columns come
/// from the rows that have the most common number of phrases (the body of the table): their phrases' x extents,
/// merged where they overlap, are the columns; phrases of other rows that fall between or beside those columns add
/// columns of their own. Column boundaries lie midway between neighbouring columns. A phrase goes to the column it
/// overlaps most. A page can hold more than one such table: the lines are first cut into blocks where a block of
/// running text (a title, a footnote) or a wide vertical gap lies between rows of phrases, and each block with
/// enough rows of phrases becomes a table of its own, with its own columns.
/// </summary>
internal static class StreamBuilder
{
    /// <summary>A gap wider than this (fraction of the font size) separates two phrases of a line.</summary>
    internal const double PhraseGap = 0.6;

    /// <summary>Fewest rows with at least two phrases for text to count as a table.</summary>
    private const int MinTableRows = 2;

    /// <summary>A single-phrase line at least this wide (share of the text's width) is running text, not a cell.</summary>
    private const double ProseShare = 0.4;

    /// <summary>Single-phrase lines between two rows of phrases that, with running text among them, end a table.</summary>
    private const int MinSeparatorLines = 2;

    /// <summary>Baselines further apart than this many typical line pitches separate two tables.</summary>
    private const double TableGapPitches = 3.0;

    /// <summary>The tables drawn without lines among <paramref name="glyphs"/>, top to bottom.</summary>
    public static List<PageTable> Build(PageContent page, IEnumerable<Glyph> glyphs)
    {
        var lines = TextAssembler.Lines(glyphs);
        if (lines.Count == 0) return [];
        var rows = lines.Select(l => TextAssembler.Segments(l, PhraseGap, splitAtSpaces: false)).ToList();
        var tables = new List<PageTable>();
        foreach (var (start, count) in Blocks(lines, rows))
        {
            var table = BuildBlock(page, lines.GetRange(start, count), rows.GetRange(start, count));
            if (table is not null) tables.Add(table);
        }
        return tables;
    }

    /// <summary>
    /// Cuts the lines into blocks that each hold one table. Between two rows of phrases, a cut is made when the lines
    /// between them are running text (at least <see cref="MinSeparatorLines"/> single-phrase lines, one of them wide)
    /// or when a gap of more than <see cref="TableGapPitches"/> line pitches opens; the cut goes at the widest gap
    /// there, so a title stays with the table below it and a footnote with the table above. A cut is kept only when
    /// both sides have enough rows of phrases to be tables.
    /// </summary>
    private static List<(int Start, int Count)> Blocks(List<TextLine> lines, List<List<TextSegment>> rows)
    {
        var multi = Enumerable.Range(0, rows.Count).Where(i => rows[i].Count >= 2).ToList();
        if (multi.Count < 2 * MinTableRows) return [(0, lines.Count)];
        var segments = rows.SelectMany(r => r).ToList();
        var width = segments.Max(s => s.X1) - segments.Min(s => s.X0);
        var pitches = Enumerable.Range(1, lines.Count - 1).Select(i => lines[i - 1].Baseline - lines[i].Baseline).Order().ToList();
        var pitch = pitches[pitches.Count / 2];

        var cuts = new List<int>(); // index of the first line of each new block
        for (var m = 1; m < multi.Count; m++)
        {
            int a = multi[m - 1], b = multi[m];
            var between = b - a - 1;
            var prose = Enumerable.Range(a + 1, between).Count(i => rows[i].Count == 1 && rows[i][0].X1 - rows[i][0].X0 >= ProseShare * width);
            var widest = a;
            for (var k = a + 1; k < b; k++)
                if (lines[k].Bottom - lines[k + 1].Top > lines[widest].Bottom - lines[widest + 1].Top) widest = k;
            var gapPitches = Enumerable.Range(a, b - a).Max(k => lines[k].Baseline - lines[k + 1].Baseline) / Math.Max(pitch, 1e-6);
            if ((between >= MinSeparatorLines && prose > 0) || gapPitches > TableGapPitches) cuts.Add(widest + 1);
        }

        var blocks = new List<(int Start, int Count)>();
        var start = 0;
        foreach (var cut in cuts)
        {
            var above = multi.Count(i => i >= start && i < cut);
            var below = multi.Count(i => i >= cut);
            if (above < MinTableRows || below < MinTableRows) continue;
            blocks.Add((start, cut - start));
            start = cut;
        }
        blocks.Add((start, lines.Count - start));
        return blocks;
    }

    private static PageTable? BuildBlock(PageContent page, List<TextLine> lines, List<List<TextSegment>> rows)
    {
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
