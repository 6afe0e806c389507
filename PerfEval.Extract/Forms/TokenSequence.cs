using PerfEval.Extract.Reading;

namespace PerfEval.Extract.Forms;

/// <summary>
/// Reads a grid as the sequence of its cells in reading order, the way a person reads a flattened capture. In a
/// structured grid every uncovered empty slot is kept as an empty token (positions along a row count); in a flattened
/// grid adjacent cells whose joined text is a known label (年初 + 预算数, 经济效益 + 指标) become one token.
/// </summary>
public static class TokenSequence
{
    // Recognizers score a grid and then read it: the sequence is built once per grid and dictionary.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Grid, Tuple<LabelDictionary, IReadOnlyList<Token>, bool>> Cache = new();

    public static IReadOnlyList<Token> From(Grid grid, LabelDictionary labels) => Get(grid, labels).Item2;

    /// <summary>True when the grid's text had cells run together with nothing between them (split at its labels).</summary>
    public static bool IsRunTogether(Grid grid, LabelDictionary labels) => Get(grid, labels).Item3;

    private static Tuple<LabelDictionary, IReadOnlyList<Token>, bool> Get(Grid grid, LabelDictionary labels)
    {
        if (Cache.TryGetValue(grid, out var cached) && ReferenceEquals(cached.Item1, labels)) return cached;
        var built = Tuple.Create(labels, Build(grid, labels, out var runTogether), runTogether);
        Cache.AddOrUpdate(grid, built);
        return built;
    }

    private static IReadOnlyList<Token> Build(Grid grid, LabelDictionary labels, out bool runTogether)
    {
        var tokens = new List<Token>();
        runTogether = false;
        if (grid.Flattened)
        {
            var cells = grid.Cells.Where(c => !c.IsEmpty).ToList();
            // Cells with many labels run together decide the document; their splits are kept, not made twice.
            var firstPass = cells.Select(c => RunTogether.Split(c, labels)).ToList();
            runTogether = firstPass.Any(p => p is not null);
            var pagesTried = 0;
            int[] pageStarts = runTogether ? PageStarts(cells) : [];
            for (var i = 0; i < cells.Count; i++)
            {
                // A later page of a run-together capture ("3、指标效果显著…") continues the page before it, whose last
                // label it may finish: the pages are split as one stream.
                var pages = runTogether && i >= pagesTried ? FollowingPages(cells, pageStarts, i) : 1;
                if (pages > 1)
                {
                    // Tried once: a stream that does not split leaves its pages to be read one by one.
                    pagesTried = i + pages;
                    if (RunTogether.Split(cells.GetRange(i, pages), labels, RunTogether.MinimumLabelsInRunTogetherDocument) is { } stream)
                    {
                        tokens.AddRange(stream);
                        i += pages - 1;
                        continue;
                    }
                }
                var joined = TryJoin(cells, i, labels);
                if (joined is not null)
                {
                    tokens.Add(joined);
                    i += joined.Cells.Count - 1;
                    continue;
                }
                if ((firstPass[i] ?? (runTogether ? RunTogether.Split(cells[i], labels, RunTogether.MinimumLabelsInRunTogetherDocument) : null)) is { } pieces)
                {
                    tokens.AddRange(pieces);
                    continue;
                }
                tokens.Add(new Token([cells[i]], cells[i].Text, labels.Lookup(cells[i].Text)));
            }
            return tokens;
        }
        for (var row = 0; row < grid.RowCount; row++)
            for (var column = 0; column < grid.ColumnCount; column++)
            {
                var cell = grid.At(row, column);
                if (cell is null) tokens.Add(new Token([], "", null));
                else if (cell.Row == row && cell.Column == column)
                    tokens.Add(cell.IsEmpty ? new Token([cell], "", null) : new Token([cell], cell.Text, labels.Lookup(cell.Text)));
            }
        // Trailing empty slots of the last rows say nothing.
        while (tokens.Count > 0 && tokens[^1].IsEmpty) tokens.RemoveAt(tokens.Count - 1);
        return tokens;
    }

    /// <summary>
    /// Which cells begin a page of the capture: the first marker is "1、", each later one the next number ("2、", "3、" …).
    /// A number out of that sequence ("2、下一步…" after page 3) is a list item of the text, not a page. A capture whose
    /// first page lost its marker starts at "2、".
    /// </summary>
    private static int[] PageStarts(List<GridCell> cells)
    {
        var starts = new int[cells.Count];
        var page = 0;
        for (var i = 0; i < cells.Count; i++)
        {
            var marker = RunTogether.PageMarker(cells[i].Text);
            if (marker == 0 || cells[i].Text.Length == marker) continue;
            var number = int.Parse(cells[i].Text.AsSpan(0, marker - 1), provider: System.Globalization.CultureInfo.InvariantCulture);
            if (number != page + 1 && !(page == 0 && number == 2)) continue;
            starts[i] = page = number;
        }
        return starts;
    }

    /// <summary>
    /// How many cells from <paramref name="first"/> are one stream: it and the later pages (2、 on) that follow it
    /// directly, no longer together than a run-together text is split. The first page begins the document: what stands
    /// before it (a host's metadata) is not joined to it.
    /// </summary>
    private static int FollowingPages(List<GridCell> cells, int[] pageStarts, int first)
    {
        var length = cells[first].Text.Length;
        var pages = 1;
        while (first + pages < cells.Count && pageStarts[first + pages] >= 2)
        {
            length += cells[first + pages].Text.Length;
            if (length > RunTogether.MaximumLength) break;
            pages++;
        }
        return pages;
    }

    /// <summary>Joins two or three short flattened cells when together they form a known label and apart they do not.</summary>
    private static Token? TryJoin(List<GridCell> cells, int start, LabelDictionary labels)
    {
        if (cells[start].Text.Length > 8) return null;
        for (var count = 3; count >= 2; count--)
        {
            if (start + count > cells.Count) continue;
            var parts = cells.GetRange(start, count);
            if (parts.Any(p => p.Text.Length > 12)) continue;
            // A year is a value (被评价年度 | 2021年), not the first half of a dated label.
            if (parts[0].Text.Length <= 6 && parts[0].Text.EndsWith('年') && parts[0].Text.TrimEnd('年').All(char.IsAsciiDigit)) continue;
            var text = string.Concat(parts.Select(p => p.Text));
            var key = labels.Lookup(text);
            if (key is null or FieldKey.OfWhich or FieldKey.FormTitle) continue;
            // "分值" + "得分" is two labels, not one: join only into a label that is not just its first part.
            if (labels.Lookup(parts[0].Text) == key) continue;
            return new Token(parts, text, key);
        }
        return null;
    }
}
